"""Events, round 14: precision on text the coder was not written with. The spurious events of
blind16–blind19 were sorted by why the coder made them (``docs/events.md``, «Round 14:
precision»); the class closed by a general rule, through the real chain
(``eventcoding/prec_hazards.py``, ``prec_round14`` in ``event_grammar.yaml``):

* a state of alert against a natural hazard: an alert or a state of emergency raised against
  rain, floods, storms or an epidemic (the hazard named in its sentence), or raised by a civil
  protection service, has no adversary — no MOBILIZE, no COERCE. An army's alert, an alert
  after fires blamed on a neighbour, and a state of emergency after an attack stay; the call to
  the public beside the alert stays a REQUEST (the sets label it)."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed as _analyzed, of_type


def _modes(text: str, type_: str) -> list[str]:
    article = _analyzed(text, published="2024-05-01")
    return [e.mode for e in of_type(article.events, type_)]


@pytest.mark.parametrize("text", [
    "ورفعت إدارة الطوارئ في محافظة العقبة درجة الاستعداد القصوى تحسبا لسيول قد تجتاح الأودية"
    " مساء اليوم.",
    "وأعلنت السلطات المحلية في الإسكندرية رفع حالة التأهب مع اقتراب عاصفة ترابية من السواحل.",
    "ورفعت وزارة الصحة الكويتية درجة الاستعداد في المستشفيات الحكومية لمواجهة الوباء.",
    "أعلنت الحكومة الأردنية حالة الطوارئ في محافظات الجنوب بعد فيضانات أغرقت عشرات المنازل.",
    "ورفعت إدارة الحماية المدنية التونسية درجة التأهب في ولايات الشمال.",
])
def test_an_alert_against_a_natural_hazard_is_no_mobilisation(text):
    assert _modes(text, "MOBILIZE") == []
    assert "emergency" not in _modes(text, "COERCE")


@pytest.mark.parametrize("text", [
    "ورفع الجيش الأردني درجة التأهب في صفوف قواته على الحدود الشمالية تحسبا لأي تصعيد.",
    "وأعلنت هيئة الحشد الشعبي رفع حالة التأهب في مقراتها ببغداد بعد الغارة.",
    "وقرر المجلس الأعلى للأمن تكثيف المراقبة الأمنية على الحدود الغربية بعد حرائق غابات اتهم"
    " الجيران بإشعالها.",
])
def test_an_armed_body_s_alert_stays_a_mobilisation(text):
    assert _modes(text, "MOBILIZE")


def test_a_state_of_emergency_after_an_attack_stays():
    text = "وأعلن الرئيس حالة الطوارئ في شمال سيناء لمدة ثلاثة أشهر بعد الهجوم على نقطة التفتيش."
    assert "emergency" in _modes(text, "COERCE")


def test_the_advice_to_the_public_beside_a_weather_alert_is_no_request():
    # round 24 (advice): an advice to the public is no event (it was a REQUEST before)
    text = ("ورفعت مديرية الدفاع المدني في عمان درجة الاستعداد، ودعت المواطنين إلى الابتعاد عن"
            " مجاري السيول.")
    assert _modes(text, "MOBILIZE") == []
    assert _modes(text, "REQUEST") == []


def test_an_alert_for_a_military_operation_named_a_storm_stays():
    text = "ورفع الجيش اليمني درجة التأهب في صفوف قواته مع انطلاق عاصفة الحزم."
    assert _modes(text, "MOBILIZE")
