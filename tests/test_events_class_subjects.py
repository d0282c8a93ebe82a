"""Events, round 28: a class phrase's object told past the verb's subject. Arabic news puts
the subject between a verb and its object, often with a name in brackets or a time between
commas («سلمت قوات البعثة (…)، أمس السبت، قاعدة …»): within the phrase's gap a name counts
one word, a bracketed aside and an aside of time none (``matcher._class_reach``), and the
party named in that subject is the actor (``class_subjects``). A stretch holding a
preposition that leads no name is no subject; a marker in the subject («بين بغداد وواشنطن»)
is still read."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed
from marsad.model import Article


def _article(text: str) -> Article:
    return analyzed(text, published="2024-05-01")


def _names(article: Article, ids: list[str]) -> list[str]:
    return [e.text for e in (article.entity(i) for i in ids) if e is not None]


@pytest.mark.parametrize("text, type_, actor", [
    ("وسلمت قوات بعثة الأمم المتحدة المتكاملة في مالي (مينوسما)، صباح أمس الأحد، قاعدة "
     "عسكرية في مدينة تساليت إلى الجيش المالي.", "RETREAT", "الأمم المتحدة"),
    ("وقالت مصادر إن من المتوقع أن تسحب قوة حلف شمال الأطلسي (إيساف) ثلاثة آلاف "
     "جندي من ولاية قندهار خلال الصيف المقبل.", "RETREAT", "حلف شمال الأطلسي"),
    ("وأرسلت وزارة الدفاع الأمريكية (البنتاغون)، مساء أمس الخميس، كتيبة مدرعة إلى قاعدة "
     "عين الأسد غرب العراق.", "MOBILIZE", "وزارة الدفاع الأمريكية"),
])
def test_the_object_is_read_past_a_long_subject(text: str, type_: str, actor: str) -> None:
    article = _article(text)
    found = [e for e in article.events if e.type == type_]
    assert found and actor in _names(article, found[0].actors)


def test_the_place_of_a_long_name_is_not_the_event_s() -> None:
    article = _article("وسلمت قوات بعثة الأمم المتحدة المتكاملة في مالي (مينوسما)، صباح أمس "
                       "الأحد، قاعدة عسكرية في مدينة تساليت إلى الجيش المالي.")
    event = next(e for e in article.events if e.type == "RETREAT")
    assert _names(article, [event.place] if event.place else []) == ["تساليت"]


def test_the_side_a_site_is_handed_to_is_the_target() -> None:
    article = _article("وسلمت القوات الأمريكية قاعدة القيارة الجوية إلى الجيش العراقي أمس.")
    event = next(e for e in article.events if e.type == "RETREAT")
    assert _names(article, event.targets) == ["الجيش العراقي"]


@pytest.mark.parametrize("text", [
    # a preposition in the stretch leads no name: the words are no subject, and «قاعدة بيانات»
    # is no site handed over
    "وسلم الوزير الأول إلى نظيره الكيني خلال لقائهما (الثاني هذا العام)، أمس الخميس، قاعدة "
    "بيانات عن المفقودين.",
    "وسلم الوزير رسالة خطية من الرئيس عبد الفتاح السيسي إلى نظيره الكيني بشأن القاعدة العسكرية.",
])
def test_no_class_object_past_words_that_are_no_subject(text: str) -> None:
    assert not [e for e in _article(text).events if e.type == "RETREAT"]


def test_the_parties_marked_in_the_subject_stay_its_actors() -> None:
    article = _article("وتعقد اللجنة العسكرية العليا المشتركة بين بغداد وواشنطن جولة جديدة من "
                       "الحوار الأسبوع المقبل.")
    event = next(e for e in article.events if e.type == "CONSULT")
    assert {"بغداد", "واشنطن"} <= set(_names(article, event.actors))
    assert "اللجنة العسكرية العليا المشتركة" in event.actor_text
