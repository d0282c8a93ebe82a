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

__all__ = ["link_ends"]


@functools.cache
def _words() -> frozenset[str]:
    return folded(load_yaml("event_link_ends.yaml")["link_words"])


def link_ends(view: View, between: int) -> bool:
    """The word before «بين» at ``between`` links two places («يربط», «الرابط»، «سيربط»)."""
    if between < 1:
        return False
    words = _words()
    before = view.bare(between - 1)
    return before in words or view.tokens[between - 1].norm in words \
        or any(before.startswith(future) and before[len(future):] in words
               for future in view.lex.future_proclitics)
