"""Events, round 28 (F): two argument defects. A phrase «تمكن|يتمكن من …» holds its subject in
the gap between its verb and «من»; the act's object stands after the phrase («تمكنت قوات الجيش
من قتل عشرة مسلحين»: the army is the actor, not «قوات» with «الجيش» its target). And a noun
whose «ب» is part of its stem («بقايا») opens an unnamed target; it is no
instrument «بـ». Our own sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type


@pytest.mark.parametrize("text, type_, actor, target", [
    ("تمكنت قوات الجيش من قتل عشرة مسلحين في ريف حلب.", "ASSAULT", "قوات الجيش", "مسلحين"),
    ("وتمكنت القوات الحكومية من تصفية قيادي بارز في التنظيم.", "ASSAULT", "القوات الحكومية",
     "قيادي بارز"),
    ("تمكنت عناصر الشرطة من اعتقال خمسة مطلوبين في البصرة.", "COERCE", "عناصر الشرطة",
     "خمسة مطلوبين"),
])
def test_the_gap_of_a_managed_act_holds_its_subject_alone(text: str, type_: str, actor: str,
                                                          target: str) -> None:
    events = of_type(analyzed(text).events, type_)
    assert len(events) == 1
    assert events[0].actor_text == [actor]
    assert events[0].target_text and target in events[0].target_text[0]
    assert not any(word in events[0].target_text for word in actor.split())


def test_an_arrest_managed_by_a_one_word_subject_keeps_the_counted_target() -> None:
    events = of_type(analyzed("تمكنت الشرطة من اعتقال خمسة مطلوبين في بغداد.").events, "COERCE")
    assert len(events) == 1
    assert events[0].target_text == ["خمسة مطلوبين"]


@pytest.mark.parametrize("text, target", [
    ("قصف الجيش بقايا المسلحين في الجبل.", "بقايا المسلحين"),
    ("استهدفت طائرات التحالف بقايا التنظيم قرب الحدود.", "بقايا التنظيم"),
])
def test_a_noun_whose_b_is_its_own_opens_a_target(text: str, target: str) -> None:
    events = of_type(analyzed(text).events, "ASSAULT")
    assert len(events) == 1
    assert events[0].target_text == [target]


def test_an_instrument_b_still_opens_no_target() -> None:
    events = of_type(analyzed("قصف الجيش بالمدفعية مواقع المسلحين.").events, "ASSAULT")
    assert len(events) == 1
    assert not any(text.startswith("ب") for text in events[0].target_text)
