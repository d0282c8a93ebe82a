"""Normalisation for matching: the folded form of Arabic text and the offset map back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.arabic.normalise import TABLE, fold, normalise, unmarked


@pytest.mark.parametrize("written, folded", [
    ("أعلن الرئيس", "اعلن الرييس"),  # hamza on alef and on ya
    ("إيران", "ايران"),  # hamza under alef
    ("آلاف المتظاهرين", "الاف المتظاهرين"),  # madda
    ("مسؤول", "مسوول"),  # hamza on waw
    ("رئيس الهيئة", "رييس الهييه"),  # hamza on ya, ta marbuta
    ("مستشفى", "مستشفي"),  # alef maqsura
    ("المدينة", "المدينه"),  # ta marbuta
    ("مُحَمَّدٌ", "محمد"),  # diacritics go
    ("الحكـــومة", "الحكومه"),  # tatweel goes
    ("عام ٢٠٢٤", "عام 2024"),  # Arabic-Indic digits
    ("عام ۱۴۰۳", "عام 1403"),  # Persian digits
    ("وکالة فارسی", "وكاله فارسي"),  # Persian kaf and ya
    ("وكالة CNN", "وكاله cnn"),  # Latin capitals
    ("قال إنّ الاتفاقَ سيُوقَّع غداً", "قال ان الاتفاق سيوقع غدا"),
])
def test_fold(written: str, folded: str) -> None:
    assert fold(written) == folded


@pytest.mark.parametrize("written", [
    "قال الوزيرُ إنّ المحادثاتِ ستُستأنف",
    "الحكـــومة تعلن",
    "بلا تشكيل ولا تطويل",
    "",
])
def test_the_offset_map_leads_back_to_the_written_letters(written: str) -> None:
    folded, offsets = normalise(written)
    assert folded == fold(written)
    assert offsets.to_original(len(folded)) == len(written)
    for i, letter in enumerate(folded):
        assert fold(written[offsets.to_original(i)]) == letter


_MAPPED = "".join(chr(code) for code in TABLE)


@given(st.text(alphabet=_MAPPED + "ابت ثجح 123.،", max_size=40))
def test_fold_is_the_character_map(text: str) -> None:
    assert fold(text) == text.translate(TABLE)
    folded, offsets = normalise(text)
    assert folded == text.translate(TABLE)
    kept = [i for i, ch in enumerate(text) if TABLE.get(ord(ch), 0) is not None]
    assert [offsets.to_original(i) for i in range(len(folded))] == kept


def test_unmarked_drops_marks_and_keeps_letters_as_written() -> None:
    assert unmarked("سفيرةً") == "سفيرة"
    assert unmarked("الـــقدس") == "القدس"
    assert unmarked("أحمد") == "أحمد"
