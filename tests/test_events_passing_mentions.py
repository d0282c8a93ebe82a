"""Attacks named in passing are no new happening (``eventcoding/passing_mentions.py``, words in
``event_passing_mentions.yaml``): a masdar opening a short quote, a campaign named by a present
relative clause or told in the present, and a call to stop. A past relative clause stays an event.
The present relative clause costs a light-verb actor: «الغارات التي يشنها الجيش التركي» is no
ASSAULT now (``tests/test_events.py`` reads the actor from the past «التي شنها»).

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type
from marsad.model import Article


def triggers(article: Article, type_: str) -> list[str]:
    return [article.text[slice(*e.trigger)] for e in of_type(article.events, type_) if e.trigger]


def test_a_masdar_opening_a_short_quote_names_a_happening() -> None:
    article = analyzed('وكتب المعلق أن "تفجير مسجد القرية" لن يمر دون عقاب.')
    assert triggers(article, "ASSAULT") == []


def test_raids_named_by_a_present_relative_clause_are_the_cause_of_a_protest() -> None:
    article = analyzed("وتظاهر مئات الطلاب أمام السفارة احتجاجا على الغارات التي يشنها "
                       "الطيران الحربي على القرى الحدودية.")
    assert triggers(article, "ASSAULT") == []
    assert triggers(article, "PROTEST") == ["وتظاهر"]


def test_raids_named_by_a_past_relative_clause_stay() -> None:
    article = analyzed("وتظاهر مئات الطلاب أمام السفارة احتجاجا على الغارات التي شنها "
                       "الطيران الحربي أمس على القرى الحدودية.")
    assert triggers(article, "ASSAULT") == ["الغارات"]


def test_raids_named_by_a_present_relative_clause_with_a_named_actor_are_no_assault() -> None:
    article = analyzed("احتج الطلاب على الغارات التي يشنها الطيران الروسي على بلدات في سوريا.")
    assert triggers(article, "ASSAULT") == []
    assert triggers(article, "PROTEST") == ["احتج"]


def test_a_war_waged_in_the_present_is_a_characterisation() -> None:
    article = analyzed("وقال المتحدث باسم الحزب إن الحكومة تشن حربا على المزارعين الفقراء.")
    assert triggers(article, "ASSAULT") == []


def test_raids_carried_out_in_the_present_are_a_standing_state() -> None:
    article = analyzed("وينفذ الجيش غارات مكثفة على معاقل المسلحين في الجبال.")
    assert triggers(article, "ASSAULT") == []


def test_a_call_to_stop_shelling_is_no_shelling() -> None:
    article = analyzed("وقال الأهالي إنهم يريدون أن يكف الجيش عن قصف القرى.")
    assert triggers(article, "ASSAULT") == []
