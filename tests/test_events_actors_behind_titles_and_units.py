"""Events, round 20: who did it, when a title or a pronoun stands between the act and its doer.

* A body under a title gives way to the person the title names: «الأمين العام للأمم المتحدة
  أنطونيو غوتيريش» is Guterres, not the UN beside him; with no name after the title the body
  stays (``eventcoding/actor_bodies.py``).
* A unit with a pronoun told in a statement («أن قواته اعتقلت») is the speaker's: the act is
  the speaking body's, or that of the body a spokesman speaks for («المتحدث باسم الجيش»); a
  party named before the unit in the content, or a speaker with no body, leaves it as text
  (``eventcoding/actor_units.py``).

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import first_coded, names


@pytest.mark.parametrize("text, kind, person", [
    ("وطالب الأمين العام للأمم المتحدة أنطونيو غوتيريش الطرفين بوقف القتال فوراً.", "REQUEST",
     "أنطونيو غوتيريش"),
    ("ودعا الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ روسيا إلى سحب قواتها.", "REQUEST",
     "ينس ستولتنبرغ"),
    ("وأدان الأمين العام لجامعة الدول العربية أحمد أبو الغيط الهجوم على المدنيين.", "ACCUSE",
     "أحمد أبو الغيط"),
])
def test_a_body_under_a_title_gives_way_to_the_person_named(text: str, kind: str,
                                                           person: str) -> None:
    article, event = first_coded(text, kind)
    assert names(article, event.actors) == [person]


@pytest.mark.parametrize("text, kind, body", [
    ("وطالب الأمين العام للأمم المتحدة الطرفين بوقف القتال فوراً.", "REQUEST", "أمم المتحدة"),
    ("وطالبت الأمم المتحدة الطرفين بوقف القتال فوراً.", "REQUEST", "أمم المتحدة"),
])
def test_a_body_with_no_name_after_its_title_stays(text: str, kind: str, body: str) -> None:
    article, event = first_coded(text, kind)
    actors = names(article, event.actors)
    assert len(actors) == 1 and body in actors[0]


@pytest.mark.parametrize("text, kind, owner", [
    ("وأعلن الجيش الإسرائيلي أن قواته اعتقلت عشرة مطلوبين في مخيم جنين.", "COERCE",
     "الجيش الإسرائيلي"),
    ("ونفت وزارة الدفاع التركية أن تكون قواتها قد قصفت قرى مدنية.", "ASSAULT",
     "وزارة الدفاع التركية"),
    ("وقال المتحدث باسم الجيش اللبناني إن قواته انتشرت في البلدة الحدودية.", "MOBILIZE",
     "الجيش اللبناني"),
])
def test_a_unit_of_the_speaker_acts_for_the_speaking_body(text: str, kind: str,
                                                         owner: str) -> None:
    article, event = first_coded(text, kind)
    assert names(article, event.actors) == [owner]
    assert event.actor_text == []


@pytest.mark.parametrize("text, kind, unit", [
    ("وقال الوزير إن قواته ستنسحب من المنطقة خلال أيام.", "RETREAT", "قواته"),
    ("وقال المتحدث إن الوحدات انتشرت في البلدة الحدودية.", "MOBILIZE", "الوحدات"),
])
def test_a_unit_with_no_body_to_own_it_stays_text(text: str, kind: str, unit: str) -> None:
    article, event = first_coded(text, kind)
    assert event.actors == []
    assert event.actor_text == [unit]


def test_a_party_named_before_the_unit_owns_it_not_the_speaker() -> None:
    article, event = first_coded("وقال الجيش السوداني إن قوات الدعم السريع سحبت قواتها من المدينة.",
                            "RETREAT")
    assert names(article, event.actors) == ["قوات الدعم السريع"]
