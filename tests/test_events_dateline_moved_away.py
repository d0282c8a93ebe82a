"""Events, round 21 (issue 7): places, second pass — the dateline the text has moved away from.

* An act told in a later sentence takes the dateline's place while the text has named no other
  place since the dateline.
* Once another place is named between the dateline and the act, the act gets no place from the
  dateline.
* A meeting keeps the dateline's place though places were named since (``dateline_holds``).
* A place the act's own sentence states is untouched.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import places


def test_a_later_act_takes_the_dateline_when_no_other_place_came_between() -> None:
    text = ("غزة - وكالات: قال مسؤول في الدفاع المدني إن الطواقم تعمل منذ الفجر. "
            "وأضاف أن طائرات إسرائيلية قصفت منزلا لعائلة من المواطنين.")
    assert places(text, "ASSAULT") == ["غزة"]


def test_a_later_act_takes_no_dateline_after_another_place_was_named() -> None:
    text = ("غزة - وكالات: قال مسؤول في الدفاع المدني إن الطواقم تعمل منذ الفجر في مدينة خان يونس. "
            "وأضاف أن طائرات إسرائيلية قصفت منزلا لعائلة من المواطنين.")
    assert places(text, "ASSAULT") == [None]


def test_a_meeting_keeps_the_dateline_though_other_places_were_named() -> None:
    text = ("عمان - وكالات: بحث وزراء خارجية الأردن ومصر الأوضاع في سوريا. "
            "والتقى الوزراء في ختام المباحثات المبعوث الأممي.")
    assert places(text, "CONSULT")[-1] == "عمان"


def test_a_place_stated_in_the_acts_sentence_is_kept() -> None:
    text = ("غزة - وكالات: قال مسؤول في الدفاع المدني إن الطواقم تعمل منذ الفجر في مدينة خان يونس. "
            "وأضاف أن طائرات إسرائيلية قصفت منزلا في مدينة رفح.")
    assert places(text, "ASSAULT") == ["رفح"]
