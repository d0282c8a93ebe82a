"""Events, round 24 (background): which of its sentence's dates an event takes
(``marsad/eventcoding/own_times.py``, words in ``marsad/lexicons/event_own_times.yaml``).

* a vague reference («قبل أيام»، «خلال الأيام المقبلة», the times layer's ``PAST_REF`` /
  ``FUTURE_REF``) dates the event as it is, not with the article's day; «حاليا» is the
  article's day, and a vague future after a date counts from it («وكانت قوة أمنية قد دهمت … في
  يونيو الماضي …، قبل أن يطلق سراحهم بعد أيام»: June);
* the end of a span («حتى نهاية الشهر») and a thing's year («لعام 1974») date no event;
* a date in a relative, subordinate or parallel clause after the event dates that clause's
  happening, not the event («بالقانون الذي أقره المجلس في ديسمبر الماضي»، «…، بعدما توصل
  الأعيان مساء الأربعاء»، «…، فيما أضرب العمال … مساء أمس»);
* a relative clause right after the trigger describes the trigger's own noun and dates it
  («الاشتباكات التي اندلعت مساء الاثنين»);
* a vague past nearer the trigger than a date («واعتقلت الشرطة مؤخرا …» after «في يناير
  الماضي أعلن …») dates the event, as ``PAST_REF``.

Our own sentences, through the real chain, dated Friday 10 May 2024."""

from __future__ import annotations

from gold.events.oracle import analyzed, times_in_order

PUBLISHED = "2024-05-10"


def _times(text: str, type_: str) -> list[str | None]:
    """The times of the events of ``type_`` in ``text``, in text order."""
    return times_in_order(text, type_, PUBLISHED)


def test_a_few_days_ago_stays_vague_not_the_articles_day() -> None:
    assert _times("وكان الجيش قد انسحب من البلدة قبل أيام.", "RETREAT") == ["PAST_REF"]


def test_the_coming_days_stay_vague_not_the_articles_day() -> None:
    assert _times("وقال الهلال الأحمر إنه سيرسل قافلة مساعدات إلى المدينة خلال الأيام المقبلة.",
                  "AID") == ["FUTURE_REF"]


def test_now_is_the_articles_day() -> None:
    assert _times("وتشن الطائرات حاليا غارات على مواقع المسلحين في المدينة.",
                  "ASSAULT") == [PUBLISHED]


def test_a_background_paragraph_keeps_its_own_month_past_a_vague_reference() -> None:
    text = ("وكانت قوة أمنية قد دهمت مقرا للحزب في يونيو الماضي واعتقلت 14 من عناصره، "
            "قبل أن يطلق سراحهم بعد أيام.")
    assert _times(text, "CONCEDE") == ["2023-06"]


def test_a_date_in_a_relative_clause_dates_the_described_act_not_the_event() -> None:
    assert _times("وطالب الحزب الحكومة بالالتزام بالقانون الذي أقره المجلس في ديسمبر الماضي.",
                  "REQUEST") == [PUBLISHED]


def test_a_date_after_bada_ma_dates_the_other_happening() -> None:
    text = "ودعا المبعوث الأممي الطرفين إلى ضبط النفس، بعدما اندلعت اشتباكات عنيفة مساء الأربعاء."
    assert _times(text, "REQUEST") == [PUBLISHED]
    assert _times(text, "ASSAULT") == ["2024-05-08"]


def test_a_parallel_clause_does_not_take_the_date_told_after_it() -> None:
    text = "وخرج الطلاب في مسيرات ليلية، فيما أضرب عمال المصافي عن العمل مساء أمس."
    assert _times(text, "PROTEST") == [PUBLISHED, "2024-05-09"]


def test_a_thing_of_a_year_dates_no_event() -> None:
    text = "وندد الوزير بالتوغل الإسرائيلي، معتبرا إياه انتهاكا لاتفاقية فك الاشتباك لعام 1974."
    assert _times(text, "ACCUSE") == [PUBLISHED]


def test_the_end_of_a_span_dates_no_event() -> None:
    text = "وأعلنت وزارة الداخلية حظر التجمعات أمام مقار المحاكم حتى نهاية الأسبوع الجاري."
    found = analyzed(text, published=PUBLISHED).events
    assert found and all(e.time == PUBLISHED for e in found)


def test_a_relative_clause_on_the_trigger_dates_the_trigger() -> None:
    text = "ارتفعت حصيلة الاشتباكات التي اندلعت مساء الاثنين بين الفصيلين في المدينة إلى 20 قتيلا."
    assert _times(text, "ASSAULT") == ["2024-05-06"]


def test_a_vague_past_nearer_the_trigger_keeps_a_farther_date_off() -> None:
    text = "وفي يناير الماضي أعلن الجيش حملة جديدة، واعتقلت الشرطة مؤخرا عشرة مطلوبين في المدينة."
    assert _times(text, "COERCE") == ["PAST_REF"]
    assert _times(text.replace(" مؤخرا", ""), "COERCE") == ["2024-01"]


def test_years_ago_is_a_date_of_its_own() -> None:
    text = "وكانت الشرطة قد اعتقلت الشاب قبل عامين، ثم أطلقت سراحه لعدم كفاية الأدلة."
    assert _times(text, "COERCE") == ["2022"]


def test_a_toll_after_fima_shares_the_date_of_the_killing() -> None:
    # «فيما أصيب …» tells the toll of the same happening: its date is the killing's too
    text = "قتل 12 شخصا بينهم أطفال في قصف على السوق، فيما أصيب 40 آخرون بجروح مساء أمس."
    assert _times(text, "ASSAULT") == ["2024-05-09"]


def test_at_the_same_time_takes_the_day_of_the_sentence_before() -> None:
    """Round 27: «في الوقت نفسه» in a sentence without a date of its own: the act is dated by
    the day of the sentence before (``own_times.same_time_day``)."""
    assert _times("وفي تصريحات نشرتها صحيفة ألمانية أمس، قال الوزير إن التصعيد خطير على المنطقة. "
                  "وفي الوقت نفسه، أشاد الوزير بجهود الحكومة التركية في ضبط الحدود.",
                  "SUPPORT") == ["2024-05-09"]


def test_at_the_same_time_after_a_backdrop_keeps_the_articles_day() -> None:
    """A sentence before that opens with «وكانت/وكان» is a backdrop: its date is not the act's."""
    assert _times("وكانت السلطات قد احتجزت الناقلة في الرابع من أبريل الماضي. وأدانت الوزارة في "
                  "الوقت ذاته الهجوم على السفينة.", "ACCUSE") == [PUBLISHED]
