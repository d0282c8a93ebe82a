"""Events, round 30 (R2, breadth): plain words of the desk for COERCE, SANCTION, PROTEST and
REJECT that no trigger row read, and two recurring shapes.

* COERCE: a combing campaign («حملة تمشيط»), abuse of captives («نكّل»، «التنكيل»), legal
  pursuit («لاحق قضائيا»، «ملاحقة قضائية»), a mosque pulled down (``homes``), fighters taken
  captive («أسر» only with a count or an indefinite captive after it: not «أسر» families),
  people driven out («طرد» only with people after it), a ban decreed («أصدر قرارا بحظر»);
* SANCTION: the Maghrebi masdar «غلق» of a closure, a state's own borders closed («إغلاق
  حدوده»), a listing whose listed group stands inside the masdar's phrase
  (``event_trigger_masdar_gaps.txt``: «تصنيف»), a blockade tightened;
* PROTEST: a march organised or set off («نظم مسيرة»، «انطلقت مسيرة»), a human chain, protest
  moves («تحركات احتجاجية»);
* REJECT: opposition («عارض»، a present «يعارضون» is a standing view: mode ``oppose``),
  opposition, objection or boycott declared («أعلن معارضته»، «سجلت اعتراضها»، «أعلن
  مقاطعته»), talks suspended or frozen, a commitment renounced or broken («نقض الاتفاق»);
* a court's sentence past the court's long name and the day (``long_phrase_gaps``).

Our own sentences, through the real chain. Each was coded otherwise without the change."""

from __future__ import annotations

import pytest

from gold.events.oracle import triggers


@pytest.mark.parametrize("text, type_", [
    ("شنت قوات الأمن السورية حملة تمشيط واسعة في ريف حمص أمس.", "COERCE"),
    ("نكلت قوات الأمن بالمعتقلين في سجن صيدنايا.", "COERCE"),
    ("ستلاحق النيابة العامة المتورطين في الحادث قضائيا.", "COERCE"),
    ("قامت السلطات الإسرائيلية بهدم مسجد في القدس يوم الأربعاء.", "COERCE"),
    ("أسرت قوات الحكومة عشرات من مقاتلي الحركة قرب مدينة سرت يوم الأحد.", "COERCE"),
    ("أصدرت الدائرة الخاصة بقضايا الفساد في المحكمة العليا بالرباط، مساء الأحد، أحكاما "
     "بالسجن على اثني عشر متهما.", "COERCE"),
    ("قررت الجزائر غلق المجال الجوي أمام الطائرات المغربية يوم الأربعاء.", "SANCTION"),
    ("أعلنت الحكومة تصنيف جماعة الإخوان منظمة إرهابية يوم الأربعاء.", "SANCTION"),
    ("نظم آلاف الطلاب مسيرة في شوارع الجزائر العاصمة يوم الثلاثاء.", "PROTEST"),
    ("انطلقت مسيرة من وسط عمان يوم الجمعة.", "PROTEST"),
    ("عارضت روسيا مشروع القرار في مجلس الأمن يوم الثلاثاء.", "REJECT"),
    ("أعلنت روسيا معارضتها للقرار الأمريكي يوم الخميس.", "REJECT"),
    ("علقت الحكومة المحادثات مع المتمردين يوم الأحد.", "REJECT"),
    ("جمدت السلطة الفلسطينية المفاوضات مع إسرائيل أمس.", "REJECT"),
    ("أعلنت جبهة البوليساريو إنهاء التزامها باتفاق وقف إطلاق النار يوم السبت.", "REJECT"),
    ("تحللت السلطة الفلسطينية من الاتفاقات الموقعة مع إسرائيل يوم الثلاثاء.", "REJECT"),
    ("طردت السلطات الجزائرية مئات المهاجرين إلى النيجر أمس.", "COERCE"),
    ("أصدرت وزارة الداخلية قرارا بحظر نشاط الجماعة يوم الاثنين.", "COERCE"),
    ("شددت إسرائيل الحصار على قطاع غزة يوم الأحد.", "SANCTION"),
    ("شكل المحتجون سلسلة بشرية في بيروت يوم السبت.", "PROTEST"),
    ("شهدت بيروت تحركات احتجاجية يوم السبت.", "PROTEST"),
    ("نقضت الحكومة الاتفاق مع النقابات يوم الأحد.", "REJECT"),
    ("سجلت الصين اعتراضها على القرار في مجلس الأمن يوم الخميس.", "REJECT"),
    ("أعلن حزب الأمة مقاطعته للانتخابات يوم الأحد.", "REJECT"),
])
def test_a_plain_word_of_the_desk_is_coded(text: str, type_: str) -> None:
    assert triggers(text, type_)


def test_a_state_closing_its_own_borders_is_a_sanction() -> None:
    assert triggers("وأعلن المجلس العسكري في مالي إغلاق حدوده مع دول المجموعة.", "SANCTION")


def test_fighters_driven_off_ground_are_no_deportation() -> None:
    assert not triggers("طرد الجيش المسلحين من البلدة.", "COERCE")


def test_families_of_soldiers_are_no_captives() -> None:
    assert not triggers("زار الوزير أسر عناصر الجيش في درعا أمس.", "COERCE")


def test_a_present_opposition_is_a_standing_view() -> None:
    assert not triggers("وقال معظم النواب إنهم يعارضون الخطة.", "REJECT")
