"""Events: an act on a whole class of things is no happening (round 28, corpus audit).

Comment pieces on a mosque bombing speak of bombing mosques as such («تفجير المساجد نهج
منحرف»، «إذ استهدفت مساجد المسلمين»), and background clauses of the state of a war of the
lands a group holds («وسيطرة التنظيم على أراض عراقية»). Neither is one happening
(``eventcoding/standing_backdrops.py``: ``class_objects`` in
``event_standing_backdrops.yaml``). Mosques struck in a named place, one mosque bombed, and a
day's advance told with a verb stay events.

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type
from marsad.model import Article


def _triggers(article: Article, kind: str) -> list[str]:
    return [article.text[slice(*e.trigger)] for e in of_type(article.events, kind) if e.trigger]


def test_bombing_mosques_as_a_kind_is_no_event() -> None:
    article = analyzed("وقال المفتي إن تفجير المساجد على أيدي الجماعات المتطرفة أسلوب يفضح "
                       "إفلاسها.")
    assert "تفجير" not in _triggers(article, "ASSAULT")


def test_targeting_the_mosques_of_muslims_is_no_event() -> None:
    article = analyzed("وأضاف أن هذه الجماعات باتت معروفة للجميع إذ استهدفت مساجد المسلمين "
                       "وسفكت دماء الأبرياء.")
    assert "استهدفت" not in _triggers(article, "ASSAULT")


def test_control_of_lands_as_a_state_is_no_event() -> None:
    article = analyzed("وحمّل النائب الحكومة السابقة مسؤولية الانهيار الأمني وسيطرة تنظيم "
                       "داعش على أراض عراقية.")
    assert "وسيطرة" not in _triggers(article, "ASSAULT")


def test_control_of_vast_lands_in_an_analysis_is_no_event() -> None:
    article = analyzed("ويرى الباحث أن التنظيم اكتسب قوته من السيطرة على مساحات شاسعة في "
                       "سوريا.")
    assert "السيطرة" not in _triggers(article, "ASSAULT")


def test_mosques_shelled_in_a_named_town_stay() -> None:
    article = analyzed("وقصفت الطائرات الحربية المساجد في مدينة حلب صباح اليوم.")
    assert "وقصفت" in _triggers(article, "ASSAULT")


def test_one_mosque_bombed_stays() -> None:
    article = analyzed("وفجر انتحاري حزامه الناسف داخل مسجد في مدينة أبها ظهر الخميس.")
    assert of_type(article.events, "ASSAULT") != []


def test_a_day_advance_on_lands_told_with_a_verb_stays() -> None:
    article = analyzed("وسيطر المقاتلون أمس على أراض زراعية في ريف حلب بعد معارك عنيفة.")
    assert "وسيطر" in _triggers(article, "ASSAULT")


def test_lands_retaken_after_a_verb_of_a_deed_stay() -> None:
    article = analyzed("وقال المتحدث العسكري إن القوات الحكومية استعادت السيطرة على أراض "
                       "زراعية في الريف الشرقي.")
    assert "السيطرة" in _triggers(article, "ASSAULT")
