"""``View.sentence_of`` gives the token span of a token's sentence; a negative index counts
from the end, as a list's does, and the span it caches is that sentence's, not a one-token
stub; an index past either end is an ``IndexError``."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.eventcoding.view import View

TEXT = "اجتمع وزير الخارجية بنظيره في بغداد. ثم عاد الوفد إلى دمشق مساء الجمعة."


def _view() -> View:
    return View(analyze(TEXT, published="2024-12-06"))


def test_the_last_token_from_the_end_names_the_whole_last_sentence() -> None:
    view = _view()
    last = len(view.tokens) - 1
    assert view.sentence_of(-1) == _view().sentence_of(last)
    first, stop = view.sentence_of(-1)
    assert stop == len(view.tokens) and stop - first > 3


def test_a_negative_index_does_not_spoil_the_cached_span() -> None:
    view = _view()
    view.sentence_of(-1)
    assert view.sentence_of(len(view.tokens) - 1) == _view().sentence_of(len(view.tokens) - 1)


def test_the_first_sentence_ends_where_the_second_begins() -> None:
    view = _view()
    first, stop = view.sentence_of(0)
    assert first == 0
    assert view.sentence_of(stop)[0] == stop


@pytest.mark.parametrize("index", ["past_end", "before_start"])
def test_an_index_outside_the_tokens_is_an_index_error(index: str) -> None:
    view = _view()
    at = len(view.tokens) if index == "past_end" else -len(view.tokens) - 1
    with pytest.raises(IndexError):
        view.sentence_of(at)
