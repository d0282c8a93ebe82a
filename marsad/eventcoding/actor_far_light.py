"""A light verb's subject read across a time aside and a count: «شنت القوات الأمريكية
والبريطانية، فجر الجمعة، سلسلة ضربات جوية»، «شنت طائرات وسفن حربية أمريكية وبريطانية فجر
اليوم أكثر من 60 غارة». The light verb reading stops at a comma and within a short window, so
such a masdar had no actor. Here, for a masdar with no actor that stands as an event without
one, a light verb (role actor, no object pronoun) earlier in its sentence gives its subject when
only times, commas, numbers and words of count (``actor_light_gap_words.txt``) stand between
that subject and the masdar. The subject is the phrase right after the verb with the parties
joined to it by «و»; failing a phrase («طائرات وسفن حربية أمريكية وبريطانية»), the
nationalities named in it. Round 21.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.actor_compounds import joined_parties
from marsad.eventcoding.argument_phrases import in_time, phrase
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import ACTOR_TYPES, Phrase, View
from marsad.lexicons import load_words
from marsad.model import Entity

__all__ = ["far_light_subject"]

#: The most tokens between the light verb and the masdar.
_WINDOW = 14


@functools.cache
def _gap_words() -> frozenset[str]:
    return folded(load_words("actor_light_gap_words.txt"))


def _gap_start(view: View, first: int, masdar: int) -> int:
    """The first token of the run of times, commas, numbers and count words that ends right
    before ``masdar`` (``masdar`` when there is none)."""
    at = masdar
    while at - 1 >= first:
        token = view.tokens[at - 1]
        if token.text in ("،", ",") or token.kind == "number" or in_time(view, at - 1) \
                or token.norm in _gap_words():
            at -= 1
            continue
        break
    return at


def _subject(view: View, verb: int, end: int) -> Phrase | None:
    """The subject filling ``verb + 1 .. end - 1`` exactly."""
    if verb + 1 >= end:
        return None
    found = phrase(view, verb + 1, end, orgs=True)
    if found is not None and found.first == verb + 1:
        found = joined_parties(view, found, end)
        if found.last == end - 1 and (found.text or any(e.type in ACTOR_TYPES
                                                         for e in found.entities)):
            return found
    parties: list[Entity] = []  # «طائرات وسفن حربية أمريكية وبريطانية»: the nations
    for at in range(verb + 1, end):
        entity = view.entity_at.get(at)
        if entity is None:
            if view.tokens[at].kind != "word" or view.ends_argument(at):
                return None
            continue
        if entity.type != "NORP":
            return None
        if entity not in parties:
            parties.append(entity)
    if not parties:
        return None
    return Phrase(verb + 1, end - 1, parties, None)


def far_light_subject(view: View, hit: Hit) -> Phrase | None:
    """The subject of a light verb before the masdar of ``hit`` across a time and a count."""
    if hit.trigger.verbal or hit.pronoun:
        return None
    first, _ = view.sentence_of(hit.first)
    end = _gap_start(view, first, hit.first)
    if end == hit.first:
        return None  # nothing to cross: the light verb reading had its chance
    for verb in range(end - 1, max(first, hit.first - _WINDOW) - 1, -1):
        if view.lex.light_verbs.get(view.tokens[verb].norm) == "actor" \
                and verb not in view.entity_at:
            return _subject(view, verb, end)
    return None
