"""The cleaning data files: their columns and values, and the text rules every lexicon keeps
(NFC, no presentation forms, no bidi controls)."""

from __future__ import annotations

import unicodedata

import pytest

from marsad.lexicons import lexicon_path, load_table, load_yaml

TABLES = {
    "months.tsv": ["name", "month", "calendar"],
    "weekdays.tsv": ["name", "weekday"],
    "agencies.tsv": ["name", "short", "kind"],
    "related_links.tsv": ["marker"],
    "boilerplate.tsv": ["marker", "where", "max_words"],
}


@pytest.mark.parametrize("name, columns", TABLES.items())
def test_every_row_fills_every_column(name: str, columns: list[str]) -> None:
    rows = load_table(name)
    assert rows
    for row in rows:
        assert list(row) == columns
        assert all(row[c] for c in columns), row


@pytest.mark.parametrize("name", [*TABLES, "cleaning.yaml"])
def test_text_is_nfc_without_presentation_forms_or_bidi_controls(name: str) -> None:
    text = lexicon_path(name).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text
    assert not [ch for ch in text if "\ufb50" <= ch <= "\ufeff"]
    assert not [ch for ch in text if ch in "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b"
                "\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]


def test_months_cover_twelve_months_in_each_calendar() -> None:
    rows = load_table("months.tsv")
    assert {r["calendar"] for r in rows} == {"gregorian", "levantine", "hijri"}
    for calendar in ("gregorian", "levantine", "hijri"):
        months = {int(r["month"]) for r in rows if r["calendar"] == calendar}
        assert months == set(range(1, 13)), calendar
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("name, month, calendar", [
    ("ديسمبر", "12", "gregorian"), ("كانون الأول", "12", "levantine"),
    ("آذار", "3", "levantine"), ("ذو الحجة", "12", "hijri"), ("رمضان", "9", "hijri"),
    ("جويلية", "7", "gregorian"),
])
def test_month_names_read_like_the_calendar(name: str, month: str, calendar: str) -> None:
    assert {"name": name, "month": month, "calendar": calendar} in load_table("months.tsv")


def test_weekdays_are_iso_numbered() -> None:
    weekdays = {r["name"]: int(r["weekday"]) for r in load_table("weekdays.tsv")}
    assert weekdays["الجمعة"] == 5 and weekdays["الأحد"] == 7 and weekdays["الاثنين"] == 1
    assert set(weekdays.values()) == set(range(1, 8))


def test_agency_kinds_and_markers_positions_are_known_values() -> None:
    assert {r["kind"] for r in load_table("agencies.tsv")} == {"agency", "outlet", "desk", "wires"}
    rows = load_table("boilerplate.tsv")
    assert {r["where"] for r in rows} == {"line", "tail"}
    assert all(r["max_words"].isdigit() for r in rows)


def test_cleaning_settings_are_positive_numbers() -> None:
    settings = load_yaml("cleaning.yaml")
    for key in ("name_words", "heading_words", "title_words", "link_words", "tail_words"):
        assert isinstance(settings[key], int) and settings[key] > 0
    assert settings["separators"] and settings["sentence_end"]
