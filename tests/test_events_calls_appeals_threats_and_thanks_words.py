"""Events, round 30 (R4, breadth): plain words of the desk for consulting, asking, threatening,
accusing and thanking that no trigger row read. A call told by its verb («هاتف الرئيس
نظيره»), or as «محادثة هاتفية»; an appeal for help («استنجدت الحكومة بالاتحاد»); a call served
on a party («وجهت الحكومة دعوة إلى المعارضة»); a warning served on a party («أنذر الجيش
السكان») and threats launched («أطلق تهديدات ضد…»); ambassadors summoned in the plural; thanks
(«أعرب عن امتنانه») and a congratulation sent as a cable («بعث برقية تهنئة»); criticism and
congratulation told by a participle after a pause («، منتقدة…»، «، مهنئا…»). Each beside its
look-alike. Our own sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type, types


def _triggers(text: str, type_: str) -> list[str]:
    article = analyzed(text)
    return [article.text[slice(*e.trigger)] for e in of_type(article.events, type_) if e.trigger]


@pytest.mark.parametrize("text, type_, trigger", [
    ("وهاتف الرئيس المصري أمس نظيره الفرنسي وبحثا الأوضاع في ليبيا.", "CONSULT", "وهاتف"),
    ("وأجرى الرئيس الروسي فلاديمير بوتين أمس محادثة هاتفية مع نظيره التركي رجب طيب أردوغان.",
     "CONSULT", "محادثة هاتفية"),
    ("واستنجدت الحكومة الصومالية أمس بالاتحاد الأفريقي لمواجهة حركة الشباب.", "REQUEST",
     "استنجدت"),
    ("ووجهت الحكومة التونسية أمس دعوة إلى المعارضة للحوار.", "REQUEST", "ووجهت"),
    ("وأنذر الجيش الإسرائيلي أمس سكان الحي بإخلاء منازلهم.", "THREATEN", "أنذر"),
    ("وأطلق زعيم الجماعة أمس تهديدات ضد الحكومة العراقية.", "THREATEN", "وأطلق"),
    ("واستدعت الخارجية الإيرانية أمس سفراء بريطانيا وفرنسا وألمانيا.", "ACCUSE", "واستدعت"),
    ("وأعرب الوزير الأردني أمس عن امتنانه للسعودية على دعمها.", "SUPPORT", "وأعرب"),
    ("وبعث الرئيس الفلسطيني محمود عباس أمس برقية تهنئة للرئيس المصري عبد الفتاح السيسي.",
     "SUPPORT", "وبعث"),
    ("وتلقى الرئيس المصري أمس برقية تهنئة من الرئيس الفلسطيني محمود عباس.", "SUPPORT",
     "برقية تهنئة"),
])
def test_a_plain_word_of_the_desk_is_coded(text: str, type_: str, trigger: str) -> None:
    assert _triggers(text, type_) == [trigger], types(analyzed(text).events)


def test_a_warning_served_is_a_threat_and_a_portent_is_none() -> None:
    assert _triggers("وأنذرت الشرطة أمس أصحاب المحال بإغلاقها.", "THREATEN") == ["أنذرت"]
    # the present with no object portends: no one is warned
    assert "THREATEN" not in types(analyzed("وقال المحلل إن الوضع ينذر بكارثة إنسانية.").events)


def test_ambassadors_summoned_not_called_home() -> None:
    assert _triggers("واستدعت وزارة الخارجية أمس سفراء الدول الأربع.", "ACCUSE") == ["واستدعت"]
    # the masdar is left out: a government announcing it calls its own envoys home as often
    text = "وأعلنت الحكومة أمس استدعاء سفراء البلاد لدى الدول المجاورة."
    assert "ACCUSE" not in types(analyzed(text).events)


def test_criticism_and_congratulation_told_by_a_paused_participle() -> None:
    text = "وقالت الخارجية القطرية أمس إن القرار باطل، منتقدة الحكومة الإسرائيلية على بناء مستوطنات."
    assert _triggers(text, "ACCUSE") == ["منتقدة"]
    text = "وأكد الرئيس التونسي قيس سعيد أمس عمق العلاقات، مهنئا الشعب الجزائري بعيد الاستقلال."
    assert _triggers(text, "SUPPORT") == ["مهنئا"]
    # the critics of the government (a plural noun, no pause) accuse no one
    assert "ACCUSE" not in types(analyzed("وقال منتقدو الحكومة إن القرار متسرع.").events)
