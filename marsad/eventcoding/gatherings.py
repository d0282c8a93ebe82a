"""A meeting's parties named after a word of gathering: «استضافت عمّان اجتماعا رباعيا ضم وزراء
خارجية مصر والعراق والأردن»، «لقاء جمع الرئيسين»، «قمة … بمشاركة قادة من 31 دولة»."""

from __future__ import annotations

from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import carries_preposition, phrase
from marsad.eventcoding.constructions import gathering_at
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import ACTOR_TYPES, View

__all__ = ["gathered"]


#: The most words of a title before the named parties of a gathering («وزراء خارجية مصر»).
GATHERED_TITLE = 3


def gathered(view: View, hit: Hit, args: Args, stop: int) -> None:
    """A meeting noun whose parties follow a word of gathering («ضم»، «جمع»، «بمشاركة»)."""
    if hit.trigger.type not in view.lex.participant_types:
        return
    at = gathering_at(view, hit, stop)
    if at < 0:
        return
    named = next((n for n in range(at, min(stop, at + GATHERED_TITLE)) if n in view.entity_at
                  and view.entity_at[n].type in ACTOR_TYPES and not carries_preposition(view, n)
                  and view.bare(n - 1) not in view.lex.prepositions), None)  # «ضم وزراء خارجية مصر…»
    if named is not None:  # countries too: they are the parties met, not where
        found = view.phrase_at(named, stop)
    else:
        found = phrase(view, at, min(stop, at + view.lex.object_window), orgs=True)
        found = None if found is None or found.is_place else found
    if found is not None:
        args.add_actor(found)
