"""A dateline the text has moved away from: «الخرطوم - (رويترز): … اشتباكات في مدينة الفاشر …
. وقالت قوات الدعم السريع إنها أسقطت طائرة …». The dateline names where the reporter files
from; it stands for the scene of an act told in a later sentence only while the text has named
no other place. Once another place has been named between the dateline and the act, the act
is as likely told of that place, or of none, as of the dateline's city, so it gets no place
from the dateline.

Exceptions: a meeting (``dateline_holds`` in event_grammar.yaml) keeps the dateline's place, as
it is held in the city the reporter files from; an act whose own sentence names the dateline's
place again keeps it («… في منطقة كمب سارة، وسط بغداد»); a place in the dateline's own words
(its source: «عتق – «عدن الغد»:») does not count as named since. Only the dateline's place is
judged, and only when it reaches the act from outside the act's own sentence; a place the act's
clause states is never touched.

Round 21, places second pass: on the 22 spent sets this takes the dateline's place off 81 acts;
12 had it right, 30 had a wrong place and 39 had a place where gold gives none."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.view import PLACE_TYPES
from marsad.lexicons import load_yaml
from marsad.model import Article, Entity

__all__ = ["stale_dateline"]


@functools.cache
def _holds() -> frozenset[str]:
    """Event types that keep the dateline's place (``dateline_holds``)."""
    return frozenset(load_yaml("event_grammar.yaml")["dateline_holds"])


def stale_dateline(article: Article, kind: str, sentence: int, at: int, place: Entity,
                   dateline: Entity | None) -> bool:
    """``place`` is the dateline's, carried from before sentence ``sentence`` to an act of
    type ``kind`` at offset ``at``, and a different place is named between the two."""
    if dateline is None or kind in _holds() or sentence >= len(article.sentences):
        return False
    wanted = fold(dateline.text)
    if fold(place.text) != wanted or place.start >= article.sentences[sentence].start:
        return False
    own = article.sentences[sentence]
    if any(own.start <= e.start < own.end and _same(e.text, wanted) for e in article.entities):
        return False  # its own sentence names the dateline's place again («وسط بغداد»)
    since = place.end  # the dateline's own words («مقديشو – «الصومال الجديد»:») name no scene
    line = article.dateline
    if line is not None and line.start is not None and line.end is not None \
            and line.start <= place.start < line.end:
        since = line.end
    return any(e.type in PLACE_TYPES and since <= e.start < at and not _same(e.text, wanted)
               for e in article.entities)


def _same(text: str, wanted: str) -> bool:
    """The same place, as the scorer reads it: one folded name holds the other
    («قطاع غزة», «غزة»)."""
    other = fold(text)
    return bool(other) and (other in wanted or wanted in other)
