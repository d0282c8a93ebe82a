"""Cooperation agreed on or resolved is told, not wished (round 23).

«تعزيز التعاون الأمني» (strengthening security cooperation) is an aim: the cue «تعزيز» of
``event_factuality.tsv`` makes a cooperation trigger after it no event, as in «بحث الوزيران
سبل تعزيز التعاون الأمني». When «على» stands right before the strengthening word and a word
of agreeing or resolving governs it, within ``reach`` words before «على» in the same clause,
the parties are told taking the cooperation on, and the trigger is read as told: «واتفق
الجانبان على تعزيز التنسيق الأمني على الحدود»، «اتفقا خلاله على تعزيز التنسيق الأمني»،
«وأكد الجانبان عزمهما على تعزيز التعاون الأمني». Only the types listed (COOPERATE); words
are in ``marsad/lexicons/event_agreed_cooperation.yaml``.

The parties are the subject of the agreeing verb, when it fills the words between the verb
and «على» («اتفق الجانبان على…»، «اتفقت مصر والسودان على…»); they are the cooperation's
actors when it names none. Failing that («اتفقا خلاله على…») the trigger keeps whatever
arguments it has.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.actor_compounds import joined_parties
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import phrase
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.prec_words import forms
from marsad.eventcoding.view import ACTOR_TYPES, View
from marsad.lexicons import load_yaml

__all__ = ["agreed_cooperation", "agreed_parties"]


@dataclass(frozen=True)
class _Words:
    types: frozenset[str]
    strengthen: frozenset[str]
    preposition: frozenset[str]
    agreeing: frozenset[str]
    reach: int


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_agreed_cooperation.yaml")["agreed_cooperation"]
    return _Words(frozenset(data["types"]), folded(data["strengthen"]),
                  folded(data["preposition"]), folded(data["agreeing"]), int(data["reach"]))


def _agreeing_at(view: View, hit: Hit) -> int:
    """The token of the agreeing word governing «على + strengthening word» right before the
    trigger (-1 when there is none)."""
    words = _words()
    if hit.trigger.type not in words.types:
        return -1
    strengthen, preposition = hit.first - 1, hit.first - 2
    if preposition < 0 or view.is_break(strengthen) or view.is_break(preposition):
        return -1
    if not any(form in words.strengthen for form in forms(view.tokens[strengthen].norm)) \
            or view.tokens[preposition].norm not in words.preposition:
        return -1
    for at in range(preposition - 1, max(-1, preposition - 1 - words.reach), -1):
        if view.is_break(at):
            return -1
        if any(form in words.agreeing for form in forms(view.tokens[at].norm)):
            return at
    return -1


def agreed_cooperation(view: View, hit: Hit) -> bool:
    """The trigger follows «على + strengthening word» that an agreeing word governs."""
    return _agreeing_at(view, hit) >= 0


def agreed_parties(view: View, hit: Hit, args: Args) -> None:
    """Give an agreed cooperation with no actor the subject of its agreeing verb."""
    verb = _agreeing_at(view, hit)
    if verb < 0 or args.has_actor:
        return
    preposition = hit.first - 2
    if verb + 1 >= preposition:
        return
    found = phrase(view, verb + 1, preposition, orgs=True)
    if found is None or found.first != verb + 1:
        return
    found = joined_parties(view, found, preposition)
    if found.last == preposition - 1 and (found.text or any(e.type in ACTOR_TYPES
                                                            for e in found.entities)):
        args.add_actor(found)
