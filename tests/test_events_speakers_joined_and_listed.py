"""Events, round 21: who acts, when the statements layer took the object for the speaker, found
no speaker, or a subject's list of parties ran past the window.

* «…، ودعا الحكومة إلى…»: a call or an accusation joined by «و» inside its sentence, with
  the word right after the cue and the complement («إلى/بـ/على») right after that, keeps the
  subject of the verb before it; the word after the cue is whom it is aimed at
  (``eventcoding/actor_addressed.py``).
* Every party joined by «و» to a statement's speaker speaks with it («أدانت الكويت والأردن
  وسلطنة عمان»: three, not two) (``speakers.coordinated``).
* An act announced as the object of «أعلن» with no actor found takes the subject standing
  between the cue and the act, past «كل من» and «في بيان» (``eventcoding/actor_announcers.py``).
* A verb's subject keeps all the parties joined to it by «و», past the short window the subject
  is read in (``eventcoding/actor_compounds.py``).
* A party named between «أن/إن» and the verb is its subject; the party after the verb is not
  (``lead_subjects.subject_before_verb``).

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import first_coded, names


def test_a_call_joined_by_wa_keeps_the_earlier_subject_over_an_unnamed_object() -> None:
    article, event = first_coded("من جهته، استقبل وزير الداخلية العراقي عثمان الغانمي وفدا أمنيا "
                                 "في بغداد، ودعا الحكومة إلى تعزيز الحدود.", "REQUEST")
    assert names(article, event.actors) == ["عثمان الغانمي"]
    assert event.actor_text == []
    assert event.target_text == ["الحكومة"]


def test_a_call_joined_by_wa_keeps_the_earlier_subject_over_a_named_body() -> None:
    article, event = first_coded("من جهته، استقبل رئيس الحكومة اللبنانية نجيب ميقاتي السفير "
                                 "الفرنسي في بيروت، وطالب الاتحاد الأوروبي بدعم الجيش.",
                                 "REQUEST")
    assert names(article, event.actors) == ["نجيب ميقاتي"]
    assert names(article, event.targets) == ["الاتحاد الأوروبي"]


def test_every_party_joined_to_a_speaker_speaks() -> None:
    article, event = first_coded("أدانت الكويت والأردن وسلطنة عمان الهجوم الإرهابي على المسجد.",
                                 "ACCUSE")
    assert names(article, event.actors) == ["الكويت", "الأردن", "سلطنة عمان"]
    assert event.targets == []


def test_parties_after_kull_min_announce_the_act() -> None:
    article, event = first_coded("وأعلنت كل من بلجيكا والدنمارك تعليق صادرات الأسلحة إلى "
                                 "إسرائيل.", "SANCTION")
    assert names(article, event.actors) == ["بلجيكا", "الدنمارك"]


def test_a_body_no_entity_names_announces_the_act_past_fi_bayan() -> None:
    _, event = first_coded("وأعلنت قوى الأمن العام في بيان توقيف ثمانية أشخاص بتهمة التهريب.",
                           "COERCE")
    assert event.actor_text == ["قوى الأمن العام"]


def test_a_subject_keeps_its_parties_past_the_window() -> None:
    article, event = first_coded("قطعت كل من الكويت والأردن والمغرب وتونس علاقاتها الدبلوماسية "
                                 "مع إيران أمس.", "SANCTION")
    assert names(article, event.actors) == ["الكويت", "الأردن", "المغرب", "تونس"]
    assert names(article, event.targets) == ["إيران"]


def test_a_unit_subject_keeps_the_second_party() -> None:
    article, event = first_coded("وقع ممثلو حركة فتح وحركة حماس في القاهرة اتفاقا للمصالحة.",
                                 "AGREE")
    assert names(article, event.actors) == ["حركة فتح", "حركة حماس"]


@pytest.mark.parametrize("text, doer, other", [
    ("وأكد الوزير أن عمّان ستسلم دمشق عشرة مطلوبين بموجب الاتفاقية.", "عمّان", "دمشق"),
    ("وذكر المصدر أن الكويت ستسلم العراق خمسة مطلوبين الشهر المقبل.", "الكويت", "العراق"),
])
def test_a_party_between_an_and_the_verb_is_its_subject(text: str, doer: str, other: str) -> None:
    article, event = first_coded(text, "COOPERATE")
    assert names(article, event.actors) == [doer]
    assert other not in names(article, event.actors)
