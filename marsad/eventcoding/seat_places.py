"""A local body names the place it acts in: «قضت محكمة جنايات القاهرة بالسجن…»، «وأفاد مصدر في
شرطة البصرة بأن قوات مكافحة الشغب لم تتدخل لتفريق المحتجين»، «وأعلنت قيادة عمليات بغداد
فرض حظر للتجوال». A court, a police force or a local command works in the city its name
holds, and that is where its act is. An event left without a place takes the place named
right after one of the ``seat_heads`` (event_grammar.yaml) in its clause — the nearest
before the trigger, else the first after it. Ministries and embassies are no such heads:
«السفير السعودي في واشنطن» and «وزارة الصحة في غزة» speak of acts done elsewhere."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import PLACE_TYPES, View
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["seat_places", "seat_of"]

#: How far after the trigger a body's name may stand («… بأن قوات شرطة البصرة»), in tokens.
SEAT_REACH = 8


@functools.cache
def seat_heads() -> frozenset[str]:
    """The nouns of local bodies (``seat_heads`` in event_grammar.yaml), folded."""
    return folded(load_yaml("event_grammar.yaml").get("seat_heads", []))


def _head(view: View, index: int) -> bool:
    norm = view.norm(index)
    return norm in seat_heads() or (norm[:1] == "و" and norm[1:] in seat_heads())


def _seat_at(view: View, index: int) -> Entity | None:
    entity = view.entity_at.get(index)
    if entity is None or entity.type not in PLACE_TYPES or view.entity_first[entity.id] != index:
        return None
    return entity if index > 0 and _head(view, index - 1) else None


def seat_of(view: View, candidate: Candidate) -> Entity | None:
    """The place a local body in the candidate's clause is named after, or ``None``."""
    index = view.token_before(candidate.trigger[0])
    if index < 0:
        return None
    start, stop = view.clause_bounds(index)
    before = range(index - 1, start - 1, -1)
    after = range(index + 1, min(stop, index + SEAT_REACH))
    entity_at = view.entity_at
    for at in [*before, *after]:
        if at not in entity_at:
            continue  # no entity begins here (``_seat_at`` finds none): most words
        found = _seat_at(view, at)
        if found is not None:
            return found
    return None


def seat_places(view: View, candidates: list[Candidate]) -> None:
    """Give a placeless candidate the place of the local body in its clause."""
    for candidate in candidates:
        if candidate.args.place is None:
            found = seat_of(view, candidate)
            if found is not None:
                candidate.args.place, candidate.args.place_stated = found, True
