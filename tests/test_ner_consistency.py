"""The tagger's second pass: a name it is sure of in one sentence is a name all over the article."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.arabic.normalise import fold
from marsad.ner.clitics import split
from marsad.ner.consistency import ADDED, propagate


def words(sentence: str) -> list[str]:
    return [fold(w) for w in sentence.split()]


FIRST = words("استقبل الوزير فؤاد حسين نظيره في بغداد")
SURE_PERSON = [(2, 4, "PER", 0.97)]


@pytest.mark.parametrize(("later", "expected"), [
    ("وقال فؤاد حسين إن المحادثات جيدة", [(1, 3, "PER", ADDED)]),
    ("وأكد وفؤاد حسين ذلك", [(1, 3, "PER", ADDED)]),           # proclitic و on the first word
    ("وأضاف حسين أن الاتفاق قريب", [(1, 2, "PER", ADDED)]),    # the surname alone
    ("وصل المبعوث إلى العاصمة مساء", []),                       # nothing to propagate
])
def test_a_sure_name_is_tagged_where_the_tagger_missed_it(later: str, expected: list) -> None:
    out = propagate([FIRST, words(later)], [SURE_PERSON, []])
    assert out[0] == SURE_PERSON
    assert out[1] == expected


def test_a_word_that_only_ends_like_a_name_is_not_that_name() -> None:
    """``propagate`` screens the article's words by how they end (``endswith``) before its
    exact tests: «الحسين» and «لحسين» end like the surname «حسين» but are not it (no proclitic
    is split off «الحسين»; «لحسين» keeps ل, which opens no stem without the article)."""
    later = words("زار الحسين المدينة وقدم هدية لحسين ثم وصل حسين")
    out = propagate([FIRST, later], [SURE_PERSON, []])
    assert out[1] == [(8, 9, "PER", ADDED)]


def test_an_unsure_name_is_not_propagated() -> None:
    out = propagate([FIRST, words("وقال فؤاد حسين إن المحادثات جيدة")], [[(2, 4, "PER", 0.6)], []])
    assert out[1] == []


def test_a_propagated_name_never_overlaps_or_cuts_a_tagged_one() -> None:
    later = words("التقى حسين فؤاد حسين الشامي")   # «فؤاد حسين الشامي» already tagged
    out = propagate([FIRST, later], [SURE_PERSON, [(2, 5, "PER", 0.8)]])
    assert out[1] == [(2, 5, "PER", 0.8)]


def test_the_majority_type_of_a_sure_name_wins() -> None:
    sentences = [words("زار الوفد الأردن أمس"), words("أعلن الأردن موقفه"), words("شكر الأردن")]
    spans = [[(2, 3, "GPE", 0.95)], [(1, 2, "GPE", 0.92)], []]
    assert propagate(sentences, spans)[2] == [(1, 2, "GPE", ADDED)]


@pytest.mark.parametrize("word", ["وبالعراق", "فبالمدينه", "وللامم", "ولبنان", "فؤاد", "بغداد",
                                  "وكالرئيس", "فلمدينه", "والحكومه"])
def test_proclitics_are_at_most_two_letters(word: str) -> None:
    """``propagate`` looks for a name's first word in a word less at most two letters."""
    prefix, _stem, _suffix = split(word)
    assert len(prefix) <= 2 and word.startswith(prefix)


@given(st.text(alphabet="وفبلكسالعراقمدينه", min_size=1, max_size=9))
def test_no_word_loses_more_than_two_letters_to_proclitics(word: str) -> None:
    assert len(split(word)[0]) <= 2
