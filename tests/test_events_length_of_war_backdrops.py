"""Events: the length of a war and a count over this year are no happening.

Real news sets the day's news against the war as a whole: «ستة أشهر من المعارك»
(a span, «من», then plural acts: the war's length) and «وهوجم نحو 150 مركزا هذا العام» (a count over
this year: a tally). None of them is one happening (``eventcoding/standing_backdrops.py``:
``span_*`` in ``event_standing_backdrops.yaml``;
``eventcoding/tallies.py``: ``this_year`` in ``event_tallies.yaml``), nor is shelling
told since the war began («تتعرض البلدات منذ بداية الحرب لقصف»: ``war_leads``,
``war_words``). A date told as a
span after a single act («بعد شهرين من الهجوم»), weeks of attacks after «بعد» and one attack
told «منذ بداية العام الحالي» stay events, and so does a toll since the clashes of the day
(«منذ اندلاع الاشتباكات صباح اليوم»).

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type
from marsad.model import Article


def _triggers(article: Article, kind: str) -> list[str]:
    return [article.text[slice(*e.trigger)] for e in of_type(article.events, kind) if e.trigger]


def test_months_of_battles_are_no_event() -> None:
    article = analyzed("وخلفت أكثر من خمسة أشهر من المعارك العنيفة في السودان بين الجيش "
                       "والمتمردين دمارا واسعا في العاصمة.")
    assert of_type(article.events, "ASSAULT") == []


def test_weeks_of_raids_during_a_count_are_no_event() -> None:
    article = analyzed("وأعلنت الوزارة أن مئات المباني تضررت خلال ثلاثة أسابيع من الغارات "
                       "على المدينة.")
    assert "الغارات" not in _triggers(article, "ASSAULT")


def test_strikes_told_as_successive_stay_events() -> None:
    """Successive strikes of the day told as a cause are the strikes themselves."""
    article = analyzed("وتراجعت قوات المتمردين بعد الغارات المتلاحقة لطائرات التحالف على "
                       "مواقعها.")
    assert "الغارات" in _triggers(article, "ASSAULT")


def test_a_count_of_attacks_this_year_is_no_event() -> None:
    article = analyzed("وقصفت الطائرات 40 موقعا للمتمردين في العام الجاري.")
    assert of_type(article.events, "ASSAULT") == []


def test_weeks_after_attacks_stay() -> None:
    article = analyzed("وفرضت الحكومة عقوبات على قادة الجماعة أمس، بعد أسابيع من هجمات "
                       "شنتها الجماعة على سفن تجارية في البحر الأحمر.")
    assert "هجمات" in _triggers(article, "ASSAULT")


def test_an_attack_this_year_told_once_stays() -> None:
    article = analyzed("وقتل مسلحون 12 جنديا أمس في هجوم على ثكنة شمال البلاد، وهو ثالث "
                       "هجوم منذ بداية العام الحالي.")
    assert of_type(article.events, "ASSAULT") != []


def test_shelling_since_the_war_began_is_no_event() -> None:
    article = analyzed("وتتعرض البلدات الحدودية منذ بداية الحرب لقصف مدفعي.")
    assert of_type(article.events, "ASSAULT") == []


def test_battles_since_the_conflict_broke_out_are_no_event() -> None:
    article = analyzed("وتشهد البلاد منذ اندلاع النزاع معارك عنيفة بين الجيش والمتمردين.")
    assert of_type(article.events, "ASSAULT") == []


def test_a_toll_since_the_clashes_of_the_day_stays() -> None:
    article = analyzed("وقتل 5 أشخاص منذ اندلاع الاشتباكات صباح اليوم في المدينة.")
    assert _triggers(article, "ASSAULT") == ["وقتل"]
