"""A site's head word and the name after it are one place («ميدان التحرير», «معبر رفح»,
«قاعدة عين الأسد»: ``sites`` of ``ner_headed_places.yaml``, round 30), the head included; the
site, not the town around it, is its event's place. Everyday words after a site's head
(«جسر جوي», «قاعدة بيانات», «حقل ألغام») name none."""

from __future__ import annotations

import pytest
from gold.events.oracle import event_places

from marsad.api import analyze


def sites(text: str) -> dict[str, str]:
    article = analyze(text, published="2024-05-01")
    return {e.text: e.type for e in article.entities if e.type in ("FAC", "LOC")}


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("تجمع مئات المحتجين في ساحة الشهداء مساء أمس.", "ساحة الشهداء", "FAC"),
    ("فرقت الشرطة اعتصاما بميدان الجلاء وسط المدينة.", "ميدان الجلاء", "FAC"),
    ("سقطت قذيفتان قرب قاعدة عين الأسد الجوية غرب البلاد.", "قاعدة عين الأسد الجوية", "FAC"),
    ("هبطت الطائرة في مطار سبها الدولي صباح اليوم.", "مطار سبها الدولي", "FAC"),
    ("أغلق مسلحون حقل الفيل النفطي جنوب البلاد.", "حقل الفيل", "FAC"),
    ("تقدمت القوات نحو جبل الكسارات بعد قصف عنيف.", "جبل الكسارات", "LOC"),
])
def test_a_site_is_named_with_its_head(text: str, name: str, typ: str) -> None:
    assert sites(text).get(name) == typ


@pytest.mark.parametrize(("text", "word"), [
    ("أقامت الدولة جسرا جويا لنقل المساعدات.", "جسر"),
    ("أنشأت الوزارة قاعدة بيانات للمفقودين.", "قاعدة"),
    ("عبر الجنود حقل ألغام قرب الحدود.", "حقل"),
    ("نصبت الشرطة حاجزا أمنيا عند مدخل البلدة.", "حاجز"),
    ("يشكو الطفل من قصر نظر منذ ولادته.", "قصر"),
])
def test_an_everyday_word_after_a_site_head_is_no_site(text: str, word: str) -> None:
    assert not any(name.startswith(word) for name in sites(text))


@pytest.mark.parametrize(("text", "place"), [
    ("فرقت قوات الأمن المتظاهرين في ساحة الشهداء بطرابلس أمس.", "ساحة الشهداء"),
    ("اعتقلت الشرطة عشرة محتجين في ميدان الجلاء بالعاصمة.", "ميدان الجلاء"),
    ("استقبل الرئيس في قصر قرطاج وزير الخارجية الفرنسي أمس.", "قصر قرطاج"),
])
def test_the_site_is_the_events_place(text: str, place: str) -> None:
    assert any(found == place for _typ, found in event_places(text))


@pytest.mark.parametrize(("text", "word"), [
    ("ويرى الناقد أن ميدان الشعر يتسع لكل الأصوات.", "ميدان"),
    ("وطالب الأهالي بسجن المتهمين بالسرقة حتى انتهاء التحقيق.", "سجن"),
])
def test_an_everyday_word_after_a_head_of_two_senses_is_no_site(text: str, word: str) -> None:
    assert not any(name.startswith(word) for name in sites(text))


def rule_sites(text: str) -> list[str]:
    article = analyze(text, published="2024-05-01")
    return [e.text for e in article.entities if e.source == "rule"]


@pytest.mark.parametrize(("text", "word"), [
    ("تحولت المدينة إلى ساحة حرب بين الفصائل.", "ساحة"),
    ("رحل الجندي الشاب في ميدان العز دفاعا عن بلده.", "ميدان"),
    ("هبطت الطائرة في مطار الملكة حليمة صباحا.", "مطار"),
])
def test_a_battlefield_or_a_titled_name_is_no_site(text: str, word: str) -> None:
    assert not any(name.startswith(word) for name in rule_sites(text))


def test_a_site_located_by_a_known_place_tells_the_happening() -> None:
    # «في قاعدة … شرق الأردن»: the known country that locates the site is evidence
    found = event_places("وكانت الأردن والعراق قد اختتمتا الشهر الماضي مناورات برية مشتركة "
                         "في قاعدة الرويشد شرق الأردن.")
    assert ("COOPERATE", "قاعدة الرويشد") in found


def test_a_site_hit_is_the_place_not_a_party() -> None:
    article = analyze("هاجم مسلحون قاعدة الرويشد الجوية فجر اليوم.", published="2024-05-01")
    names = {e.id: e.text for e in article.entities}
    (event,) = article.events
    assert names.get(event.place) == "قاعدة الرويشد الجوية"
    assert not [names[t] for t in event.targets if t in names]
