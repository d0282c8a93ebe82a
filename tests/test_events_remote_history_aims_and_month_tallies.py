"""Events, round 28 (corpus audit): aims, the place a captive is held, and tolls of a whole
past month are no happenings of the day; a dated past happening told as background stays.

* A dated past happening stays, whether its date comes after its trigger (a court case's
  back-story) or before it: both gold sets label them with their own time. (A rule that
  dropped events dated two years or more before the article by a date before the trigger was
  tried in round 28 and left out: it lost a labelled back-story, «لقي مصرعه في 29 يونيو 2015،
  إثر انفجار».) A noun's old date does not date the next clause.
* Aims (``eventcoding/prec_aims.py``, now on): a masdar after a word of aim is dropped before
  two acts of a sentence merge, so a done act of the same sentence keeps its own trigger.
* The place a captive is held («في مكان احتجازه»; ``prec_round12.right_before`` in
  ``event_grammar.yaml``) names where, no new detention.
* A toll counted over a whole past month or year (``eventcoding/tallies.py``: ``whole_*`` in
  ``event_tallies.yaml``), in a sentence that names no single day.

The real chain on our own sentences (published 2015-08-09 unless told)."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type
from marsad.model import Article

DAY = "2015-08-09"


def _triggers(article: Article, kind: str) -> list[str]:
    return [article.text[slice(*e.trigger)] for e in of_type(article.events, kind) if e.trigger]


def _all(text: str) -> list[str]:
    article = analyzed(text, published=DAY)
    return [article.text[slice(*e.trigger)] for e in article.events if e.trigger]


def test_a_court_cases_back_story_dated_after_its_trigger_stays() -> None:
    article = analyzed("وكانت أجهزة الأمن قد ألقت القبض على المتهمين خلال مداهمة لمزرعة في "
                       "مدينة العريش عام 2012، وضبطت بحوزتهم أسلحة.", published=DAY)
    assert _triggers(article, "COERCE")


def test_a_nouns_old_date_does_not_date_the_next_clause() -> None:
    article = analyzed("وأعلنت الجبهة إنهاء التزامها بوقف إطلاق النار الموقع سنة 1991، "
                       "واتهمت الحكومة بنسف مسار التسوية.", published=DAY)
    assert _triggers(article, "ACCUSE")


def test_last_years_arrest_stays() -> None:
    article = analyzed("وفي عام 2014، اعتقلت الشرطة الأردنية القيادي في التنظيم.",
                       published=DAY)
    assert _triggers(article, "COERCE")


def test_an_aim_is_no_act_and_a_done_act_of_its_sentence_keeps_its_trigger() -> None:
    article = analyzed("وتحشد قوات الحكومة منذ أيام أرتالا عسكرية غرب المدينة استعدادا "
                       "لاقتحامها، في حين قال المتحدث باسم الجيش إن الطيران استهدف تجمعات "
                       "للمسلحين قرب المطار.", published=DAY)
    assert _triggers(article, "ASSAULT") == ["استهدف"]


def test_an_effort_to_free_a_hostage_is_no_release() -> None:
    assert _triggers(analyzed("وبحث الوزيران جهود الحكومة الأردنية للإفراج عن الرهينة الياباني "
                              "المخطوف في شمال سوريا.", published=DAY), "CONCEDE") == []


def test_a_toll_over_a_whole_past_month_is_a_tally() -> None:
    assert _all("قتل 14 مدنيا وأصيب 30 آخرون، جراء القصف خلال الاشتباكات بين الجيش اليمني "
                "ومسلحي الحوثي واستهداف الأحياء السكنية خلال شهر يوليو الماضي.") == []


def test_a_days_arrest_beside_a_months_count_stays() -> None:
    article = analyzed("اعتقلت الشرطة المصرية أمس 40 ناشطا في حملة بالقاهرة، ليرتفع عدد "
                       "المعتقلين خلال الشهر الماضي إلى 300.", published=DAY)
    assert _triggers(article, "COERCE") == ["اعتقلت"]


def test_a_partys_campaign_counted_over_last_month_stays() -> None:
    article = analyzed("رحّلت السلطات السعودية 900 مقيم مخالف لنظام الإقامة خلال الشهر "
                       "الماضي.", published=DAY)
    assert _triggers(article, "COERCE")


def test_the_place_a_captive_is_held_is_no_new_detention() -> None:
    # «مكان احتجازه»: where he is held (``prec_round12.right_before`` COERCE in event_grammar)
    article = analyzed("وسمحت إدارة السجن لمحامي الأسير بزيارته في مكان احتجازه داخل مستشفى "
                       "سوروكا.", published=DAY)
    assert _triggers(article, "COERCE") == []


def test_an_arrest_at_a_place_stays() -> None:
    article = analyzed("واعتقلت الشرطة أمس ثلاثة مشتبهين في مكان اجتماعهم بالعاصمة.",
                       published=DAY)
    assert _triggers(article, "COERCE") == ["واعتقلت"]


def test_a_dated_back_story_told_before_its_trigger_stays() -> None:
    article = analyzed("وكان المحافظ قد لقي مصرعه في 3 مارس 2012، إثر انفجار سيارة مفخخة "
                       "استهدفت موكبه في حي المنصور غربي بغداد.", published=DAY)
    assert _triggers(article, "ASSAULT")
