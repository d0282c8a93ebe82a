"""Events, round 29 (second wave): dates a done act does not take
(``marsad/eventcoding/own_times.py``, words in ``marsad/lexicons/event_own_times.yaml``; the
times layer's «بعد … على» in ``marsad/temporal/periods.py``).

* «منذ» with a vague count («منذ سنوات») says how long, not when: it dates no event;
* an act told as done (a past verb asserted or reported, or a noun a past relative tells:
  «المباحثات التي أجراها») takes no vague future and no date after the article's; those are
  another act's («مؤكدة أنها ستلجأ … قريبا»، «إضراب يبدأ الأحد المقبل»). A planned act keeps
  them;
* a date that opens the span an act takes effect from («اعتبارا من اليوم») dates no done act;
* «بعد أيام على الحصار» counts from the siege, not from the article's day: no future at all.

Our own sentences, through the real chain, dated Friday 10 May 2024."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type, times_in_order

PUBLISHED = "2024-05-10"


def _times(text: str, type_: str) -> list[str | None]:
    """The times of the events of ``type_`` in ``text``, in text order."""
    return times_in_order(text, type_, PUBLISHED)


def test_since_a_vague_count_says_how_long_not_when() -> None:
    assert _times("واعتقلت الشرطة ناشطا معارضا بارزا للمرة الأولى منذ سنوات.",
                  "COERCE") == [PUBLISHED]


def test_a_done_demand_is_not_dated_by_the_soon_of_its_threat() -> None:
    text = "وطالبت الحكومة جارتها بوقف التدخل، مؤكدة أنها ستلجأ إلى مجلس الأمن قريبا."
    assert _times(text, "REQUEST") == [PUBLISHED]


def test_hours_later_a_done_raid_is_not_in_the_future() -> None:
    assert _times("وبعد ساعات، قصفت الطائرات مواقع المسلحين شمال المدينة.",
                  "ASSAULT") == [PUBLISHED]


def test_a_planned_act_keeps_its_vague_future() -> None:
    assert _times("وقال الجيش إنه سيقصف مواقع المسلحين خلال الأيام المقبلة.",
                  "ASSAULT") == ["FUTURE_REF"]


def test_a_done_call_is_not_dated_by_the_coming_day_of_the_strike() -> None:
    assert _times("ودعت اللجنة سكان الحي إلى اعتصام مفتوح ينطلق الأحد المقبل أمام البلدية.",
                  "REQUEST") == [PUBLISHED]


def test_talks_a_past_relative_tells_are_not_dated_by_a_coming_visit() -> None:
    text = ("وستستكمل زيارة الوزير إلى موسكو يوم الأحد المقبل المباحثات التي أجراها الرئيس "
            "مع نظيره الروسي خلال زيارته السابقة.")
    assert PUBLISHED in _times(text, "CONSULT")
    assert "2024-05-12" in _times(text, "CONSULT")  # the coming visit keeps its Sunday


def test_the_start_of_a_span_does_not_date_a_done_accusation() -> None:
    text = "وأعلنت الحكومة أمس إغلاق الحدود اعتبارا من اليوم، متهمة جارتها بدعم المهربين."
    assert _times(text, "ACCUSE") == ["2024-05-09"]


def test_days_after_a_siege_count_from_the_siege() -> None:
    article = analyzed("وانطلق الهجوم على البلدة بعد أيام على حصارها.", published=PUBLISHED)
    assert "FUTURE_REF" not in [t.value for t in article.times]
    assert "FUTURE_REF" not in [e.time for e in of_type(article.events, "ASSAULT")]


def test_days_after_with_no_happening_named_stay_a_vague_future() -> None:
    article = analyzed("وستبدأ المفاوضات بعد أيام.", published=PUBLISHED)
    assert [t.value for t in article.times] == ["FUTURE_REF"]
