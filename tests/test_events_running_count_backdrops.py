"""Events: a running count of weeks or months tells a state that goes on (round 28).

«وتشهد مدن الإقليم موجة احتجاجات للأسبوع الرابع على التوالي» sets the day's news against a
protest wave; like «منذ» and a long span, the running count («للأسبوع/للشهر … على التوالي»)
makes a present state or a present act a backdrop, no happening
(``eventcoding/standing_backdrops.py``: ``running_*`` in ``event_standing_backdrops.yaml``).
A count of days or of Fridays tells the day's act, and a protest of yesterday stays.

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type
from marsad.model import Article


def _triggers(article: Article, kind: str) -> list[str]:
    return [article.text[slice(*e.trigger)] for e in of_type(article.events, kind) if e.trigger]


def test_a_protest_wave_for_the_second_week_is_no_event() -> None:
    article = analyzed("وتشهد مدن عدة في الإقليم موجة احتجاجات للأسبوع الرابع على التوالي على "
                       "غلاء الأسعار.")
    assert of_type(article.events, "PROTEST") == []


def test_a_sit_in_for_the_third_month_is_no_event() -> None:
    article = analyzed("ويعتصم العمال أمام مقر الشركة للشهر الثالث على التوالي.")
    assert of_type(article.events, "PROTEST") == []


def test_protests_on_the_second_friday_stay() -> None:
    article = analyzed("وخرجت مسيرات حاشدة للجمعة الخامسة على التوالي في عدة بلدات.")
    assert of_type(article.events, "PROTEST") != []


def test_clashes_for_the_third_day_stay() -> None:
    article = analyzed("وتواصلت الاشتباكات لليوم الثالث على التوالي في المدينة.")
    assert of_type(article.events, "ASSAULT") != []


def test_a_protest_of_yesterday_stays() -> None:
    article = analyzed("وتظاهر آلاف المواطنين أمس في ساحة التحرير للأسبوع الثاني على التوالي.")
    assert "وتظاهر" in _triggers(article, "PROTEST")
