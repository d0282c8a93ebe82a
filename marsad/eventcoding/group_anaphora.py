"""Round 22: a group the tagger kept by its bare head is the group named before.

Long reports name a group once in full and then go on with its head alone: «أعلن حزب الله
… ثم هاجم الحزب ثلاثة مواقع»، «وتوعد غالانت الحزب بالرد». The tagger keeps «الحزب» as an
organisation of its own, which names nobody. An actor or target entity whose text is only
``ال`` + a group head of ``group_anaphora.yaml`` («الحزب»، «الحركة») becomes the group it
points back to: an entity before the act's trigger whose text is that head and a further
word («حزب الله»; a one-letter clitic is allowed: «لحزب الله»). Only when every such
entity before the trigger names the same group; two groups with the same head («حركة حماس»
and «حركة فتح») leave it as it is.

Unnamed texts («الجماعة»، «مقاتلي الحركة») are left as they are: the older gold sets keep
that surface text as the argument twice as often as they name the group (round 22 ledger).
"""

from __future__ import annotations

from functools import cache

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.view import ACTOR_TYPES
from marsad.lexicons import load_yaml
from marsad.model import Article, Entity

__all__ = ["name_groups"]


@cache
def _heads() -> frozenset[str]:
    return folded(load_yaml("group_anaphora.yaml")["heads"])


def name_groups(article: Article, args: Args, trigger: int) -> None:
    """Replace in ``args`` an actor or target entity «الحزب» with the one group named
    with that head before character ``trigger``."""
    args.actors[:] = _named(article, args.actors, trigger, [])
    args.targets[:] = _named(article, args.targets, trigger, args.actors)


def _named(article: Article, entities: list[Entity], trigger: int,
           others: list[Entity]) -> list[Entity]:
    """``entities`` with each bare head replaced by its group; a group already in
    ``others`` (or earlier in the list) is not added again."""
    out: list[Entity] = []
    for entity in entities:
        group = _group(article, entity.text, trigger)
        if group is None:
            out.append(entity)
        elif group not in out and group not in others:
            out.append(group)
    return out


def _group(article: Article, text: str, trigger: int) -> Entity | None:
    head = _head(text)
    if head is None:
        return None
    named = [e for e in article.entities if e.end <= trigger and e.type in ACTOR_TYPES
             and _name(e.text, head)]
    if not named or len({_name(e.text, head) for e in named}) != 1:
        return None
    plain = [e for e in named if fold(e.text) == _name(e.text, head)]  # not «لحزب الله»
    return (plain or named)[-1]


def _head(text: str) -> str | None:
    """The group head ``text`` points back to («الحزب» -> «حزب»), or ``None``."""
    words = fold(text).split()
    if len(words) != 1 or not words[0].startswith("ال"):
        return None
    head = words[0][2:]
    return head if head in _heads() else None


def _name(text: str, head: str) -> str:
    """``text`` folded, without a one-letter clitic, when it starts with ``head`` and a
    further word («لحزب الله» -> «حزب الله»); else the empty string."""
    name = fold(text)
    for start in (name, name[1:]):
        if start.startswith(head + " "):
            return start
    return ""
