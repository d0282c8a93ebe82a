"""The host of talks is their place (round 23, consult2).

A capital or a state that hosts a round of talks or a dialogue («تستضيف بغداد جولة جديدة
من الحوار»، «والآن فيينا تستضيف الجولة الأخيرة من المفاوضات») is the place where the talks are held.
For a trigger whose first word is one of ``host_place_forms`` (``event_host_places.yaml``)
with no stated place, the host is the first city or country named between the verb and what
it hosts (its subject), or else an actor told before the verb; it becomes the place. When
the talks' parties are named after what is hosted («جولة جديدة من المحادثات بين الولايات
المتحدة وإيران»), they are the only actors and the host is the place only; with no
parties after it, the host stays the actor too («تستضيف بغداد جولة جديدة من الحوار مع
واشنطن»: Baghdad acts, Washington is met)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import PLACE_TYPES, View
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["host_forms", "host_place"]


@functools.cache
def host_forms() -> frozenset[str]:
    """The folded first words of the trigger rows whose host is their place."""
    return frozenset(fold(form) for form in load_yaml("event_host_places.yaml")["host_place_forms"])


def host_place(view: View, hit: Hit, args: Args) -> None:
    """Gives ``args`` the host as its place when no place is stated; the parties named
    after the hosted talks are its only actors (the host, and words of it the knowledge
    base did not place — «العاصمة العمانية» — are not)."""
    if args.place_stated or not _hosted(hit.trigger.form):
        return
    host = _host(view, hit, args)
    if host is not None:
        args.place, args.place_stated = host, True
    end = view.tokens[hit.end].end
    parties = [actor for actor in args.actors if actor.start >= end]
    if parties:
        args.actors = parties


@functools.cache
def _hosted(form: str) -> bool:
    """A trigger row's first word is one of ``host_forms`` (asked for every hit of it)."""
    return fold(form.split()[0]) in host_forms()


def _host(view: View, hit: Hit, args: Args) -> Entity | None:
    """The city or country that hosts: named inside the phrase, or an actor before it."""
    for index in range(hit.first + 1, hit.end + 1):
        entity = view.entity_at.get(index)
        if entity is not None and entity.type in PLACE_TYPES:
            return entity
    start = view.tokens[hit.first].start
    return next((actor for actor in args.actors
                 if actor.type in PLACE_TYPES and actor.start < start), None)
