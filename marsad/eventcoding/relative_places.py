"""Round 31 (C): the place of a happening told by its noun and a relative clause of its
taking place: «التفجير الذي وقع فجر أمس في سوق البلدة», «التظاهرات التي خرجت الجمعة في البصرة».
The noun's own search for arguments stops at the relative pronoun; the clause's verb names no
doer, only that the noun happened, so the place it states is the noun's. Data:
``event_relative_places.yaml``."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import in_time
from marsad.eventcoding.argument_places import place_at
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import Phrase, View
from marsad.lexicons import load_yaml

__all__ = ["relative_place"]


@functools.cache
def _data() -> tuple[frozenset[str], frozenset[str], int, int, frozenset[str]]:
    data = load_yaml("event_relative_places.yaml")
    return (frozenset(data["types"]), frozenset(fold(w) for w in data["verbs"]),
            int(data["between"]), int(data["reach"]), frozenset(data["not_after"]))


def relative_place(view: View, hit: Hit, args: Args, stop: int) -> None:
    """Set the place of a noun trigger from its relative clause of taking place, when it has
    none yet."""
    types, verbs, between, reach, not_after = _data()
    if args.place is not None or hit.trigger.verbal or hit.trigger.type not in types \
            or (hit.first > 0 and view.tokens[hit.first - 1].text in not_after):
        return
    at = max(hit.end, hit.last) + 1
    for _ in range(between):  # «التفجير الإرهابي الذي …»: the noun's adjectives
        if at >= stop or view.bare(at) in view.lex.relatives:
            break
        if view.entity_at.get(at) is not None or view.ends_argument(at) \
                or view.tokens[at].kind != "word" \
                or not view.tokens[at].norm.startswith(view.lex.article):
            return
        at += 1
    if at + 1 >= stop or view.bare(at) not in view.lex.relatives \
            or view.tokens[at + 1].norm not in verbs:
        return
    at += 2
    for _ in range(reach):
        if at >= stop or view.ends_argument(at) or view.tokens[at].kind != "word":
            return
        place, after = place_at(view, at, stop)
        if place is not None:
            args.set_place(Phrase(at, after - 1, [place]))
            return
        if not in_time(view, at) and view.entity_at.get(at) is not None:
            return  # a party or a thing named first: not a clause of taking place
        at += 1
