"""The two ends of a link after «بين»: «جسر يربط بين المملكة ومصر» names no parties.

An agreement, talks or a joint project told with a road, a bridge or a pipeline «يربط بين» two
countries or towns: the places after «بين» are where the link runs, not the sides of the event
before it («تم الاتفاق على إنشاء جسر بري يربط بين المملكة ومصر» has no parties named). The verb
or noun of linking right before «بين» says so (``event_link_ends.yaml``); read by
``argument_markers._not_a_party`` for places only, as «بين مدينتي غاو وتمبكتو» is.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["link_ends", "road_acted_on"]


@functools.cache
def _words() -> frozenset[str]:
    return folded(load_yaml("event_link_ends.yaml")["link_words"])


@functools.cache
def _routes() -> tuple[frozenset[str], int]:
    data = load_yaml("event_link_ends.yaml")
    return folded(data["route_nouns"]), int(data["route_reach"])


def link_ends(view: View, between: int) -> bool:
    """The word before «بين» at ``between`` links two places («يربط», «الرابط»، «سيربط»), or
    a route or a distance stands a word or two before it («الطريق العام بين عدن وتعز»)."""
    if between < 1:
        return False
    words = _words()
    before = view.bare(between - 1)
    if before in words or view.tokens[between - 1].norm in words \
            or any(before.startswith(future) and before[len(future):] in words
                   for future in view.lex.future_proclitics):
        return True
    routes, reach = _routes()
    for at in range(between - 1, max(-1, between - 1 - reach), -1):
        if view.tokens[at].kind != "word" or view.ends_argument(at):
            return False
        if view.bare(at) in routes:
            return True
    return False


def road_acted_on(view: View, trigger_last: int, between: int) -> bool:
    """The route before «بين» at ``between`` is what the act right before it is done to
    («سيعاد فتح الطريق الساحلي بين مصراتة وسرت»): it ends the trigger, whose last token is
    ``trigger_last``, or stands right after it; the first of its ends is then where the act
    is done."""
    routes, reach = _routes()
    return any(between - reach <= at < between and view.bare(at) in routes
               for at in (trigger_last, trigger_last + 1))
