"""Round 21: a hoped-for, wished-for or required act is no event.

«نأمل أن تتم محاسبة المسؤولين»، «يجب أن تنسحب القوات الأجنبية»، «يتعين فرض عقوبات على
النظام»، «تأمل اليونان اختتام المحادثات»: the act has not happened and nobody is told doing
it; a speaker's hope or a writer's norm is not its request either (a call stays the verbal
REQUEST event that stands for its content). The heads are ``wish_heads`` of
``event_plans.yaml``; one counts when it stands at most ``wish_reach`` words before the
trigger in its clause.
"""

from __future__ import annotations

from marsad.eventcoding.fact_plans import plan_words
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View

__all__ = ["wished"]


def wished(view: View, hit: Hit) -> bool:
    """A wish's head stands before the trigger of ``hit`` in its clause."""
    if hit.trigger.type in view.lex.statement_types:  # «يجب أن ندين» is still a condemnation
        return False
    words = plan_words()
    first, _ = view.sentence_of(hit.first)
    for at in range(hit.first - 1, max(first, hit.first - words.wish_reach - 1) - 1, -1):
        if view.is_break(at):
            return False
        if view.bare(at) in words.wish_heads or view.norm(at) in words.wish_heads:
            return True
    return False
