"""Events, round 28: a later doerless telling of fighting, or of its toll, at the place where
fighting was already told that day is that fighting told again (``eventcoding/
retold_happenings.py``, ``fight_modes``/``fought_modes``).

Fighting in another town, on another day, or «مواجهات أخرى» stays an event of its own: a
roundup of battles in several towns keeps them apart.

The real chain on our own sentences. The tests of what is dropped fail without the round's
code; the tests of what stays guard the rule's bounds."""

from __future__ import annotations

from gold.events.oracle import triggers

LEAD = "وشهدت أحياء مدينة الحديدة معارك عنيفة بين القوات الحكومية والمتمردين. "


def test_a_toll_of_the_same_fighting_is_one_event() -> None:
    assert triggers(LEAD + "وأكدت مصادر طبية مقتل سبعة متمردين وإصابة عشرة آخرين بمواجهات "
                    "شهدتها أحياء الحديدة.", "ASSAULT") == ["معارك"]


def test_a_toll_of_fighting_in_the_city_is_one_event() -> None:
    assert triggers(LEAD + "وأكدت مصادر طبية مقتل سبعة متمردين وإصابة عشرة آخرين بمواجهات "
                    "شهدتها أحياء المدينة.", "ASSAULT") == ["معارك"]


def test_fighting_in_another_town_stays() -> None:
    assert triggers(LEAD + "وأكدت مصادر طبية مقتل سبعة متمردين وإصابة عشرة آخرين بمواجهات "
                    "شهدتها أحياء مدينة حجة.", "ASSAULT") == ["معارك", "بمواجهات"]


def test_other_fighting_stays() -> None:
    assert triggers(LEAD + "وأكدت مصادر طبية مقتل سبعة متمردين في مواجهات أخرى شهدتها أحياء "
                    "الحديدة.", "ASSAULT") == ["معارك", "مواجهات"]
