"""An argument's phrase read past what the view gives it:

* a nationality or a title before a name leaves the name, also across honorifics and titles
  («ولي العهد السعودي الأمير محمد بن سلمان»، «الرئيس الإيراني بالإنابة…» is not crossed);
* a compound goes on through «و» + a title («دولة الإمارات وجمهورية كينيا») and across a
  second nationality («القوات الجوية السورية الروسية»), and back from a subject that stands
  before its verb («إسرائيل وحركة حماس توصلتا»);
* times, adverbs and a stated place between a verb and its subject or object are skipped
  («استقبل الأمير في قصر السلام بجدة مساء أمس الرئيس…»);
* a definite place noun points back to the place it named («مدينة سنجة … انسحبوا من المدينة»).

Words are data: ``event_args_words.tsv`` and ``event_args_light_verbs.tsv``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold
from marsad.eventcoding.lexicon import _verb_forms
from marsad.eventcoding.matcher import stems
from marsad.eventcoding.view import ACTOR_TYPES, PLACE_TYPES, Phrase, View
from marsad.lexicons import load_table, load_yaml
from marsad.model import Entity

__all__ = ["ArgWords", "arg_words", "phrase", "extend_back", "skip_adjuncts", "head_ending",
           "place_antecedent", "light_role", "word_role", "is_accusative", "in_time",
           "unnamed_object", "carries_preposition", "ends_object", "OBJECT_WORDS"]

#: The most titles or honorifics between a nationality or title and the name it stands for.
NAME_GAP = 2
#: The most words of an unnamed object kept as text («ثلاثة شبان»، «سفينة تجارية»).
OBJECT_WORDS = 3
#: How far before a definite place noun its antecedent may stand (characters).
ANAPHOR_REACH = 3000


@dataclass(frozen=True, slots=True)
class ArgWords:
    light: dict[str, str]  # surface -> actor | accuser
    words: dict[str, str]  # folded word -> role
    heads: dict[str, tuple[tuple[str, ...], ...]]  # last word -> unnamed actors, longest first
    carries_place: frozenset[str]  # event types that take the place of the event before


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
    return ArgWords(light, words, {last: tuple(sorted(found, key=len, reverse=True))
                                   for last, found in heads.items()}, carries)


def head_ending(view: View, at: int, floor: int) -> Phrase | None:
    """One of our unnamed actors («أجهزة الأمن»، «الميليشيا») whose last word is ``at``."""
    for last in stems(view.tokens[at].text):
        for head in arg_words().heads.get(last, ()):
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
    for at in range(min(stop, index + 3) - 1, index - 1, -1):
        found = head_ending(view, at, index)
        if found is not None and found.first == index:
            return found
    return None


def word_role(view: View, index: int) -> str:
    """The role of a word in ``event_args_words.tsv`` («قد» → subject_before), else ''."""
    words = arg_words().words
    word = view.tokens[index].norm
    found = words.get(word) or words.get(view.bare(index))
    if found:
        return found
    return next((words[word[len(c):]] for c in view.lex.conjunctions
                 if word.startswith(c) and word[len(c):] in words), "")


def light_role(view: View, index: int) -> str:
    """The role of one of our light verbs («استعاد» → actor, «اتهم» → accuser), else ''."""
    light = arg_words().light
    return next((light[s] for s in stems(view.tokens[index].text) if s in light), "")


def is_accusative(view: View, index: int) -> bool:
    """An indefinite noun in the accusative («عددا»، «منزلاً»): an object, not a genitive."""
    token = view.tokens[index]
    word = token.norm
    if token.kind != "word" or index in view.entity_at or word_role(view, index) == "adverb":
        return False
    if word in view.lex.function_words or word.startswith(view.lex.article):
        return False
    return token.text.endswith(("اً", "ًا")) or (len(word) >= 4 and word.endswith("ا"))


def phrase(view: View, index: int, stop: int) -> Phrase | None:
    """The view's phrase at ``index``, with a title's name and a compound's other parties."""
    found = view.phrase_at(index, stop)
    if found is None and index < stop:
        found = head_at(view, index, stop)
    if found is not None and not found.entities:
        return _person_named(view, found) or found
    if found is None:
        return found
    return _extend(view, _with_name(view, found, stop), stop)


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
                or token.norm.startswith(view.lex.conjunction) or view.pronoun_prep(at):
            return None
    return None


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
    return bool(view.clitic_prep(index)) or word.startswith(("لل", "بال", "ولل", "وبال"))


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
    return any(t.start <= start < t.end for t in view.article.times)


def skip_adjuncts(view: View, index: int, stop: int) -> tuple[int, Phrase | None]:
    """Past the times, adverbs and stated place that stand between a verb and its subject or
    object: the index where the argument may begin, and the place passed on the way."""
    place: Phrase | None = None
    while index < stop:
        entity = view.entity_at.get(index)
        if entity is not None:
            if view.clitic_prep(index) == "ب" and entity.type in PLACE_TYPES:  # «بجدة»
                place = place or Phrase(index, view.entity_last[entity.id], [entity])
                index = view.entity_last[entity.id] + 1
                continue
            return index, place
        if in_time(view, index) or word_role(view, index) == "adverb":
            index += 1
            continue
        stated, after = _stated_place(view, index, stop)
        if after <= index:
            return index, place
        place = place or stated
        index = after
    return index, place


def _stated_place(view: View, index: int, stop: int) -> tuple[Phrase | None, int]:
    """«في قصر السلام بجدة»: a place word and the place it names within a few words, and the
    index after them. Unnamed («في قصر لوسيل»), the phrase ends where a time or a person
    begins; else nothing is passed (the index comes back)."""
    if view.bare(index) not in view.lex.place_words:
        return None, index
    for at in range(index + 1, min(stop, index + 1 + view.lex.object_window)):
        entity = view.entity_at.get(at)
        if entity is not None:
            if entity.type == "PER" and at > index + 1:
                return None, at
            if entity.type not in PLACE_TYPES:
                return None, index
            last = view.entity_last[entity.id]
            while last + 1 < stop and view.clitic_prep(last + 1) == "ب" \
                    and view.entity_at.get(last + 1) is not None \
                    and view.entity_at[last + 1].type in PLACE_TYPES:
                entity = view.entity_at[last + 1]  # «في قصر السلام بجدة»: the city
                last = view.entity_last[entity.id]
            return Phrase(index, last, [entity]), last + 1
        if in_time(view, at) and at > index + 1:
            return None, at
        if view.ends_argument(at) or view.tokens[at].kind != "word":
            return None, index
    return None, index


def place_antecedent(view: View, index: int) -> Entity | None:
    """«انسحبوا من المدينة»: the place the definite noun named before («مدينة سنجة»)."""
    word = view.tokens[index].norm
    article = view.lex.article
    at = word.find(article)
    if at < 0 or at > 2 or word[at + len(article):] not in view.lex.place_nouns:
        return None
    noun = word[at + len(article):]
    start = view.tokens[index].start
    for entity in reversed(view.article.entities):
        if entity.end > start or entity.type not in PLACE_TYPES:
            continue
        if start - entity.end > ANAPHOR_REACH:
            return None
        first = view.entity_first[entity.id]
        words = fold(entity.text).split()
        if (words and words[0] == noun) \
                or (first > 0 and view.tokens[first - 1].norm.endswith(noun)):
            return entity
    return None


def unnamed_object(view: View, index: int, stop: int) -> Phrase | None:
    """«قصفت طائرات حربية منزلا قرب…»، «اعتقل أربعة أشخاص في…»: an object no entity names,
    kept as text: a few words up to a preposition, a place word, a time, «و» or an entity."""
    last = -1
    for at in range(index, min(stop, index + OBJECT_WORDS)):
        if ends_object(view, at, first=at == index):
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
    if in_time(view, at) or word_role(view, at) == "adverb" or view.pronoun_prep(at):
        return True
    if word in lex.function_words or view.bare(at) in lex.function_words:
        return True
    return not first and (word.startswith(lex.conjunction) or bool(view.clitic_prep(at)))
