"""A death toll told with the act that caused it is that act's happening, and the act leads
(``marsad/eventcoding/toll_acts.py``; ``toll_led_kinds`` in ``event_grammar.yaml``).

* «قتل خمسة … في تفجير سيارة مفخخة»: one event, the bombing («تفجير»), not the toll;
* «الذي استشهد إثر التفجير الذي استهدف المسجد يوم الخميس الماضي» in a funeral report: the
  bombing, first told here with its own day, is an event of that day (the toll alone was
  dropped as a death mourned);
* «قتل أربعة حراس في الهجوم، وإن القوات الخاصة قتلت المهاجمين»: the second killing, with its
  own doer, is not taken into the toll (the witnesses' toll stays their own `reported`
  event, as ``retold_attacks`` leaves «في الهجوم» without a demonstrative);
* a toll told again («وقتل جندي ثالث في هذا الهجوم»، «ستة مدنيين قتلوا أمس») stays no
  event when the act leads the first telling: the guards of re-tellings judge the toll's
  own word;
* a killing told with its doer («إن الجيش قتل عشرين مسلحا في المعارك») is a deed of its own
  and keeps its word.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import timed_triggers

PUBLISHED = "2015-08-09"


def _assaults(text: str) -> list[tuple[str, str | None]]:
    return timed_triggers(text, "ASSAULT", PUBLISHED)


def test_a_toll_told_with_its_bombing_is_the_bombing() -> None:
    text = "قتل خمسة أشخاص وأصيب عشرون آخرون في تفجير سيارة مفخخة في سوق شعبي ببغداد أمس."
    assert _assaults(text) == [("تفجير", "2015-08-08")]


def test_a_funeral_keeps_the_bombing_first_told_with_its_own_day() -> None:
    text = ("شيع أهالي مدينة أبها أمس جثمان الجندي سالم القحطاني، الذي استشهد إثر التفجير "
            "الذي استهدف مسجد قوات الأمن يوم الخميس الماضي.")
    assert _assaults(text) == [("التفجير", "2015-08-06")]


def test_a_killing_with_its_own_doer_is_not_taken_into_the_toll() -> None:
    text = ("اقتحم مسلحون فندقا في العاصمة مقديشو مساء الخميس. وقال شهود إن أربعة حراس قتلوا "
            "في الهجوم، وإن القوات الخاصة قتلت المهاجمين بعد حصار طويل.")
    # round 28: the guards killed «في الهجوم» are the dead of the storming told before, no
    # attack of their own (``retold_attacks._killed_in_told``); the killing by the special
    # forces stays
    assert [trigger for trigger, _ in _assaults(text)] == ["اقتحم", "قتلت"]


def test_a_toll_told_again_in_this_attack_stays_no_event() -> None:
    text = ("قتل جنديان في هجوم شنه مسلحون على نقطة تفتيش للجيش في شمال سيناء أمس. "
            "وقتل جندي ثالث في هذا الهجوم بحسب مصادر أمنية.")
    assert [trigger for trigger, _ in _assaults(text)] == ["هجوم"]


def test_the_dead_counted_again_stay_no_event() -> None:
    text = ("قتل ستة مدنيين وأصيب عشرون آخرون في قصف مدفعي على محافظة إب أمس. وقالت مصادر "
            "محلية إن ستة مدنيين قتلوا أمس في المحافظة.")
    assert [trigger for trigger, _ in _assaults(text)] == ["قصف"]


def test_a_killing_told_with_its_doer_keeps_its_own_word() -> None:
    text = "وقال المتحدث إن الجيش قتل عشرين مسلحا في المعارك التي دارت قرب الحدود أمس."
    assert [trigger for trigger, _ in _assaults(text)] == ["قتل"]
