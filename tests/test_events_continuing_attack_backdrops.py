"""Events: attacks told with a word of continuance right after them are a standing backdrop.

«هجمات المستوطنين المستمرة»، «الهجمات على المقابر متكررة»، «الغارات المتواصلة»: a
word of continuance within a few words after a masdar trigger, in its clause, makes the acts
a habit or a continuing state, not one happening (``eventcoding/standing_backdrops.py``,
``after_words`` in ``event_standing_backdrops.yaml``). The condemnation of such acts is still
an act of the day; acts a reprisal answers («رداً على هجمات … المتكررة») and a specific attack
stay events.

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, first_coded, of_type
from marsad.model import Article


def _triggers(article: Article, kind: str) -> list[str]:
    return [article.text[slice(*e.trigger)] for e in of_type(article.events, kind) if e.trigger]


def test_continuing_attacks_of_a_party_are_no_event() -> None:
    article = analyzed("وقال الوزير إن الوزارة تعمل على كشف انتهاكات الاحتلال، خاصة هجمات "
                       "المستوطنين المستمرة على القرى.")
    assert of_type(article.events, "ASSAULT") == []


def test_continuing_raids_in_a_condemnation_are_no_event() -> None:
    article = analyzed("وأدانت الجامعة العربية الغارات المستمرة على الأحياء السكنية في "
                       "المدينة.")
    assert _triggers(article, "ACCUSE") == ["أدانت"]
    assert of_type(article.events, "ASSAULT") == []


def test_the_condemnation_of_continuing_raids_stays() -> None:
    article, event = first_coded("ونددت الحكومة بالغارات المتواصلة على المدينة.", "ACCUSE")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "نددت"
    assert of_type(article.events, "ASSAULT") == []


def test_attacks_a_reprisal_answers_stay() -> None:
    article = analyzed("وقصفت الطائرات مواقع الجماعة في الحديدة فجر اليوم، رداً على هجمات "
                       "الجماعة المتكررة على السفن التجارية.")
    assert "هجمات" in _triggers(article, "ASSAULT")


def test_a_specific_attack_stays() -> None:
    article, event = first_coded("وهاجم مستوطنون صباح أمس مزارعين في قرية قريبة من نابلس.",
                                 "ASSAULT")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "وهاجم"
