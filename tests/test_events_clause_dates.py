"""Events: a told act takes the date of its own clause over a nearer one of the clause before
it (``marsad/eventcoding/clause_dates.py``).

A verb whose clause tells its own date after it («… قتل فيه جندي … الأسبوع الماضي»، «التي
وقعها الطرفان … أمس») is dated by that date, not by a nearer date told before it past a comma
or a relative pronoun. A date before a «أن/إن» clause still dates the clause's act, and a later
date in another clause («، لكنه توقع أن … العام المقبل») dates nothing. The real chain on
sentences written for these tests."""

from __future__ import annotations

import marsad
from marsad.model import Article, Event

PUBLISHED = "2024-05-15"


def _event(text: str, trigger: str) -> Event:
    article: Article = marsad.analyze(text, published=PUBLISHED)
    found = [e for e in article.events
             if e.trigger and article.text[e.trigger[0]:e.trigger[1]] == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in article.events]
    return found[0]


def test_relative_clause_takes_its_own_date() -> None:
    event = _event("استدعت مصر اليوم سفيرها، ورفضت مذكرة التفاهم التي وقعها رئيس الوزراء "
                   "الإثيوبي آبي أحمد ورئيس إقليم أرض الصومال موسى بيحي عبدي أمس في أديس أبابا.",
                   "وقعها")
    assert (event.type, event.time) == ("AGREE", "2024-05-14")


def test_clause_after_a_comma_takes_its_own_date() -> None:
    event = _event("تفقد قائد حرس الحدود أمس نقطة مراقبة في الشمال، قرب موقع قتل فيه ضابط "
                   "أردني في اشتباكات مع مهربين الأسبوع الماضي.", "قتل")
    assert (event.type, event.time) == ("ASSAULT", "2024-W19")


def test_statement_date_still_dates_its_content() -> None:
    event = _event("أعلن المتحدث باسم الجيش أمس، في بيان مقتضب، أن القوات انسحبت من البلدة "
                   "الحدودية وسلمتها للشرطة المحلية صباح اليوم.", "انسحبت")
    assert (event.type, event.time, event.factuality) == ("RETREAT", "2024-05-14", "reported")


def test_later_date_of_another_clause_dates_nothing() -> None:
    event = _event("التقى وزير الخارجية العماني أمس نظيره الإيراني، وأشاد بالتعاون بين البلدين، "
                   "لكنه توقع أن يتضاعف التبادل العام المقبل.", "وأشاد")
    assert (event.type, event.time) == ("SUPPORT", "2024-05-14")
