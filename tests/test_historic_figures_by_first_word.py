"""Round 27 (speed): the figures of remote history are looked up by their first word, as
written or without one leading clitic («وعمر»، «لأبي»), instead of trying every name at every
word near a trigger. What they mark is unchanged."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type
from marsad.arabic.normalise import fold
from marsad.eventcoding.historic_figures import _figures


def _name(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())


def test_a_name_is_found_by_its_first_word() -> None:
    assert _name("عمر بن الخطاب") in _figures().opened_by(fold("عمر"))


def test_a_name_is_found_by_its_first_word_with_a_clitic() -> None:
    assert _name("عمر بن الخطاب") in _figures().opened_by(fold("وعمر"))
    assert _name("أبي بكر الصديق") in _figures().opened_by(fold("لأبي"))


def test_a_word_that_opens_no_name_gets_none() -> None:
    assert _figures().opened_by(fold("الحكومة")) == ()
    assert _figures().opened_by(fold("وقال")) == ()


def test_a_figure_after_a_clitic_still_marks_remote_history() -> None:
    told = "وقتل مسلحون الرجل في هجوم شنه أنصار {} على القرية."
    of_long_ago = analyzed(told.format("لعلي بن أبي طالب"), published="2024-05-01")
    of_today = analyzed(told.format("لقائد محلي"), published="2024-05-01")
    assert of_type(of_long_ago.events, "ASSAULT") == []
    assert len(of_type(of_today.events, "ASSAULT")) == 1
