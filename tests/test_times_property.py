"""For any jumble of time words, numbers and marks, with or without a date, the times
stage gives spans that are the text at their offsets and values the contract accepts,
whether it reads the text stage's tokens or the plain string."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.arabic.tokenise import tokenise
from marsad.lexicons import load_table
from marsad.times import times_in

COLUMNS = [("months.tsv", "name"), ("weekdays.tsv", "name"), ("times_units.tsv", "form"),
           ("times_relative.tsv", "phrase"), ("times_parts_of_day.tsv", "word"),
           ("times_modifiers.tsv", "word"), ("times_directions.tsv", "word"),
           ("times_numbers.tsv", "word"), ("times_signals.tsv", "word")]
WORDS = sorted({row[column] for table, column in COLUMNS for row in load_table(table)})
ODD = ["0", "12", "31", "32", "2024", "1446", "0000", "10:30", "25:99", "6/12/2024",
       "31/2/2024", "01/12/1436هـ", "٢٠٢٤", "/", "-", ":", "(", ")", "،", "و", "قال", "في"]
# the record contract's TIMEX pattern (shared/checks/contract.py)
TIMEX = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?(T[0-2]\d(:\d{2})?|T(MO|AF|EV|NI))?"
                   r"|\d{4}-W\d{2}|P[\dYMWDTHS.]+|PAST_REF|PRESENT_REF|FUTURE_REF|X+.*"
                   r"|\d{3}X|\d{2}XX)$")
TEXTS = st.lists(st.sampled_from(WORDS + ODD), min_size=1, max_size=10).flatmap(
    lambda parts: st.sampled_from([" ", "", " ، "]).map(lambda sep: sep.join(parts)))
ANCHORS = st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(TEXTS, ANCHORS)
def test_spans_line_up_and_values_are_timex(text: str, anchor: date | None) -> None:
    for tokens in (tokenise(text), None):
        for t in times_in(text, anchor, tokens):
            assert text[t.start:t.end] == t.text
            assert t.value is None or TIMEX.match(t.value), t
            assert t.anchored or anchor is None
