"""Events, round 24 (measures): government measures and concessions told as the desk tells them.

* a paper's or a channel's output stopped by an authority («وقف صدور الصحيفة»، «تعليق بث
  القناة»: class ``outputs``) and a licence suspended, cancelled or withdrawn («إلغاء ترخيص
  المكتب»، «أوقف تراخيص شركات الصرافة»: class ``licences``) are COERCE;
* a paper let appear again («سمحت السلطات لصحيفة … بالصدور مجددا») is CONCEDE;
* a coercion's masdar right after «تم/سيتم/جرى» stands without a named party
  (``marsad/eventcoding/passive_measures.py``, rule ``passive_measure`` of
  ``event_needs.yaml``): «وتم قطع خدمة الإنترنت»، «فسيتم ترحيله»;
* not the bare present «يتم» (a habit), not a past frame that points back by a pronoun («فتم
  القبض عليه»: the arrest told before), not a paper's own decision with no authority named.

Our own sentences, through the real chain. Each positive sentence is coded with no event of its
type without this round's rows or rule (checked when the tests were written); the negative
ones are what the rule's guards keep out (each was coded when the guard was off)."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, only, triggers


@pytest.mark.parametrize(("text", "trigger"), [
    ("قررت هيئة شؤون الإعلام في البحرين أمس وقف صدور صحيفة الأيام حتى إشعار آخر.", "وقف صدور"),
    ("وأعلنت وزارة الإعلام الأردنية تعليق بث قناة اليرموك الفضائية.", "تعليق بث"),
])
def test_a_paper_or_channel_stopped_by_an_authority_is_coerce(text: str, trigger: str) -> None:
    assert triggers(text, "COERCE") == [trigger]


def test_a_licence_cancelled_is_coerce() -> None:
    assert triggers("وقررت وزارة العمل السعودية إلغاء ترخيص مكتب الاستقدام لعدم التزامه بالأنظمة.",
                    "COERCE") == ["إلغاء ترخيص"]


def test_licences_suspended_by_the_verb_are_coerce() -> None:
    assert triggers("وأوقف البنك المركزي اليمني تراخيص خمس شركات صرافة في عدن الأسبوع الماضي.",
                    "COERCE") == ["وأوقف"]


def test_a_paper_let_appear_again_is_concede() -> None:
    text = "وسمحت السلطات البحرينية لصحيفة الأيام بالصدور مجددا بعد تعليقها ثلاثة أيام."
    assert triggers(text, "CONCEDE") == ["وسمحت"]


def test_a_measure_in_the_past_passive_frame_is_coerce() -> None:
    event = only(analyzed("وتم قطع خدمة الإنترنت عن معظم المحافظات منذ مساء الأربعاء.").events,
                 "COERCE")
    assert (event.mode, event.factuality) == ("ban", "asserted")


def test_a_measure_in_the_future_passive_frame_is_coerce_even_with_a_pronoun() -> None:
    text = "وقال إن أي حاج يثبت تورطه في الشغب فسيتم ترحيله فورا إلى بلاده."
    assert triggers(text, "COERCE") == ["ترحيله"]


def test_a_past_frame_pointing_back_by_a_pronoun_is_no_new_coerce() -> None:
    assert triggers("وتمت مراقبة العامل حتى وصل إلى المكان فتم القبض عليه متلبسا.", "COERCE") == []


def test_the_bare_present_frame_is_a_habit_not_a_coerce() -> None:
    assert triggers("ويتم مصادرة الكثير من هذه الألعاب أحيانا في الأسواق.", "COERCE") == []


def test_a_papers_own_decision_is_no_coerce() -> None:
    assert triggers("وأعلنت الصحيفة وقف صدور نسختها الورقية بسبب الأزمة المالية.", "COERCE") == []
