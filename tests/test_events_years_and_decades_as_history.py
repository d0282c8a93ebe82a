"""Events, round 29: remote history told with no date the times layer reads
(``eventcoding/history.py``; words under ``history: bare_years`` and ``decades`` and the
``window: history_years`` figure in ``lexicons/event_grammar.yaml``).

* A bare year the times layer leaves unread right after a happening («1982- اغتيال …»،
  «بعد تفجيرات … 1994،») and a decade of the last century («في السبعينيات») date the act as
  history, within ``history_reach`` of the trigger; a count («اعتقلت 1950 شخصا») and a
  numbered resolution («القرار 1973») do not.

The real chain on our own sentences, dated 2015-08-09 like the corpus."""

from __future__ import annotations

from gold.events.oracle import analyzed, types

DAY = "2015-08-09"
LEAD = "أعلنت الشرطة اليوم أنها اعتقلت ثلاثة مهربين قرب الحدود الجنوبية. "


def _types(text: str) -> list[str]:
    return types(analyzed(text, published=DAY).events)


def test_an_assassination_after_a_bare_year_is_history() -> None:
    assert _types("1982- اغتيال الرئيس اللبناني المنتخب بشير الجميل في انفجار ببيروت.") == []


def test_deaths_in_a_decade_of_the_last_century_are_history() -> None:
    assert _types("وقال نادي الأسير إن أسيرين استشهدا في السبعينيات نتيجة الإطعام القسري.") == []


def test_deaths_told_without_a_decade_stay() -> None:
    assert _types("وقال نادي الأسير إن أسيرين استشهدا في السجن نتيجة الإطعام القسري.") \
        == ["ASSAULT"]


def test_a_count_of_four_figures_is_no_year() -> None:
    assert _types("وأعلنت الشرطة أنها اعتقلت 1950 شخصا في القاهرة خلال الحملة.") == ["COERCE"]


def test_a_numbered_resolution_is_no_year() -> None:
    assert _types("وطالب المجلس بتنفيذ القرار 1973 وحماية المدنيين في ليبيا.") == ["REQUEST"]


def test_a_count_after_more_than_is_no_year() -> None:
    """Round 30 (S3): «من» before a bare number reads a year («في/من 2000»), but after «أكثر/أقل»
    the number is a count (``count`` in ``times_signals.tsv``): the deaths stay news."""
    assert _types("ذكرت لجنة حقوقية اليوم الأحد مقتل 17 محتجا وجرح أكثر من 2000 آخرين "
                  "خلال مظاهرات أمس في البصرة.") == ["ASSAULT", "PROTEST"]
