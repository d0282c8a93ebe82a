"""Events, round 29 (fourth wave): the act named as the purpose of a future one.

* A masdar with «لـ» that tells what a future verb of its clause is for is a plan too
  (``future``): the trigger itself («لزيارة»، «للقاء») or a noun right after a purpose head
  («للمشاركة في محادثات»، «لإجراء مباحثات»; ``fact_plans._future_purpose``).
* «سيتوجه»، «ستوجه» read as future verbs though they end like «سيطرة» (``future_verb.verbs``
  in ``event_plans.yaml``).
* After a past verb the purpose stays as told: the spent gold codes «وصل الوفد أمس لإجراء
  مباحثات» as talks held.

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import first_coded


@pytest.mark.parametrize("text", [
    "سيتوجه وفد من المعارضة إلى الدوحة للمشاركة في محادثات مع ممثلي الحكومة.",
    "وسيصل المبعوث الدولي إلى بغداد برفقة خبراء أمميين لإجراء مباحثات مع قادة الأحزاب.",
    "وستوجه الخارجية قريبا لرئيس الجبهة دعوة لزيارة باريس.",
])
def test_the_purpose_of_a_future_journey_is_a_plan(text: str) -> None:
    _, event = first_coded(text, "CONSULT")
    assert event.factuality == "future"


def test_the_purpose_of_a_past_journey_stays_told() -> None:
    _, event = first_coded("وصل وفد من المعارضة إلى الدوحة أمس للمشاركة في محادثات مع ممثلي "
                           "الحكومة.", "CONSULT")
    assert event.factuality == "asserted"
