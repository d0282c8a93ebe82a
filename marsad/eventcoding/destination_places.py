"""Where aid goes is where it happens: «سيرسل الأردن شحنة أدوية إلى مستشفيات الموصل»، «سيرسل
قافلة مساعدات إلى مخيمات النازحين في محافظة نينوى»، «وصلت إلى مطار بورتسودان طائرة
إغاثية»، «أرسلت قافلة مساعدات عبر معبر نصيب». An event of a type in ``destination_types``
(event_grammar.yaml) that has no place stated by its own words takes the place after «إلى»
in its clause — after the trigger first, else before it — through a few words
(«مخيمات النازحين في محافظة»), or the place a definite place noun named before («إلى
المدينة»); failing «إلى», the crossing after «عبر». The place stops at a party: «إلى
المتضررين» names who receive it, not where; and a destination already taken as the target
(«أرسلت الكويت طائرة مساعدات إلى السودان»: the recipient) stays the target only, as the
development gold labels it (the blind sets label it both target and place); a town taken as
the target is the place instead (round 22, ``destination_towns``)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.argument_places import place_antecedent
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.destination_towns import town_destination
from marsad.eventcoding.view import PLACE_TYPES, View
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["destination_places", "destination_of"]

#: How many words may stand between «إلى» and the place («مخيمات النازحين في محافظة»).
DESTINATION_REACH = 5


@functools.cache
def _grammar() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The types that go somewhere, and the words that lead to a destination («إلى») and
    to a way through («عبر»)."""
    grammar = load_yaml("event_grammar.yaml")
    return (frozenset(grammar.get("destination_types", [])),
            folded(grammar.get("destination_words", [])),
            folded(grammar.get("crossing_words", [])))


def _place_after(view: View, at: int, stop: int) -> Entity | None:
    """The place that the word ``at`` («إلى»، «عبر») leads to, within a few words."""
    for index in range(at + 1, min(stop, at + 1 + DESTINATION_REACH)):
        entity = view.entity_at.get(index)
        if entity is not None:
            return entity if entity.type in PLACE_TYPES else None
        named = place_antecedent(view, index)
        if named is not None:
            return named
        if view.ends_argument(index) or view.tokens[index].kind != "word":
            return None
    return None


def destination_of(view: View, candidate: Candidate) -> Entity | None:
    """The destination (or crossing) of ``candidate`` in its clause, or ``None``."""
    _, leads, crossings = _grammar()
    index = view.token_before(candidate.trigger[0])
    if index < 0:
        return None
    start, stop = view.clause_bounds(index)
    order = [*range(index + 1, stop), *range(index - 1, start - 1, -1)]  # after, then before
    for words in (leads, crossings):
        for at in order:
            if view.bare(at) in words:
                found = _place_after(view, at, stop)
                if found is not None:
                    return found
    return None


def destination_places(view: View, candidates: list[Candidate]) -> None:
    """Give an aid event without a place stated by its own words its destination."""
    types, _, _ = _grammar()
    for candidate in candidates:
        if candidate.type not in types or candidate.args.place_stated:
            continue
        found = destination_of(view, candidate)
        if found is not None and town_destination(candidate, found):  # round 22: «إلى بغداد»
            continue
        if found is not None and found not in candidate.args.targets:
            candidate.args.place, candidate.args.place_stated = found, True
