"""The statement data files: their columns and values, and the text rules every lexicon keeps
(NFC, no presentation forms, no bidi controls)."""

from __future__ import annotations

import unicodedata

import pytest

from marsad.arabic.normalise import fold
from marsad.attribution.lexicon import ACTS, KINDS, ROLES, lexicon
from marsad.lexicons import lexicon_path, load_table

FILES = ["cues.tsv", "attribution_words.tsv", "anonymous_sources.tsv"]
BIDI = "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.mark.parametrize("name", FILES)
def test_text_is_nfc_without_presentation_forms_or_bidi_controls(name: str) -> None:
    text = lexicon_path(name).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text
    assert not [ch for ch in text if "\ufb50" <= ch <= "\ufeff"]
    assert not [ch for ch in text if ch in BIDI]


def test_every_cue_row_has_a_known_act_kind_and_agreement() -> None:
    rows = load_table("cues.tsv")
    assert len(rows) > 250
    for row in rows:
        assert row["act"] in ACTS, row
        assert row["kind"] in KINDS, row
        assert row["gender"] in ("", "m", "f"), row
        assert row["number"] in ("", "sg", "pl"), row
        assert row["hedged"] in ("", "yes") and row["strict"] in ("", "yes"), row


def test_every_act_of_the_record_contract_has_cues() -> None:
    assert {row["act"] for row in load_table("cues.tsv")} == ACTS


def test_no_cue_form_is_listed_twice_with_the_same_meaning() -> None:
    keys = [(fold(r["form"]), r["act"], r["takes"]) for r in load_table("cues.tsv")]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("form", ["زعم", "ادعى", "زعمت", "يزعمون"])
def test_claims_are_hedged(form: str) -> None:
    cues = lexicon().cues[fold(form)]
    assert all(c.hedged and c.act == "CLAIM" for c in cues)


def test_word_roles_are_known_and_anonymous_numbers_valid() -> None:
    assert {row["role"] for row in load_table("attribution_words.tsv")} <= ROLES
    assert {row["number"] for row in load_table("anonymous_sources.tsv")} <= {"sg", "pl"}
