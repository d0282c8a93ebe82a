"""Events, round 31 (other senses): possibilities and the prisoners' van.

* a possibility or what a breach would warrant (``event_grammar.yaml`` unrealised_before, any
  type): «مع إمكانية سحب الترخيص»، «تستوجب تعليق نشاطه»، «احتمال اقتحام المخيم» name no act
  done; a licence withdrawn by a decision stays a COERCE;
* the prisoners' van (``event_grammar.yaml`` trigger_name_heads): «سيارة ترحيلات السجن» is a
  thing named, no deportation; a deportation of violators stays a COERCE.

Our own sentences, through the real chain. Each guarded sentence was coded without the change
(checked when the tests were written)."""

from __future__ import annotations

from gold.events.oracle import triggers


def test_a_licence_that_may_be_withdrawn_is_no_coerce() -> None:
    assert not triggers("وتضمن القرار إغلاق المصنع مع إمكانية سحب الترخيص نهائيا إذا تكررت "
                        "المخالفة.", "COERCE")


def test_a_suspension_a_breach_would_warrant_is_no_coerce() -> None:
    assert not triggers("وأكدت الوزارة أن المخالفات تستوجب تعليق نشاطه أو سحب الترخيص منه.",
                        "COERCE")


def test_the_possibility_of_a_raid_is_no_assault() -> None:
    assert not triggers("وتحدث المسؤول عن احتمال اقتحام القوات للمخيم خلال الأيام المقبلة.",
                        "ASSAULT")


def test_a_licence_withdrawn_by_a_decision_stays_a_coerce() -> None:
    assert triggers("وقررت الوزارة سحب الترخيص من الشركة أمس.", "COERCE")


def test_the_prisoners_van_is_no_deportation() -> None:
    assert not triggers("أطلق مسلحون النار على سيارة ترحيلات سجن المنيا صباح أمس.", "COERCE")


def test_a_deportation_of_violators_stays_a_coerce() -> None:
    assert triggers("وبدأت السلطات ترحيل مئات المخالفين أمس.", "COERCE")
