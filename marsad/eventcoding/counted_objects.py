"""A counted object is the target (round 11): «تمكنت الشرطة من القبض على 15 شخصا»، «أسفرت
العملية عن القبض على أحد عشر متهما»، «الإفراج عن ثلاثة أسرى». Without a named actor, an unnamed
object is taken only after a subject or a stated place; a number or a number word opening it
(``count`` in ``event_args_words.tsv``) is evidence of its own for the modes that are done to
people (``counted_target``): an arrest, a detention, a release. Not a blow (its count is the
toll, «قتل 22 شخصا»), not a seizure («ضبط 40 كيلوغراما»), not «اتفقوا على ثلاث نقاط»."""

from __future__ import annotations

import functools

from marsad.eventcoding.argument_phrases import word_role
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_table

__all__ = ["counted_object"]


@functools.cache
def _counted_modes() -> frozenset[str]:
    return frozenset(row["word"] for row in load_table("event_args_words.tsv")
                     if row["role"] == "counted_target")


def counted_object(view: View, hit: Hit, at: int) -> bool:
    """The object due at ``at`` opens with a count, and the trigger's mode takes one."""
    if at < 0 or at >= len(view.tokens) or hit.trigger.mode not in _counted_modes():
        return False
    return view.tokens[at].kind == "number" or word_role(view, at) == "count"
