"""An argument's phrase read past what the view gives it:

* a nationality or a title before a name leaves the name, also across honorifics and titles
  («ولي العهد السعودي الأمير محمد بن سلمان»، «الرئيس الإيراني بالإنابة…» is not crossed);
* a compound goes on through «و» + a title («دولة الإمارات وجمهورية كينيا») and across a
  second nationality («القوات الجوية السورية الروسية»), and back from a subject that stands
  before its verb («إسرائيل وحركة حماس توصلتا»);
* a unit of a named body is the body («قوة كبيرة من جيش الاحتلال»، «مسلحو تنظيم الدولة»), an
  organisation no entity names is kept as text («الجبهة الثورية»), and a head with a pronoun
  («قواتها») names no one by itself.

Places and adjuncts: ``marsad.eventcoding.argument_places``.

Words are data: ``event_args_words.tsv`` and ``event_args_light_verbs.tsv``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold
from marsad.arabic.titles import office_titles
from marsad.eventcoding.argument_owners import definite_owner
from marsad.eventcoding.lexicon import _verb_forms
from marsad.eventcoding.matcher import stem_test, stems
from marsad.eventcoding.title_condemners import title_condemners
from marsad.eventcoding.view import ACTOR_TYPES, Phrase, View
from marsad.lexicons import load_table, load_yaml
from marsad.model import Entity
from marsad.pipeline import register_cache

__all__ = ["ArgWords", "arg_words", "phrase", "extend_back", "head_ending", "light_role", "word_role", "is_accusative", "in_time",
           "unnamed_object", "carries_preposition", "ends_object", "OBJECT_WORDS",
           "stem_role", "org_phrase", "possessed_head", "condition_subject"]

#: The most titles or honorifics between a nationality or title and the name it stands for.
NAME_GAP = 2
#: The most words of an unnamed object kept as text («ثلاثة شبان»، «سفينة تجارية»).
OBJECT_WORDS = 3
#: The most words (adjectives) between a unit and the «من» of its body («قوة كبيرة من…»).
UNIT_GAP = 2
#: The most words of an organisation no entity names («قوى الحرية والتغيير»).
ORG_WORDS = 4


@dataclass(frozen=True, slots=True)
class ArgWords:
    light: dict[str, str]  # surface -> actor | accuser
    words: dict[str, str]  # folded word -> role
    heads: dict[str, tuple[tuple[str, ...], ...]]  # last word -> unnamed actors, longest first
    carries_place: frozenset[str]  # event types that take the place of the event before
    stem_sets: dict[str, frozenset[str]]  # role -> folded words, matched on a word's stems
    topic_types: frozenset[str]  # event types whose «في» after a topic noun is no place
    condition_types: frozenset[str]  # event types aimed at the subject of their condition


@functools.cache
def arg_words() -> ArgWords:
    grammar = load_yaml("event_grammar.yaml")
    light: dict[str, str] = {}
    for row in load_table("event_args_light_verbs.tsv"):
        form, role = row["form"], row["role"]
        if "|" in form:
            light.update((surface, role) for surface, _, _ in _verb_forms(form, grammar))
        else:
            light[fold(form)] = role
    words = {fold(row["word"]): row["role"] for row in load_table("event_args_words.tsv")}
    heads: dict[str, list[tuple[str, ...]]] = {}
    for row in load_table("event_args_heads.tsv"):
        head = tuple(fold(row["head"]).split())
        heads.setdefault(head[-1], []).append(head)
    carries = frozenset(row["word"] for row in load_table("event_args_words.tsv")
                        if row["role"] == "carries_place")
    sets: dict[str, set[str]] = {}
    for row in load_table("event_args_stems.tsv"):
        sets.setdefault(row["role"], set()).add(fold(row["word"]))
    return ArgWords(light, words, {last: tuple(sorted(found, key=len, reverse=True))
                                   for last, found in heads.items()}, carries,
                    {role: frozenset(found) for role, found in sets.items()},
                    frozenset(row["word"] for row in load_table("event_args_words.tsv")
                              if row["role"] == "topic_place"),
                    frozenset(row["word"] for row in load_table("event_args_words.tsv")
                              if row["role"] == "condition_target"))


#: The word caches of this module's readers, each emptied when it holds ``_WORDS_LIMIT``
#: words: the argument finder asks the same few thousand words again in every article.
_WORDS_LIMIT = 1 << 13

#: role -> a word's text -> ``stem_role``'s answer.
_STEM_ROLES: dict[str, dict[str, bool]] = register_cache({})


def stem_role(view: View, index: int, role: str) -> bool:
    """Whether a stem of the word has ``role`` in ``event_args_stems.tsv`` («الجبهة» →
    org_head, «قوة» → unit, «الأوضاع» → topic, «مفجر» → agent)."""
    text = view.tokens[index].text
    known = _STEM_ROLES.get(role)
    if known is None:
        known = _STEM_ROLES[role] = {}
    found = known.get(text)
    if found is None:
        if len(known) >= _WORDS_LIMIT:
            known.clear()
        found = known[text] = _stem_role(text, role)
    return found


def _stem_role(text: str, role: str) -> bool:
    wanted = arg_words().stem_sets.get(role, frozenset())
    test = stem_test(wanted)  # most words: no stem to look up
    if test is not None and not test(text):
        return False
    return any(stem in wanted for stem in stems(text))


#: A word's text -> whether a stem of it may end one of our unnamed actors (the heads'
#: ``stem_test``; True where the test was not built): most words are none.
_MAY_END_HEAD: dict[str, bool] = register_cache({})


def _may_end_head(text: str) -> bool:
    found = _MAY_END_HEAD.get(text)
    if found is None:
        if len(_MAY_END_HEAD) >= _WORDS_LIMIT:
            _MAY_END_HEAD.clear()
        test = stem_test(arg_words().heads)
        found = _MAY_END_HEAD[text] = test is None or bool(test(text))
    return found


def head_ending(view: View, at: int, floor: int) -> Phrase | None:
    """One of our unnamed actors («أجهزة الأمن»، «الميليشيا») whose last word is ``at``."""
    if not _may_end_head(view.tokens[at].text):  # most words: no stem to look up
        return None
    return _head_ending(view, at, floor)


def _head_ending(view: View, at: int, floor: int) -> Phrase | None:
    """``head_ending`` for a word whose stems may end a head (``_may_end_head``)."""
    heads = arg_words().heads
    for last in stems(view.tokens[at].text):
        for head in heads.get(last, ()):
            first = at - len(head) + 1
            if first >= floor and all(word in stems(view.tokens[first + k].text)
                                      for k, word in enumerate(head[:-1])):
                start = view.tokens[first].start
                shift = view.tokens[first].norm.find(head[0])
                if len(view.tokens[first].norm) == len(view.tokens[first].text) and shift > 0:
                    start += shift
                return Phrase(first, at, [], view.article.text[start:view.tokens[at].end])
    return None


def head_at(view: View, index: int, stop: int) -> Phrase | None:
    """One of our unnamed actors beginning at ``index``."""
    tokens = view.tokens
    for at in range(min(stop, index + 3) - 1, index - 1, -1):
        may = _MAY_END_HEAD.get(tokens[at].text)  # ``head_ending``'s first test, asked here
        if may is None:  # to spare most words the call
            may = _may_end_head(tokens[at].text)
        if not may:
            continue
        found = _head_ending(view, at, index)
        if found is not None and found.first == index:
            return found
    return None


#: A word's ``norm`` -> ``word_role``'s answer (it reads the word alone).
_ROLES: dict[str, str] = register_cache({})


def word_role(view: View, index: int) -> str:
    """The role of a word in ``event_args_words.tsv`` («قد» → subject_before), else ''."""
    word = view.tokens[index].norm
    found = _ROLES.get(word)
    if found is None:
        if len(_ROLES) >= _WORDS_LIMIT:
            _ROLES.clear()
        found = _ROLES[word] = _word_role(view, index, word)
    return found


def _word_role(view: View, index: int, word: str) -> str:
    words = arg_words().words
    found = words.get(word) or words.get(view.bare(index))
    if found:
        return found
    return next((words[word[len(c):]] for c in view.lex.conjunctions
                 if word.startswith(c) and word[len(c):] in words), "")


def light_role(view: View, index: int) -> str:
    """The role of one of our light verbs («استعاد» → actor, «اتهم» → accuser), else ''."""
    light = arg_words().light
    test = stem_test(light)  # most words: no stem to look up
    if test is not None and not test(view.tokens[index].text):
        return ""
    return next((light[s] for s in stems(view.tokens[index].text) if s in light), "")


def is_accusative(view: View, index: int) -> bool:
    """An indefinite noun in the accusative («عددا»، «منزلاً»): an object, not a genitive."""
    token = view.tokens[index]
    word = token.norm
    if token.kind != "word" or index in view.entity_at or word_role(view, index) == "adverb":
        return False
    if word in view.lex.function_words or word.startswith(view.lex.article):
        return False
    lex = view.lex
    return token.text.endswith(lex.accusative_marked) or (
        len(word) >= lex.accusative_bare_min and word.endswith(lex.accusative_bare))


def phrase(view: View, index: int, stop: int, orgs: bool = False) -> Phrase | None:
    """The view's phrase at ``index``, with a title's name and a compound's other parties;
    a unit of a named body is that body («قوة كبيرة من جيش الاحتلال»); an organisation no
    entity names is kept as text when ``orgs`` (a subject: «هاجمت الجبهة الثورية…»); a head
    with a pronoun («قواتها») names no one by itself."""
    found = _unit_of(view, index, stop)
    if found is not None:
        return found
    found = view.phrase_at(index, stop)
    if found is None and index < stop:
        found = head_at(view, index, stop) or (org_phrase(view, index, stop) if orgs else None)
    if found is not None and possessed_head(view, found):
        return None
    if found is not None and not found.entities and found.first == found.last:
        found = org_phrase(view, found.first, stop) or found
        # «الجبهة الثورية»: a head read on through the words that name it
    if found is not None and not found.entities:
        return _person_named(view, found) or found
    if found is None:
        return found
    return _extend(view, _with_name(view, found, stop), stop)


def _unit_of(view: View, index: int, stop: int) -> Phrase | None:
    """«قوة كبيرة من جيش الاحتلال»، «عناصر من حركة الشباب»: a unit (and an adjective or
    two), then «من» and the body it belongs to: the body is the argument."""
    if index >= stop or index in view.entity_at or not stem_role(view, index, "unit"):
        return None
    lex = view.lex
    body = view.entity_at.get(index + 1) if index + 1 < stop else None
    if body is not None and body.type in ("ORG", "GPE") and stem_role(view, index, "construct") \
            and body.start == view.tokens[index + 1].start:
        return Phrase(index, view.entity_last[body.id], [body])  # «مسلحو تنظيم الدولة»
    owner = definite_owner(view, index, stop)
    if owner is not None:
        return owner
    for at in range(index + 1, min(stop, index + 2 + UNIT_GAP)):
        token = view.tokens[at]
        if view.bare(at) == lex.agent[0]:
            found = phrase(view, at + 1, min(len(view.tokens), at + 1 + lex.object_window),
                           orgs=True)
            if found is None or not (found.text or found.types() & ACTOR_TYPES) \
                    or found.is_place:
                return None
            return Phrase(index, found.last, found.entities, found.text)
        if token.kind != "word" or at in view.entity_at or view.ends_argument(at) \
                or token.norm.startswith(lex.article) or token.norm in lex.function_words:
            return None
    return None


def org_phrase(view: View, index: int, stop: int) -> Phrase | None:
    """«الجبهة الثورية»، «قوى الحرية والتغيير»: an organisation's head and the definite
    words that name it, when no entity does: kept as text."""
    if index >= stop or index in view.entity_at or not stem_role(view, index, "org_head"):
        return None
    lex = view.lex
    last = index
    for at in range(index + 1, min(len(view.tokens), stop, index + 1 + ORG_WORDS)):
        token = view.tokens[at]
        word = token.norm
        joined = at > index + 1 and word.startswith(lex.conjunction + lex.article)
        # «الإدارة العامة للمباحث الجنائية»: «لل» names the body the head belongs to
        joined = joined or (last > index and word.startswith(lex.prep_li_article)
                            and len(word) > len(lex.prep_li_article))
        nisba = view.entity_at.get(at)
        if nisba is not None and nisba.type == "NORP" and nisba.start == token.start \
                and view.entity_last[nisba.id] == at:
            last = at  # «الجبهة الثورية السودانية»: a nationality is part of the name
            continue
        if token.kind != "word" or at in view.entity_at or view.ends_argument(at) \
                or in_time(view, at) or not (word.startswith(lex.article) or joined):
            break
        last = at
    if last == index:
        return None
    start = view.tokens[index].start
    if view.tokens[index].norm[:1] in lex.conjunctions \
            and len(view.tokens[index].norm) == len(view.tokens[index].text):
        start += 1  # «والجبهة»: the conjunction is no part of the name
    return Phrase(index, last, [], view.article.text[start:view.tokens[last].end])


def possessed_head(view: View, found: Phrase) -> bool:
    """«قواتها»، «عناصره»: an unnamed head carrying a pronoun names no one by itself."""
    if not found.text or found.entities:
        return False
    token = view.tokens[found.last]
    word = token.norm
    return any(word.endswith(p) and word[: -len(p)] in stems(token.text)
               for p in view.lex.pronouns)


def _person_named(view: View, found: Phrase) -> Phrase | None:
    """«المبعوث الأممي الخاص إلى سوريا غير بيدرسون»: an unnamed head and the person it names
    a few words on (no place word or clause between)."""
    _, end = view.sentence_of(found.first)  # the name may run past the phrase window
    for at in range(found.last + 1, min(end, found.last + 2 + NAME_GAP * 2)):
        entity = view.entity_at.get(at)
        if entity is not None and entity.type == "PER":
            return Phrase(found.first, view.entity_last[entity.id], [entity])
        token = view.tokens[at]
        if token.kind != "word" or view.ends_argument(at) or view.bare(at) in view.lex.place_words \
                or token.norm.startswith(view.lex.conjunction) or view.pronoun_prep(at) \
                or view.bare(at) in _name_run_stops():
            return None
    return None


@functools.cache
def _name_run_stops() -> frozenset[str]:
    """Prepositions that end a head's run to its name (``name_run_stops``): «أفرجت الشرطة عن
    الأسير سامر» — the one after «عن» is the act's target, not the head's name."""
    return frozenset(fold(word) for word in load_yaml("event_grammar.yaml")["name_run_stops"])


def _titled(view: View, entity: Entity) -> bool:
    """A person entity that is only a title («الرئيس الإيراني»، «وزير الدفاع الإسرائيلي»)."""
    words = fold(entity.text).split()
    return bool(words) and words[0] in view.lex.skip_words and words[0] not in view.lex.honorifics


def _with_name(view: View, found: Phrase, stop: int) -> Phrase:
    if len(found.entities) != 1:
        return found
    entity = found.entities[0]
    if entity.type != "NORP" and not (entity.type == "PER" and _titled(view, entity)):
        return found
    at = found.last + 1
    for _ in range(NAME_GAP + 1):
        if at >= stop:
            return found
        named = view.entity_at.get(at)
        token = view.tokens[at]
        if named is not None:
            if named.type == "PER" and named is not entity and named.start == token.start:
                return Phrase(found.first, view.entity_last[named.id], [named])
            return found
        title = word_role(view, at) == "title"  # «بالإنابة»
        if not title and (token.norm.startswith(view.lex.conjunction) or not view.is_skip(at)
                          or carries_preposition(view, at)):
            return found  # «الشرطة التونسية للناشط…»: a preposition ends the title
        at += 1
    return found


def carries_preposition(view: View, index: int) -> bool:
    """«للناشط»، «بالرئيس»، «لوزراء»: the word carries a preposition as a proclitic."""
    word = view.tokens[index].norm
    return bool(view.clitic_prep(index)) or word.startswith(view.lex.prepositional_articles)


def _title_then_entity(view: View, at: int, stop: int) -> Entity | None:
    """«وجمهورية كينيا»: «و» + a title word, then the entity it titles."""
    token = view.tokens[at]
    conjunction = view.lex.conjunction
    if at + 1 >= stop or not token.norm.startswith(conjunction):
        return None
    rest = token.norm[len(conjunction):]
    if word_role_of(rest) != "title" and rest not in view.lex.skip_words:
        return None
    entity = view.entity_at.get(at + 1)
    return entity if entity is not None and entity.type in ACTOR_TYPES else None


def word_role_of(word: str) -> str:
    return arg_words().words.get(word, "")


@functools.cache
def office_holder_words() -> tuple[frozenset[str], frozenset[str]]:
    """Folded first words of an office that a person holds (the office words of
    ``event_args_titles.tsv``, the titles of ``event_title_condemners.yaml`` and the
    spokesmen's words, ``office_holder_heads`` of event_grammar.yaml), and the second words
    of a rank (``rank_seconds`` of ner_titled_names.yaml, which the names layer reads too)."""
    heads, _ = office_titles()
    extra = frozenset(fold(word) for word in load_yaml("event_grammar.yaml")["office_holder_heads"])
    seconds = load_yaml("ner_titled_names.yaml")["rank_seconds"]
    return heads | title_condemners().heads | extra, frozenset(fold(word) for word in seconds)


def _titled_person_joined(view: View, at: int, stop: int) -> Entity | None:
    """Round 31: «و» + a title, then the person it titles a few words on: a second person
    joined to the one before («استشهاد العريف أول فلان والعريف أول فلان»، «مقتل قائد الفيلق
    فلان ونائب رئيس الهيئة فلان»، «بأمير قطر الشيخ فلان وولي العهد الأمير فلان»). The
    words between are titles (``skip_words``, ``object_aside_titles``, the office words),
    a rank's second word, definite words the office governs («العهد») and the
    bodies, places and nations named in the office; no preposition, no clause break."""
    lex = view.lex
    if view.tokens[at].text in lex.asides and at + 1 < stop:
        at += 1  # «…، والعريف أول فلان»
    token = view.tokens[at]
    if not token.norm.startswith(lex.conjunction) or at in view.entity_at:
        return None
    heads, seconds = office_holder_words()
    titles = lex.skip_words | lex.object_aside_titles | heads
    if token.norm[len(lex.conjunction):] not in titles:
        return None
    index = at + 1
    while index < min(stop, at + 1 + JOINED_TITLE_WORDS):
        entity = view.entity_at.get(index)
        token = view.tokens[index]
        if entity is not None and entity.type == "PER" and entity.start == token.start:
            return entity
        if token.kind != "word" or view.ends_argument(index):
            return None
        if entity is not None:
            if entity.type not in ("ORG", "GPE", "NORP", "LOC"):
                return None
            index = view.entity_last[entity.id] + 1
            continue
        if token.norm not in titles and token.norm not in seconds \
                and not token.norm.startswith(lex.article):
            return None
        index += 1
    return None


#: The most words between «و» + a title and the person it titles.
JOINED_TITLE_WORDS = 6


def _extend(view: View, found: Phrase, stop: int) -> Phrase:
    while found.last + 1 < stop:
        after = found.last + 1
        last = found.entities[-1]
        nxt = view.entity_at.get(after)
        if nxt is not None and nxt not in found.entities and last.type == nxt.type == "NORP" \
                and nxt.start == view.tokens[after].start:
            pass  # «السورية الروسية»: two nationalities, two parties
        elif nxt is None:
            nxt = _title_then_entity(view, after, stop)
            if nxt is None and last.type == "PER":  # «استشهاد العريف أول فلان والعريف
                nxt = _titled_person_joined(view, after, stop)  # أول فلان» (round 31)
            if nxt is None or nxt in found.entities:
                return found
        else:
            return found
        found = Phrase(found.first, view.entity_last[nxt.id], [*found.entities, nxt], found.text)
    return found


def extend_back(view: View, found: Phrase, floor: int) -> Phrase:
    """«إسرائيل وحركة حماس توصلتا»: the parties joined by «و» before a subject."""
    conjunction = view.lex.conjunction
    while found.entities and found.first > floor:
        token = view.tokens[found.first]
        joined = token.norm.startswith(conjunction) and found.entities[0].start > token.start
        end = found.first - 1
        before = view.entity_ending_at.get(end)
        if not joined and before is not None and before.type == found.entities[0].type == "NORP":
            joined = True  # «القوات الجوية السورية الروسية»
        if not joined and view.tokens[end].norm.startswith(conjunction) \
                and _title_then_entity(view, end, found.first + 1) is found.entities[0]:
            end -= 1  # «… وجمهورية كينيا»
        elif not joined:
            return found
        before = view.entity_ending_at.get(end) if end >= floor else None
        if before is None or before.type not in ACTOR_TYPES or before in found.entities:
            return found
        found = Phrase(view.entity_first[before.id], found.last, [before, *found.entities])
    return found


def in_time(view: View, index: int) -> bool:
    start = view.tokens[index].start
    for t in view.article.times:  # a loop, not ``any``: most articles hold few times
        if t.start <= start < t.end:
            return True
    return False


def condition_subject(view: View, index: int, stop: int) -> Phrase | None:
    """«… إذا لم تغير طهران سلوكها»، «في حال تجاوزت قوات الوفاق خط سرت»: the named subject
    of the first condition from ``index`` on (a conditional word, a negation, the verb,
    then the name): whom a threat is aimed at."""
    at = index
    while at < stop and word_role(view, at) != "condition":
        at += 1
    at += 1
    while at < stop and word_role(view, at) in ("condition", "negation"):
        at += 1  # «في حال لم…»
    if at + 1 >= stop or view.tokens[at].kind != "word" or at in view.entity_at:
        return None
    found = phrase(view, at + 1, min(stop, at + 1 + view.lex.object_window))
    if found is None or not found.entities or not found.types() & ACTOR_TYPES:
        return None
    return found


#: Roles of ``event_args_words.tsv`` that end an unnamed object and never open one (a
#: condition since round 13: «ستستأنف القصف إذا لم تبدأ…» has no object «إذا لم تبدأ»; an
#: instrument since round 27: «استهداف مقر الحزب بقذيفة»).
ENDS_OBJECT = frozenset({"adverb", "object_end", "condition", "instrument"})


def unnamed_object(view: View, index: int, stop: int) -> Phrase | None:
    """«قصفت طائرات حربية منزلا قرب…»، «اعتقل أربعة أشخاص في…»: an object no entity names,
    kept as text: a few words up to a preposition, a place word, a time, «و» or an entity."""
    if index < stop and view.tokens[index].prefix[:1] == view.lex.conjunction:
        return None  # «رفضوها واعتبروها…»: «و» opens a new clause, not an object
    begin = index
    if index + 1 < stop and word_role(view, index) == "quantifier" \
            and view.bare(index + 1) == view.lex.agent[0]:
        begin = index + 2  # «أكثر من 12 ألف شخص»: the count after «من» is read as the object
    last = -1
    for at in range(begin, min(stop, begin + OBJECT_WORDS)):
        if ends_object(view, at, first=at == begin):
            break
        last = at
    if last + 1 < stop and last + 1 in view.entity_at:
        return None  # «خاصة مخيم جنين»: the object is the entity's phrase
    if last < 0 or view.tokens[last].kind != "word":
        return None
    text = view.article.text[view.tokens[index].start:view.tokens[last].end]
    return Phrase(index, last, [], text)


def ends_object(view: View, at: int, first: bool) -> bool:
    """Whether an unnamed phrase stops before this word: a preposition, a place word, a time,
    an adverb, «و», a pronoun on a preposition, an entity or a clause break."""
    lex = view.lex
    token = view.tokens[at]
    word = token.norm
    if token.kind not in ("word", "number") or at in view.entity_at or view.ends_argument(at):
        return True
    if in_time(view, at) or word_role(view, at) in ENDS_OBJECT or view.pronoun_prep(at):
        return True  # «اعتقلت 12 شخصا بتهمة…»، «لليوم الثاني على التوالي»
    if word in lex.function_words or view.bare(at) in lex.function_words:
        return True
    return not first and (word.startswith(lex.conjunction) or bool(view.clitic_prep(at))
                          or word.startswith(_bi_articles(lex.prepositional_articles,
                                                          lex.prep_li_article)))
    # «القرويين بالتناوب»: a word with «بال» is no part of the object, one with «لل» is
    # its genitive («مواقع للمسلحين») (round 16)


@functools.cache
def _bi_articles(articles: tuple[str, ...], li_article: str) -> tuple[str, ...]:
    return tuple(a for a in articles if not a.endswith(li_article))
