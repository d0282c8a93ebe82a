"""Events: the demand a protest carries, told by the feminine participle «مطالبةً» after a plural
of protests («خرجت التظاهرات … مطالبةً بالإصلاحات»), is that protest's content, not a REQUEST of
its own (``protest_demands`` in ``marsad/lexicons/event_prec_round21.yaml``, read by
``marsad/eventcoding/prec_echoes.py``), as «مطالبين» already was.

* a plural of protests told, then «مطالبةً بـ…»: no REQUEST (the protest, when it is coded,
  stays);
* «مطالبةً» with no protest before it in its sentence: the REQUEST stays.

Our own sentences, through the real chain; the guarded ones are coded as a REQUEST without the
new words (checked when the tests were written)."""

from __future__ import annotations

import pytest

from gold.events.oracle import triggers


@pytest.mark.parametrize("text", [
    "وأشار البيان إلى التظاهرات الكبيرة التي خرجت في الأسابيع الأخيرة في الناصرية مطالبةً "
    "بتوفير فرص العمل.",
    "وأشار البيان إلى المظاهرات الحاشدة التي شهدتها المدن الجنوبية الجمعة مطالبةً بمحاسبة "
    "الفاسدين.",
])
def test_the_demand_of_a_protest_is_no_request(text: str) -> None:
    assert triggers(text, "REQUEST") == []


def test_the_protest_itself_stays() -> None:
    text = ("وأشار البيان إلى المظاهرات الحاشدة التي شهدتها المدن الجنوبية الجمعة مطالبةً "
            "بمحاسبة الفاسدين.")
    assert triggers(text, "PROTEST") == ["المظاهرات"]


def test_a_demand_with_no_protest_before_it_stays_a_request() -> None:
    text = "وأصدرت النقابة بيانا أمس مطالبةً الحكومة بزيادة الأجور."
    assert any("مطالبة" in found for found in triggers(text, "REQUEST"))
