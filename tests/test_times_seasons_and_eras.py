"""Times, round 22: history the layer could not date before — a season with a year
(``temporal/seasons.py``, ``lexicons/times_seasons.tsv``) and a named war or era after a lead
word (``temporal/eras.py``, facts in ``lexicons/times_eras.yaml``). Our own sentences."""

from __future__ import annotations

from datetime import date

from marsad.times import times_in

DAY = date(2015, 8, 9)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in times_in(text, DAY)]


def test_a_summer_with_a_bare_year_is_that_june() -> None:
    assert _found("في صيف 1990 دخلت الدبابات المدينة") == [("صيف 1990", "1990-06")]


def test_a_winter_with_a_worded_year_is_that_january() -> None:
    assert _found("وفي شتاء عام 2011 نزل الطلاب إلى الساحات") == [("شتاء عام 2011", "2011-01")]


def test_a_spring_of_the_year_is_that_march() -> None:
    assert _found("في ربيع العام 2003 عبرت القوات الحدود") == [("ربيع العام 2003", "2003-03")]


def test_an_autumn_with_an_era_mark_is_that_september() -> None:
    assert _found("خريف 1956م سقطت الحكومة") == [("خريف 1956م", "1956-09")]


def test_a_winter_across_two_years_opens_in_december() -> None:
    assert _found("اللقاح المعتمد لموسم شتاء 2014 - 2015 متوفر") \
        == [("شتاء 2014 - 2015", "2014-12")]


def test_a_season_without_a_year_is_no_time() -> None:
    assert _found("انطلقت احتجاجات الربيع العربي من تونس") == []


def test_an_era_after_a_lead_word_is_the_year_it_began() -> None:
    assert _found("إبان حرب الخليج أغلقت المطارات") == [("حرب الخليج", "1990")]


def test_a_glued_lead_dates_the_world_war() -> None:
    assert _found("وبعد الحرب العالمية الثانية عاد اللاجئون") \
        == [("الحرب العالمية الثانية", "1939")]


def test_a_bridge_word_between_lead_and_era() -> None:
    assert _found("في أعقاب الغزو العراقي للكويت انهارت الأسعار") \
        == [("الغزو العراقي للكويت", "1990")]


def test_the_longest_name_wins() -> None:
    assert _found("خلال غزو العراق للكويت فر الآلاف") == [("غزو العراق للكويت", "1990")]
    assert _found("خلال غزو العراق فر الآلاف") == [("غزو العراق", "2003")]


def test_an_era_name_beats_the_day_inside_it() -> None:
    assert _found("بعد هجمات 11 سبتمبر شددت المطارات الإجراءات") \
        == [("هجمات 11 سبتمبر", "2001-09-11")]


def test_a_month_named_war_gets_its_own_month() -> None:
    assert _found("خلال حرب أكتوبر عبرت القوات القناة") == [("حرب أكتوبر", "1973-10")]


def test_a_year_written_after_the_era_dates_it() -> None:
    assert _found("وبعد انتهاء حرب الخليج عام 1991 تبدلت أولويات الحكومة") == [("عام 1991", "1991")]


def test_a_bare_mention_of_an_era_is_no_time() -> None:
    assert _found("أحيت البلاد ذكرى حرب أكتوبر بعرض عسكري") == []


def test_since_an_era_is_not_dated() -> None:
    assert _found("منذ الربيع العربي تغيرت المنطقة") == []


def test_an_era_beside_another_time() -> None:
    assert _found("قال الوزير أمس إن البلاد تضررت خلال الحرب الباردة") \
        == [("أمس", "2015-08-08"), ("الحرب الباردة", "1947")]
