"""Events, round 27 (real news, spurious): a body meeting its own staff is no CONSULT.

A minister, a governor or a directorate holding a working meeting with its own directors,
officers or employees («اجتماعا مع قادة القطاعات»، «الاجتماع السنوي لمديري
المدارس»، «بمنسوبي الإمارة») is routine administration, which the real-news gold leaves out
(``eventcoding/own_staff.py``, ``event_own_staff.yaml``). A meeting between distinct parties
stays: a president and his security chiefs (the spent gold codes it), a minister with another
minister, an envoy with a group's leaders. The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import triggers


@pytest.mark.parametrize("text", [
    # «مع» + a head of units and a unit
    "وعقد محافظ جدة ثلاثة اجتماعات مع مديري الفروع الخدمية في المحافظة.",
    "وعقد وزير التعليم عزام الدخيل أمس اجتماعا مع رؤساء الأقسام في الوزارة، ودعا الدخيل "
    "إلى تطوير الأداء.",
    "ترأس وزير الداخلية في مكتبه بالعاصمة صباح اليوم، اجتماعا مع قادة المراكز الشرطية، "
    "فيما ناقش الاجتماع خطط المرور في العيد.",
    # a periodic word before the party, the preposition as a proclitic
    "وانطلق اليوم الاجتماع السنوي لمديري المدارس في المنطقة برئاسة مدير التعليم خالد "
    "السبيعي، وأكد السبيعي على أهمية الاجتماع.",
    # measure words between «مع» and the party
    "وعقد مدير الدفاع المدني اللواء سالم المطرفي اجتماعا موسعا مع عدد من مديري الأقسام "
    "في المديرية.",
    # a masdar with a pronoun, a time between, a proclitic «ب»
    "ونقل المحافظ خلال لقائه الدوري أمس بقادة المراكز الأمنية تحيات القيادة.",
    # a word of staff alone, after a masdar or a verb
    "وشدد المحافظ خلال اجتماعه مع منسوبي المحافظة أمس على أهمية خدمة المراجعين.",
    "واجتمع الأمير سعود بن نايف أمس بموظفي الإمارة في الدمام.",
    "والتقى وزير الصحة توفيق الربيعة أمس بمنسوبي الوزارة في الرياض.",
])
def test_a_meeting_with_the_bodys_own_staff_is_no_consult(text: str) -> None:
    assert triggers(text, "CONSULT") == []


@pytest.mark.parametrize("text, trigger", [
    # a head of state and his security chiefs: the spent gold codes it
    ("وعقد الرئيس التونسي مساء أمس اجتماعا طارئا مع القيادات العسكرية والأمنية في قصر "
     "قرطاج.", "اجتماعا"),
    # the first party is another minister; the directors come after it
    ("وعقد وزير الداخلية اللبناني أمس اجتماعا مع وزير الدفاع ومديري الأجهزة الأمنية.",
     "اجتماعا"),
    # a head with no unit after it names another party; the army's units are no listed unit
    ("وعقد رئيس الأركان الفريق أول محمد الحداد أمس اجتماعا مع قادة الوحدات العسكرية.",
     "اجتماعا"),
    ("وأجرى المبعوث الأممي أمس في صنعاء محادثات مع قادة الحوثيين.", "محادثات"),
    ("واجتمع وزير الخارجية الأردني أمس في عمان مع رؤساء البعثات الدبلوماسية الأوروبية.",
     "واجتمع"),
])
def test_a_meeting_between_distinct_parties_stays(text: str, trigger: str) -> None:
    assert triggers(text, "CONSULT") == [trigger]
