"""A country visited is the visit's target (round 27): «أكد أهمية زيارة الرئيس
الكوري إلى الأردن»، «يأمل استقباله في زيارته القادمة إلى اليابان». The visit is paid to the
state, so the country is its target as well as its place. A town visited stays the place alone
(«زار ماكرون بيروت»). Types, modes and KB kinds are data: ``event_visited_countries.yaml``."""

from __future__ import annotations

import functools

from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.matcher import Hit
from marsad.lexicons import load_yaml

__all__ = ["visited_country"]


@functools.cache
def _rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml("event_visited_countries.yaml")
    return frozenset(data["types"]), frozenset(data["modes"]), frozenset(data["kinds"])


def visited_country(hit: Hit, args: Args) -> None:
    """Add the visit's place to its targets when it is a country and no party was named."""
    types, modes, kinds = _rules()
    place = args.place
    if hit.trigger.type not in types or hit.trigger.mode not in modes or place is None \
            or args.targets or place.link is None or place.link.kind not in kinds \
            or place in args.actors:
        return
    args.targets.append(place)
