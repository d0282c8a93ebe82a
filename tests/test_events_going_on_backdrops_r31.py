"""Events, round 31 (judged corpus events, backdrops): acts told as going on are no happening.

* a phrase trigger named by a present relative clause of waging («بالعمليات العسكرية الواسعة
  التي تنفذها قوات الجيش»: ``passing_mentions._relative_campaign``);
* acts held at regular times («لقاءات منتظمة»: ``after_words`` of ``standing_backdrops``);
* a plural act over a span («اعتصامات على مدى أشهر»: ``standing_backdrops._over_span``);
* control told as the state the news happens under («في ظل سيطرة المسلحين»:
  ``standing_backdrops._amid``).

Each has its pair that stays: a word of now, a single act of the day, a charge exchanged.
Our own sentences, through the real chain, dated Friday 10 May 2024."""

from __future__ import annotations

from gold.events.oracle import triggers

PUBLISHED = "2024-05-10"


def _triggers(text: str, type_: str) -> list[str]:
    return triggers(text, type_, PUBLISHED)


def test_operations_named_by_a_present_relative_clause_are_a_campaign() -> None:
    text = "ورحب المجلس بالعمليات العسكرية الواسعة التي تنفذها قوات الجيش في الولاية."
    assert _triggers(text, "ASSAULT") == []


def test_operations_waged_now_stay() -> None:
    text = "ورحب المجلس بالعمليات العسكرية الواسعة التي تنفذها قوات الجيش اليوم في الولاية."
    assert _triggers(text, "ASSAULT") != []


def test_meetings_held_at_regular_times_are_a_habit() -> None:
    text = "وتعقد الحكومة اجتماعات منتظمة مع ممثلي النقابات لبحث الأجور."
    assert _triggers(text, "CONSULT") == []


def test_one_meeting_of_the_day_stays() -> None:
    text = "وعقدت الحكومة اجتماعا مع ممثلي النقابات أمس لبحث الأجور."
    assert _triggers(text, "CONSULT") != []


def test_protests_over_weeks_are_the_length_of_a_campaign() -> None:
    text = "وصدر قرار الوزير عقب اعتصامات على مدى أشهر في مدينة البصرة للمطالبة بالكهرباء."
    assert _triggers(text, "PROTEST") == []


def test_a_protest_of_the_day_in_the_same_city_stays() -> None:
    text = "ونظم العمال اعتصامات في مدينة البصرة أمس للمطالبة بالكهرباء."
    assert _triggers(text, "PROTEST") != []


def test_control_told_as_the_state_the_news_happens_under_is_no_event() -> None:
    text = "وتراجعت حرية الصحافة في البلاد في ظل سيطرة المسلحين على عدة مدن شمالية."
    assert _triggers(text, "ASSAULT") == []


def test_control_taken_that_day_stays() -> None:
    text = "وسيطر المسلحون على عدة مدن شمالية أمس بعد معارك مع الجيش."
    assert _triggers(text, "ASSAULT") != []
