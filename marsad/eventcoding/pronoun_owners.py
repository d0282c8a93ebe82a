"""Round 35 (A): the doer a masdar's own pronoun names.

A masdar that carries a possessive pronoun names its doer by it: «نفت الحركة موافقتها على
التمديد» (ها → the movement), «أكد المجلس تضامنه مع…» (ه → the council), «أعربوا عن دعمهم»
(هم), «خلال اتصالهما» (هما → the two joined parties). The pronoun agrees with its antecedent
(``pronoun_owners.yaml``): «ها» a feminine singular or a non-human plural (a state, a town, a
body whose head word ends in «ة» or «ات»), «ه» a masculine singular (a person, «مجلس»، a
state the language treats as masculine: «العراق»), «هم»/«هن» a human plural, «هما» a dual or
two joined parties. The antecedent is, in this order:

* the nearest agreeing party before the masdar in its own clause («وأكدت الإمارات في بيان
  تضامنها» after «أدان المجلس»: the Emirates, not the council, which is «ه»);
* the speaker of the statement the masdar sits in («…، مؤكدة رفضها لأي مبادرة»);
* the nearest agreeing party before it in its sentence («أعلن حفتر … مع الرئيس السيسي
  قبوله»: not the one after «مع»);
* when nothing stands before the masdar in its sentence («وجاء ذلك خلال اتصالهما»), the
  first agreeing party of the sentence before.

Never a party after a preposition or a place word (nor a place named as one: «محافظة…»), a
nationality adjective, one inside a relative clause, nor one of the masdar's own targets. A
masdar inside a relative clause («الكتائب التي واصلت هجماتها») is its antecedent's: not
read here. A masdar that takes an object and has none after it carries its object («بعد
اعتقاله»): its pronoun names who suffered it. A word read as a verb with an object pronoun
right after a stating word («مؤكدة رفضها»، «أعلنت الحركة رفضها») is such a masdar too.

The doer found before is kept when the pronoun can name it (a party whose kind is not
written counts so), when it is the owner named again or by its office, and when the masdar
re-tells one named before it in its sentence («بدأ الوزير زيارة … خلال زيارته»). Where no
party agrees, the arguments stay as they were found.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_core import (Args, after_place_word, dateline_like, governed,
                                             phrase_ending)
from marsad.eventcoding.argument_phrases import is_accusative
from marsad.eventcoding.constructions import opens_content
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import ACTOR_TYPES, Phrase, View
from marsad.arabic.clitics import ARTICLE, CONJUNCTIONS
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["own_pronoun_doer", "pronoun_kind", "agrees"]

@dataclass(frozen=True, slots=True)
class _Data:
    suffixes: tuple[tuple[str, str], ...]  # folded suffix -> kind, longest first
    feminine_endings: tuple[str, ...]
    plural_endings: tuple[str, ...]
    masculine_places: frozenset[str]  # folded, without «ال»
    feminine_heads: frozenset[str]
    plural_heads: frozenset[str]
    stance_openers: frozenset[str]  # folded
    owned_masdar: tuple[str, ...]  # a feminine masdar's «ت» + pronoun, as written
    raw_suffixes: tuple[str, ...]  # the pronouns as written (not folded: «ة» is no «ه»)
    retold_prefixes: tuple[str, ...]  # clitics before a masdar told again («وال»، «بال»)
    not_masdars: frozenset[str]  # folded


def _plain(word: str) -> str:
    word = fold(word)
    return word[len(ARTICLE):] if word.startswith(ARTICLE) and len(word) > 4 else word


@cache
def _data() -> _Data:
    raw = load_yaml("pronoun_owners.yaml")
    suffixes = sorted(((fold(k), str(v)) for k, v in raw["suffixes"].items()),
                      key=lambda pair: -len(pair[0]))
    return _Data(tuple(suffixes), tuple(raw["feminine_endings"]),
                 tuple(raw["plural_endings"]),
                 frozenset(_plain(w) for w in raw["masculine_places"]),
                 frozenset(_plain(w) for w in raw["feminine_heads"] or ()),
                 frozenset(_plain(w) for w in raw["plural_heads"] or ()),
                 frozenset(fold(w) for w in raw["stance_openers"]),
                 tuple(raw["owned_masdar_endings"]), tuple(raw["suffixes"]),
                 ("",) + tuple(raw["retold_prefixes"]),
                 frozenset(fold(w) for w in raw["not_masdars"]))


def pronoun_kind(view: View, hit: Hit) -> str:
    """The kind of party the pronoun on the masdar of ``hit`` names, or ''. The masdar is
    a masdar trigger («موافقتها»), the noun of a stating verb's phrase («أكدت تضامنها»), or
    a word read as a verb with an object pronoun that stands where a stance masdar does
    («مؤكدة رفضها»، «أكدت الحركة رفضها»)."""
    kind = hit.trigger.kind
    if kind == "masdar" or (kind == "phrase" and not hit.trigger.verbal):
        at = hit.first  # «استعادتها السيطرة على المدينة»: the phrase's masdar opens it
    elif kind == "phrase" and _stance_at(view, hit.first + 1):
        at = hit.last  # «وأكدت تضامنها»: the stance its stating verb's subject takes
    elif kind == "verb" and hit.pronoun and hit.last == hit.first and _stance_at(view, hit.first):
        at = hit.first
    else:
        return ""
    word = view.tokens[at].text
    if at == hit.first and kind != "verb" and not hit.pronoun \
            and not word.endswith(_data().owned_masdar):
        return ""  # «موافقتها» read as a whole form: its «تها» is a pronoun all the same
    for suffix, found in _data().suffixes:
        stem = fold(word[: -len(suffix)]) if word.endswith(suffix) else ""
        if len(stem) >= 2 and stem not in _data().not_masdars:
            return found
    return ""


def _stance_at(view: View, index: int) -> bool:
    """A stating word right before ``index``, or before the named subject right before it."""
    first, _ = view.sentence_of(index)
    at = index - 1
    if at >= first and (at in view.entity_ending_at or view.head_at(at) is not None):
        found = phrase_ending(view, at, index)
        at = found.first - 1 if found is not None else at
    if at < first:
        return False
    word = view.tokens[at].norm
    openers = _data().stance_openers
    return word in openers or (word[:1] in CONJUNCTIONS and word[1:] in openers)


def _word_kind(word: str) -> str:
    """The kind a head word is: ``feminine``, ``masculine``, ``plural`` or ''."""
    data = _data()
    plain = _plain(word)
    if plain in data.plural_heads:
        return "plural"
    if plain in data.feminine_heads:
        return "feminine"
    bare = word[len(ARTICLE):] if word.startswith(ARTICLE) else word
    if bare.endswith(data.plural_endings) and len(bare) > 4:
        return "plural"
    if bare.endswith(data.feminine_endings):
        return "feminine"
    return "masculine"


def _entity_kind(entity: Entity) -> str:
    words = entity.text.split()
    if not words or entity.type not in ACTOR_TYPES:
        return ""
    if entity.type == "PER":
        return "masculine"
    if entity.type == "NORP":  # «الإيرانية»، «السعودي»: an adjective agreeing with its noun
        return "adjective:" + _word_kind(words[-1])
    if entity.type in ("GPE", "LOC"):  # a state or a town: feminine, unless the language
        if _plain(entity.text) in _data().masculine_places:  # treats it as masculine
            return "masculine"
        return _word_kind(words[0]) if len(words) > 1 else "feminine"  # «دولة الإمارات»
    head = _word_kind(words[0])  # a body: its head word («حركة»، «مجلس»، «قوات»)
    if head == "masculine" and len(words) == 1:
        return ""  # «حماس»، «داعش»: a bare name; its gender is not written
    return head


def _kinds(found: Phrase) -> set[str]:
    """The kinds of party ``found`` can be named by."""
    parties = [e for e in found.entities if e.type in ACTOR_TYPES and e.type != "NORP"]
    if len(parties) >= 2:
        return {"dual", "plural"} if len(parties) == 2 else {"plural"}
    if parties:
        kind = _entity_kind(parties[0])
    elif found.text:
        kind = _word_kind(found.text.split()[0])
    else:
        return set()
    if kind == "plural":
        return {"plural"}
    if kind == "feminine":
        return {"feminine"}
    return {kind} if kind in ("masculine", "dual") else set()


def agrees(found: Phrase, kind: str) -> bool:
    return kind in _kinds(found)


def _owned(text: str) -> bool:
    """«قواته»، «مقاتلوها»: a head that carries a pronoun names no one by itself."""
    word = text.split()[-1] if text.split() else ""
    return any(word.endswith(suffix) and len(word) - len(suffix) >= 2
               for suffix in _data().raw_suffixes)


def _usable(view: View, found: Phrase, first: int, args: Args) -> bool:
    if any(e.type in ("GPE", "LOC") for e in found.entities) and (
            view.is_place_noun(found.first) or (found.first > first
                                                and view.is_place_noun(found.first - 1))):
        return False  # «عاصمة محافظة أبين»: a place named as one, no party
    if any(e.type in ("GPE", "LOC") for e in found.entities) \
            and _in_place_phrase(view, found.first, first):
        return False  # «تقدمها في جبهة الساحل ــ اللاذقية»: where, not who
    if (found.text and not found.entities and _owned(found.text)) or governed(view, found) or after_place_word(view, found.first, first) \
            or dateline_like(view, found, first):
        return False
    return not any(e in args.targets for e in found.entities)


def _before(view: View, index: int, floor: int, kind: str, args: Args,
            clause: bool) -> Phrase | None:
    """The nearest agreeing party before ``index`` down to ``floor``; in the clause only when
    ``clause`` (no farther than a clause break). A masdar inside a relative clause («التي
    شنت بدورها هجماتها») is its antecedent's, read elsewhere: none here; nor a party that is
    itself inside one («البيان الذي نشره التنظيم»), which is not whom a later clause
    goes on about."""
    first, _ = view.sentence_of(index)
    at = index - 1
    broken = False  # a clause break passed
    while at >= floor:
        if view.bare(at) in view.lex.relatives and not broken:
            return None
        if view.ends_argument(at):
            if clause:  # a comma too: «…، مؤكدة رفضها»
                return None
            broken = True
        found = phrase_ending(view, at, index)
        if found is None:
            at -= 1
            continue
        if _usable(view, found, first, args) and agrees(found, kind) \
                and not _in_relative(view, found.first, first):
            return found
        at = min(at, found.first) - 1
    return None


def _in_relative(view: View, index: int, first: int, reach: int = 0) -> bool:
    """A relative pronoun a few words (or ``reach``) before ``index``, with no clause break
    between."""
    for at in range(index - 1, max(first, index - (reach or _PHRASE_REACH)) - 1, -1):
        if view.bare(at) in view.lex.relatives:  # itself a clause break: read first
            return True
        if view.ends_argument(at):
            return False
    return False


def _speaker(view: View, hit: Hit, kind: str) -> Phrase | None:
    """The named speaker of the statement whose content holds the masdar, if it agrees."""
    start = view.tokens[hit.first].start
    for statement in view.article.statements:
        speaker = statement.speaker
        if speaker is None or speaker.anonymous \
                or not statement.content[0] <= start < statement.content[1]:
            continue
        ids = speaker.actors or ([speaker.entity] if speaker.entity else [])
        entities = [e for e in (view.article.entity(i) for i in ids) if e is not None]
        if not entities or speaker.end > start:
            continue
        firsts = [view.entity_first.get(e.id) for e in entities]
        lasts = [view.entity_last.get(e.id) for e in entities]
        if any(f is None for f in firsts) or any(x is None for x in lasts):
            continue
        found = Phrase(min(f for f in firsts if f is not None),
                       max(x for x in lasts if x is not None), entities)
        if agrees(found, kind):
            return found
    return None


def _opens_content(view: View, hit: Hit) -> bool:
    """The masdar opens the content of a statement («أعلنت الجزائر إغلاق مجالها الجوي»)."""
    start = view.tokens[hit.first].start
    for statement in view.article.statements:
        if statement.content[0] <= start < statement.content[1] and opens_content(
                view, bisect.bisect_left(view.token_starts, statement.content[0]), hit.first):
            return True
    return False


def pronoun_owner(view: View, hit: Hit, args: Args) -> Phrase | None:
    """The party the pronoun on the masdar ``hit`` names, or None."""
    kind = pronoun_kind(view, hit)
    if not kind:
        return None
    first, _ = view.sentence_of(hit.first)
    if _in_relative(view, hit.first, first, reach=hit.first - first):
        return None  # «الكتائب التي واصلت أمس هجماتها»: the antecedent's, read elsewhere
    found = _before(view, hit.first, first, kind, args, clause=True) \
        or _speaker(view, hit, kind) \
        or _before(view, hit.first, first, kind, args, clause=False)
    if found is not None or first == 0 or _any_party(view, first, hit.first):
        return found
    start, _ = view.sentence_of(first - 1)  # «وجاء ذلك خلال اتصالهما»: the sentence before
    for at in range(start, first):
        found = phrase_ending(view, at, first) if at in view.entity_ending_at else None
        if found is not None and _usable(view, found, start, args) and agrees(found, kind) \
                and not _in_relative(view, found.first, start):
            return found
    return None


def _any_party(view: View, first: int, index: int) -> bool:
    return any(e.type in ACTOR_TYPES for at in range(first, index)
               if (e := view.entity_at.get(at)) is not None)


def own_pronoun_doer(view: View, hit: Hit, args: Args) -> None:
    """Give ``args`` the party the masdar's pronoun names as its doer, when the doer found
    is none, one the pronoun cannot name, or one named outside the masdar's sentence. A
    word read as a verb (or a stating verb's phrase) has its subject read later: there only
    a doer found that cannot be the pronoun's is replaced."""
    kind = pronoun_kind(view, hit)
    if not kind:
        return
    if hit.trigger.kind == "masdar" and "obj" in hit.trigger.target \
            and not (args.targets or args.target_text):
        return  # «بعد اعتقاله»: the pronoun is who suffered it
    if args.actors and _fits(view, args.actors, kind) and not _outside(view, hit, args.actors):
        return
    if not args.actors and (hit.trigger.verbal or (
            args.actor_text and not all(_owned(t) for t in args.actor_text))):
        return
    if not args.actors and _told_before(view, hit):
        return  # «بدأ الوزير زيارة … وخلال زيارته»: a re-mention, merged with it
    if not args.has_actor and _opens_content(view, hit):
        return  # «وأعلنت إسبانيا اعترافها بفلسطين»: the speaker's reading names the doer and
        # tells a diplomatic act done by announcing it (``candidates.actors_from_speakers``)
    owner = pronoun_owner(view, hit, args)
    if owner is not None and args.actors and _same_party(view, args.actors, owner):
        return  # «سامر الحلبي» before, «الحلبي» here; «مدير الهيئة، فلان» for «الهيئة»
    if owner is None or (not owner.entities and (args.actors or args.actor_text
                                                  or hit.trigger.kind != "masdar")) \
            or (args.actors and _outside(view, hit, owner.entities)):
        return  # «وذلك خلال استقباله»: a doer from the sentence before only where none was;
        # an unnamed one («فرضت المقاومة سيطرتها») only for a masdar that had none
    args.actors, args.actor_text = [], []
    args.add_actor(owner)


def _in_place_phrase(view: View, index: int, first: int) -> bool:
    """A preposition a few words before ``index``, with no clause break between."""
    for at in range(index - 1, max(first, index - _PHRASE_REACH) - 1, -1):
        if view.ends_argument(at):
            return False
        if view.bare(at) in view.lex.prepositions or view.bare(at) in view.lex.place_words \
                or _after_preposition(view, at):
            return True
    return False


#: How far back a preposition or a relative governs a name after its noun («في جبهة الساحل ــ
#: اللاذقية»).
_PHRASE_REACH = 4


def _after_preposition(view: View, at: int) -> bool:
    """The noun at ``at`` carries a preposition («بالدعم»، «للحكومة»)."""
    word = view.norm(at)
    return bool(view.clitic_prep(at)) or any(
        word.startswith(clitic + view.lex.article) for clitic in view.lex.clitic_preps)


def _told_before(view: View, hit: Hit) -> bool:
    """The masdar's own word stands before it in its sentence, without the pronoun."""
    stem = fold(hit.trigger.form.split()[0].split("|")[0])
    stem = stem[:-1] if stem.endswith("ه") else stem  # «زيارة» folds to «زياره»
    if len(stem) < 3:
        return False
    first, _ = view.sentence_of(hit.first)
    for at in range(first, hit.first):
        word = view.norm(at)
        for prefix in _data().retold_prefixes:
            if word.startswith(prefix + stem) and len(word) - len(prefix + stem) <= 1:
                return True
    return False


def _same_party(view: View, actors: list[Entity], owner: Phrase) -> bool:
    """The owner is a party found already, named again («سامر الحلبي», «الحلبي») or by the
    office it holds in it, written just before its name («مدير الهيئة، سامر الحلبي»)."""
    words = {w for e in actors for w in fold(e.text).split() if len(w) > 2}
    title = [view.norm(at) for at in range(max(0, owner.first - _PHRASE_REACH), owner.first)]
    return any(w in words for e in owner.entities for w in fold(e.text).split()) \
        or any(w in words for w in title)


def _outside(view: View, hit: Hit, actors: list[Entity]) -> bool:
    """Every one of ``actors`` is named outside the masdar's sentence."""
    sentence = view.tokens[hit.first].sentence
    return all(view.tokens[at].sentence != sentence for at in
               (view.entity_first.get(e.id) for e in actors) if at is not None)


def _fits(view: View, actors: list[Entity], kind: str) -> bool:
    """The actors found before may be the ones the pronoun names (or their kind is not
    known); a nationality adjective fits when it agrees and stands outside a preposition's
    phrase («الطائرات الإسرائيلية … غاراتها», not «بالدعم السعودي … استقباله»)."""
    if kind in ("dual", "plural") and len(actors) >= 2:
        return True
    for entity in actors:
        found = _entity_kind(entity)
        if found.startswith("adjective:"):
            at = view.entity_first.get(entity.id)
            if found[len("adjective:"):] != kind or at is None or at == 0 \
                    or _after_preposition(view, at - 1) or is_accusative(view, at - 1) or (
                        at > 1 and view.bare(at - 2) in view.lex.prepositions):
                continue  # «بالدعم السعودي»، «قصفت مدنا إسرائيلية»: not the doer's noun
            return True
        if found in ("", kind):
            return True
    return False
