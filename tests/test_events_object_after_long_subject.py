"""A word after the trigger that makes it something else (``object_blockers``: refusing «to
comment» is no refusal) is found past a long subject's name: the inner words of a named
subject do not use up the object window."""

from __future__ import annotations

from marsad.api import analyze


def types(text: str) -> list[str]:
    return [e.type for e in analyze(text, published="2024-05-01").events]


def test_refusing_to_comment_after_a_long_name_is_no_refusal() -> None:
    assert "REJECT" not in types(
        "من جهتها، رفضت المجموعة الاقتصادية لدول غرب أفريقيا التعليق على إعلان التحالف.")


def test_a_refusal_after_a_long_name_stays() -> None:
    assert "REJECT" in types("رفضت المجموعة الاقتصادية لدول غرب أفريقيا الانقلاب العسكري في النيجر.")
