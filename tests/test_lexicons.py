"""Every language data file under marsad/lexicons/ is clean text: UTF-8, NFC, no Arabic
presentation forms, no bidi or zero-width controls; TSV rows have the header's field count
and YAML and JSON files parse. New files are picked up by themselves."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
import yaml

LEXICONS = Path(__file__).resolve().parent.parent / "marsad" / "lexicons"
TEXT_SUFFIXES = {".tsv", ".txt", ".yaml", ".yml", ".json", ".csv"}
PRESENTATION_FORMS = range(0xFB50, 0xFEFF + 1)
CONTROLS = {0x061C, 0x180E, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
            *range(0x2060, 0x2065), *range(0x2066, 0x206A), 0xFEFF}

FILES = sorted(p for p in LEXICONS.rglob("*") if p.is_file() and p.suffix in TEXT_SUFFIXES)
NAMES = [str(p.relative_to(LEXICONS)) for p in FILES]
TSV_FILES = [p for p in FILES if p.suffix == ".tsv"]


def read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        pytest.fail(f"{path.name} is not UTF-8: {exc}")


def where(text: str, codes: set[int] | range) -> list[str]:
    """``line:column U+XXXX`` for each character of ``text`` whose code is in ``codes``."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        found += [f"{number}:{col} U+{ord(ch):04X}" for col, ch in enumerate(line, 1)
                  if ord(ch) in codes]
    return found


def test_there_are_lexicons_to_check() -> None:
    assert len(FILES) >= 5


@pytest.mark.parametrize("path", FILES, ids=NAMES)
def test_text_is_nfc(path: Path) -> None:
    text = read(path)
    bad = [n for n, line in enumerate(text.splitlines(), 1)
           if not unicodedata.is_normalized("NFC", line)]
    assert not bad, f"{path.name}: lines not in NFC: {bad[:10]}"


@pytest.mark.parametrize("path", FILES, ids=NAMES)
def test_no_presentation_forms(path: Path) -> None:
    found = where(read(path), PRESENTATION_FORMS)
    assert not found, f"{path.name}: Arabic presentation forms at {found[:10]}"


@pytest.mark.parametrize("path", FILES, ids=NAMES)
def test_no_bidi_or_zero_width_controls(path: Path) -> None:
    found = where(read(path), CONTROLS)
    assert not found, f"{path.name}: bidi/zero-width controls at {found[:10]} (write them as hex)"


@pytest.mark.parametrize("path", TSV_FILES, ids=[p.name for p in TSV_FILES])
def test_tsv_rows_have_the_header_field_count(path: Path) -> None:
    rows = [(n, line.split("\t")) for n, line in enumerate(read(path).splitlines(), 1)
            if line.strip() and not line.startswith("#")]
    assert rows, f"{path.name}: no header line"
    (_, header), body = rows[0], rows[1:]
    assert all(name.strip() for name in header), f"{path.name}: an empty column name"
    bad = [f"line {n}: {len(fields)} fields" for n, fields in body if len(fields) != len(header)]
    assert not bad, f"{path.name}: header has {len(header)} fields; {bad[:10]}"


@pytest.mark.parametrize("path", [p for p in FILES if p.suffix in (".yaml", ".yml", ".json")],
                         ids=[n for n in NAMES if n.endswith((".yaml", ".yml", ".json"))])
def test_structured_files_parse(path: Path) -> None:
    text = read(path)
    try:
        json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        pytest.fail(f"{path.name} does not parse: {str(exc).splitlines()[0]}")
