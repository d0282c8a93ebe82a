"""Times, round 23: ranges of years (``temporal/year_ranges.py``) read as two years, and the
events stage reading an act told within an old range as history (``eventcoding/history.py``,
``far_dates``). Our own sentences."""

from __future__ import annotations

from datetime import date

from marsad import analyze
from marsad.times import times_in

DAY = date(2015, 8, 9)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in times_in(text, DAY)]


def test_between_two_bare_years_is_two_years() -> None:
    assert _found("شغل مقعدا في اللجنة بين 1977 و2013 دون انقطاع") \
        == [("1977", "1977"), ("2013", "2013")]


def test_the_dual_year_word_belongs_to_both_ends() -> None:
    assert _found("درب الفريق بين عامي 2004 و2007 وفاز بلقبين") \
        == [("2004", "2004"), ("2007", "2007")]


def test_from_a_bare_year_to_another_reads_both() -> None:
    assert _found("ارتفع العدد في الفترة من 2001 إلى 2005 بشكل حاد") \
        == [("2001", "2001"), ("2005", "2005")]


def test_a_worded_year_keeps_its_word() -> None:
    assert _found("من عام 2001 حتى عام 2005 تضاعف الإنتاج") \
        == [("عام 2001", "2001"), ("عام 2005", "2005")]


def test_a_dashed_range_in_brackets_needs_no_opener() -> None:
    assert _found("في عهد الحكومة السابقة (1997 - 2007) توسعت المدارس") \
        == [("1997", "1997"), ("2007", "2007")]


def test_an_era_mark_after_the_second_end_makes_both_hijri() -> None:
    assert [v for _, v in _found("بين 1430 و1436 هـ زاد عدد الطلاب")] == ["2009", "2015"]


def test_an_unmarked_early_pair_stays_unread() -> None:
    assert _found("بين 1430 و1436 زاد عدد الطلاب") == []


def test_amounts_between_two_numbers_are_no_years() -> None:
    assert _found("تراوحت الأسعار بين 1000 و2000 ريال") == []


def test_a_later_first_end_is_no_range() -> None:
    assert _found("سجل الفريق بين 2010 و1990 هدفا") == []


def test_a_winter_across_two_years_stays_one_season() -> None:
    assert _found("اللقاح المعتمد لموسم شتاء 2014 - 2015 متوفر") \
        == [("شتاء 2014 - 2015", "2014-12")]


def test_killings_counted_between_old_years_are_history() -> None:
    article = analyze("قالت منظمة حقوقية إن مئات النساء قتلن في القرى النائية فيما بين 2000 "
                      "و2012 بسبب اتهامات بالشعوذة.", published="2015-08-09")
    assert [e.type for e in article.events] == []


def test_a_recent_killing_beside_an_old_range_stays() -> None:
    article = analyze("قتلت الشرطة ثلاثة مسلحين أمس في القرية، فيما بين 2000 و2012 تضاعفت "
                      "الهجمات في المنطقة.", published="2015-08-09")
    assert [(e.type, e.time) for e in article.events] == [("ASSAULT", "2015-08-08")]
