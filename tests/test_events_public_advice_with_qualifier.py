"""Events: a service's advice to a public qualified by what it wishes to join or by a season
(«الراغبين في المشاركة إلى…»، «راغبي الحج لهذا العام…») is no REQUEST
(``marsad/eventcoding/advisories.py``, words in ``marsad/lexicons/event_advisories.yaml``:
``public.qualifiers``).

* a contest committee's call on those who wish to take part to mind the rules, a ministry's urging
  of this season's Umrah applicants to book early: no REQUEST;
* a call on those who wish to take part to boycott: REQUEST stays (what is asked is no advice).

Our own sentences, through the real chain; each guarded sentence is coded as a REQUEST without
the qualifiers (checked when the tests were written)."""

from __future__ import annotations

import pytest

from gold.events.oracle import triggers


@pytest.mark.parametrize("text", [
    "وأعلنت لجنة الجائزة فتح باب التسجيل، داعية جميع الراغبين في المشاركة إلى الاطلاع على الشروط "
    "بعناية.",
    "وتحث الوزارة المواطنين راغبي العمرة هذا الموسم المبادرة بحجز مواعيدهم عبر المنصة.",
])
def test_an_advice_to_a_qualified_public_is_no_request(text: str) -> None:
    assert triggers(text, "REQUEST") == []


def test_a_call_on_that_public_to_act_stays_a_request() -> None:
    text = "ودعا الحزب الراغبين في المشاركة إلى مقاطعة الانتخابات المقبلة احتجاجا على القانون."
    assert any("دعا" in found for found in triggers(text, "REQUEST"))
