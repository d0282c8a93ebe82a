"""``marsad kb``: lookup prints linked matches as JSON lines, info shows the artefact's
version, and bad input is one line with exit code 2."""

from __future__ import annotations

import json

import pytest

from marsad import cli


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["kb", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_lookup_prints_each_match_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["lookup", "وزير الخارجية العراقي في بغداد", "--date", "2024-12-06"],
                       capsys)
    found = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(m["text"], m["link"]["kb"]) for m in found] == [
        ("وزير الخارجية العراقي", "actor:fuad-hussein"), ("بغداد", "geonames:98182")]


def test_lookup_of_an_unknown_name_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["lookup", "فلان الفلاني"], capsys)
    assert (code, out.strip()) == (1, "no KB match")


def test_a_bad_date_is_one_line_and_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["lookup", "حمص", "--date", "أمس"], capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "ISO date" in err


def test_info_shows_format_and_digest(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["info"], capsys)
    assert code == 0
    assert "format: " in out and "digest: " in out


def test_build_refuses_half_a_dump(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["build", "--geonames-dump", "allCountries.txt"], capsys)
    assert code == 2 and "go together" in err
