"""The KB's data files: office titles map to the curated roles, portfolios have stable keys,
place heads and directions are known kinds, the supplement's rows are complete, and every file
keeps the lexicon text rules (NFC, no presentation forms, no bidi controls)."""

from __future__ import annotations

import unicodedata

import pytest

from marsad.kb.actors import ROLES
from marsad.kb.keys import name_key
from marsad.lexicons import lexicon_path, load_table, load_words

TABLES = {
    "offices.tsv": ["title", "role"],
    "ministries.tsv": ["word", "key", "name_en", "elliptic"],
    "kb_heads.tsv": ["head", "kind"],
    "kb_directions.tsv": ["word", "direction"],
    "kb_connectors.tsv": ["word"],
    "kb_name_particles.tsv": ["word"],
    "places_supplement.tsv": ["id", "type", "kind", "name_en", "country", "lat", "lon", "names",
                              "rank"],
    "places_aliases.tsv": ["name_en", "country", "names"],
}
TEXT_FILES = [*TABLES, "kb_stopnames.txt"]


@pytest.mark.parametrize("name, columns", TABLES.items())
def test_every_table_has_its_columns(name: str, columns: list[str]) -> None:
    rows = load_table(name)
    assert rows
    for row in rows:
        assert list(row) == columns


@pytest.mark.parametrize("name", TEXT_FILES)
def test_text_is_nfc_without_presentation_forms_or_bidi_controls(name: str) -> None:
    text = lexicon_path(name).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text
    assert not [ch for ch in text if "\ufb50" <= ch <= "\ufeff"]
    assert not [ch for ch in text if ch in "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b"
                "\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]


@pytest.mark.parametrize("title, role", [
    ("وزير الخارجية", "foreign_minister"), ("وزير خارجية", "foreign_minister"),
    ("رئيس الوزراء", "head_of_government"), ("رئيس الحكومة", "head_of_government"),
    ("الرئيس", "head_of_state"), ("رئيس الجمهورية", "head_of_state"), ("الملك", "head_of_state"),
    ("أمير", "head_of_state"), ("السلطان", "head_of_state"), ("وزير الدفاع", "defence_minister"),
])
def test_office_titles_map_to_roles(title: str, role: str) -> None:
    assert {r["title"]: r["role"] for r in load_table("offices.tsv")}[title] == role


def test_every_office_role_is_a_curated_role() -> None:
    assert {r["role"] for r in load_table("offices.tsv")} <= ROLES


@pytest.mark.parametrize("word, key", [("الدفاع", "defence"), ("الخارجية", "foreign"),
                                       ("الداخلية", "interior"), ("الصحة", "health")])
def test_ministries_are_portfolios_with_ascii_keys(word: str, key: str) -> None:
    rows = {r["word"]: r for r in load_table("ministries.tsv")}
    assert rows[word]["key"] == key
    assert all(r["key"].isascii() and r["elliptic"] in ("yes", "no") for r in rows.values())


def test_heads_and_directions_are_known_kinds() -> None:
    assert {r["kind"] for r in load_table("kb_heads.tsv")} <= {"admin", "settlement", "ministry"}
    assert {r["direction"] for r in load_table("kb_directions.tsv")} <= {
        "north", "south", "east", "west", "centre"}


def test_supplement_rows_are_typed_and_ranked() -> None:
    for row in load_table("places_supplement.tsv"):
        assert row["type"] in ("GPE", "LOC", "FAC"), row
        assert row["rank"] in ("0", "1", "2"), row
        assert row["id"].startswith(("country:", "place:")), row
        assert all(name_key(n) for n in row["names"].split("|")), row


@pytest.mark.parametrize("spelling", ["سورية", "الضاحية الجنوبية", "الجولان", "الضفة الغربية",
                                      "قطاع غزة"])
def test_the_supplement_has_the_places_geonames_lacks(spelling: str) -> None:
    names = {n for r in load_table("places_supplement.tsv") for n in r["names"].split("|")}
    assert spelling in names


def test_stop_names_are_single_entries() -> None:
    assert all(" " not in w or len(w.split()) <= 3 for w in load_words("kb_stopnames.txt"))
