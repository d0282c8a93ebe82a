"""An attack first told, with its own day, in a funeral or condolence sentence is an event
(``marsad/eventcoding/mourned_first.py``, called by ``prec_condolences.mourned``).

A funeral or condolence sentence usually re-tells an attack the report told before; the
condolence is the news and the attack is dropped. When that sentence is the article's first
telling of the attack and dates it after the trigger to a day before the article, the attack
is coded with that day. Told before in the article, it stays dropped. Round 27 (C): undated,
or dated only by the funeral's own day (a time before the trigger), the first telling is coded
too, with the article's day (``test_events_first_told_in_condolences.py``). Our own sentences,
through the real chain."""

from __future__ import annotations

from gold.events.oracle import timed_triggers

PUBLISHED = "2015-08-09"


def _assaults(text: str) -> list[tuple[str, str | None]]:
    return timed_triggers(text, "ASSAULT", PUBLISHED)


def test_a_funeral_that_first_tells_a_dated_bombing_codes_it_with_its_day() -> None:
    text = ("شيع أهالي القرية جثمان الجندي عقب التفجير الذي استهدف مسجد المعسكر في أبها "
            "يوم الخميس الماضي.")
    assert _assaults(text) == [("التفجير", "2015-08-06")]


def test_a_condolence_that_first_tells_a_dated_attack_codes_it() -> None:
    text = ("قدم المحافظ التعازي لأسر الجنود الذين سقطوا في الهجوم الذي استهدف نقطة التفتيش "
            "في نجران يوم الجمعة الماضي.")
    assert [day for _, day in _assaults(text)] == ["2015-08-07"]


def test_an_attack_told_before_stays_dropped_in_the_funeral_sentence() -> None:
    funeral = ("وشيع أهالي القرية جثمان الجندي عقب الهجوم الذي استهدف نقطة التفتيش في نجران "
               "يوم الجمعة الماضي.")
    told_before = "هاجم مسلحون نقطة تفتيش في نجران يوم الجمعة الماضي. " + funeral
    assert [day for _, day in _assaults(funeral)] == ["2015-08-07"]
    assert [trigger for trigger, _ in _assaults(told_before)] == ["هاجم"]


def test_an_undated_first_telling_in_a_condolence_takes_the_articles_day() -> None:
    dated = ("قدم المحافظ التعازي لأسر الجنود الذين سقطوا في الهجوم الذي استهدف نقطة التفتيش "
             "يوم الجمعة الماضي.")
    undated = "قدم المحافظ التعازي لأسر الجنود الذين سقطوا في الهجوم الذي استهدف نقطة التفتيش."
    assert [day for _, day in _assaults(dated)] == ["2015-08-07"]
    assert [day for _, day in _assaults(undated)] == [PUBLISHED]


def test_the_funerals_own_day_does_not_date_the_attack() -> None:
    attack_day = ("شيع الأهالي جثمان الجندي الذي قتل في التفجير الذي استهدف مسجد المعسكر "
                  "في أبها يوم الخميس الماضي.")
    funeral_day = ("شيع الأهالي أمس جثمان الجندي الذي قتل في التفجير الذي استهدف مسجد "
                   "المعسكر في أبها.")
    assert [day for _, day in _assaults(attack_day)] == ["2015-08-06"]
    assert [day for _, day in _assaults(funeral_day)] == [PUBLISHED]  # not «أمس» (08-08)
