"""Round 21: a hoped-for, wished-for or required act is no event.

«نأمل أن تتم محاسبة المسؤولين»، «يجب أن تنسحب القوات الأجنبية»، «يتعين فرض عقوبات على
النظام»، «تأمل اليونان اختتام المحادثات»: the act has not happened and nobody is told doing
it; a speaker's hope or a writer's norm is not its request either (a call stays the verbal
REQUEST event that stands for its content). The heads are ``wish_heads`` of
``event_plans.yaml``; one counts when it stands at most ``wish_reach`` words before the
trigger in its clause.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["wished"]


@functools.cache
def _wishes() -> tuple[frozenset[str], int]:
    """(the wish's heads, folded; the most words between a head and the trigger)."""
    data = load_yaml("event_plans.yaml")
    return folded(data["wish_heads"]), int(data["wish_reach"])


@functools.cache
def _conjoined_heads() -> frozenset[str]:
    """The words a head may be read in (``View.bare``): as it is or after a conjunction."""
    heads, _ = _wishes()
    return heads | {c + head for c in lexicon().conjunctions for head in heads}


def wished(view: View, hit: Hit) -> bool:
    """A wish's head stands before the trigger of ``hit`` in its clause."""
    if hit.trigger.type in view.lex.statement_types:  # «يجب أن ندين» is still a condemnation
        return False
    heads, reach = _wishes()
    first, _ = view.sentence_of(hit.first)
    lowest = max(first, hit.first - reach - 1)
    if _conjoined_heads().isdisjoint(view.norms[lowest:hit.first]):
        return False  # most triggers: no head before them at all
    for at in range(hit.first - 1, lowest - 1, -1):
        if view.is_break(at):
            return False
        if view.bare(at) in heads or view.norm(at) in heads:
            return True
    return False
