"""A request announced as coming (``event_future_requests.yaml``): «قال وزير الخارجية إن
بلاده ستطلب اجتماعا طارئا لمجلس الأمن». The statement verb is otherwise read only as a
statement's cue or in the past with its mark; in the future, with what is asked for (or the
mark) right after it, it tells a request of its own."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["future_request"]


@functools.cache
def _table() -> tuple[frozenset[str], int, frozenset[str]]:
    data = load_yaml("event_future_requests.yaml")
    return (frozenset(str(form) for form in data["forms"]), int(data["reach"]),
            folded(data["objects"]))


def future_request(view: View, hit: Hit) -> bool:
    """Whether the hit is a listed form in the future with a word of ``objects`` within
    ``reach`` words after it, in its clause."""
    forms, reach, objects = _table()
    if hit.trigger.form not in forms or not hit.future:
        return False
    _, stop = view.sentence_of(hit.first)
    for index in range(hit.end + 1, min(stop, hit.end + 1 + reach)):
        if view.is_break(index):
            return False
        if view.tokens[index].norm in objects or view.bare(index) in objects:
            return True
    return False
