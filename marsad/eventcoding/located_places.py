"""A place located by another: «في مدينة الفلوجة غربي بغداد»، «قرية المغير شمال شرق رام
الله»، «مطار غازي عنتاب جنوب تركيا». When the place an event was given follows a direction
word («شمال»، «غربي»، «شمال شرق»…) that itself follows another place, the named place is
only the landmark: the act happened at the place before the direction, so that one becomes
the event's place. «وسط» is no direction here: «المسجد الحسيني وسط عمان» is told by its
city as often as by its building."""

from __future__ import annotations

from marsad.eventcoding.argument_places import directions
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import PLACE_TYPES, View
from marsad.model import Entity
from marsad.ner.headed_places import headed_only

__all__ = ["locate_places", "located_place"]

#: Direction words that may stand between the two places («شمال شرق»: two).
MOST_DIRECTION_WORDS = 2


def located_place(view: View, place: Entity) -> Entity | None:
    """The place that ``place`` locates («الفلوجة» in «الفلوجة غربي بغداد»), or ``None``."""
    at = view.entity_first.get(place.id)
    if at is None:
        return None
    words = 0
    while at - 1 >= 0 and words < MOST_DIRECTION_WORDS and view.norm(at - 1) in directions():
        at -= 1
        words += 1
    if words == 0 or at - 1 < 0:
        return None
    before = view.entity_ending_at.get(at - 1)
    if before is None or before.type not in PLACE_TYPES or before is place \
            or view.tokens[at - 1].sentence != view.tokens[view.entity_first[place.id]].sentence:
        return None
    return before


def locate_places(view: View, candidates: list[Candidate]) -> None:
    """Give each candidate whose place is a landmark the place that landmark locates."""
    for candidate in candidates:
        place = candidate.args.place
        if place is not None:
            found = located_place(view, place)
            if found is not None and headed_only(found) \
                    and view.tokens[view.entity_first[place.id]].sentence < candidate.sentence:
                continue  # «حي كوكجلي شرقي الموصل. وشنت…»: the city carried on stays
            candidate.args.place = found or place
