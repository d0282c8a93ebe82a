"""The time lexicons say only what the grammar understands: every unit, part of day,
modifier, direction, number kind and signal role is one the code reads."""

from __future__ import annotations

import pytest

from marsad.arabic.normalise import fold
from marsad.lexicons import load_table
from marsad.temporal.lexicon import PHRASES, TRIGGERS, WORDS

ALLOWED = {
    ("times_units.tsv", "unit"): {"D", "W", "M", "Y", "H", "MIN", "DEC"},
    ("times_units.tsv", "count"): {"1", "2", "n"},
    ("times_relative.tsv", "kind"): {"day", "ref", "set"},
    ("times_parts_of_day.tsv", "part_of_day"): {"MO", "AF", "EV", "NI"},
    ("times_parts_of_day.tsv", "clock"): {"am", "pm", "night"},
    ("times_modifiers.tsv", "mod"): {"START", "MID", "END", "APPROX"},
    ("times_directions.tsv", "offset"): {"-1", "0", "1"},
    ("times_directions.tsv", "position"): {"before", "after"},
    ("times_numbers.tsv", "kind"): {"unit", "teen", "tens", "hundred", "fraction"},
    ("times_numbers.tsv", "ordinal"): {"", "yes"},
    ("times_blockers.tsv", "position"): {"before", "after"},
    ("times_signals.tsv", "role"): {"ago", "after", "since", "for", "within", "every", "of",
                                    "between", "range_to", "corresponding", "day", "month",
                                    "year", "clock", "hijri", "gregorian", "zone", "vague",
                                    "prep", "future", "same", "years", "from", "count"},
    ("months.tsv", "calendar"): {"gregorian", "levantine", "hijri"},
}


@pytest.mark.parametrize("table, column", sorted(ALLOWED))
def test_every_value_is_one_the_grammar_reads(table: str, column: str) -> None:
    values = {row[column] for row in load_table(table)}
    assert values <= ALLOWED[(table, column)], f"{table}: unknown {column} {values - ALLOWED[(table, column)]}"


@pytest.mark.parametrize("value, kind", [("PAST_REF", "ref"), ("PRESENT_REF", "ref"),
                                         ("FUTURE_REF", "ref"), ("P1D", "set")])
def test_relative_values_are_timex(value: str, kind: str) -> None:
    rows = [r for r in load_table("times_relative.tsv") if r["value"] == value]
    assert rows and all(r["kind"] == kind for r in rows)


def test_month_numbers_run_from_1_to_12_in_every_calendar() -> None:
    rows = load_table("months.tsv")
    for calendar in ("gregorian", "levantine", "hijri"):
        assert {int(r["month"]) for r in rows if r["calendar"] == calendar} == set(range(1, 13))


@pytest.mark.parametrize("word", ["والجمعة", "بالأمس", "للعام", "فجر", "الأسبوع"])
def test_glued_and_plain_forms_are_known(word: str) -> None:
    assert fold(word) in WORDS


@pytest.mark.parametrize("word", ["كانون", "تشرين", "ربيع", "جمادى"])
def test_month_names_of_two_words_open_by_their_first(word: str) -> None:
    assert fold(word) in PHRASES and fold(word) in TRIGGERS


@pytest.mark.parametrize("word", ["في", "من", "على", "قال"])
def test_common_words_are_not_triggers(word: str) -> None:
    assert fold(word) not in TRIGGERS
