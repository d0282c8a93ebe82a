"""Events: a joint drill or patrol, a prisoner swap and a firefight or brawl are happenings by
themselves: their candidate stands with no party read (``stand_alone`` in
``event_grammar.yaml``), and a word before it that makes it a kind of act («أي»، «منع») still
keeps it out.

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type, triggers


@pytest.mark.parametrize("text, trigger", [
    ("وجرت الأسبوع الماضي دوريات مشتركة على جانبي الحدود لمكافحة التهريب.", "دوريات مشتركة"),
    ("واختتمت أمس مناورات عسكرية مشتركة قبالة السواحل الشرقية.", "مناورات عسكرية مشتركة"),
    ("وكان البلدان قد أجريا الشهر الماضي تمرينا مشتركا في الصحراء.", "تمرينا مشتركا"),
])
def test_a_joint_drill_or_patrol_is_cooperation_with_no_party_named(text: str,
                                                                   trigger: str) -> None:
    assert triggers(text, "COOPERATE") == [trigger]


@pytest.mark.parametrize("text, trigger, factuality", [
    ("وبدأت صباح اليوم عملية تبادل للأسرى برعاية الصليب الأحمر.", "عملية تبادل", "asserted"),
    ("وأكد الوسيط أن صفقة تبادل المحتجزين ستنفذ الأسبوع المقبل.", "صفقة تبادل", "future"),
])
def test_a_prisoner_swap_is_a_release_with_no_party_named(text: str, trigger: str,
                                                          factuality: str) -> None:
    found = of_type(analyzed(text).events, "CONCEDE")
    assert [(text[slice(*e.trigger)], e.factuality) for e in found if e.trigger] \
        == [(trigger, factuality)]


@pytest.mark.parametrize("text, trigger", [
    ("وأصيب شرطي عقب تبادل لإطلاق النار في أحد أحياء المدينة.", "تبادل لإطلاق النار"),
    ("وقتل شاب وأصيب آخران في مشاجرة بالأسلحة البيضاء داخل سوق القرية.", "مشاجرة"),
])
def test_a_firefight_or_a_brawl_is_an_assault_with_no_party_named(text: str,
                                                                 trigger: str) -> None:
    assert triggers(text, "ASSAULT") == [trigger]


@pytest.mark.parametrize("text, found", [
    ("وتحدث المدير عن كل مشاجرة تقع بين الجماهير.", []),
    ("وتحدث المدير عن مشاجرة وقعت بين الجماهير أمس.", ["مشاجرة"]),
])
def test_a_brawl_told_as_a_kind_is_no_happening(text: str, found: list[str]) -> None:
    """The guard is ``generic_before`` in ``act_filters.alone``: «كل مشاجرة» is any brawl, not
    one that happened (without the guard it is coded); the second sentence is the control."""
    assert triggers(text, "ASSAULT") == found
