"""The place inside what was hit: «قصف روسي استهدف مدينة خاركيف»، «سيطرت الفصائل على معظم
أحياء مدينة حلب»، «استهدفت سيارة على طريق بلدة الخيام». An act done to a place (the types
``target_is_place`` in event_grammar.yaml) that is left without a place takes the first place
named in the words its object spans, told as a place by a place noun («مدينة»، «بلدة»، «طريق»،
«ريف حماة»): after the trigger, in its clause, within a few tokens, before any party is
named (a country after «هجماتها على» is the party hit, not a place) and before a way word
(«نحو»، «باتجاه»), an origin («من») or a break. The doer named between the verb and its
object («اقتحمت قوات الاحتلال مدينة …») and a day or adverb set off by commas («، فجر
اليوم،») are passed over (round 29): the object follows them."""

from __future__ import annotations

from marsad.attribution.view import COMMAS
from marsad.eventcoding.argument_phrases import in_time, word_role
from marsad.eventcoding.argument_places import way_words
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.view import PLACE_TYPES, View
from marsad.model import Entity

__all__ = ["object_places", "place_in_object"]

#: How many tokens after the trigger the object's place may stand.
OBJECT_REACH = 8
#: The word of where a party comes from («ستة مواطنين من بلدة قباطية»), folded.
ORIGIN = "من"


def place_in_object(view: View, candidate: Candidate) -> Entity | None:
    """The first place in the words after the trigger that its object spans, or ``None``."""
    index = view.token_before(candidate.trigger[1] - 1)
    if index < 0:
        return None
    start, stop = view.clause_bounds(index)
    at, seen = index + 1, 0
    while at < stop and seen < OBJECT_REACH:
        aside = _time_aside(view, at, stop)
        if aside > at:  # «اقتحمت القوات، فجر اليوم، مدينة …»: the day set off by commas
            at = aside
            continue
        if view.ends_argument(at) or view.tokens[at].kind != "word" \
                or view.bare(at) in way_words() or view.bare(at) == ORIGIN:
            return None
        entity = view.entity_at.get(at)
        if entity is not None and entity in candidate.args.actors \
                and entity.type not in PLACE_TYPES:
            at, seen = view.entity_last[entity.id] + 1, seen + 1  # the doer after its verb
            continue
        if entity is not None:
            named = entity.type in PLACE_TYPES and entity not in candidate.args.actors \
                and (view.is_place_noun(at - 1) or view.is_place_noun(at))
            return entity if named else None
        at, seen = at + 1, seen + 1
    return None


def _time_aside(view: View, at: int, stop: int) -> int:
    """The index past «، فجر اليوم الأربعاء،» when a comma at ``at`` opens a time or adverb
    closed by another comma; else ``at``."""
    if view.tokens[at].kind == "word" or view.tokens[at].text not in COMMAS:
        return at
    after = at + 1
    while after < stop and view.tokens[after].kind == "word" \
            and (in_time(view, after) or word_role(view, after) == "adverb"):
        after += 1
    if after > at + 1 and after < stop and view.tokens[after].text in COMMAS:
        return after + 1
    return at


def object_places(view: View, candidates: list[Candidate]) -> None:
    """Give a placeless act done to a place the place named in its object."""
    for candidate in candidates:
        if candidate.args.place is None and candidate.type in lexicon().target_is_place:
            found = place_in_object(view, candidate)
            if found is not None:
                candidate.args.place, candidate.args.place_stated = found, True
