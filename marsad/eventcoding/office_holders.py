"""A place or body inside a person's title is the person's office, not a party.

Real news names officials by long titles around their names, and the argument finder took a
place or body of the title for the doer: «أدان محافظ الطائف سعد الفلاني الحادث» (the town),
«وقال الدكتور سامي العلي الأمين المساعد رئيس قطاع لبنان، عقب لقائه وفدا…» (Lebanon, read as
the owner of «لقائه»). An actor or target that is a place or body (GPE, LOC, ORG) becomes the
person whose title holds it, in either order:

* title before the name: an office word of ``event_office_holders.yaml`` stands right before
  it, and a person is named a few words after it, across only title words, definite words,
  places and bodies («محافظ الطائف سعد الفلاني»);
* title after the name: a person is named a few words before it, and an office word follows
  the name at once; the words between are words of the title, with no pause, preposition,
  «و» or clause break («سامي العلي الأمين المساعد رئيس قطاع لبنان»).

The person already a party on the other side leaves it as it is. A target so replaced whose
title opens right after an active verb, in an event with no doer, was the verb's subject
misread as its object («ناقش وكيل وزارة الصحة لشؤون الصحة الدكتور فلان مع…»): the person
becomes the doer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.arabic.clitics import ARTICLE
from marsad.arabic.normalise import fold
from marsad.arabic.titles import office_titles
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import carries_preposition
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.prec_words import without_conjunction
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["office_holder"]

_BODIES = frozenset({"GPE", "LOC", "ORG"})


@dataclass(frozen=True, slots=True)
class _Words:
    offices: frozenset[str]
    gap: int


@cache
def _words() -> _Words:
    data = load_yaml("event_office_holders.yaml")
    heads, _ = office_titles()
    return _Words(heads | frozenset(fold(str(w)) for w in data["offices"]), int(data["gap"]))


def office_holder(view: View, hit: Hit, args: Args) -> None:
    """Replace each place or body actor or target that is in a person's title by that person;
    a target whose title opens right after the verb, in an event with no actor, is the
    person who did it («ناقش وكيل وزارة الصحة الدكتور فلان مع…»)."""
    args.actors = _replaced(view, args.actors, args.targets)
    subject = None
    if not args.has_actor and hit.trigger.verbal and not hit.passive:
        subject = next((e for e in args.targets if e.type in _BODIES
                        and view.entity_first.get(e.id) == hit.last + 2
                        and _office(view, hit.last + 1)), None)
    args.targets = _replaced(view, args.targets, args.actors)
    if subject is not None:
        person = _holder(view, subject)
        if person is not None and person in args.targets:
            args.targets.remove(person)
            args.actors.append(person)


def _replaced(view: View, found: list[Entity], other: list[Entity]) -> list[Entity]:
    if not any(e.type in _BODIES for e in found):
        return found
    out: list[Entity] = []
    for entity in found:
        person = _holder(view, entity) if entity.type in _BODIES else None
        if person is None or person in other:
            out.append(entity)
        elif person not in out:
            out.append(person)
    return out


def _office(view: View, at: int) -> bool:
    """Token ``at`` is an office word, with or without «ال» and a leading «و»."""
    norm = view.tokens[at].norm
    for word in (norm, without_conjunction(norm)):
        if word.removeprefix(ARTICLE) in _words().offices:
            return True
    return False


def _holder(view: View, body: Entity) -> Entity | None:
    first, last = view.entity_first.get(body.id), view.entity_last.get(body.id)
    if first is None or last is None or view.tokens[first].start != body.start:
        return None  # «لفلسطين»: a preposition's object is no title word
    if first > 0 and _office(view, first - 1):
        found = _person_after(view, last)
        if found is not None:
            return found
    return _person_before(view, first)


def _plain(view: View, at: int) -> bool:
    """A word that may stand inside a title: no pause, preposition, «و» or clause break."""
    token = view.tokens[at]
    return token.kind == "word" and not view.ends_argument(at) \
        and not carries_preposition(view, at) and not token.norm.startswith(view.lex.conjunction) \
        and view.bare(at) not in view.lex.prepositions


def _person_after(view: View, last: int) -> Entity | None:
    _, stop = view.sentence_of(last)
    at = last + 1
    while at < min(stop, last + 2 + _words().gap):
        entity = view.entity_at.get(at)
        if entity is not None and view.tokens[at].start == entity.start:
            if entity.type == "PER":
                return entity
            if entity.type not in _BODIES:
                return None
            at = view.entity_last.get(entity.id, at) + 1  # «الطائف مكة»: a second place
            continue
        token = view.tokens[at]
        if not _plain(view, at) or not (view.is_skip(at) or _office(view, at)
                                        or token.norm.startswith(view.lex.article)):
            return None
        at += 1
    return None


def _person_before(view: View, first: int) -> Entity | None:
    start, _ = view.sentence_of(first)
    for at in range(first - 1, max(start, first - 2 - _words().gap), -1):
        ending = view.entity_ending_at.get(at)
        if ending is not None:
            after = at + 1
            return ending if ending.type == "PER" and after < first and _office(view, after) \
                else None
        if at in view.entity_at or not _plain(view, at):
            return None
    return None
