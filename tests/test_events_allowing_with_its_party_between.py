"""Events: the masdar of allowing with the one allowed standing between it and what it is let do
(«السماح لصحيفة … باستئناف…»، «السماح لفرق الإغاثة بدخول…») is a CONCEDE, as the verb is
(``event_trigger_masdar_gaps.txt``, round 27 on real news). Only a short party stands between;
a masdar of allowing with no access or resumption after it stays no event.

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import triggers


@pytest.mark.parametrize("text", [
    "وقررت وزارة الإعلام الأردنية أمس السماح لصحيفة الغد المستقلة باستئناف صدورها.",
    "وأعلنت الحكومة السودانية اليوم السماح لفرق الإغاثة الدولية بدخول دارفور.",
    "وقررت السلطات المصرية السماح لمئات العالقين بعبور منفذ السلوم.",
])
def test_allowing_with_the_party_allowed_between_is_a_concession(text: str) -> None:
    assert triggers(text, "CONCEDE") == ["السماح"]


def test_allowing_with_its_access_right_after_stays_a_concession() -> None:
    text = "وأعلنت الحكومة السودانية اليوم السماح بدخول فرق الإغاثة الدولية إلى دارفور."
    assert triggers(text, "CONCEDE") == ["السماح بدخول"]


def test_allowing_something_that_is_no_access_is_no_concession() -> None:
    text = "وقررت وزارة الإعلام الأردنية أمس السماح للصحفيين بالتصوير داخل قاعة المحكمة."
    assert triggers(text, "CONCEDE") == []


def test_a_party_too_long_to_stand_between_is_not_read_across() -> None:
    text = ("وقررت الحكومة السماح للجنة الوطنية العليا لشؤون اللاجئين والنازحين في البلاد "
            "بدخول المخيمات.")
    assert triggers(text, "CONCEDE") == []
