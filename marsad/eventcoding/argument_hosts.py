"""The host or the broker of a noun trigger, named by a verb right after it that carries it
as its object pronoun (round 10): «مباحثات استضافتها بكين … بين …» — Beijing is where the
talks were held, and the «بين … و…» after the host names their parties; «هدنة رعتها
واشنطن»، «بعد اتفاق لوقف إطلاق النار رعته تركيا وروسيا» — the brokers are parties to the
deal. Forms and roles: ``event_args_hosts.tsv``."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import phrase
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import ACTOR_TYPES, View
from marsad.lexicons import load_table

__all__ = ["hosted"]


@functools.cache
def host_forms() -> dict[str, str]:
    """Folded surface form -> role (``place`` or ``actor``)."""
    return {fold(row["form"]): row["role"] for row in load_table("event_args_hosts.tsv")}


def hosted(view: View, hit: Hit, args: Args, cursor: int, stop: int) -> int:
    """Reads the host verb right after the trigger (or after «الذي/التي»); returns where the
    markers are read from: past the host, so that «بين … و…» after it still counts."""
    at = hit.end + 1
    if at < stop and view.bare(at) in view.lex.relatives:
        at += 1
    role = host_forms().get(view.tokens[at].norm) if at < stop else None
    if role is None:
        return cursor
    found = phrase(view, at + 1, min(stop, at + 1 + view.lex.object_window))
    if found is None or not found.entities:
        return cursor
    if role == "place" and found.is_place:
        if args.place is None or not args.place_stated:
            args.place = None
            args.set_place(found)
    elif role == "actor" and found.types() & ACTOR_TYPES:
        args.add_actor(found)
    else:
        return cursor
    args.markers_from = max(args.markers_from, found.last + 1)
    return max(cursor, found.last + 1)
