"""Events, round 24 (advice): an authority's advice to the public and a bare «لن نقبل» stance
are no events (``marsad/eventcoding/advisories.py``, words in
``marsad/lexicons/event_advisories.yaml``), as the relabelled gold sets read them.

* a call to citizens and residents to report, a demand to keep away from wadis, a call to boil
  drinking water, a health ministry's call to see a doctor, urging consumers to report, telling
  a state's nationals to leave a country: no REQUEST;
* a civil-defence call to keep away with no addressee named: no REQUEST;
* a call to the public to act in politics or war (to volunteer, to defend the institutions), a
  war party's call to residents or civilians, a call to a government, a secretariat's demand to
  two parties: REQUEST stays;
* «لن تقبل بأي حل», «لن يقبل أن…», «لن تسمح لأي كان»: no REJECT; a refusal verb beside it stays.

Our own sentences, through the real chain. Each guarded sentence is coded as an event without
the module (checked when the tests were written)."""

from __future__ import annotations

import pytest

from gold.events.oracle import triggers


@pytest.mark.parametrize("text", [
    "ودعت وزارة الداخلية المواطنين والمقيمين إلى الإبلاغ عن أي تحركات مريبة عبر الرقم 911.",
    "وطالب الدفاع المدني سكان المنطقة والمواطنين بالابتعاد عن الأودية وعدم المجازفة بعبورها.",
    "ودعا مدير الصحة المواطنين إلى غلي مياه الشرب قبل استخدامها.",
    "ودعت الوزارة المواطنين والمقيمين إلى مراجعة أقرب مركز صحي عند ظهور الأعراض.",
    "وحثت هيئة الغذاء والدواء المستهلكين على الإبلاغ عن المنتجات المغشوشة.",
    "ودعت الخارجية البريطانية رعاياها إلى مغادرة ليبيا فورا بسبب تدهور الأوضاع.",
])
def test_an_advice_to_the_public_is_no_request(text: str) -> None:
    assert triggers(text, "REQUEST") == []


def test_an_advising_speaker_with_no_addressee_is_no_request() -> None:
    assert triggers("ودعا الدفاع المدني إلى الابتعاد عن مجاري السيول طوال أيام المنخفض.",
                    "REQUEST") == []


@pytest.mark.parametrize("text, trigger", [
    ("ودعا رئيس الوزراء المواطنين إلى التطوع لحمل السلاح دفاعا عن العاصمة.", "دعا"),
    ("وأصدر الحزب بيانا داعيا التونسيين إلى الدفاع عن المؤسسات بالطرق السلمية.", "داعيا"),
    ("ودعا الجيش الإسرائيلي السكان إلى التوجه جنوبا قبل بدء العملية.", "دعا"),
    ("ودعا الوزير الحكومة إلى الإبلاغ عن المخالفات في تقرير شهري.", "دعا"),
    ("ودعا المتحدث باسم التحالف المدنيين اليمنيين إلى الابتعاد عن مواقع المسلحين.", "دعا"),
])
def test_a_political_call_or_a_call_to_a_party_stays_a_request(text: str, trigger: str) -> None:
    assert any(trigger in found for found in triggers(text, "REQUEST"))


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية إن بلاده لن تقبل بأي حل يفرض من الخارج.",
    "وأكدت مصادر رسمية أن المغرب لن يقبل أن يتحول إلى حارس لحدود أوروبا.",
    "وأكد الوزير أن بلاده لن تقبل «أي مساس بوحدة أراضيها».",
    "وأكد المصدر أن القوات المسلحة لن تسمح لأي كان بالعبث بأمن الحدود.",
])
def test_a_bare_will_not_accept_stance_is_no_reject(text: str) -> None:
    assert triggers(text, "REJECT") == []


def test_a_refusal_beside_the_stance_stays_one_reject() -> None:
    found = triggers("ورفض رئيس الحكومة المقترح، مؤكدا أن بلاده لن تقبل بأي تسوية منقوصة.",
                     "REJECT")
    assert len(found) == 1 and "رفض" in found[0]


def test_a_secretariats_demand_to_the_parties_stays_a_request() -> None:
    # «الأمانة» alone is a municipality (an advising speaker); «الأمانة العامة» is a secretariat
    found = triggers("وطالبت الأمانة العامة للمجلس الطرفين بالالتزام الكامل بالتهدئة.", "REQUEST")
    assert any("طالبت" in trigger for trigger in found)
