"""Times, round 27: «اليوم نفسه»، «ذلك اليوم»، «نفس اليوم» are the same day as a date told
before them, not today (``marsad/temporal/same_day.py``, phrases in
``marsad/lexicons/times_same_day.tsv``). Our own sentences; the anchor is Sunday 9 August 2015."""

from __future__ import annotations

from datetime import date

from gold.events.oracle import analyzed, of_type
from marsad.times import times_in

ANCHOR = date(2015, 8, 9)


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in times_in(text, ANCHOR)]


def test_the_same_day_takes_the_day_told_before() -> None:
    assert _values("هاجم مسلحون نقطة تفتيش مساء الخميس، واعتقلت الشرطة في اليوم نفسه ثلاثة "
                   "مشتبه بهم.") == [("مساء الخميس", "2015-08-06TEV"),
                                     ("اليوم نفسه", "2015-08-06")]


def test_that_day_is_not_today() -> None:
    assert _values("أطلق المسلحون قذيفة مساء أول من أمس باتجاه ثكنة للجيش. وفي وقت سابق من "
                   "ذلك اليوم قتل جنديان في اشتباك قرب الحدود.") == [
        ("مساء أول من أمس", "2015-08-07TEV"), ("ذلك اليوم", "2015-08-07")]


def test_a_part_of_the_day_before_it_is_kept() -> None:
    assert _values("ضربت هزة أرضية المدينة فجر الاثنين، ثم سجلت هزة ثانية ظهر اليوم ذاته.") \
        == [("فجر الاثنين", "2015-08-03TMO"), ("ظهر اليوم ذاته", "2015-08-03TAF")]


def test_a_month_told_between_is_passed_over() -> None:
    assert _values("رفعت الحكومة الحظر أمس عن الاتفاق الذي وقع في يوليو الماضي، وأفرجت في "
                   "نفس اليوم عن عشرة معتقلين.") == [
        ("أمس", "2015-08-08"), ("يوليو الماضي", "2015-07"), ("نفس اليوم", "2015-08-08")]


def test_without_a_day_before_it_there_is_no_value() -> None:
    assert _values("أتذكر ذلك اليوم الذي زرت فيه المدينة أول مرة.") == []


def test_the_event_of_that_day_is_dated_by_it() -> None:
    text = ("قالت مصادر أمنية إن مسلحين هاجموا دورية مساء الجمعة في البلدة. وفي ساعة مبكرة "
            "من ذلك اليوم قتل أربعة مسلحين في مواجهة مع قوات الجيش.")
    times = {e.time for e in of_type(analyzed(text, published="2015-08-09").events, "ASSAULT")}
    assert times == {"2015-08-07"}


def test_two_listed_phrases_that_overlap_give_one_time() -> None:
    assert _values("اجتمع الوزيران الخميس، وفي ذلك اليوم نفسه وقع الانفجار.") == [
        ("الخميس", "2015-08-06"), ("ذلك اليوم", "2015-08-06")]
