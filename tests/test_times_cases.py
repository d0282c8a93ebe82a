"""The case table ``tests/gold/times_cases.tsv``: each Arabic sentence, read against its
anchor date, gives the expected time expression — or, where the span is ``-``, none at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from marsad.times import times_in

TABLE = Path(__file__).parent / "gold" / "times_cases.tsv"


def _cases() -> list[dict[str, str]]:
    lines = [l for l in TABLE.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


CASES = _cases()


def _none(field: str) -> str | None:
    return None if field == "-" else field


def test_the_table_has_at_least_200_cases() -> None:
    assert len(CASES) >= 200


@pytest.mark.parametrize("case", CASES, ids=[f"{c['note']}: {c['span']}" for c in CASES])
def test_case(case: dict[str, str]) -> None:
    anchor = None if case["anchor"] == "-" else date.fromisoformat(case["anchor"])
    found = times_in(case["sentence"], anchor)
    if case["span"] == "-":
        assert found == [], f"expected no time in {case['sentence']!r}"
        return
    spans = {t.text: t for t in found}
    assert case["span"] in spans, f"{case['span']!r} not among {list(spans)}"
    got = spans[case["span"]]
    assert (got.type, got.value, got.part_of_day, got.mod) == (
        case["type"], _none(case["value"]), _none(case["part_of_day"]), _none(case["mod"]))
    unresolved = anchor is None and got.value is not None and got.value.startswith("X")
    assert got.anchored is not unresolved
