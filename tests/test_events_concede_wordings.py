"""Events, round 23 (concede): CONCEDE and COOPERATE told in more of the ways the desk tells
them, each with the sense it must not take.

* Roads, airports, ports and crossings reopened, in both voices and by the masdar; people
  let out, evacuated or let travel; entry eased by a party; a siege or restrictions eased;
  demands met; a terror listing revoked (CONCEDE rows of ``event_triggers.tsv``).
* A concession awaited («حتى تستجيب الحكومة») is not made (``unrealised_before``).
* Coordination told by the verb, with a partner or of operations; not «نسق» in the sense of
  arranging (``trigger_marks``). A joint force formed (COOPERATE rows).
* Cooperation agreed on or resolved is told, not wished: «اتفق الجانبان على تعزيز التنسيق
  الأمني» is a COOPERATE whose actors are the agreeing parties; «بحث سبل تعزيز التعاون
  الأمني» stays an aim (``eventcoding/coop_agreed.py``).

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, first_coded, names, of_type, triggers


@pytest.mark.parametrize("text, trigger", [
    ("وأعادت السلطات الليبية فتح الطريق الساحلي أمام حركة المدنيين أمس.", "وأعادت"),
    ("وأعاد الجيش فتح مطار المدينة أمام الرحلات المدنية بعد إغلاق دام شهرا.", "وأعاد"),
    ("وقالت اللجنة إن الطرفين سيعيدان فتح الطرق البرية بين الشرق والغرب.",
     "سيعيدان فتح الطرق"),
    ("وأعلنت الحكومة إعادة فتح المطار أمام الرحلات الدولية.", "إعادة فتح المطار"),
])
def test_a_road_or_an_airport_reopened_is_a_concession(text: str, trigger: str) -> None:
    assert triggers(text, "CONCEDE") == [trigger]


def test_a_road_reopened_in_the_passive_is_a_concession() -> None:
    article, event = first_coded(
        "وسيعاد فتح الطريق الدولي بين حلب واللاذقية أمام الشاحنات الأسبوع المقبل.", "CONCEDE")
    assert event.mode == "allow" and event.factuality == "future"


@pytest.mark.parametrize("text, trigger", [
    ("وسمحت السلطات الإسرائيلية بخروج مئة مريض من قطاع غزة للعلاج.", "وسمحت"),
    ("وسمح الجيش بإجلاء الجرحى من المستشفى المحاصر.", "وسمح"),
    ("وسمحت السلطات المصرية لمئات العالقين بالسفر عبر المطار.", "وسمحت"),
])
def test_people_let_out_or_let_travel_is_a_concession(text: str, trigger: str) -> None:
    assert triggers(text, "CONCEDE") == [trigger]


def test_entry_eased_by_a_party_is_a_concession() -> None:
    article, event = first_coded("وأكد المتحدث أن التحالف سهل دخول سفن الوقود إلى ميناء عدن.",
                                 "CONCEDE")
    assert event.mode == "allow" and event.actor_text == ["التحالف"]
    assert triggers("وتعهد الطرفان بتسهيل مرور المساعدات الإنسانية إلى المدنيين.",
                    "CONCEDE") == ["بتسهيل مرور المساعدات"]


@pytest.mark.parametrize("text, trigger", [
    ("وخففت إسرائيل الحصار المفروض على قطاع غزة.", "وخففت"),
    ("وقررت الحكومة تخفيف قيود السفر على المواطنين.", "تخفيف قيود"),
])
def test_a_siege_or_restrictions_eased_is_a_concession(text: str, trigger: str) -> None:
    assert triggers(text, "CONCEDE") == [trigger]


def test_demands_met_are_a_concession_and_demands_awaited_are_not() -> None:
    article, event = first_coded("واستجابت الحكومة لمطالب المحتجين بعد أسبوع من الاعتصام.",
                                 "CONCEDE")
    assert event.mode == "ease"
    assert triggers("وقال المنظمون إنهم سيواصلون الاعتصام حتى تستجيب الحكومة لمطالبهم.",
                    "CONCEDE") == []


def test_a_terror_listing_revoked_is_a_concession() -> None:
    article, event = first_coded(
        "وألغت الإدارة الأمريكية تصنيف جماعة الحوثي منظمة إرهابية.", "CONCEDE")
    assert event.mode == "ease"


@pytest.mark.parametrize("text, trigger", [
    ("ونسقت القوات العراقية مع الجيش الأمريكي لتنفيذ العملية في الأنبار.", "ونسقت"),
    ("وقال الوزير إن الدول الثلاث ستنسق عملياتها ضد الجماعات المسلحة.", "ستنسق"),
])
def test_coordination_told_by_the_verb_is_cooperation(text: str, trigger: str) -> None:
    assert triggers(text, "COOPERATE") == [trigger]


def test_coordinating_in_the_sense_of_arranging_is_not_cooperation() -> None:
    assert triggers("وكان الفقيد قد نسق لسفر والدته إلى مكة قبل وفاته بيوم.",
                    "COOPERATE") == []


@pytest.mark.parametrize("text", [
    "وشكلت مصر والسودان قوة عسكرية مشتركة لحماية الحدود.",
    "وأعلنت مصر والسودان تشكيل قوة عسكرية مشتركة لمراقبة خطوط التماس.",
])
def test_a_joint_force_formed_is_cooperation(text: str) -> None:
    article = analyzed(text)
    assert [e.mode for e in of_type(article.events, "COOPERATE")] == ["military"]


def test_cooperation_agreed_on_is_told_with_the_agreeing_parties() -> None:
    article, event = first_coded(
        "واتفقت مصر والسودان على تعزيز التعاون العسكري بين البلدين.", "COOPERATE")
    assert names(article, event.actors) == ["مصر", "السودان"]
    assert event.factuality == "asserted"


def test_cooperation_only_discussed_stays_an_aim() -> None:
    assert triggers("وبحث الوزيران سبل تعزيز التعاون الأمني بين البلدين.", "COOPERATE") == []
