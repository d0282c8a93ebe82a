"""Events, round 28: one more shape of an attack told again in a later sentence
(``eventcoding/retold_attacks.py``):

* the dead «في الهجوم»، «خلال المواجهات» (a definite attack noun, no demonstrative), unless
  the clause dates the killing to another month («قتل في مايو 2014 في المعارك»).

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import timed_triggers, triggers

HOTEL = "هاجم مسلحون فندقا يرتاده أجانب في مدينة موبتي مساء الجمعة. "


def _assaults(text: str) -> list[str]:
    return triggers(text, "ASSAULT")


def test_the_dead_of_the_attack_told_before_are_no_new_attack() -> None:
    assert _assaults(HOTEL + "وأعلنت البعثة الأممية أن ثلاثة من موظفيها قتلوا في الهجوم "
                     "الذي شنته الجماعة على الفندق.") == ["هاجم"]


def test_the_dead_of_the_clashes_told_before_are_no_new_attack() -> None:
    assert _assaults("اقتحم مقاتلو القبائل معسكرا للمتمردين قرب مدينة البيضاء فجر أمس. "
                     "وقال المتحدث باسم القبائل إن المقاتلين تمكنوا من قتل أربعين متمردا "
                     "خلال المواجهات.") == ["اقتحم"]


def test_a_death_dated_to_another_month_stays_its_own_event() -> None:
    found = timed_triggers("قصفت طائرات النظام بلدة في ريف حماة أمس. وكان قائد الميليشيا "
                           "قد قتل في مايو 2014 في المعارك ضد الفصائل في ريف إدلب.",
                           "ASSAULT", "2015-08-09")
    assert found == [("قصفت", "2015-08-08"), ("المعارك", "2014-05")]


def test_a_killing_with_no_attack_told_before_stays_an_event() -> None:
    assert _assaults("أعلنت البعثة الأممية أن ثلاثة من موظفيها قتلوا في الهجوم على "
                     "الفندق.") != []
