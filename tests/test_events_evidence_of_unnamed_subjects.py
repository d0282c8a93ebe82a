"""Events, round 21: candidates that their own test dropped for want of arguments, kept when
another kind of evidence stands by them (``eventcoding/evidence_rescue.py``).

A subject the entity layer does not name, between «أن/إن» and a reported verb («إن القطعات
حررت»، «إن 14 مدنيا قتلوا»), or the pronoun on «أن/لكن» («أنها ستعزز»، «لكنها ترفض»); the
subject is evidence, not an actor; not a present verb after a noun (a habit), God, nor a
support.

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, first_coded, of_type


@pytest.mark.parametrize("text, kind", [
    ("وقال قائد اللواء في بيان إن القطعات حررت ثلاث قرى جنوب النهر.", "ASSAULT"),
    ("وقال مدير المستشفى إن 14 مدنيا قتلوا منذ صباح الأحد.", "ASSAULT"),
    ("وأضاف المصدر أن الصيادين طالبوا بتعويضات عن القوارب المصادرة.", "REQUEST"),
])
def test_an_unnamed_subject_after_an_is_evidence_not_an_actor(text: str, kind: str) -> None:
    _, event = first_coded(text, kind)
    assert event.actors == [] and event.actor_text == []


@pytest.mark.parametrize("text, kind", [
    ("وأكدت البعثة أنها ستعزز دورياتها في الخليج خلال الأشهر المقبلة.", "MOBILIZE"),
    ("وقال الوزير إن بلاده تحترم القانون، لكنها ترفض التدخل في شؤونها.", "REJECT"),
])
def test_the_pronoun_on_an_or_lakin_is_a_subject_that_keeps_the_act(text: str, kind: str) -> None:
    article = analyzed(text, published="2024-05-01")
    assert len(of_type(article.events, kind)) == 1


@pytest.mark.parametrize("text, kind", [
    ("وقال الكاتب إن المواطن البسيط يرفض لغة العنف والتخريب.", "REJECT"),  # a habit
    ("وقال الواعظ إن الله قد توعد الظالمين بالعقاب.", "THREATEN"),  # a verse
    ("وقال المسؤول إن المملكة رحبت بالخطوة.", "SUPPORT"),  # a support is not rescued
    ("وما الذي يخسره التاجر لو قاطعه زبون واحد؟", "REJECT"),  # a hypothetical
])
def test_no_evidence_of_a_told_act(text: str, kind: str) -> None:
    article = analyzed(text, published="2024-05-01")
    assert of_type(article.events, kind) == []
