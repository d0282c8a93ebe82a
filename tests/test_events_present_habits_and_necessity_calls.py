"""Events, round 27 (real news): two ways a report tells no happening.

* A masdar right after the bare present of the passive frame («يتم + masdar») tells what
  is done as a rule or a habit: «حيث يتم تعذيب المعتقلين بأساليب عدة» is no ASSAULT
  (``marsad/eventcoding/prec_habits.py``, ``habitual.present_frames`` in
  ``marsad/lexicons/event_prec_round21.yaml``). The past and the future of the frame tell a deed
  and stay; so does «سوف يتم», a plan.
* A call for the «necessity» of vigilance, awareness or care, with no public named, is advice
  whoever gives it: «ودعت المحافظة إلى ضرورة استشعار أهمية الأمن» is no REQUEST
  (``marsad/eventcoding/advisories.py``, ``necessity`` in
  ``marsad/lexicons/event_advisories.yaml``). A call for the necessity of a deed asked of a
  party stays a REQUEST.

Our own sentences, through the real chain; each guarded sentence was coded before the change
(checked when the tests were written)."""

from __future__ import annotations

import pytest

from gold.events.oracle import triggers


@pytest.mark.parametrize("text", [
    "وقال نزيل سابق إن المعاملة داخل المعتقل قاسية، حيث يتم تعذيب المحتجزين المصريين بطرق "
    "متعددة منها الصعق.",
    "وذكرت المنظمة أن الحراس في سجون ليبيا لا يخضعون لأي رقابة، ويتم تعذيب اللاجئين "
    "السودانيين في الزنازين.",
    "وعندما يتم قتل قادة تنظيم داعش يتكتم التنظيم على أسماء خلفائهم.",
])
def test_a_masdar_after_the_bare_present_frame_is_a_habit(text: str) -> None:
    assert triggers(text, "ASSAULT") == []


def test_the_past_frame_still_tells_a_deed() -> None:
    text = "وقال المعتقل إنه تم تعذيب المحتجزين المصريين في السجن الشهر الماضي."
    assert any("تعذيب" in found for found in triggers(text, "ASSAULT"))


@pytest.mark.parametrize("text", [
    "ودعت بلدية الطائف في نهاية تعميمها إلى ضرورة استشعار خطر الغش على صحة المستهلكين.",
    "ودعا الأمير فيصل بن خالد لضرورة تكثيف الاستعدادات في المنافذ البحرية خلال الإجازة.",
    "ودعا مدير الشؤون الصحية إلى ضرورة أخذ الحيطة عند مخالطة الحيوانات المريضة.",
    "ودعا أمير منطقة تبوك إلى ضرورة التوعية بمخاطر المخدرات بين الشباب.",
])
def test_a_call_for_the_necessity_of_vigilance_is_no_request(text: str) -> None:
    assert triggers(text, "REQUEST") == []


def test_a_call_for_the_necessity_of_a_deed_stays_a_request() -> None:
    text = "وطالب رئيس الحكومة اللبنانية بضرورة إيقاف الغارات على الجنوب فورا."
    assert any("طالب" in found for found in triggers(text, "REQUEST"))


def test_the_frame_after_an_is_a_term_not_a_habit() -> None:
    text = ("وينص الاتفاق على انسحاب القوات خلال شهر، وأن يتم تبادل المحتجزين بين الطرفين عبر "
            "لجنة مشتركة.")
    assert any("تبادل" in found for found in triggers(text, "CONCEDE"))
