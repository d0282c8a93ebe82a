"""A seized or stormed place is not a target (round 21): «سيطرت القوات على الموصل»،
«اقتحمت القوات مخيم جنين»: the town, region or site taken is the event's place (set from the
target by ``arguments._target_as_place``), not a party, and leaves the targets. In the 22
spent blind sets, written by engineers who never saw the coder, a seized or stormed town is
the place alone in 63 events and a target in 4; the older development gold was relabelled to
match (docs/events.md, round 21). A country stays a target («الهجوم الإيراني على إسرائيل»),
and so does a place when the trigger needs a target to be an event at all. Strikes and other
modes keep their targets. The sites leave the coded event only (``events._event``), after the
merges, which compare targets: which events are coded does not change.

A site kept as text («سيطرت على مبنى الإذاعة») stays: the development gold names it as the
target and the blind sets were not measured on it apart.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.view import PLACE_TYPES
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["drop_sites"]


@dataclass(frozen=True)
class _Sites:
    types: frozenset[str]
    party_kinds: frozenset[str]
    modes: frozenset[str]


@functools.cache
def _sites() -> _Sites:
    data = load_yaml("target_sites.yaml")
    return _Sites(frozenset(data["site_types"]), frozenset(data["party_kinds"]),
                  frozenset(data["site_modes"]))


def drop_sites(kind: str, mode: str, needs: str, args: Args) -> None:
    """Drop the targets that are sites from the arguments of a coded event of type ``kind``
    and ``mode`` (after the merges, which compare targets: the events stay as they were)."""
    sites = _sites()
    if kind not in sites.types or needs == "target" or mode not in sites.modes:
        return
    args.targets = [e for e in args.targets if not _site(e, sites.party_kinds)]


def _site(entity: Entity, party_kinds: frozenset[str]) -> bool:
    return entity.type in PLACE_TYPES \
        and (entity.link is None or entity.link.kind not in party_kinds)
