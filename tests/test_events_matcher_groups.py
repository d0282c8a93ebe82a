"""Round 27: the matcher reads a word's triggers through groups made once per stem (the
stem's surfaces that a proclitic class and an ending class keep, with their plan), and the
lexicon keeps one object per equal trigger and surface, so equal readings are one object and
a word read through two stems drops its repeated readings by identity. These pin that the
readings and plans are those of the plain per-word reading, in our own Arabic words; the
speed figures live in ``docs/benchmarks.md``."""

from __future__ import annotations

import pytest

from gold.events.oracle import tokenise
from marsad.arabic.normalise import fold
from marsad.eventcoding.lexicon import Surface, lexicon
from marsad.eventcoding.matcher import (Plan, Reading, _long_gaps, _proclitic, _spellable,
                                        _surfaces_of, plan, readings, stems)

WORDS = [
    "قصف", "وقصف", "بالقصف", "القصف", "قصفوا", "قصفوه", "يحرروها", "يهاجموه", "ستوقع",
    "وتوقع", "هجومي", "هجومه", "وزارتي", "للجيش", "لقائه", "لقائهم", "مهاجمتها",
    "ومهاجمتهم", "إعادتها", "حملته", "مقاطعته", "أطلقت", "وأعلنت", "سيعقد", "اعتقال",
    "واعتقلوهم", "التقى", "اجتماعي", "الأطفال", "صباحا",
]
SENTENCE = ("وقصفت الطائرات مواقع المسلحين أمس، واعتقلت الشرطة عشرة أشخاص بعد مهاجمتهم "
            "مركزا للجيش، فيما أعلنت الحكومة أنها ستعقد اجتماعا لبحث إعادتها إلى العمل.")


def _fits(surface: Surface, proclitic: str) -> bool:
    lex = lexicon()
    if not proclitic or proclitic in lex.conjunctions:
        return True
    if proclitic in lex.future_proclitics:
        return surface.tense == "present"
    return surface.tense == "noun"


def _plain_readings(word: str) -> tuple[Reading, ...]:
    """The readings as the matcher read them word by word before round 27."""
    word_stems = stems(word)
    if _spellable().isdisjoint(word_stems):
        return ()
    lex = lexicon()
    folded = fold(word)
    found: list[Reading] = []
    for stem in word_stems:
        spelled = _surfaces_of(stem)
        if not spelled:
            continue
        proclitic = _proclitic(folded, stem)
        future = proclitic in lex.future_proclitics
        if stem in lex.future_only and not future:
            continue
        rest = len(folded) - len(proclitic) - len(stem)
        ending = folded[-rest:] if rest > 0 else ""
        if ending and ending in lex.adjective_endings:
            continue
        for surface, restored in spelled:
            if not _fits(surface, proclitic) or (restored and not ending):
                continue
            if ending and surface.tense != "noun" and ending not in lex.verb_objects:
                continue
            found.append(Reading(surface, proclitic in lex.definite, future, rest > 0))
    return tuple(dict.fromkeys(found))


def _plain_plan(found: tuple[Reading, ...]) -> Plan:
    lex = lexicon()
    always: list[int] = []
    verbal: dict[str, list[int]] = {}
    nominal: dict[str, list[int]] = {}
    seconds: dict[bool, set[str]] = {False: set(), True: set()}
    for position, reading in enumerate(found):
        trigger = reading.surface.trigger
        is_verbal = reading.surface.tense != "noun"
        if trigger.rest:
            seconds[is_verbal].add(trigger.rest[0])
        if not trigger.rest or (_long_gaps(trigger.form, trigger.kind) if is_verbal
                                else trigger.form in lex.masdar_gap_forms):
            always.append(position)
        else:
            (verbal if is_verbal else nominal).setdefault(trigger.rest[0], []).append(position)
    return Plan(found, tuple(always), {w: tuple(p) for w, p in verbal.items()},
                {w: tuple(p) for w, p in nominal.items()},
                frozenset(seconds[True]), frozenset(seconds[False]))


def test_equal_triggers_and_surfaces_are_one_object_in_the_lexicon() -> None:
    every = [surface for found in lexicon().surfaces.values() for surface in found]
    assert len({id(s) for s in every}) == len(set(every))
    assert len({id(s.trigger) for s in every}) == len({s.trigger for s in every})


@pytest.mark.parametrize("word", WORDS + [token.text for token in tokenise(SENTENCE)[0]])
def test_readings_and_plans_are_those_of_the_plain_reading(word: str) -> None:
    expected = _plain_readings(word)
    assert readings(word) == expected
    found = plan(word)
    if not expected:
        assert found is None
        return
    assert found == _plain_plan(expected)
    assert list(found.verbal) == list(_plain_plan(expected).verbal)  # same filing order
    assert list(found.nominal) == list(_plain_plan(expected).nominal)


def test_a_word_read_through_two_stems_keeps_each_reading_once() -> None:
    # «مهاجمتها» is read as «مهاجمت» and as «مهاجمه» (the ta restored): the same readings
    # twice, kept once, in the order they first come
    found = readings("مهاجمتها")
    assert len({id(r) for r in found}) == len(found) == len(set(found))
    assert found == _plain_readings("مهاجمتها")
    # a conjunction changes nothing: the same reading objects, not equal copies
    assert [id(r) for r in readings("ومهاجمتها")] == [id(r) for r in found]


def test_words_of_one_stem_and_class_share_their_readings() -> None:
    # «قصف» and «وقصف» (a conjunction, which changes nothing) read the same readings, made
    # once; the article makes others («بالقصف»: definite)
    assert readings("وقصف") is readings("قصف")
    assert plan("وقصف").verbal is plan("قصف").verbal  # type: ignore[union-attr]
    definite = readings("بالقصف")
    assert definite and all(r.definite for r in definite)
    shared = {id(r.surface) for r in readings("قصف")} & {id(r.surface) for r in definite}
    assert shared  # the same surfaces, read with another flag
