"""A cue's mark past an aside (round 11): «وهدد وزير الدفاع يوآف غالانت، خلال جولة على الحدود
الشمالية، حزب الله بتوسيع العمليات العسكرية». A threat needs its mark («بـ» + what is
threatened) soon after its cue, within its clause; an aside between commas opened by a word of
time or occasion (``event_args_asides.tsv``: «خلال»، «أثناء»، «لدى»، «عقب») is
passed, and the mark is read after the aside's closing comma. A clause that goes on without a
closing comma («، خلال جولته التي شملت…») is no aside. A verb's object is read past such an aside
too (round 12): «وثمّن الوزير، خلال لقائه المفوض العام، الدور الذي تؤديه الوكالة»."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.act_filters import mark_after
from marsad.eventcoding.speakers import token_at
from marsad.eventcoding.view import View
from marsad.lexicons import load_table
from marsad.model import Statement

__all__ = ["marked_past_aside", "past_aside"]

_TO_ASIDE = 6  # words from the cue to the aside's opening comma (the speaker's name)
_ASIDE = 8  # words of the aside itself
_OBJECT_ASIDE = 12  # before an object: «، خلال لقائه في عمّان المفوض العام لوكالة الأونروا فيليب لازاريني،»


@functools.cache
def _aside_leads() -> frozenset[str]:
    return frozenset(fold(row["word"]) for row in load_table("event_args_asides.tsv"))


def marked_past_aside(view: View, statement: Statement, type_: str) -> bool:
    """The act's mark stands right after an aside that follows its cue and speaker."""
    marks = view.lex.act_marks.get(type_)
    if not marks:
        return False
    cue = token_at(view, statement.cue[1])
    _, stop = view.sentence_of(min(cue, len(view.tokens) - 1))
    opening = next((at for at in range(cue + 1, min(stop, cue + _TO_ASIDE + 1))
                    if view.is_break(at)), None)
    if opening is None or opening + 1 >= stop or view.bare(opening + 1) not in _aside_leads():
        return False
    closing = next((at for at in range(opening + 2, min(stop, opening + 2 + _ASIDE))
                    if view.is_break(at)), None)
    return closing is not None and mark_after(view, closing + 1, marks)


def past_aside(view: View, at: int, stop: int) -> int:
    """Where a verb's object begins when an aside between commas stands at ``at`` (the
    opening comma right after the subject), else ``at``."""
    if at + 1 >= stop or not view.is_break(at) or view.bare(at + 1) not in _aside_leads():
        return at
    closing = next((k for k in range(at + 2, min(stop, at + 2 + _OBJECT_ASIDE))
                    if view.is_break(k)), None)
    if closing is None or closing + 1 >= stop or view.ends_argument(closing + 1):
        return at
    return closing + 1
