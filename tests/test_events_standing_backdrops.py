"""Events, round 24 (backdrops): a generic, habitual or continuing backdrop is no event
(``marsad/eventcoding/standing_backdrops.py``, words in
``marsad/lexicons/event_standing_backdrops.yaml``).

* a word of habit in the trigger's clause («بصورة شبه يومية»، «بين حين وآخر»، «يوميا»);
* «منذ» with a span of a month or more, told in the present: the trigger is a present verb
  («ويعتصم العمال … منذ أكثر من شهرين») or the object of a verb of a standing state
  («وتشهد المحافظة منذ سنوات اشتباكات»), or of many acts counted before it («ضمن سلسلة
  هجمات منذ تسعة أشهر»).

What stays: a short span («منذ ثلاثة أيام»), this year («منذ مطلع العام»), a past verb with
«منذ», and a specific past happening told as background, with its own time.

Our own sentences, through the real chain, dated Friday 10 May 2024."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type

PUBLISHED = "2024-05-10"


def _count(text: str, type_: str) -> int:
    return len(of_type(analyzed(text, published=PUBLISHED).events, type_))


def test_a_near_daily_shelling_is_a_habit() -> None:
    assert _count("وتقصف المدفعية مواقع المتمردين في الجبال الشمالية بصورة شبه يومية.",
                  "ASSAULT") == 0


def test_the_same_shelling_this_morning_is_an_event() -> None:
    assert _count("وقصفت المدفعية مواقع المتمردين في الجبال الشمالية صباح اليوم.",
                  "ASSAULT") == 1


def test_raids_now_and_then_are_a_habit() -> None:
    assert _count("وتشن طائرات مسيرة غارات على معاقل الحركة في الجنوب بين حين وآخر.",
                  "ASSAULT") == 0


def test_a_daily_raid_campaign_is_a_habit() -> None:
    assert _count("وتنفذ الشرطة يوميا حملات دهم واعتقال في أحياء المدينة.", "COERCE") == 0


def test_a_sit_in_for_months_is_a_continuing_backdrop() -> None:
    assert _count("ويعتصم مئات العمال أمام مقر الشركة في العاصمة منذ أكثر من شهرين.",
                  "PROTEST") == 0


def test_a_sit_in_for_three_days_is_the_news() -> None:
    assert _count("ويعتصم مئات العمال أمام مقر الشركة في العاصمة منذ ثلاثة أيام.",
                  "PROTEST") == 1


def test_clashes_a_province_has_seen_for_years_are_a_backdrop() -> None:
    assert _count("وتشهد المحافظة منذ سنوات اشتباكات متقطعة بين قوات الجيش والمسلحين.",
                  "ASSAULT") == 0


def test_dozens_of_raids_over_years_are_a_series_not_an_event() -> None:
    assert _count("وشنت الطائرات عشرات الغارات منذ سنوات على مواقع الحركة في الجبال.",
                  "ASSAULT") == 0


def test_protests_since_the_start_of_this_year_stay() -> None:
    assert _count("وتشهد المحافظة منذ مطلع العام احتجاجات متفرقة على انقطاع الكهرباء.",
                  "PROTEST") == 1


def test_a_past_verb_since_long_ago_is_not_read_here() -> None:
    assert _count("واعتقلت الشرطة منذ أشهر عشرة من قادة الحزب.", "COERCE") == 1


def test_a_specific_past_retreat_told_as_background_stays_with_its_time() -> None:
    events = of_type(analyzed("وكانت القوات قد انسحبت من المدينة في مارس الماضي.",
                              published=PUBLISHED).events, "RETREAT")
    assert [e.time for e in events] == ["2024-03"]
