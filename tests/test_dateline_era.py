"""The era mark after a dated dateline's year («2024م») is data (``times_signals.tsv``): it
belongs to the dateline, glued to the year or apart; a word that only begins with the same
letter does not."""

from __future__ import annotations

import pytest

from marsad.dateline import parse_dateline


@pytest.mark.parametrize("line, text", [
    ("الجمعة 6 ديسمبر 2024م - الرياض - واس قال الوزير", "الجمعة 6 ديسمبر 2024م - الرياض - واس"),
    ("الجمعة 6 ديسمبر 2024 م - الرياض - واس قال الوزير", "الجمعة 6 ديسمبر 2024 م - الرياض - واس"),
    ("الجمعة6 ديسمبر2024_ قال الوزير", "الجمعة6 ديسمبر2024_"),
])
def test_the_era_mark_stays_in_the_dateline(line: str, text: str) -> None:
    found = parse_dateline(line)
    assert found is not None
    dateline, end = found
    assert (dateline.text, dateline.date) == (text, "2024-12-06")
    assert line[end:].strip() == "قال الوزير"


@pytest.mark.parametrize("line", [
    "6 ديسمبر 2024 مساء قال الوزير إن الاجتماع انتهى",
    "6 ديسمبر 2024 مسيرة حاشدة في وسط المدينة",
])
def test_a_word_after_the_year_is_no_era_mark(line: str) -> None:
    assert parse_dateline(line) is None
