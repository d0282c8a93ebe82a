"""Round 22: aid sent to a town, not to a state, goes to a place.

«أرسلت الإمارات طائرة مساعدات إلى بغداد»، «سيرسل برنامج الأغذية قافلة إلى شمال دارفور»:
the argument finders take the destination after «إلى» as the aid's target, and
``destination_places`` then leaves it there (a state is a recipient: «أرسلت الكويت طائرة
مساعدات إلى السودان»). A destination the knowledge base knows as a town, a region or a
province (any kind but those in ``destination_party_kinds`` of event_grammar.yaml, i.e. not
a country) names where the aid goes, not who receives it: it becomes the place and leaves
the targets. A territory that the sets treat as the receiving party
(``destination_recipients``: «قطاع غزة», labelled the target in 3 of 5 aid events) stays a
target too. The 22 spent gold sets and blind31–32 label such a town the place and no target
in 12 of 13 aid events (the other: «الدوحة» for Qatar).
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import PLACE_TYPES
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["town_destination"]


@functools.cache
def _party_kinds() -> frozenset[str]:
    return frozenset(load_yaml("event_grammar.yaml").get("destination_party_kinds", []))


@functools.cache
def _recipient_places() -> frozenset[str]:
    return folded(load_yaml("event_grammar.yaml").get("destination_recipients", []))


def town_destination(candidate: Candidate, found: Entity) -> bool:
    """Make the destination ``found``, a town among ``candidate``'s targets, its place;
    ``True`` when it did."""
    args = candidate.args
    if found not in args.targets or found.type not in PLACE_TYPES or found.link is None \
            or found.link.kind in _party_kinds() or fold(found.text) in _recipient_places():
        return False
    args.targets.remove(found)
    args.place, args.place_stated = found, True
    return True

