"""Events, round 22, second backdrop sweep on fresh news: a farther date of long ago
(``eventcoding/history.py`` ``far_dated``, words under ``history: far_dates`` in
``lexicons/event_grammar.yaml``) and the «الجدير بالذكر أن» reminder (``prec_news.py``).

* A date of long ago told as a time («في 2012»، «في عام 1979») in the trigger's clause, up
  to a dozen tokens away, makes the act history; a span («منذ عام 2003») does not, and a
  recent date in the sentence keeps the act.
* A sentence opened by «الجدير بالذكر أن» tells background; a plan told there stays.

The real chain on our own sentences, dated 2015-08-09 like the corpus."""

from __future__ import annotations

from gold.events.oracle import analyzed, types

DAY = "2015-08-09"
LEAD = "أعلنت الشرطة اليوم أنها اعتقلت ثلاثة مهربين قرب الحدود الجنوبية. "


def _types(text: str) -> list[str]:
    return types(analyzed(text, published=DAY).events)


def test_a_killing_dated_years_back_in_its_clause_is_history() -> None:
    assert _types(LEAD + "ونجا المسلح الذي قتل تسعة أشخاص داخل مطعم في 2011 في ولاية "
                  "تكساس من عقوبة الإعدام.") == ["COERCE"]


def test_a_storming_dated_years_back_far_in_its_clause_is_history() -> None:
    assert _types(LEAD + "وكان المسلح اقتحم المطعم في مدينة أوستن في 14 مارس 2011.") \
        == ["COERCE"]


def test_a_signing_in_a_year_long_ago_is_history() -> None:
    assert _types(LEAD + "وأوضح المدير أن الأردن وقع اتفاقية دولية لحماية التراث الثقافي "
                  "في عام 1975؛ انطلاقا من اهتمامه بالآثار.") == ["COERCE"]


def test_a_span_since_a_year_long_ago_does_not_date_the_act() -> None:
    assert _types("وقالت الشرطة إن مسلحين هاجموا نقطة التفتيش الرئيسية في أخطر هجوم تشهده المنطقة "
                  "منذ عام 2003.")[:1] == ["ASSAULT"]


def test_a_recent_date_in_the_sentence_keeps_the_act() -> None:
    assert _types("وكان المسلح اقتحم قاعة السينما في مدينة أورورا أمس، بعد سنوات من حادث "
                  "مماثل في 2012.") == ["ASSAULT"]


def test_a_background_reminder_is_no_meeting() -> None:
    assert _types(LEAD + "الجدير بالذكر أن الهيئة قد نظمت عدة لقاءات مع الكتاب والصحفيين.") \
        == ["COERCE"]


def test_a_background_reminder_with_its_conjunction_is_no_meeting() -> None:
    assert _types(LEAD + "والجدير بالذكر بأن الوزير التقى وفد المعارضة في العاصمة.") \
        == ["COERCE"]


def test_a_plan_after_the_reminder_stays() -> None:
    assert "CONSULT" in _types(LEAD + "الجدير بالذكر أن الوزير سيلتقي وفد المعارضة الأسبوع "
                               "المقبل في العاصمة.")
