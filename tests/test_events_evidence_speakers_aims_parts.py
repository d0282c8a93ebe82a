"""Events, round 22: candidates that their own test (``merge.has_evidence``) drops for want
of arguments, kept when the argument is there in a form that test does not read
(``eventcoding/evidence_rescue.py`` calls the four modules below).

* ``evidence_speakers``: a statement's act whose speaker no entity names but whose first word
  is an office, a spokesman, a source, the families of… («وهدد الناطق باسم النقابة»،
  «طالب آخرون»); also the announcer of an act told as the first words of an announcement
  («وأعلنت قيادة الجيش انطلاق عملية عسكرية»). The speaker's words are the unnamed actor.
* ``evidence_aimed``: a noun trigger needing a target, followed by «على» + a word
  («بعد إطلاق النار على دورية»); not «وقف لإطلاق النار».
* ``evidence_parts``: an attack someone took part in or is tied to («شاركت في الهجوم»،
  «أي صلة له بالاعتداء»); not a generic «مشاركة الشباب في عمل إرهابي».
* ``evidence_genitive``: a withdrawal whose genitive is a force («انسحاب وحدات الحرس»), the
  force being the unnamed actor; not «انسحاب المستثمرين».

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, first_coded, of_type


@pytest.mark.parametrize("text, kind, actor", [
    ("وهدد الناطق باسم النقابة بتصعيد الاحتجاجات إذا لم تصرف الرواتب.", "THREATEN",
     "الناطق باسم النقابة"),
    ("ودعت قيادة الشرطة المحتجين إلى فض الاعتصام قبل حلول المساء.", "REQUEST",
     "قيادة الشرطة"),  # round 24: an advice to residents is no event, so protesters here
    ("وناشدت عائلات الصيادين المحتجزين الحكومة التدخل للإفراج عنهم.", "REQUEST",
     "عائلات الصيادين"),
])
def test_an_unnamed_office_speaking_is_the_acts_actor(text: str, kind: str, actor: str) -> None:
    _, event = first_coded(text, kind)
    assert event.actors == [] and event.actor_text == [actor]


def test_others_who_call_are_the_callers() -> None:
    article = analyzed("وطالب بعض الأهالي بفتح الطريق، فيما طالب آخرون بإقالة المحافظ.",
                       published="2024-05-01")
    assert [e.actor_text for e in of_type(article.events, "REQUEST")] == [["آخرون"]]


@pytest.mark.parametrize("text, kind, actor", [
    ("وأعلنت قيادة الجيش انطلاق عملية عسكرية لملاحقة المهربين في الصحراء.", "ASSAULT",
     "قيادة الجيش"),
    ("وأعلن رئيس الحكومة تعليق المفاوضات.", "REJECT", "رئيس الحكومة"),
])
def test_an_unnamed_office_announcing_its_act_is_its_actor(text: str, kind: str,
                                                           actor: str) -> None:
    _, event = first_coded(text, kind)
    assert event.actor_text == [actor]


@pytest.mark.parametrize("text, kind", [
    ("ودعا خبراء إلى ترشيد استهلاك المياه في فصل الصيف.", "REQUEST"),  # no head of the list
    ("ويهدد التصعيد بانهيار الهدنة في الجنوب.", "THREATEN"),  # a thing threatens
])
def test_a_speaker_not_of_the_list_gives_no_act(text: str, kind: str) -> None:
    article = analyzed(text, published="2024-05-01")
    assert of_type(article.events, kind) == []


@pytest.mark.parametrize("text", [
    "وأصيب جندي بجروح بعد إطلاق النار على دورية قرب الحدود.",
    "وقالت الشرطة إن التحقيق جار في حادثة إطلاق النار على حارس المصرف.",
])
def test_firing_at_someone_is_an_attack(text: str) -> None:
    article = analyzed(text, published="2024-05-01")
    assert [e.mode for e in of_type(article.events, "ASSAULT")] == ["attack"]


def test_a_truce_is_no_firing() -> None:
    article = analyzed("وتسعى الوساطة إلى وقف لإطلاق النار يسمح بإدخال المساعدات.",
                       published="2024-05-01")
    assert of_type(article.events, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "ونفت الحركة أن تكون عناصرها قد شاركت في الهجوم على القافلة.",
    "ونفى المتهم أي صلة له بالاعتداء الذي وقع في السوق.",
])
def test_a_part_denied_in_an_attack_tells_the_attack(text: str) -> None:
    article = analyzed(text, published="2024-05-01")
    assert [e.factuality for e in of_type(article.events, "ASSAULT")] == ["denied"]


def test_a_part_in_a_generic_act_tells_none() -> None:
    article = analyzed("وحذر الخطيب من مشاركة الشباب في عمل إرهابي.", published="2024-05-01")
    assert of_type(article.events, "ASSAULT") == []


@pytest.mark.parametrize("text, actor", [
    ("وينص الاتفاق على انسحاب وحدات الحرس من المدينة خلال أسبوع.", "وحدات الحرس"),
    ("وينص الاتفاق على انسحاب جميع الأرتال من الطريق الساحلي.", "الأرتال"),
])
def test_a_force_in_the_genitive_withdraws(text: str, actor: str) -> None:
    _, event = first_coded(text, "RETREAT")
    assert event.actor_text == [actor]


def test_investors_leaving_a_market_are_no_withdrawal() -> None:
    article = analyzed("وتراجعت البورصة مع انسحاب المستثمرين الأجانب من السوق.",
                       published="2024-05-01")
    assert of_type(article.events, "RETREAT") == []
