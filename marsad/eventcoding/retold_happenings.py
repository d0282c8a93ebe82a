"""One happening told twice in an article: the later telling, told as known, is no event
(round 27, an article-level view of re-tellings).

The gold sets label a happening once, where it is first told. Reports name it again lower
down in many shapes, and earlier rounds each caught one shape in one place (``retold.py``,
``retold_attacks.py``, ``same_happening.py``, ``tallies.py`` …). This pass looks at the
article as a whole: a candidate of a later sentence is the telling of an event of its type
kept in an earlier sentence when

- it is told as known: a masdar in construct with a definite word or a name («اجتماع مديري
  السجون»، «هجمات كابول») — the construct's second word (or one of its next words, up to
  ``reach``) is a word that already stands right after the earlier trigger (``reach``
  words, the article and «ل» left out) or is the earlier event's place or a word of one of
  its parties' names; or a definite masdar with the same tie;
- its arguments do not clash with the earlier event's: no target or stated place of its own
  that nothing of the earlier event names, no party on both sides that share no word of a
  name, no place on both that differ, no own date of its sentence that differs from the
  earlier event's date, no word of another happening of the kind after it («أخرى»، «جديدة»،
  «الثانية»، «الأولى»), no relative clause telling it anew;
- both are told as done (asserted or reported), or both are still to come;
- both are one kind of happening (``merge.one_happening``: a visit and a reception are one, an
  arrest and a remand in custody two); a figure ties nothing («أفراده الأربعة» … «بحبس المتهمين
  أربعة أيام»).

Round 28: a later verb or light-verb telling of an attack («ونفذ الطيران 4 غارات على
معسكر للمتمردين في صعدة» after «نفذ الطيران غارات على معسكرات المتمردين في صعدة وحجة») is
told again too when it is an act of the earlier one's kind (``verb_kinds``: a capture or a
strike after «اشتباكات» is an act of its own), by the same doer (or one its sentence names),
on what the earlier sentence names, with nothing new hit, no other place or day, and no word
of another act («أيضا»، «مجددا»). A roundup's strikes on other towns stay apart. A later doerless telling of fighting, or its toll
(«مقتل سبعة متمردين بمواجهات شهدتها أحياء الحديدة»), at the place of fighting already told
that day with no other place in its sentence, is that fighting told again.

Round 29: a later verb telling by another source may name the act otherwise: a doer that
shares a word with the earlier sentence («طائرات الاحتلال» after «قصفت الطائرات الإسرائيلية»),
targets each named by a word of it (the indefinite accusative ending left off: «موقع» after
«موقعا»), a stated place it names («في العراق» after «19 غارة … في سوريا والعراق») clash with
nothing. A place or a target the earlier sentence does not name still keeps the act apart.

A later telling with no doer of its own («وقال مصدر إن مدنيين أصيبوا في قصف بقذائف طال أحياء
سكنية في تعز» after «قصفت الميليشيات أحياء سكنية في تعز») is the act told again when it is of
the earlier act's kind, each place its sentence names and each target it has are named in the
earlier sentence (one at least), what the earlier act hit is named in its sentence, and
nothing marks another act or day. A shell that «سقطت داخل مقرها» after a strike on «سيارة»
near the same town stays: the car is not named. Fighting keeps its own path above.

Round 30: a protest or a battle told again lower down by its place («وتظاهر الآلاف في
ساحة الفردوس» after «خرج آلاف المحتجين في بغداد مساء الجمعة»; «وشهدت مناطق جبل النور وشارع
الميناء معارك» after «تشهد مدينة الحديدة معارك في بعض أحيائها») is the happening told before
when its clause names only the earlier event's place or sites of that city, no party of its
own, and no other day (``_retold_gathering``). Another city stays, even one the earlier
sentence named beside the coded one.

The earlier event keeps its own arguments; the later telling adds the ones it lacks (a
place, a party) when it has them. Words are in ``marsad/lexicons/event_retold_happenings.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.clause_dates import own_clause_time
from marsad.eventcoding.merge import has_evidence, one_happening
from marsad.eventcoding.mourned_first import first_telling, general_or_pointed, one_specific
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.retold import described_mentions
from marsad.eventcoding.retold_attacks import retold_attacks
from marsad.eventcoding.view import View
from marsad.eventcoding.word_gates import LastArticle
from marsad.lexicons import load_yaml
from marsad.model import Entity
from marsad.pipeline import register_cache

__all__ = ["handed_to_first_tellings", "retold_happening", "without_retold_happenings"]


@dataclass(frozen=True)
class _Words:
    enabled: bool
    types: frozenset[str]
    told: frozenset[str]
    reach: int
    prefixes: tuple[str, ...]
    other: frozenset[str]
    common: frozenset[str]
    skip: frozenset[str]
    article: str
    titles: frozenset[str]
    verb_types: frozenset[str]
    verb_kinds: tuple[frozenset[str], ...]
    again: frozenset[str]
    fight_modes: frozenset[str]
    fought_modes: frozenset[str]
    place_types: frozenset[str]
    accusative: str
    accusative_min: int
    gathering_kinds: tuple[frozenset[str], ...]
    city_kinds: frozenset[str]
    site_types: frozenset[str]
    site_unlinked: frozenset[str]
    back_parties: frozenset[str]
    same_words: int
    plan_types: frozenset[str]
    plan_endings: tuple[str, ...]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_retold_happenings.yaml")["retold_happenings"]
    prefixes = tuple(sorted(folded(data["prefixes"]), key=len, reverse=True))
    common = folded(data["common"])
    return _Words(bool(data["enabled"]), frozenset(data["types"]), frozenset(data["told"]),
                  int(data["reach"]), prefixes, folded(data["other"]),
                  common | {_bare_stem(word, prefixes) for word in common},
                  folded(data["skip"]) | {_bare_stem(w, prefixes) for w in folded(data["skip"])},
                  fold(str(data["article"])), folded(data["titles"]),
                  frozenset(data.get("verb_types", ())),
                  tuple(frozenset(group) for group in data.get("verb_kinds", ())),
                  folded(data.get("again", ())),
                  frozenset(data.get("fight_modes", ())), frozenset(data.get("fought_modes", ())),
                  frozenset(data.get("place_types", ())),
                  fold(str(data.get("accusative", ""))), int(data.get("accusative_min", 0)),
                  tuple(frozenset(group) for group in data.get("gathering_kinds", ())),
                  frozenset(data.get("city_kinds", ())), frozenset(data.get("site_types", ())),
                  frozenset(data.get("site_unlinked", ())), folded(data.get("back_parties", ())),
                  int(data.get("same_words", 0)), frozenset(data.get("plan_types", ())),
                  tuple(sorted(folded(data.get("plan_endings", ())), key=len, reverse=True)))


def _bare_stem(word: str, prefixes: tuple[str, ...]) -> str:
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def _stem(word: str, words: _Words) -> str:
    """The word without a leading conjunction, preposition or article."""
    if _STEMS_OF[0] is not words.prefixes:
        _STEMS.clear()
        _STEMS_OF[0] = words.prefixes
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) >= _STEMS_LIMIT:
            _STEMS.clear()
        found = _STEMS[word] = _bare_stem(word, words.prefixes)
    return found


#: word -> ``_stem(word)`` for the prefixes ``_STEMS_OF[0]`` (a sentence's words are stemmed
#: for each event of it); emptied when it holds ``_STEMS_LIMIT`` words.
_STEMS: dict[str, str] = register_cache({})
_STEMS_OF: list[tuple[str, ...] | None] = [None]
_STEMS_LIMIT = 1 << 14


def _bare_accusative(word: str, words: _Words) -> str:
    """The word without its indefinite accusative ending («موقعا» → «موقع»)."""
    if words.accusative and word.endswith(words.accusative) \
            and len(word) >= words.accusative_min:
        return word[: -len(words.accusative)]
    return word


def _name_words(entity: Entity, words: _Words) -> frozenset[str]:
    return frozenset(_stem(w, words) for w in fold(entity.text).split()
                     if len(w) > 2 and w not in words.common)


def _after(view: View, last: int, words: _Words) -> list[int]:
    """The token indexes of the next ``reach`` words after ``last`` in its clause."""
    found: list[int] = []
    sentence = view.tokens[last].sentence
    for index in range(last + 1, min(len(view.tokens), last + 1 + words.reach)):
        if view.is_break(index) or view.tokens[index].sentence != sentence:
            break
        found.append(index)
    return found


def _construct(view: View, candidate: Candidate, words: _Words) -> list[int] | None:
    """The words after a masdar in construct with a definite word or a name (or after a
    definite masdar), else None."""
    if candidate.kind != "masdar" or candidate.pronoun:
        return None
    last = last_token(view, candidate)
    after = _after(view, last, words)
    if not after:
        return None
    head = view.tokens[after[0]]
    named = view.entity_at.get(after[0])
    if head.norm in words.titles and named is not None and named.start == head.start:
        return None  # «زيارة الرئيس الصيني»: a name that opens with its title names no one
        # party (not «زيارة الرئيس السيسي», where the name follows the title)
    if candidate.definite:
        return after
    if head.prefix not in ("", words.article) \
            or view.tokens[first_token(view, candidate)].norm.startswith(words.article):
        return None  # «في اجتماع لمديري …»، a preposition: no construct
    if head.prefix == words.article or view.entity_at.get(after[0]) is not None:
        return after
    return None


def _ties(view: View, earlier: Candidate, words: _Words) -> frozenset[str]:
    """What names the earlier event: the words right after its trigger, its place's and its
    parties' name words."""
    found: set[str] = set()
    for index in _after(view, last_token(view, earlier), words):
        word = _stem(view.tokens[index].norm, words)
        if len(word) > 2 and word not in words.common and word not in words.skip \
                and not word.isdigit():  # «أفراده الأربعة» … «بحبس المتهمين أربعة أيام»
            found.add(word)
    args = earlier.args
    for entity in (*args.actors, *args.targets, *([args.place] if args.place else [])):
        found |= _name_words(entity, words)
    return frozenset(found)


def _text_words(texts: list[str], entities: list[Entity], words: _Words) -> frozenset[str]:
    found: set[str] = set()
    for entity in entities:
        found |= _name_words(entity, words)
    for text in texts:
        found |= {_stem(w, words) for w in fold(text).split() if len(w) > 2}
    return frozenset(found)


def _clash(one: frozenset[str], other: frozenset[str]) -> bool:
    return bool(one) and bool(other) and not one & other


def _date(view: View, candidate: Candidate) -> str | None:
    """The candidate's own date in its sentence (``clause_dates.own_clause_time``, as
    ``events._time`` reads it first), without the day of the sentence before («في الوقت
    نفسه») or the article's."""
    own = own_clause_time(view.article, candidate.trigger, candidate.kind, candidate.sentence)
    return (own.value or None) if own is not None else None


def _agree(view: View, earlier: Candidate, later: Candidate, words: _Words,
           told: frozenset[str] = frozenset()) -> bool:
    """No party, place or date of the later telling clashes with the earlier event's (a doer,
    a target or a stated place that the earlier sentence names, ``told``, is no clash)."""
    a, b = earlier.args, later.args
    if not _told_in(_text_words(b.actor_text, b.actors, words), told) \
            and _clash(_text_words(a.actor_text, a.actors, words),
                       _text_words(b.actor_text, b.actors, words)):
        return False
    if not _told_targets(later, told, words) \
            and _clash(_text_words(a.target_text, a.targets, words),
                       _text_words(b.target_text, b.targets, words)):
        return False
    if a.place is not None and b.place is not None and b.place_stated \
            and not _told_place(later, told, words):
        x, y = fold(a.place.text), fold(b.place.text)
        if x not in y and y not in x:
            return False
    mine = _date(view, later)
    return mine is None or _same_day(view, earlier, mine)


def _same_day(view: View, earlier: Candidate, mine: str) -> bool:
    """A later telling's own date ``mine`` is the earlier event's day (its own date, else
    the article's), or holds it, or lies within it."""
    day = _date(view, earlier) or (view.article.published.isoformat()
                                   if view.article.published else None)
    return day is not None and (day.startswith(mine[:10]) or mine.startswith(day[:10]))


def _told_in(found: frozenset[str], told: frozenset[str]) -> bool:
    """A word of ``found`` is of the earlier sentence (``told``)."""
    return bool(found & told)


def _told_targets(later: Candidate, told: frozenset[str], words: _Words) -> bool:
    """Each target of the later telling shares a word with the earlier sentence («موقع» …
    after «قصفت الطائرات الحربية نقطة تابعة لفصيل مسلح»)."""
    found = _target_words(later, words)
    return bool(told) and bool(found) and all(
        {_bare_accusative(w, words) for w in one} & told for one in found)


def _target_words(candidate: Candidate, words: _Words) -> list[frozenset[str]]:
    """The words of each target of the candidate, one set a target."""
    b = candidate.args
    return [_text_words([text], [], words) for text in b.target_text] \
        + [_name_words(entity, words) for entity in b.targets]


def _told_place(later: Candidate, told: frozenset[str], words: _Words) -> bool:
    """The later telling's stated place is named in the earlier sentence («في العراق» after
    «نفذ 19 غارة على أهداف في سوريا والعراق»)."""
    place = later.args.place
    if place is None or not told:
        return False
    name = _name_words(place, words)
    return bool(name) and name <= told


def _new_object(later: Candidate, ties: frozenset[str], words: _Words) -> bool:
    """The later telling names a target or states a place that nothing of the earlier event
    names: it tells what else was hit or where else («بعد سيطرة المقاتلين على الطريق الساحلي»
    after «هجوم المقاتلين على مواقع المتمردين في البلدة» is another happening)."""
    b = later.args
    objects = [*b.targets, *([b.place] if b.place is not None and b.place_stated else [])]
    return any(not _name_words(e, words) & ties for e in objects) or any(
        not _text_words([text], [], words) & ties for text in b.target_text)


def _object_words(candidate: Candidate, words: _Words) -> frozenset[str]:
    """The name words of a telling's targets and stated place."""
    b = candidate.args
    objects = [*b.targets, *([b.place] if b.place is not None and b.place_stated else [])]
    found: set[str] = set()
    for entity in objects:
        found |= _name_words(entity, words)
    return frozenset(found | _text_words(b.target_text, [], words)) - words.skip


def _sentence_words(view: View, earlier: Candidate, words: _Words) -> frozenset[str]:
    """The words of the earlier event's sentence («التحالف الذي تقوده واشنطن شن 12
    غارة على مواقع في سوريا والعراق»: «التحالف» and «العراق» are of the telling)."""
    start, stop = view.sentence_of(view.token_before(earlier.trigger[0]))
    known = _SENTENCE_WORDS.get(view)
    if known is None:
        known = _SENTENCE_WORDS.set(view, {})
    found = known.get(start)
    if found is None:  # read once a sentence: each later candidate asks of each earlier one
        found = known[start] = frozenset(
            _stem(view.tokens[i].norm, words) for i in range(start, stop)
            if view.tokens[i].kind == "word") - words.skip - words.common
    return found


#: The last view's sentences (their first tokens) -> ``_sentence_words``.
_SENTENCE_WORDS: LastArticle[dict[int, frozenset[str]]] = LastArticle()


def _another_act(view: View, candidate: Candidate, words: _Words) -> bool:
    """A word of another act right after the trigger or in the two words before it
    («قصفت الطائرات أيضا …»، «غارة أخرى»، «مواجهات أخرى»)."""
    first = first_token(view, candidate)
    near = [*_after(view, last_token(view, candidate), words), *range(max(0, first - 2), first)]
    marks = words.other | words.again
    return any(view.tokens[i].norm in marks or view.bare(i) in marks for i in near)


def _told_done(earlier: Candidate, words: _Words) -> bool:
    """The earlier event is told (``told``) as done, not still to come."""
    return earlier.factuality in words.told and earlier.factuality != "future"


def _retold_verb(view: View, candidate: Candidate, kept: list[Candidate],
                 words: _Words) -> Candidate | None:
    """A verb or light-verb telling («ونفذ الطيران غارات على معسكر للمتمردين في صعدة») of an
    event of its type and kind (``verb_kinds``: a strike after a strike, a capture after a
    capture) told in an earlier sentence: the same doer (a shared name word, or a word of the
    earlier sentence), what it hit or where named by the earlier event or its sentence, nothing
    new hit or stated as its place, no clash of parties or place, no other day, no word that
    tells another act («أيضا»، «مجددا»، «أخرى»)."""
    if candidate.type not in words.verb_types:
        return None
    if _another_act(view, candidate, words):
        return None  # «قصفت الطائرات أيضا …»، «غارة أخرى»: another act
    b = candidate.args
    mine = _object_words(candidate, words)
    doers = _text_words(b.actor_text, b.actors, words)
    if not mine or not doers:
        return None
    for earlier in kept:
        if earlier.sentence >= candidate.sentence or earlier.type != candidate.type \
                or not _told_done(earlier, words) \
                or not any({earlier.mode, candidate.mode} <= group for group in words.verb_kinds):
            continue  # a capture or a strike after «اشتباكات» is an act of its own
        a = earlier.args
        told = _sentence_words(view, earlier, words)
        if not doers & told and not doers & _text_words(a.actor_text, a.actors, words):
            continue  # round 29: a doer named otherwise («طائرات الاحتلال» after «الطائرات
            # الإسرائيلية») that shares a word with the earlier sentence
        ties = _ties(view, earlier, words) | _text_words(a.target_text, a.targets, words) | told
        ties = _bare_all(ties, words)  # «موقع» after «موقعا»
        if {_bare_accusative(w, words) for w in mine} & ties \
                and _agree(view, earlier, candidate, words, ties) \
                and not _new_object(candidate, ties, words):
            return earlier
    return None


def _retold_fight(view: View, candidate: Candidate, kept: list[Candidate],
                  words: _Words) -> Candidate | None:
    """A later telling of fighting that names no doer («وأكدت مصادر مقتل سبعة متمردين بمواجهات
    شهدتها أحياء الحديدة» after «وشهدت أحياء الحديدة معارك عنيفة»): fighting at the same
    place, with no other place named in its sentence, that day, with no clash of parties, is
    the same fighting told again with its toll. Fighting at another place («أحياء مدينة حجة»),
    of another day, or «مواجهات أخرى» stays."""
    b = candidate.args
    if candidate.type not in words.verb_types or candidate.mode not in words.fight_modes \
            or b.actors or b.actor_text or b.place is None:
        return None
    if _another_act(view, candidate, words):
        return None  # «مواجهات أخرى»
    places = {fold(e.text) for e in _places_named(view, candidate, words)}
    for earlier in kept:
        a = earlier.args
        if earlier.sentence >= candidate.sentence or earlier.type != candidate.type \
                or earlier.mode not in words.fought_modes or a.place is None \
                or not _told_done(earlier, words):
            continue
        if fold(a.place.text) == fold(b.place.text) and places <= {fold(a.place.text)} \
                and _agree(view, earlier, candidate, words):  # no other place in its sentence
            return earlier
    return None


def _places_named(view: View, candidate: Candidate, words: _Words) -> list[Entity]:
    """The places named in the candidate's sentence."""
    start, stop = view.sentence_of(view.token_before(candidate.trigger[0]))
    return [e for i in range(start, stop)
            if (e := view.entity_at.get(i)) is not None and e.type in words.place_types]


def _bare_all(found: frozenset[str], words: _Words) -> frozenset[str]:
    """The words with and without their indefinite accusative ending."""
    return found | {_bare_accusative(w, words) for w in found}


def _retold_doerless(view: View, candidate: Candidate, kept: list[Candidate],
                     words: _Words) -> Candidate | None:
    """A later telling with no doer («جرحوا في قصف بالهاون أصاب أحياء في بلدة
    تعز» after «وفي تعز قصفت الميليشيات عدة أحياء سكنية») of an act of the kind of one told
    in an earlier sentence (the nearest first): each place of its sentence and each of its
    targets named in the earlier sentence, one at least; what the earlier act hit named in
    its sentence; no clash of parties, place or day; no word of another act. Fighting and
    tolls (``fight_modes``) keep ``_retold_fight``."""
    b = candidate.args
    if candidate.type not in words.verb_types or b.actors or b.actor_text \
            or candidate.mode in words.fight_modes or _another_act(view, candidate, words):
        return None
    named = _places_named(view, candidate, words)
    targets = _target_words(candidate, words)
    if not named and not targets:
        return None  # nothing ties it to the earlier act
    mine = _bare_all(_sentence_words(view, candidate, words), words)
    for earlier in reversed(kept):
        if earlier.sentence >= candidate.sentence or earlier.type != candidate.type \
                or not _told_done(earlier, words) \
                or not any({earlier.mode, candidate.mode} <= group for group in words.verb_kinds):
            continue
        told = _bare_all(_sentence_words(view, earlier, words), words)
        if not all(_name_words(entity, words) <= told for entity in named) \
                or not all(_bare_all(one, words) & told for one in targets):
            continue  # a place or a target the earlier sentence does not name
        a = earlier.args
        hit = _text_words(a.target_text, a.targets, words)
        if hit and not _bare_all(hit, words) & mine:
            continue  # «قذيفة سقطت داخل مقرها» after a strike on «سيارة»: another act
        if _agree(view, earlier, candidate, words, told):
            return earlier
    return None


def _clause_span(view: View, candidate: Candidate) -> tuple[int, int]:
    """The first and the last token of the candidate's clause: between the clause breaks or
    the marks (a comma, a quote, a bracket, a dash) around its trigger."""
    first, last = first_token(view, candidate), last_token(view, candidate)
    start, stop = view.sentence_of(first)

    def ends(index: int) -> bool:
        return view.is_break(index) or view.tokens[index].kind == "punct"

    low, high = first, last
    while low - 1 >= start and not ends(low - 1):
        low -= 1
    while high + 1 < stop and not ends(high + 1):
        high += 1
    return low, high


def _clause_names(view: View, candidate: Candidate,
                  words: _Words) -> tuple[list[Entity], list[Entity]]:
    """The places and the other names (parties, people) of the candidate's clause: between
    the clause breaks or the marks (a comma, a quote, a bracket) around its trigger (a place in a chant
    quoted after the protest is none of its places)."""
    low, high = _clause_span(view, candidate)
    places: list[Entity] = []
    others: list[Entity] = []
    for index in range(low, high + 1):
        entity = view.entity_at.get(index)
        if entity is None:
            continue
        found = places if entity.type in words.place_types else others
        if all(entity is not other for other in found):
            found.append(entity)
    return places, others


def _own_date(view: View, candidate: Candidate) -> str | None:
    """The candidate's own date (``_date``), unless it stands after the candidate's clause, in
    what the sentence tells next («نفذ ألف شخص اعتصاما … احتجاجا على قتل ضابط … ليل السادس
    من الشهر»: the killing's night, not the sit-in's)."""
    own = own_clause_time(view.article, candidate.trigger, candidate.kind, candidate.sentence)
    if own is None or not own.value:
        return None
    _, high = _clause_span(view, candidate)
    if own.start >= view.tokens[high].end:
        return None
    return own.value


def _in_sentence(view: View, entity: Entity, candidate: Candidate) -> bool:
    at = view.entity_first.get(entity.id)
    return at is not None and view.tokens[at].sentence == candidate.sentence


def _site(entity: Entity, words: _Words) -> bool:
    """A square, a street or a quarter (a site the knowledge base does not place)."""
    return entity.type in words.site_types \
        or (entity.type in words.site_unlinked and entity.link is None)


def _city(entity: Entity, words: _Words) -> bool:
    """A city or a province the knowledge base knows (a site may lie inside it)."""
    return entity.type == "GPE" and entity.link is not None and entity.link.kind in words.city_kinds


def _retold_gathering(view: View, candidate: Candidate, kept: list[Candidate],
                      words: _Words) -> Candidate | None:
    """Round 30: a protest or a battle (``gathering_kinds``) told again lower down by its
    place: the nearest earlier telling of its kind, in an earlier sentence, both told as done;
    each place of the later clause is the earlier event's place («وفي دمشق، تظاهر نحو
    خمسمائة شخص» after «تظاهر الآلاف في دمشق») or a site (a square, a street, a quarter:
    «وتظاهر الآلاف في ساحة الفردوس») while the earlier place is a city; one place at least;
    each party of its clause named in the earlier sentence, or «الطرفين» (a counted crowd is
    read as the doer only later, by ``actor_crowds``, and names no party here); no
    other day; no word of another act («أيضا»، «أخرى»). Another city stays an event of its
    own, even one the earlier sentence named beside the coded one: the real-news gold codes one
    protest a city («وفي بروكسل» after «تظاهر … في كولونيا وبروكسل»)."""
    group = next((g for g in words.gathering_kinds if candidate.mode in g), None)
    if group is None or candidate.pronoun or not _told_done(candidate, words) \
            or _another_act(view, candidate, words):
        return None
    earlier = next((k for k in reversed(kept) if k.type == candidate.type and k.mode in group
                    and k.sentence < candidate.sentence), None)
    if earlier is None or not _told_done(earlier, words):
        return None
    b = candidate.args
    places, parties = _clause_names(view, candidate, words)
    if b.place is not None and all(b.place is not e for e in places) \
            and _in_sentence(view, b.place, candidate):
        places.append(b.place)  # «وفي بروكسل، تظاهر …»: a place fronted before a comma
    if not places:
        return None
    told = _sentence_words(view, earlier, words)
    told = told | {_stem(w, words) for w in told}  # «وبغداد» read «بغداد», the name «غداد»
    if any(not _name_words(e, words) & told for e in parties):
        return None  # «وتظاهر أنصار حزب …»: a party of its own named in its clause
    place = earlier.args.place
    if place is None:
        return None
    own = _name_words(place, words)
    own = own | {_stem(w, words) for w in own}
    city = _city(place, words)
    if any(not (_name_words(e, words) and _name_words(e, words) <= own)
           and not (city and _site(e, words)) for e in places):
        return None  # another city, a province, or a city the earlier sentence named but
        # did not code («وفي بروكسل» after «تظاهر … في كولونيا وبروكسل»: one event a city)
    if any(not _name_words(e, words) & told for e in (*b.actors, *b.targets)) \
            or any(fold(t) not in words.back_parties
                   and not _text_words([t], [], words) & told for t in b.actor_text) \
            or any(not _text_words([t], [], words) & told for t in b.target_text):
        return None  # a party of its own
    mine = _own_date(view, candidate)
    return earlier if mine is None or _same_day(view, earlier, mine) else None


def retold_happening(view: View, candidate: Candidate, kept: list[Candidate],
                     described: frozenset[int] = frozenset()) -> Candidate | None:
    """The earlier event of ``kept`` that ``candidate`` tells again, else None."""
    words = _words()
    if candidate.type not in words.types or candidate.factuality not in words.told \
            or id(candidate) in described:
        return None
    same = _same_words(view, candidate, kept, words) or _definite_again(view, candidate, kept, words) \
        or _retold_plan(view, candidate, kept, words)
    if same is not None:
        return same
    after = _construct(view, candidate, words)
    if after is None:
        if candidate.factuality == "future" or candidate.pronoun:
            return None
        return _retold_verb(view, candidate, kept, words) \
            or _retold_fight(view, candidate, kept, words) \
            or _retold_doerless(view, candidate, kept, words) \
            or _retold_gathering(view, candidate, kept, words)
    if any(view.tokens[i].norm in words.other or view.bare(i) in words.other for i in after):
        return None  # «جولة أخرى»، «زيارة جديدة»
    mine = {_stem(view.tokens[i].norm, words) for i in after} - words.skip
    for earlier in kept:
        if earlier.sentence >= candidate.sentence or not one_happening(earlier, candidate):
            continue  # an arrest and a remand in custody are two happenings
        if (earlier.factuality == "future") != (candidate.factuality == "future") \
                or earlier.factuality not in words.told:
            continue
        ties = _ties(view, earlier, words)
        if mine & ties and _agree(view, earlier, candidate, words) \
                and not _new_object(candidate, ties, words):
            return earlier
    if candidate.factuality == "future" or candidate.pronoun:
        return None
    return _retold_doerless(view, candidate, kept, words) \
        or _retold_gathering(view, candidate, kept, words)  # «وأوقف شابان بعد هجوم دوما»


def _words_after(view: View, candidate: Candidate, words: _Words) -> tuple[str, ...]:
    """The first ``same_words`` words after a masdar trigger in its clause (stems, no
    conjunction, preposition or article), or () when the clause ends before them or a
    number stands among them."""
    after = _after(view, last_token(view, candidate), words)[: words.same_words]
    if len(after) < words.same_words or any(view.tokens[i].kind != "word" for i in after):
        return ()
    return tuple(_stem(view.tokens[i].norm, words) for i in after)


def _same_words(view: View, candidate: Candidate, kept: list[Candidate],
                words: _Words) -> Candidate | None:
    """Round 31: a masdar followed by the very words that follow an earlier telling of its
    kind («زيارة الرئيس الفرنسي إلى المغرب» twice: the visit a meeting spoke of, told again by
    the host) is that telling again, whoever its words name: both told as done or both still
    to come, no clash of parties, place or day, no word of another happening after it."""
    if words.same_words <= 0 or candidate.kind != "masdar" or candidate.pronoun:
        return None
    mine = _words_after(view, candidate, words)
    if not mine or any(w in words.other for w in mine) \
            or any(view.tokens[i].norm in words.other or view.bare(i) in words.other
                   for i in _after(view, last_token(view, candidate), words)):
        return None
    for earlier in reversed(kept):
        if earlier.sentence >= candidate.sentence or earlier.kind != "masdar" \
                or not one_happening(earlier, candidate) \
                or (earlier.factuality == "future") != (candidate.factuality == "future") \
                or earlier.factuality not in words.told:
            continue
        if _words_after(view, earlier, words) == mine and _agree(view, earlier, candidate, words):
            return earlier
    return None


def _party_words(view: View, candidate: Candidate, words: _Words) -> list[frozenset[str]]:
    """The loose words of each party of a telling (doers and targets alike: in a meeting
    either side may stand first), the speaker of the statement that tells it left out
    («وقالت المنظمة إن زيارة رئيسها ستتمحور …»: the teller names no other meeting)."""
    b = candidate.args
    speaker = next((st.speaker for st in view.article.statements
                    if st.id == candidate.by and st.speaker is not None), None)
    spoken = (speaker.start, speaker.end) if speaker is not None else (-1, -1)
    texts = [text for text in (*b.actor_text, *b.target_text)
             if speaker is None or fold(text) != fold(speaker.text)]
    entities = [e for e in (*b.actors, *b.targets)
                if not spoken[0] <= e.start < e.end <= spoken[1]]
    found = [_text_words([text], [], words) for text in texts] \
        + [_name_words(entity, words) for entity in entities]
    return [frozenset(_loose(w, words) for w in one) for one in found if one]


def _loose(word: str, words: _Words) -> str:
    """The word without its indefinite accusative or a plural, dual or feminine ending
    («وفدا» → «وفد»، «الحوثيين» and «الحوثية» → «حوثي»), when a stem of three letters stays."""
    word = _bare_accusative(word, words)
    for ending in words.plan_endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _retold_plan(view: View, candidate: Candidate, kept: list[Candidate],
                 words: _Words) -> Candidate | None:
    """Round 31 (E1): a happening still to come, told again lower down as still to come
    («سيلتقي وفد الحوثيين المبعوث الدولي في مسقط» … «وسيجتمع بوفد الحوثيين»; «ستتمحور زيارة
    رئيس اللجنة حول …» after «على أن يجري محادثات مع قادة الجماعة»): the plan told before,
    when each party it names is named in the earlier telling's sentence, its stated place is
    the earlier one's or named there, no own day differs and no word marks another meeting.
    A meeting with a party the earlier sentence does not name («وسيجتمع السفير مع رئيس الحزب»
    after a planned visit of another leader) stays an event of its own."""
    if candidate.type not in words.plan_types or candidate.factuality != "future" \
            or _another_act(view, candidate, words):
        return None
    mine = _party_words(view, candidate, words)
    for earlier in reversed(kept):
        if earlier.sentence >= candidate.sentence or earlier.factuality != "future" \
                or not one_happening(earlier, candidate):
            continue
        told = frozenset(_loose(w, words) for w in _sentence_words(view, earlier, words))
        if not all(one & told for one in mine):
            continue
        place, before = candidate.args.place, earlier.args.place
        if place is not None and candidate.args.place_stated \
                and not _name_words(place, words) <= _sentence_words(view, earlier, words) \
                and (before is None or not _same_place(place, before)):
            continue
        day = _date(view, candidate)  # «بعد ساعات» (FUTURE_REF) names no day
        if day is None or not day[:1].isdigit() or _same_day(view, earlier, day):
            return earlier
    return None


def _same_place(one: Entity, two: Entity) -> bool:
    x, y = fold(one.text), fold(two.text)
    return x in y or y in x


def _noun_pair(view: View, candidate: Candidate, words: _Words) -> tuple[str, int] | None:
    """A masdar's stem and the index of the noun it governs: the trigger's second word
    («سقوط القذائف») or the word right after a one-word trigger, in its clause."""
    if candidate.kind not in ("masdar", "phrase") or candidate.pronoun:
        return None
    first, last = first_token(view, candidate), last_token(view, candidate)
    noun = first + 1 if last > first else (_after(view, last, words)[:1] or [-1])[0]
    if noun < 0 or view.tokens[noun].kind != "word" or view.entity_at.get(noun) is not None:
        return None
    return _stem(view.tokens[first].norm, words), noun


def _definite_again(view: View, candidate: Candidate, kept: list[Candidate],
                    words: _Words) -> Candidate | None:
    """Round 31: a masdar told again with its noun made definite («بسبب سقوط القذائف»
    after «أقرت السلطات بسقوط قذائف على السوق»): the article points back at the happening told
    before with the same masdar and the same noun bare. Of the same type, both told as done,
    no clash of parties, place or day, no word of another happening after it."""
    pair = _noun_pair(view, candidate, words)
    if pair is None or not _told_done(candidate, words) or _another_act(view, candidate, words):
        return None
    stem, noun = pair
    norm = view.tokens[noun].norm
    if not norm.startswith(words.article):
        return None
    bare = norm[len(words.article):]
    if len(bare) < 3 or bare in words.skip or norm in words.skip:
        return None
    for earlier in reversed(kept):
        if earlier.sentence >= candidate.sentence or earlier.type != candidate.type \
                or not _told_done(earlier, words):
            continue
        other = _noun_pair(view, earlier, words)
        if other is not None and other[0] == stem and view.tokens[other[1]].norm == bare \
                and _agree(view, earlier, candidate, words):
            return earlier
    return None


def _absorb(earlier: Candidate, later: Candidate) -> None:
    """The first telling keeps its own arguments and takes a place or a party it lacks."""
    a, b = earlier.args, later.args
    if a.place is None and b.place is not None:
        a.place, a.place_stated = b.place, b.place_stated
    if not a.actors and not a.actor_text:
        a.actors, a.actor_text = list(b.actors), list(b.actor_text)
    if not a.targets and not a.target_text:
        a.targets, a.target_text = list(b.targets), list(b.target_text)


def without_retold_happenings(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``."""
    words = _words()
    if not words.enabled:
        return found
    described = described_mentions(view, found)
    kept: list[Candidate] = []
    for candidate in found:
        earlier = retold_happening(view, candidate, kept, described)
        if earlier is None:
            kept.append(candidate)
        else:
            _absorb(earlier, candidate)
    return kept


def handed_to_first_tellings(view: View, found: list[Candidate]) -> list[Candidate]:
    """Round 29: a happening first told by bare words (a condolence's «في عملية إرهابية»، a
    lead's «بعد التفجير»، «وقتل شرطي … في هجوم») and told with its arguments in a later
    sentence is one event at its first telling, where the gold sets label it. The later
    telling hands its arguments to the nearest earlier telling of its type when

    - that one fails the evidence test, names one specific attack (``mourned_first.one_specific``:
      no plural, no demonstrative, not told before in its sentence) by an attack noun or a
      killing (``first_telling_bare_modes``), is no aim («لوقف إطلاق النار»), and both are
      told as done; a definite one («وأدان العمل الإرهابي») points back at an attack told in
      an earlier sentence, if there is one (``mourned_first.first_telling``);
    - the later one does not point back at a telling as ``retold_attacks`` reads it («إن
      الهجوم أسفر عن…»: ``merge.merge_anaphora`` hands those over), and is told as known: a masdar in construct («تفجير مسجد الطوارئ»), a verb
      right after «الذي/التي» («لهذا العمل الغادر الذي استهدف»), or a verb whose doer is a
      definite noun («أطلق المسلحون»); it is no plural and names no other act;
    - nothing of it clashes (``_agree``: no other party, place or day), and its stated place
      shares a word with the earlier sentence («قرب سوق في حي آخر» is another bombing).

    The later telling is then no event of its own. Types and modes: ``first_tellings`` in
    ``event_retold_happenings.yaml``."""
    words = _words()
    data = _first_telling_data()
    if not data.types:
        return found
    # «إن الهجوم أسفر عن…»: ``merge.merge_anaphora``; read only where a telling may hand over
    pointing: frozenset[int] | None = None
    kept: list[Candidate] = []
    for candidate in sorted(found, key=lambda c: c.trigger[0]):
        earlier = None
        if candidate.type in data.types and candidate.mode in data.modes:
            if pointing is None:
                pointing = retold_attacks(view, found)
            if id(candidate) not in pointing and _told_done(candidate, words) \
                    and has_evidence(candidate):
                earlier = next((k for k in reversed(kept) if k.type == candidate.type
                                and k.sentence < candidate.sentence), None)
        if earlier is not None and earlier.mode in data.bare_modes \
                and not has_evidence(earlier) and _told_done(earlier, words) \
                and not earlier.purpose and one_specific(view, earlier) \
                and (not earlier.definite or first_telling(view, earlier)) \
                and not general_or_pointed(view, candidate) \
                and _told_as_known(view, candidate, words) \
                and _agree(view, earlier, candidate, words) \
                and _places_told(view, earlier, candidate, words) \
                and not _another_act(view, candidate, words):
            _absorb(earlier, candidate)
            if not has_evidence(earlier):  # the later telling's own evidence is the event's
                earlier.needs = "-"
            continue
        kept.append(candidate)
    return kept


def _told_as_known(view: View, candidate: Candidate, words: _Words) -> bool:
    """A masdar in construct, a relative verb, or a verb with a definite common doer."""
    if candidate.kind == "masdar":
        return _construct(view, candidate, words) is not None
    if candidate.relative:
        return True
    return not candidate.args.actors and any(
        fold(text).startswith(words.article) for text in candidate.args.actor_text)


def _places_told(view: View, earlier: Candidate, later: Candidate, words: _Words) -> bool:
    """The later telling's stated place shares a word with the earlier sentence."""
    place = later.args.place
    if place is None or not later.args.place_stated or not _name_words(place, words):
        return True
    return bool(_name_words(place, words) & _sentence_words(view, earlier, words))


@dataclass(frozen=True)
class _FirstTellings:
    types: frozenset[str]
    modes: frozenset[str]
    bare_modes: frozenset[str]


@functools.cache
def _first_telling_data() -> _FirstTellings:
    data = load_yaml("event_retold_happenings.yaml")["retold_happenings"]
    return _FirstTellings(frozenset(data.get("first_tellings", ())),
                          frozenset(data.get("first_telling_modes", ())),
                          frozenset(data.get("first_telling_bare_modes", ())))
