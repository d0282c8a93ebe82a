"""Finding triggers in the tokens: every word is looked up by its stems (the text layer's
clitic analysis), a phrase is checked word by word, and what the stripped proclitic says is
kept — the article makes a noun definite, the future «سـ» makes a present verb future, a
preposition rules out a verb."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from itertools import chain, repeat
from operator import is_, itemgetter
from typing import cast

from marsad.arabic.clitics import candidate_stems, stem_filter
from marsad.arabic.normalise import fold
from marsad.eventcoding.lexicon import Lexicon, Surface, Trigger, lexicon
from marsad.eventcoding.support_nouns import shared_forms, tight_noun
from marsad.model import Token
from marsad.pipeline import register_cache

try:
    from marsad.eventcoding import _fasthits
except ImportError:  # no C compiler at install: ``_scan_py`` does the pass
    _fasthits = None  # type: ignore[assignment]

__all__ = ["Hit", "Names", "compiled_passes", "find_hits", "stems"]

#: Named entities by token: the first token of each -> its last (``find_hits``' ``names``).
Names = dict[int, int]


@dataclass(frozen=True, slots=True)
class Reading:
    """One way a word reads as a trigger's first word."""

    surface: Surface
    definite: bool
    future: bool
    pronoun: bool  # a pronoun suffix («لقائه»، «تعزيزها»)


@dataclass(slots=True)
class Hit:
    first: int  # token index of the first word
    last: int  # token index of the last word
    trigger: Trigger
    tense: str
    definite: bool
    future: bool
    pronoun: bool
    plural: bool = False  # the verb's ending is its subject
    passive: bool = False  # «قُتل»: who follows is the target
    end: int = -1  # the last word of a phrase whose object stands apart («وقعت مصر اتفاقية»)

    def __post_init__(self) -> None:
        if self.end < self.last:
            self.end = self.last

    @property
    def rest_first(self) -> int:
        """The first word of the phrase's other words («من» of «تمكنت قوات الجيش من قتل»,
        the object of «سلمت … قاعدة»): ``end`` itself for a one-word trigger, plus one."""
        return self.end - len(self.trigger.rest) + 1


@register_cache
@functools.lru_cache(maxsize=1 << 16)
def stems(word: str) -> tuple[str, ...]:
    """The folded word and its stems, whole word first."""
    return candidate_stems(word)


def _proclitic(folded: str, stem: str) -> str:
    if folded.startswith(stem):
        return ""
    probe = stem[:-1] if len(stem) > 3 else stem[:2]
    at = folded.find(probe)
    return folded[:at] if at > 0 else ""


def proclitics(word: str) -> frozenset[str]:
    """The proclitics (folded) before each stem of ``word`` that spells a trigger: «بقصف» →
    {«ب»}; «براميل»، «بسط» spell their trigger whole → {""}."""
    folded = fold(word)
    return frozenset(_proclitic(folded, stem) for stem in stems(word) if _surfaces_of(stem))


@register_cache
@functools.lru_cache(maxsize=1 << 16)
def readings(word: str) -> tuple[Reading, ...]:
    """Every trigger reading of ``word``, phrases first."""
    return _readings_of(_parts(word))


#: What a proclitic lets a stem be: anything (none, or a conjunction), a present
#: verb (the future «سـ»), a noun (the article, a preposition), a present verb or a noun
#: («لـ», round 35: «، لتنسحب» what followed, read after a comma only (``_hit_at``); «لقصف»).
_ANY, _PRESENT, _NOUN, _LI = 0, 1, 2, 3
#: A stem's ending: none, an object pronoun a verb may take, another (a noun's suffix).
_BARE, _OBJECT, _OTHER = 0, 1, 2


class _Group:
    """The surfaces of one stem that a reading keeps under one proclitic and ending class
    (what the proclitic lets it be, the checks of the ending), in the lexicon's order, each
    once, with the ``Plan`` fields they give (a plan depends on the surfaces only) and the
    readings made of them per (definite, future, pronoun). Made once per stem and class
    instead of once per word: of the ~4,200 distinct words of the corpus that have a reading,
    most share their stem with others, and a word read through one stem takes the group's
    readings and plan as they are."""

    __slots__ = ("surfaces", "always", "verbal", "nominal", "verbal_words", "nominal_words",
                 "by_flags", "plans")

    def __init__(self, surfaces: tuple[Surface, ...]) -> None:
        self.surfaces = surfaces
        self.always, self.verbal, self.nominal, self.verbal_words, self.nominal_words = \
            _plan_fields(surfaces)
        self.by_flags: dict[tuple[bool, bool, bool], tuple[Reading, ...]] = {}
        self.plans: dict[tuple[bool, bool, bool], Plan] = {}

    def readings(self, flags: tuple[bool, bool, bool]) -> tuple[Reading, ...]:
        found = self.by_flags.get(flags)
        if found is None:
            made = _READINGS.get(flags)
            if made is None:
                made = _READINGS[flags] = {}
            kept: list[Reading] = []
            for surface in self.surfaces:
                key = id(surface)
                reading = made[key] if key in made else None
                if reading is None or reading.surface is not surface:
                    reading = made[key] = Reading(surface, *flags)
                kept.append(reading)
            found = self.by_flags[flags] = tuple(kept)
        return found

    def plan(self, flags: tuple[bool, bool, bool]) -> Plan:
        """The ``Plan`` of a word read through this group alone with these flags: one object
        for all such words («قصف»، «وقصف»), made once."""
        found = self.plans.get(flags)
        if found is None:
            found = self.plans[flags] = Plan(self.readings(flags), self.always, self.verbal,
                                             self.nominal, self.verbal_words,
                                             self.nominal_words)
        return found


#: (stem, proclitic class, ending class) -> its ``_Group``.
_GROUPS: dict[tuple[str, int, int], _Group] = register_cache({})
#: the ids of a group's surfaces -> the ``_Group`` of them: the stems of one verb's forms
#: («قصفت»، «قصفنا»، «قصفتم») keep the same surfaces, so a new stem mostly finds its group
#: made (some 1,200 groups for the 3,000 stem classes of the corpus); its plan and readings
#: are those of its surfaces alone. The lexicon keeps its surfaces alive; the group keeps
#: them too, and is checked against them.
_SHARED_GROUPS: dict[tuple[int, ...], _Group] = register_cache({})
#: (definite, future, pronoun) -> surface's id -> the one ``Reading`` of them: the lexicon
#: keeps one object per equal surface, so equal readings are one object too and a word read
#: through several stems drops repeated readings by identity, with no hashing of the
#: dataclasses (the reading keeps its surface alive; the id is checked against it).
_READINGS: dict[tuple[bool, bool, bool], dict[int, Reading]] = register_cache({})


def _group(stem: str, fits: int, ending: int) -> _Group:
    key = (stem, fits, ending)
    found = _GROUPS.get(key)
    if found is None:
        surfaces_of = lexicon().surfaces
        spelled = surfaces_of.get(stem, ())
        if ending != _BARE and stem.endswith(PLURAL_BEFORE_PRONOUN):
            # «قتلوه» is «قتلوا» + «ه» (``_surfaces_of``); «قتلو» alone is no word
            spelled = (*spelled, *(s for s in surfaces_of.get(stem + PLURAL_ALIF, ())
                                   if s.plural))
        # by identity (equal surfaces are one object), each once, in order
        if fits == _PRESENT:  # the future «سـ»: a present verb; «ستوزارتي» is nothing
            kept = {id(s): s for s in spelled if s.tense == "present"} if ending != _OTHER \
                else {}
        elif fits == _LI and ending != _OTHER:  # «لتنسحب»، «لقصف» (round 35)
            kept = {id(s): s for s in spelled if s.tense != "past"}
        elif fits == _NOUN or ending == _OTHER:  # «وزارتي» (two ministries) is no «زارت» + «ي»
            kept = {id(s): s for s in spelled if s.tense == "noun"}
        else:
            kept = {id(s): s for s in spelled}
        surfaces = tuple(kept.values())
        ids = tuple(kept)
        found = _SHARED_GROUPS.get(ids)
        if found is None or not all(map(is_, found.surfaces, surfaces)):
            found = _SHARED_GROUPS[ids] = _Group(surfaces)
        _GROUPS[key] = found
    return found


def _parts(word: str) -> list[tuple[_Group, tuple[bool, bool, bool]]]:
    """The stems of ``word`` that spell a trigger, each as its ``_Group`` and the flags of
    its readings (definite, future, pronoun), in the order of the stems."""
    may_spell = _may_spell()
    if may_spell is not None and not may_spell(word):
        return []  # most words (nine in ten): no string their stems could be spells a trigger
    word_stems = candidate_stems(word)
    lex = lexicon()
    folded = fold(word)
    short = _short_verb(folded, lex)
    if short:  # «وحث»: a conjunction and a two-letter verb (round 28)
        word_stems = (*word_stems, short)
    spellable = _spellable()
    if spellable.isdisjoint(word_stems):
        return []  # no stem spells a trigger
    parts: list[tuple[_Group, tuple[bool, bool, bool]]] = []
    for stem in word_stems:
        if stem not in spellable:  # spellable: ``_surfaces_of`` finds a surface
            continue
        proclitic = _proclitic(folded, stem)
        future = proclitic in lex.future_proclitics
        if stem in lex.future_only and not future:
            continue  # «وتوقع محللون» (expected); «ستوقع» (will sign)
        rest = len(folded) - len(proclitic) - len(stem)
        ending = folded[-rest:] if rest > 0 else ""
        if ending and ending in lex.adjective_endings:
            continue  # «هجومي»، «اجتماعي»: an adjective (offensive, social), not «my attack»
        fits = (_ANY if not proclitic or proclitic in lex.conjunctions
                else _PRESENT if future else _LI if proclitic in lex.verb_li else _NOUN)
        kind = _BARE if not ending else _OBJECT if ending in lex.verb_objects else _OTHER
        key = (stem, fits, kind)
        group = _GROUPS[key] if key in _GROUPS else _group(stem, fits, kind)  # mostly made
        if group.surfaces:
            parts.append((group, (proclitic in lex.definite, future, rest > 0)))
    return parts


def _short_verb(folded: str, lex: Lexicon) -> str:
    """The two-letter verb of ``folded`` after a conjunction («وحث» → «حث»), else ""."""
    for conjunction in lex.conjunctions:
        rest = folded[len(conjunction):]
        if folded.startswith(conjunction) and rest in lex.short_verbs:
            return rest
    return ""


def _readings_of(parts: list[tuple[_Group, tuple[bool, bool, bool]]]) -> tuple[Reading, ...]:
    if len(parts) == 1:
        group, flags = parts[0]
        return group.readings(flags)  # one stem: its readings are each there once
    found = chain.from_iterable(group.readings(flags) for group, flags in parts)
    return tuple({id(reading): reading for reading in found}.values())  # first ones kept


def _surfaces_of(stem: str) -> list[tuple[Surface, bool]]:
    """The surfaces a stem spells, each with whether the stem dropped an alif: a plural verb
    before an object pronoun drops the alif of its ending («قتلوه»، «رفضوها» are «قتلوا»،
    «رفضوا» + a pronoun)."""
    surfaces = lexicon().surfaces
    own = surfaces.get(stem)
    found = [(surface, False) for surface in own] if own else []
    if stem.endswith(PLURAL_BEFORE_PRONOUN):
        found += [(s, True) for s in surfaces.get(stem + PLURAL_ALIF, ()) if s.plural]
    return found


#: «قتلوا» + «ه» is written «قتلوه».
PLURAL_BEFORE_PRONOUN, PLURAL_ALIF = "و", "ا"


@register_cache
@functools.cache
def _spellable() -> frozenset[str]:
    """Every stem ``_surfaces_of`` finds a surface for: a word none of whose stems is here
    has no reading, and ``readings`` answers it with one set test (emptied with the word
    caches, so it follows the lexicon as ``readings`` does)."""
    surfaces = lexicon().surfaces
    ending = PLURAL_BEFORE_PRONOUN + PLURAL_ALIF
    plural = (stem[:-len(PLURAL_ALIF)] for stem, found in surfaces.items()
              if stem.endswith(ending) and any(s.plural for s in found))
    return frozenset(chain((stem for stem, found in surfaces.items() if found), plural))


@register_cache
@functools.cache
def _may_spell() -> Callable[[str], bool] | None:
    """The compiled pre-test of ``_parts``: False for a word none of whose possible stems
    (``clitics.spellings``, a superset of its candidates) is spellable, so its candidates
    need not be made (0.3 µs a word against 3 µs); None where the extension was not built.
    Made from ``_spellable`` and emptied with it."""
    return stem_filter(_spellable())


@register_cache
@functools.cache
def _second_words() -> frozenset[str]:
    """The second words of the phrases of the lexicon (folded). Emptied with the lexicon's
    caches."""
    return frozenset(surface.trigger.rest[0] for found in lexicon().surfaces.values()
                     for surface in found if surface.trigger.rest)


@register_cache
@functools.cache
def _later_words() -> frozenset[str]:
    """The later words of the phrases (after the second)."""
    return frozenset(word for found in lexicon().surfaces.values()
                     for surface in found for word in surface.trigger.rest[1:])


@register_cache
@functools.cache
def _may_be_second() -> Callable[[str], bool] | None:
    """The compiled test of ``_second_stems_of``: False for a word none of whose stems is the
    second word of some phrase of the lexicon (``stem_filter``; None where the extension was
    not built). Emptied with the lexicon's caches."""
    return stem_filter(_second_words())


@register_cache
@functools.cache
def _may_be_later() -> Callable[[str], bool] | None:
    """``_may_be_second`` for the later words of the phrases (after the second): the test
    of the words ``_rest_within`` splits into stems."""
    return stem_filter(_later_words())


#: id of a word table -> (the table, ``stem_test`` of it); emptied with the word caches.
_STEM_TESTS: dict[int, tuple[Collection[str], Callable[[str], bool] | None]] = \
    register_cache({})


def stem_test(words: Collection[str]) -> Callable[[str], bool] | None:
    """A compiled test of a word's text against a table of stems (``stem_filter``): False
    when none of the word's ``stems`` is in ``words``, so a reader that looks each stem up
    in the table finds none, and the stems of a word seen for the first time need not be
    made; None where the extension was not built. Made once per table (by identity)."""
    found = _STEM_TESTS.get(id(words))
    if found is None or found[0] is not words:
        found = _STEM_TESTS[id(words)] = (words, stem_filter(words))
    return found[1]


def _second_stems_of(tokens: list[Token]) -> Iterator[str]:
    """``_stems_of`` less the stems of words none of whose stems is a phrase's second word:
    a plan's second words (``Plan.verbal_words``, ``nominal_words``) meet it where they meet
    ``_stems_of``, and the stems of the words the test lets by are the only ones made (a
    word's stems cost some µs the first time it is seen: most words of a reach are not
    read again)."""
    return _tested_stems_of(tokens, _may_be_second())


def _tested_stems_of(tokens: list[Token], test: Callable[[str], bool] | None
                     ) -> Iterator[str]:
    """The stems of the ``tokens`` whose text passes ``test`` (all of them: None)."""
    texts = [token.text for token in tokens]
    if test is not None:
        texts = list(filter(test, texts))
    return chain.from_iterable(map(stems, texts))


def _words_after(tokens: list[Token], first: int, names: Names,
                 entries: list[_Entry] | None = None) -> Iterator[str]:
    """Every stem of the words a verbal phrase may reach from ``first``: a phrase whose
    second word is not among them is not tried position by position (a class phrase's
    object may stand past its subject, ``_class_reach``). ``entries``: the tokens' entries
    (``find_hits``), which hold the stems that may be a second word."""
    lex = lexicon()
    end = _class_reach(tokens, first, lex.phrase_gap, names) + 1
    window = tokens[first + 1:end]
    found = _second_stems_of(window) if entries is None else _seconds_in(entries, first + 1, end)
    counted = [k for k, token in enumerate(window[:-1]) if token.norm in lex.class_counts]
    if not counted:
        return found
    # round 18: «بمئات المقاتلين» reaches «بمقاتلين», a class noun with its preposition
    return chain(found, (lex.class_counts[window[k].norm] + stem
                         for k in counted for stem in stems(window[k + 1].text)))


def _words_near(tokens: list[Token], first: int, entries: list[_Entry] | None = None
                ) -> Iterator[str]:
    """Every stem of the words a noun phrase's second word may be: the next word, or the one
    after the numbers or the words of quantity that follow the noun («نشر ألفي جندي»، «إرسال
    عدد من القوات»)."""
    end = first + 2 + _noun_gap(tokens, first)
    if entries is None:
        return _second_stems_of(tokens[first + 1:end])
    return _seconds_in(entries, first + 1, end)


def _stems_of(tokens: list[Token]) -> Iterator[str]:
    """Every stem of ``tokens``, mapped in C (a trigger's phrases look theirs up in it)."""
    return chain.from_iterable(map(stems, [token.text for token in tokens]))


def _phrase_start(tokens: list[Token], first: int, trigger: Trigger,
                  reachable: frozenset[str], names: Names) -> int | None:
    """Where a phrase's other words begin: right after the first, or for a verb's object a
    few words on («وقعت مصر والأردن اتفاقية»); a class phrase's object past the verb's
    subject (``_class_reach``)."""
    lex = lexicon()
    rest = trigger.rest
    long = _long_gaps(trigger.form, trigger.kind)  # ``_long_gap``
    if rest[0] not in reachable and not long:
        return None
    gap = long or (lex.phrase_gap if trigger.verbal else _noun_gap(tokens, first))
    sentence = tokens[first].sentence
    subject = None  # round 18: a class noun right after a verb, definite: its subject, likely
    near = first + 1 + gap
    far = _class_reach(tokens, first, gap, names) if trigger.class_at >= 0 and trigger.verbal \
        else near
    size = len(tokens)
    span = len(rest) - 1  # the words after ``start`` the phrase holds
    for start in range(first + 1, far + 1):
        end = start + span
        if end >= size or tokens[end].sentence != sentence:
            return subject
        if start > first + 1 and tokens[start - 1].norm in lex.clause_breaks \
                and not _in_aside(tokens, first, start - 1):
            return subject
        if trigger.class_at < 0:
            if all(word in stems(tokens[start + k].text) for k, word in enumerate(rest)):
                return start
        elif _class_rest(tokens, start, trigger) and (start <= near or _subject_between(
                tokens, first, start, names)):
            bare = _bare_object(tokens, first, start, trigger)
            if bare and not (bare == _DEFINITE and start == first + 1 and trigger.verbal):
                return start
            if bare and subject is None:  # «سحبت القوات الأمريكية وحداتها»: look on
                subject = start
    return subject


def _class_reach(tokens: list[Token], first: int, gap: int, names: Names) -> int:
    """Round 28: the last word where a verbal class phrase's object may start, ``gap`` words
    after the verb counted as its subject is read: a name counts one word, a bracketed aside
    («(أتميس)») and an aside of time between commas («، أمس السبت،») none («سلمت قوات بعثة
    الاتحاد الأفريقي الانتقالية في الصومال (أتميس)، أمس السبت، قاعدة عسكرية»)."""
    openers = _aside_openers()
    sentence = tokens[first].sentence
    at, units, last, size = first + 1, 0, first + 1 + gap, len(tokens)
    while at < size and units <= gap:
        token = tokens[at]
        if token.sentence != sentence:
            break
        if token.norm in openers:
            skip = _aside_end(tokens, at)
            if skip:
                at = skip + 1
                continue
        end = names[at] if at in names else at  # a name counts one word
        if end > last:
            last = end
        at, units = end + 1, units + 1
    return last


@register_cache
@functools.cache
def _aside_openers() -> frozenset[str]:
    """The words that may open an aside ``_class_reach`` does not count."""
    lex = lexicon()
    return lex.asides | {lex.class_brackets[0]}


def _aside_end(tokens: list[Token], at: int) -> int:
    """The last word of a bracketed aside or an aside of time between commas that opens at
    ``at`` (0: none)."""
    lex = lexicon()
    norm = tokens[at].norm
    if norm == lex.class_brackets[0]:
        most, closers = lex.class_bracket_words, frozenset({lex.class_brackets[1]})
    elif norm in lex.asides and at + 1 < len(tokens) and _time_word(tokens[at + 1].norm):
        most, closers = lex.time_aside_words, lex.asides
    else:
        return 0
    for end in range(at + 1, min(len(tokens), at + most + 2)):
        if tokens[end].sentence != tokens[at].sentence:
            return 0
        if tokens[end].norm in closers:
            return end
    return 0


def _time_word(norm: str) -> bool:
    lex = lexicon()
    return norm in lex.time_asides or (norm[:1] in lex.conjunctions and norm[1:] in lex.time_asides)


def _subject_between(tokens: list[Token], first: int, start: int, names: Names) -> bool:
    """Round 28: the words between a verb and a class noun further than its gap are its
    subject only where a preposition among them leads a name («بعثة الاتحاد الأفريقي في
    الصومال»), not a phrase of its own («سلم الوزير إلى نظيره … قاعدة بيانات»)."""
    prepositions = lexicon().prepositions
    return all(tokens[k].norm not in prepositions or k + 1 in names
               for k in range(first + 1, start))


def _class_rest(tokens: list[Token], start: int, trigger: Trigger) -> bool:
    """Whether a class phrase's other words stand from ``start``; its class noun may follow
    a word of count that bears the noun's preposition («دفعت بمئات المقاتلين»)."""
    shift = 0
    size = len(tokens)
    for k, word in enumerate(trigger.rest):
        at = start + k + shift
        if at >= size:
            return False
        if word in stems(tokens[at].text):
            continue
        if k != trigger.class_at:
            return False  # no word of count to look past (``prefix`` is None)
        counts = lexicon().class_counts
        norm = tokens[at].norm
        prefix = counts[norm] if norm in counts else None
        if not prefix or not word.startswith(prefix) or at + 1 >= size \
                or word[len(prefix):] not in stems(tokens[at + 1].text):
            return False
        shift = 1
    return True


#: What ``_bare_object`` says of a class noun that bears the article.
_DEFINITE = 2


def _bare_object(tokens: list[Token], first: int, start: int, trigger: Trigger) -> int:
    """Round 18: the noun of an object class («سلم|يسلم @sites») is the phrase's object only
    as it stands, not after a preposition written apart («سلم الجوائز في مقر الرئاسة»; a
    part of it may be told, «جزءا من قواتها») or on it («لمقر»); a conjunction and the
    article may come before it («والمقرات»). 0: not the object, 1: the object,
    ``_DEFINITE``: the object, with the article."""
    lex = lexicon()
    before = tokens[start - 1].norm
    if start > first + 1 and before in lex.prepositions and before not in lex.class_partitives:
        return 0
    at = start + trigger.class_at
    proclitic = _proclitic(tokens[at].norm, trigger.rest[trigger.class_at])
    for conjunction in lex.conjunctions:
        if proclitic.startswith(conjunction):
            proclitic = proclitic[len(conjunction):]
            break
    return 1 if not proclitic else _DEFINITE if proclitic == lex.article else 0


def _long_gap(trigger: Trigger) -> int:
    """How far a verbal phrase's object may stand from its verb when its verb allows more than
    ``window.phrase_gap`` («وقّع»), or a masdar's object from the rest of its phrase
    («تزويد الحوثيين بالصواريخ», ``event_trigger_masdar_gaps.txt``); 0 for the others."""
    return _long_gaps(trigger.form, trigger.kind)


@register_cache
@functools.lru_cache(maxsize=4096)
def _long_gaps(form: str, kind: str) -> int:
    verbal = kind == "verb" or (kind == "phrase" and "|" in form.split()[0])
    if verbal:
        return lexicon().long_gaps.get(form.split()[0], 0)
    return lexicon().masdar_gaps.get(form.split()[0], 0) if kind == "phrase" else 0


def _noun_gap(tokens: list[Token], first: int) -> int:
    """How many words a noun phrase may hold after its first word: numbers («نشر ألفي جندي»،
    «إرسال 500 جندي») and one sequence of quantity («تعليق جزء من العقوبات»، «إرسال عدد من
    القوات»)."""
    lex = lexicon()
    numbers = quantity = 0
    at = first + 1
    while at < len(tokens):
        token = tokens[at]
        if numbers < _MOST_NUMBERS and (token.kind == "number" or token.norm in lex.numerals):
            numbers, at = numbers + 1, at + 1
            continue
        length = 0 if quantity else _quantifier_at(tokens, at, lex.quantifiers)
        if not length:
            break
        quantity, at = length, at + length
    return numbers + quantity


#: The most words of number a noun phrase holds between its first word and the rest.
_MOST_NUMBERS = 3


def _quantifier_at(tokens: list[Token], at: int,
                   quantifiers: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """The length of the sequence of quantity that begins at ``at`` (0: none)."""
    for words in quantifiers.get(tokens[at].norm, ()):
        end = at + len(words)
        if end <= len(tokens) and all(tokens[at + k].norm == word for k, word in enumerate(words)):
            return len(words)
    return 0


def _in_aside(tokens: list[Token], first: int, comma: int) -> bool:
    """«فرضت الوزارة، الخميس، عقوبات»: the comma opens or closes a short aside (a day, a
    time) between the verb and the rest of its phrase, and the phrase goes on."""
    lex = lexicon()
    if tokens[comma].norm not in lex.asides:
        return False
    longest = max(lex.aside_words, lex.time_aside_words)
    breaks = [i for i in range(first + 1, min(len(tokens), comma + longest + 2))
              if tokens[i].norm in lex.clause_breaks and tokens[i].sentence == tokens[first].sentence]
    pairs = list(zip(breaks[::2], breaks[1::2]))
    return any(comma in pair and tokens[pair[0]].norm in lex.asides
               and tokens[pair[1]].norm in lex.asides
               and pair[1] - pair[0] - 1 <= _aside_most(tokens, pair[0]) for pair in pairs)


def _aside_most(tokens: list[Token], comma: int) -> int:
    """How many words the aside that ``comma`` opens may hold: more when a time opens it
    (round 17: «، أمس الجمعة بمقر الأمم المتحدة في جنيف،»)."""
    lex = lexicon()
    opener = tokens[comma + 1].norm if comma + 1 < len(tokens) else ""
    if opener in lex.time_asides or (opener[:1] in lex.conjunctions
                                     and opener[1:] in lex.time_asides):  # «وأمس»
        return max(lex.aside_words, lex.time_aside_words)
    return lex.aside_words


@dataclass(frozen=True, slots=True)
class Plan:
    """A word's trigger readings (``readings``) by what must follow the word: most are
    phrases (a word has up to forty readings, «أعلن» a dozen phrases), so each phrase reading
    is filed under its second word, verbal and noun apart, and a hit tries only the readings
    whose second word is within reach. ``always``: one-word triggers and phrases whose object
    may stand far off (``_long_gaps``, ``masdar_gap_forms``)."""

    readings: tuple[Reading, ...]
    always: tuple[int, ...]  # positions in ``readings``
    verbal: dict[str, tuple[int, ...]]  # second word -> positions of verbal phrase readings
    nominal: dict[str, tuple[int, ...]]  # second word -> positions of noun phrase readings
    verbal_words: frozenset[str]  # the second words of every verbal phrase reading
    nominal_words: frozenset[str]  # the second words of every noun phrase reading


#: word -> its ``Plan``, None when it has no reading (most words): the matcher looks every
#: word of an article up, and a dict's lookup costs less than a bounded ``lru_cache``'s;
#: emptied when it holds ``_PLANS_LIMIT`` words.
_PLANS: dict[str, Plan | None] = register_cache({})
_PLANS_LIMIT = 1 << 16
_UNSEEN = Plan((), (), {}, {}, frozenset(), frozenset())  # what ``_PLANS`` gives a new word


def plan(word: str) -> Plan | None:
    """``word``'s readings indexed by their second word (see ``Plan``; None: no reading),
    cached."""
    found = _PLANS.get(word, _UNSEEN)
    if found is _UNSEEN:
        if len(_PLANS) >= _PLANS_LIMIT:
            _PLANS.clear()
        found = _PLANS[word] = _plan(word)
    return found


def _plan(word: str) -> Plan | None:
    parts = _parts(word)
    if not parts:
        return None
    if len(parts) == 1:
        group, flags = parts[0]
        return group.plan(flags)
    found = _readings_of(parts)
    return Plan(found, *_plan_fields(tuple(reading.surface for reading in found)))


#: id of a surface -> (the surface, whether it is read as a verb, its phrase's second word
#: (None: a trigger of one word), whether it is tried wherever it stands: ``_plan_fields``
#: files every surface of a group by these, worked out once per surface.
_SURFACE_PLANS: dict[int, tuple[Surface, bool, str | None, bool]] = register_cache({})


def _surface_plan(surface: Surface) -> tuple[Surface, bool, str | None, bool]:
    trigger = surface.trigger
    is_verbal = surface.tense != "noun"
    always = not trigger.rest or bool(_long_gaps(trigger.form, trigger.kind) if is_verbal
                                      else trigger.form in lexicon().masdar_gap_forms)
    found = _SURFACE_PLANS[id(surface)] = (surface, is_verbal,
                                           trigger.rest[0] if trigger.rest else None, always)
    return found


def _plan_fields(surfaces: tuple[Surface, ...]
                 ) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]],
                            dict[str, tuple[int, ...]], frozenset[str], frozenset[str]]:
    """``Plan``'s fields after ``readings`` for readings of these surfaces, in order."""
    always: list[int] = []
    verbal: dict[str, list[int]] = {}
    nominal: dict[str, list[int]] = {}
    seconds: dict[bool, set[str]] = {False: set(), True: set()}  # is verbal -> second words
    known = _SURFACE_PLANS
    for position, surface in enumerate(surfaces):
        found = known.get(id(surface))
        if found is None or found[0] is not surface:
            found = _surface_plan(surface)
        _, is_verbal, second, tried_always = found
        if second is not None:
            seconds[is_verbal].add(second)
        if tried_always:
            always.append(position)
        elif second is not None:  # a phrase (a trigger of one word is tried always)
            (verbal if is_verbal else nominal).setdefault(second, []).append(position)
    return (tuple(always), {w: tuple(p) for w, p in verbal.items()},
            {w: tuple(p) for w, p in nominal.items()},
            frozenset(seconds[True]), frozenset(seconds[False]))


#: What ``find_hits`` keeps of a word: its ``Plan`` (None: no reading), its stems that are
#: the second word of some phrase (``_second_words``), and those that are a later word
#: (``_later_words``): a reach's stems are read off its words' entries, made once per word
#: (a word stands in the reach of several trigger words, and most words of a reach are no
#: phrase's word: their stems need not be made, nor tested again).
_Entry = tuple[Plan | None, tuple[str, ...], tuple[str, ...]]
_PLAIN: _Entry = (None, (), ())  # the entry of most words


class _Entries(dict[str, _Entry]):
    """word -> its ``_Entry``, made when first asked for: ``find_hits`` looks an article's
    words up in one compiled pass and works the new ones out together
    (``_article_entries``); a word asked for alone runs ``__missing__``. Emptied when it
    holds ``_PLANS_LIMIT`` words."""

    def __missing__(self, word: str) -> _Entry:
        may_have = _may_have_entry()
        entry = _entry(word) if may_have is None or may_have(word) else _PLAIN
        if len(self) >= _PLANS_LIMIT:
            self.clear()
        self[word] = entry
        return entry


_ENTRIES: _Entries = register_cache(_Entries())
_SECONDS = itemgetter(1)
_LATERS = itemgetter(2)


#: ``_scan_py``'s answer: entries (None: not seen), plans, fresh, seconds (each stem's last
#: index), counted.
_Scan = tuple[list["_Entry | None"], list[int], list[int], dict[str, int], list[int]]


def _scan_py(tokens: list[Token], table: dict[str, _Entry], word: str,
             counts: dict[str, str], may_have: Callable[[str], object] | None = None,
             plain: _Entry = _PLAIN) -> _Scan:
    """What ``_fasthits.scan`` answers, in Python (where the extension was not built or
    cannot read the tokens): each token's entry as filed in ``table`` (None: a word not seen
    before); the indexes of the tokens of kind ``word`` whose entry has a plan; the indexes
    of the words not seen; the stems of the entries found that may be a phrase's second
    word, each with the last index where it stands; the indexes before the last token whose
    ``norm`` is a word of count (``counts``). With ``may_have``, a word not seen for which
    it is false is filed in ``table`` as ``plain`` (no plan, no stems) and taken as found."""
    texts = [token.text for token in tokens]
    entries: list[_Entry | None] = list(map(table.get, texts))
    if may_have is not None:
        for k, entry in enumerate(entries):
            if entry is None:
                text = texts[k]
                found = table.get(text)  # filed already by an earlier token of the word
                if found is None and not may_have(text):
                    found = table[text] = plain
                entries[k] = found
    plans = [k for k, entry in enumerate(entries)
             if entry is not None and entry[0] and tokens[k].kind == word]
    fresh = [k for k, entry in enumerate(entries) if entry is None]
    seconds = {stem: k for k, entry in enumerate(entries) if entry is not None
               for stem in entry[1]}
    counted = [k for k in range(len(tokens) - 1) if tokens[k].norm in counts]
    return entries, plans, fresh, seconds, counted


def _bound() -> Callable[[list[Token], dict[str, _Entry], str, dict[str, str],
                          Callable[[str], object] | None, _Entry], _Scan | None] | None:
    """``_fasthits.scan`` where the extension was built and reads ``Token``'s slots as
    attribute access does (plain slots, no ``__getattribute__`` of its own), else None."""
    if _fasthits is None or Token.__getattribute__ is not object.__getattribute__:
        return None
    return _fasthits.scan if _fasthits.bind(Token, _FIELDS) else None


#: The slots the compiled passes read, in the order ``_fasthits.bind`` keeps them.
_FIELDS = ("start", "text", "norm", "kind", "sentence")
_SCAN = _bound()


def compiled_passes() -> tuple[Callable[[list[Token]], tuple[list[int], list[str]] | None] | None,
                               Callable[[list[str], dict[str, str]], list[str] | None] | None,
                               Callable[[list[str], list[str], frozenset[str]],
                                        list[bool] | None] | None]:
    """The view's compiled passes (``_fasthits.columns``, ``bares``, ``either``; each None
    where the extension was not built, ``columns`` also where it cannot read ``Token``)."""
    if _fasthits is None:
        return None, None, None
    return (_fasthits.columns if _SCAN is not None else None, _fasthits.bares,
            _fasthits.either)


def compiled_spans() -> Callable[[list[Token]], list[tuple[int, int]] | None] | None:
    """The view's compiled pass for the sentence of each token (``_fasthits.sentence_spans``;
    None where the extension was not built or cannot read ``Token``)."""
    if _fasthits is None or _SCAN is None:
        return None
    return getattr(_fasthits, "sentence_spans", None)


def _article_entries(tokens: list[Token]) -> tuple[list[_Entry], list[int], dict[str, int]]:
    """Each token's ``_Entry``, the indexes of the words that have a plan (in order), and
    every stem of the article a phrase may find as its second word, with the last index
    where it may be found (``_Lasts``).

    One compiled pass over the tokens (``_fasthits.scan``) looks every word up and gathers
    the rest, instead of a comprehension and several mapped passes in Python. A word not
    seen before (some forty an article) is tested there too (``_may_have_entry``, in C):
    nine in ten are ruled out and filed as ``_PLAIN`` by the pass itself (round 35), so only
    the others (some six an article) and the words of count come back here, and only they
    run ``_entry``. The entries are those ``_Entries.__missing__`` makes, word by word."""
    counts = lexicon().class_counts
    may_have = _may_have_entry()
    if len(_ENTRIES) + len(tokens) > _PLANS_LIMIT:
        _ENTRIES.clear()  # the scan files the new words ``may_have`` rules out
    scanned = _SCAN(tokens, _ENTRIES, "word", counts, may_have, _PLAIN) \
        if _SCAN is not None and type(tokens) is list and type(counts) is dict else None
    entries, plans, fresh, seconds, counted = scanned if scanned is not None \
        else _scan_py(tokens, _ENTRIES, "word", counts, may_have, _PLAIN)
    if fresh:  # new words that may have an entry (all new words where ``may_have`` is None)
        texts = [tokens[k].text for k in fresh]
        new: dict[str, _Entry] = dict.fromkeys(texts, _PLAIN)  # in order, each once
        for word in new:
            new[word] = _entry(word)
        if len(_ENTRIES) + len(new) > _PLANS_LIMIT:
            _ENTRIES.clear()
        _ENTRIES.update(new)
        planned = False
        for k, text in zip(fresh, texts):
            entry = entries[k] = new[text]
            for stem in entry[1]:
                if seconds.get(stem, -1) < k:
                    seconds[stem] = k
            if entry[0] and tokens[k].kind == "word":
                plans.append(k)
                planned = True
        if planned:
            plans.sort()
    for k in counted:  # «بمئات المقاتلين» reaches «بمقاتلين» (``_words_after``)
        prefix = counts[tokens[k].norm]
        for stem in stems(tokens[k + 1].text):
            if seconds.get(prefix + stem, -1) < k:
                seconds[prefix + stem] = k
    return cast("list[_Entry]", entries), plans, seconds


#: An article's stems that a phrase may find as its second word -> the last index where one
#: may be found (``_article_entries``): the stems of the words' entries (``_Entry``), and
#: «بمقاتلين» for «بمئات المقاتلين» (``_words_after``) at the word of count. What each reach
#: of ``_words_after`` and ``_words_near`` from a word gives is among them, at an index past
#: the word's, so a phrase none of whose second words stands here after its word has no
#: reading to try there (``_in_reach``), and the reach need not be made.
_Lasts = dict[str, int]


def _entry(word: str) -> _Entry:
    """``word``'s ``_Entry``, worked out."""
    found = _plan(word)
    seconds = _stems_in(word, _may_be_second(), _second_words())
    later = _stems_in(word, _may_be_later(), _later_words())
    return (found, seconds, later) if found is not None or seconds or later else _PLAIN


@register_cache
@functools.cache
def _may_have_entry() -> Callable[[str], bool] | None:
    """The compiled test of ``_entry`` (``stem_filter``): False for a word none of whose stems
    spells a trigger or is a phrase's word, whose entry is ``_PLAIN`` (nine new words in
    ten); None where the extension was not built."""
    return stem_filter(_spellable() | _second_words() | _later_words())


def _stems_in(word: str, test: Callable[[str], bool] | None, words: frozenset[str]
              ) -> tuple[str, ...]:
    """The stems of ``word`` that are among ``words``; ``test`` (compiled, None: not built)
    rules most words out before their stems are made."""
    if test is not None and not test(word):
        return ()
    return tuple(filter(words.__contains__, stems(word)))


def _seconds_in(entries: list[_Entry], first: int, stop: int) -> Iterator[str]:
    """The stems of the words ``first`` to ``stop`` (not included) that may be a phrase's
    second word: what ``_second_stems_of`` gives of them that a plan may ask for."""
    return chain.from_iterable(map(_SECONDS, entries[first:stop]))


_NOTHING: frozenset[str] = frozenset()


def _in_reach(plan: Plan, tokens: list[Token], index: int, noun_only: bool, names: Names,
              entries: list[_Entry], lasts: _Lasts
              ) -> tuple[list[int], frozenset[str], frozenset[str]]:
    """The positions of the readings worth trying at ``index``, in reading order, with the
    second words of its verbal and its noun phrases that stand within reach of it (only
    these are looked for: ``_phrase_start`` asks no other; a noun-only word tries no verb).
    A reach is made only where one of the phrases' second words stands later in the
    article (``lasts``): most words' phrases have none after them."""
    order = list(plan.always)
    reachable = near = _NOTHING
    if plan.verbal_words and not noun_only and _any_after(plan.verbal_words, lasts, index):
        reachable = plan.verbal_words.intersection(_words_after(tokens, index, names, entries))
        for word in reachable:
            order += plan.verbal.get(word, ())
    if plan.nominal_words and _any_after(plan.nominal_words, lasts, index):
        near = plan.nominal_words.intersection(_words_near(tokens, index, entries))
        for word in near:
            order += plan.nominal.get(word, ())
    if reachable or near:  # some positions may have been added (``always`` is in order)
        order.sort()
    return order, reachable, near


def _any_after(words: frozenset[str], lasts: _Lasts, index: int) -> bool:
    """Whether one of ``words`` stands in the article after ``index`` (``_Lasts``)."""
    return max(map(lasts.get, words, repeat(-1)), default=-1) > index


@register_cache
@functools.cache
def _noun_marked() -> Callable[[str], object]:
    """The test of a word written with a noun's mark (tanween, ``lexicon().noun_marks``):
    whether any mark stands in it, one compiled search instead of a search per mark."""
    marks = lexicon().noun_marks
    if not marks:
        return lambda text: False
    return re.compile("|".join(re.escape(mark) for mark in sorted(marks))).search


def _hit_at(tokens: list[Token], index: int, plan: Plan, names: Names, entries: list[_Entry],
            lasts: _Lasts) -> Hit | None:
    lex = lexicon()
    if index + 1 < len(tokens) and (tokens[index].norm, tokens[index + 1].norm) in lex.teens:
        return None  # «اثني عشر»: a number, not «أثنى» (praised)
    after_preposition = index > 0 and tokens[index - 1].norm in lex.prepositions
    noun_only = after_preposition or bool(_noun_marked()(tokens[index].text))
    order, reachable, near = _in_reach(plan, tokens, index, noun_only, names, entries, lasts)
    if not order:
        return None  # no reading to try (most words with a plan: no phrase's word in reach)
    fallback: tuple[Reading, int] | None = None  # round 18: a class noun read as the subject
    far_words: dict[int, frozenset[str]] = {}  # a long gap -> the stems within it
    spans: dict[int, frozenset[str]] = {}  # the end of a span -> the stems within it
    for position in order:
        reading = plan.readings[position]
        trigger = reading.surface.trigger
        if noun_only and reading.surface.tense != "noun":
            continue  # «من قتل»، «وأيدٍ»: a noun
        if after_preposition and trigger.kind == "participle":
            continue  # «على المتظاهرين»: the people, not their protest
        if reading.surface.tense == "present" and not reading.future and _li_verb(
                tokens, index, lex):
            continue  # «ليعبر عن دعمه»: a purpose; «، لتنسحب القوات» is read (round 35)
        leads = lex.trigger_leads[trigger.form] if trigger.form in lex.trigger_leads else None
        if leads and (index == 0 or tokens[index - 1].norm not in leads):
            continue  # «قبل» (before) is no refusal; «لن يقبل» is
        if trigger.rest:
            # a verbal phrase («أعلن|يعلن …») reaches its words within its gap; a noun
            # phrase the next word, past numerals or «أي»; ``order`` holds only the phrases
            # whose second word is within reach, or whose object may stand far off
            words = reachable if reading.surface.tense != "noun" else near
            long = _long_gaps(trigger.form, trigger.kind)  # ``_long_gap``
            if long and trigger.class_at < 0 and trigger.rest[0] not in (
                    far_words[long] if long in far_words
                    else _far_words(entries, index, long, far_words)):
                continue  # its second word stands nowhere within its gap: no phrase
            if trigger.class_at < 0 and len(trigger.rest) > 1 and not _rest_within(
                    tokens, entries, index, trigger, long, spans):
                continue  # «عبر عن امتنانه»: a later word stands nowhere it could: no phrase
            start = _phrase_start(tokens, index, trigger, words, names)
            if start is None:
                continue
            if trigger.form in shared_forms() and not tight_noun(
                    tokens, index, start + len(trigger.rest) - 1):
                continue  # round 27: a support noun's row reads its noun only where it stands
                # tight («أكد دعم بلاده»); «أكدوا رفضهم القاطع لدعم …» is read by another row
            if _subject_first(tokens, index, start, reading):
                fallback = fallback or (reading, start)
                continue  # «وسحبت القوات الأمريكية وحداتها»: another phrase may read on
        else:
            start = index + 1
        return _hit(tokens, index, reading, start)
    return _hit(tokens, index, *fallback) if fallback else None


def _li_verb(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether the word is «لـ» + a present verb («لتنسحب»; a present verb's own letters
    never open with «ل») that stands anywhere but right after a comma (round 35)."""
    norm = tokens[index].norm
    if norm[:1] not in lex.verb_li_openings:
        return False
    if not any(norm.startswith(chain) and norm[len(chain):len(chain) + 1] in lex.present_prefixes
               for chain in lex.verb_li):
        return False
    return index == 0 or tokens[index - 1].norm not in lex.verb_li_after


def _far_words(entries: list[_Entry], index: int, long: int,
               found: dict[int, frozenset[str]]) -> frozenset[str]:
    """The stems of the words within a long gap after ``index`` (where a phrase's second
    word may start, ``_phrase_start``), made once per gap and word: a verb with a long gap
    («أكد|يؤكد») has a dozen phrases, each tried word by word only when its second word is
    among them. Only the stems that may be a second word are kept (``_Entry``): the phrases
    ask no other."""
    words = found.get(long)
    if words is None:
        words = found[long] = frozenset(_seconds_in(entries, index + 1, index + 2 + long))
    return words


def _rest_within(tokens: list[Token], entries: list[_Entry], index: int, trigger: Trigger,
                 long: int, spans: dict[int, frozenset[str]]) -> bool:
    """Whether every later word of a phrase without a class («عبر|يعبر عن امتنانه») is a
    stem of some word where ``_phrase_start`` may find it: from right after ``index`` to the
    last word of a phrase starting at the end of its gap. A cheap test that passes every
    phrase ``_phrase_start`` finds: most phrases of a common second word («عن»، «من») fail
    it, and are not tried word by word. The stems of each span are made once per word."""
    gap = long or (lexicon().phrase_gap if trigger.verbal else _noun_gap(tokens, index))
    end = index + 1 + gap + len(trigger.rest)
    words = spans.get(end)
    if words is None:
        # only the stems a later word of some phrase may be (``_Entry``)
        words = spans[end] = frozenset(chain.from_iterable(map(_LATERS, entries[index + 1:end])))
    return all(word in words for word in trigger.rest[1:])


def _subject_first(tokens: list[Token], index: int, start: int, reading: Reading) -> bool:
    """Whether a verbal class phrase's object is the definite noun right after its verb
    («سحبت القوات …»): the verb's subject, likely, and a phrase reading on comes first."""
    trigger = reading.surface.trigger
    return (trigger.class_at >= 0 and start == index + 1 and reading.surface.tense != "noun"
            and _bare_object(tokens, index, start, trigger) == _DEFINITE)


def _hit(tokens: list[Token], index: int, reading: Reading, start: int) -> Hit:
    trigger = reading.surface.trigger
    end = start + len(trigger.rest) - 1 if trigger.rest else index
    last = end if start == index + 1 else index
    passive = reading.surface.tense != "noun" and tokens[index].text[1:2] == lexicon().passive_mark
    return Hit(index, last, trigger, reading.surface.tense, reading.definite,
               reading.future, reading.pronoun, reading.surface.plural, passive, end)


def find_hits(tokens: list[Token], names: Names | None = None) -> list[Hit]:
    """Triggers in reading order; a phrase's words are not read again. ``names``: the
    article's named entities by token (a name counts one word of a verb's subject)."""
    names = names or {}
    hits: list[Hit] = []
    taken: set[int] = set()
    entries, plans, lasts = _article_entries(tokens)  # one pass, in C
    seconds = lasts.keys()
    for index in plans:  # the words that have a reading
        if index in taken:
            continue
        word_plan = cast(Plan, entries[index][0])  # ``plans`` holds words with a plan
        if not word_plan.always:  # only phrases, tried where their second word is in reach
            if seconds.isdisjoint(word_plan.verbal_words) \
                    and seconds.isdisjoint(word_plan.nominal_words):
                continue  # no second word of its phrases in the article (most such words)
        hit = _hit_at(tokens, index, word_plan, names, entries, lasts)
        if hit is None:
            continue
        hits.append(hit)
        if hit.trigger.form not in shared_forms():  # round 27: a support noun's row leaves
            # its noun to be read by its own triggers too («أكد … الدعم العسكري»)
            taken.update(range(hit.rest_first, hit.end + 1))
    return hits
