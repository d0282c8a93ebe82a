"""Events, round 22: an attack told again in a condemnation or a condolence
(``eventcoding/retold_incidents.py`` and ``eventcoding/prec_aims.py``, words in
``lexicons/event_retold_incidents.yaml`` and ``lexicons/event_aims.yaml``).

* Once an attack is coded in an earlier sentence, an attack verb right after «الذي/التي»
  whose head is an incident's word («الحادث»، «العمل»، «الجريمة»), across the head's
  adjectives, is the same attack told again: no event of its own.
* Told first, such a verb stays: it is the report's only telling of the attack.
* Round 29: so is the incident's noun itself («إن العمل الإرهابي الذي استهدف …») told again,
  unless its clause dates it to another day; a bare «الهجوم الذي …» stays.
* A relative attack verb whose head is no incident's word («المسلحين الذين هاجموا») stays.
* Aims («استعدادا لاقتحام المعسكر»): written off in the data in round 22, switched on in
  round 28 (the tests still patch the switch on): a masdar after a word of aim is no act, and
  a done act stays.

The real chain on our own sentences. The tests of what is dropped fail without the round's
code; the tests of what stays guard the rule's bounds."""

from __future__ import annotations

import dataclasses

import pytest

from gold.events.oracle import analyzed, types
from marsad.eventcoding import prec_aims

LEAD = "فجر انتحاري سيارة مفخخة أمام مركز للشرطة في مدينة الرمادي صباح اليوم. "


def _types(text: str) -> list[str]:
    return types(analyzed(text).events)


def test_a_condemned_incident_told_again_is_no_new_attack() -> None:
    assert _types(LEAD + "ودان محافظ الأنبار الحادث الإرهابي الذي استهدف رجال الشرطة.") \
        == ["ASSAULT", "ACCUSE"]


def test_a_speakers_crime_that_targeted_is_the_attack_told_again() -> None:
    # round 23 (consult): «لن تمر دون عقاب» is the governor's threat (resolve_threats.py)
    assert _types(LEAD + "وقال المحافظ إن هذه الجريمة النكراء التي استهدفت رجال الأمن لن "
                  "تمر دون عقاب.") == ["ASSAULT", "THREATEN"]


def test_an_incident_told_first_stays_an_event() -> None:
    assert _types("استنكر محافظ الأنبار الحادث الإرهابي الذي استهدف مركزا للشرطة في "
                  "الرمادي صباح اليوم.") == ["ACCUSE", "ASSAULT"]


def test_forces_that_attacked_are_no_incident() -> None:
    assert _types(LEAD + "وتعقبت الشرطة المسلحين الذين هاجموا مركزا آخر للجيش في المدينة.") \
        .count("ASSAULT") == 2


# Round 29: the incident's noun itself, coded where no condemnation stands before it, is the
# attack told again once an attack is kept from an earlier sentence.
def test_an_incident_noun_told_again_is_no_new_attack() -> None:
    assert _types(LEAD + "وقال قائد الشرطة إن العمل الإرهابي الذي استهدف دورية المرور لن "
                  "يزيد الأجهزة الأمنية إلا إصرارا.") == ["ASSAULT"]


def test_an_incident_noun_told_first_stays() -> None:
    assert _types("وقال قائد الشرطة إن العمل الإرهابي الذي استهدف دورية المرور لن يزيد "
                  "الأجهزة الأمنية إلا إصرارا.") == ["ASSAULT"]


def test_a_bare_attack_noun_with_a_relative_may_be_another_attack() -> None:
    assert _types(LEAD + "وذكر المصدر أن الهجوم الذي شنه مسلحون على حاجز للجيش قرب الفلوجة "
                  "أسفر عن مقتل جنديين.") == ["ASSAULT", "ASSAULT"]


def test_an_incident_noun_of_another_day_stays() -> None:
    assert _types(LEAD + "وقال الضابط إن العمل الإرهابي الذي استهدف كنيسة في الإسكندرية في "
                  "أبريل الماضي كان أكثر دموية.") == ["ASSAULT", "ASSAULT"]


AIM = "احتشدت قوات الجيش جنوب المدينة أمس استعدادا لاقتحام المعسكر."


def _aims_on(monkeypatch: pytest.MonkeyPatch) -> None:
    words = prec_aims._aims()
    monkeypatch.setattr(prec_aims, "_aims", lambda: dataclasses.replace(words, enabled=True))


def test_aims_are_on_in_the_data() -> None:
    assert _types(AIM) == []


def test_an_aim_switched_on_is_no_act(monkeypatch: pytest.MonkeyPatch) -> None:
    _aims_on(monkeypatch)
    assert _types(AIM) == []


def test_an_aim_switched_on_leaves_a_done_act(monkeypatch: pytest.MonkeyPatch) -> None:
    _aims_on(monkeypatch)
    assert _types("احتشدت قوات الجيش جنوب المدينة أمس ثم اقتحمت المعسكر.") == ["ASSAULT"]
