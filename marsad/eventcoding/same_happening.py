"""A happening named again by its parties is the event told before (round 24, doubles).

Reports tell a meeting or a visit in the lead and name it again lower down by who took part:
«استقبل العاهل الأردني في عمان أمس وزير الخارجية الأمريكي جون كيري …» and then «وقالت
مصادر دبلوماسية إن لقاء كيري والعاهل الأردني يأتي في إطار جولة إقليمية». The masdar of the
later sentence («لقاء»، «مباحثات»، «زيارة») stands right before the name of a party
(«كيري»), or before «مع» and the name («سيركز الوزير في لقائه مع كيري على …»). When that
name shares a word with an actor or a target of an event of the same type coded in an
earlier sentence, the masdar is that happening told again, and it is no event of its own.

It stays an event when:

- a word after it makes it another happening of its kind: one still to come («زيارة الرئيس
  المقبلة»), one before («لقاؤهما السابق»), a second one («جولة ثانية»، «زيارة أخرى»);
- it is denied or conditional;
- no name follows it, or the name is no party of an earlier event of its type, or the name
  opens with a title («زيارة الرئيس الفرنسي»: a title and a nationality name no one party);
- its type is not in the list (only talks, meetings and visits for now: an arrest or a strike
  named by its target is as often a new act as an old one).

Words are in ``marsad/lexicons/event_same_happening.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate, kept_in_order
from marsad.eventcoding.prec_mentions import last_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["named_again", "without_same_happenings"]


@dataclass(frozen=True)
class _Words:
    types: frozenset[str]
    other: frozenset[str]
    reach: int
    told: frozenset[str]
    common: frozenset[str]
    parties: frozenset[str]
    links: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_same_happening.yaml")["named_again"]
    return _Words(frozenset(data["types"]), folded(data["other"]), int(data["reach"]),
                  frozenset(data["told"]), folded(data["common"]),
                  frozenset(data["parties"]), folded(data["links"]))


def _name_words(entity: Entity, common: frozenset[str]) -> frozenset[str]:
    """The words of a name, without the common ones that tie nothing together."""
    return frozenset(word for word in fold(entity.text).split()
                     if len(word) > 2 and word not in common)


def _party_after(view: View, candidate: Candidate) -> tuple[Entity, int] | None:
    """The named party that begins right after the masdar, and the index of its last token."""
    last = last_token(view, candidate)
    following = last + 1
    if following < len(view.tokens) and view.tokens[following].norm in _words().links:
        following += 1  # «لقائه مع كيري»
    if following >= len(view.tokens) \
            or view.tokens[following].sentence != view.tokens[last].sentence:
        return None
    entity = view.entity_at.get(following)
    if entity is None or entity.type not in _words().parties \
            or entity.start != view.tokens[following].start:
        return None
    if fold(entity.text).split()[0] in _words().common:
        return None  # «زيارة الرئيس الفرنسي»: a title and a nationality name no one party
    return entity, view.entity_last[entity.id]


def _other_happening(view: View, after: int, words: _Words) -> bool:
    """A word of another happening of the kind among the next words, in the clause."""
    for index in range(after + 1, min(len(view.tokens), after + 1 + words.reach)):
        if view.is_break(index) or view.tokens[index].sentence != view.tokens[after].sentence:
            return False
        if view.tokens[index].norm in words.other or view.bare(index) in words.other:
            return True
    return False


def named_again(view: View, candidate: Candidate, kept: list[Candidate]) -> bool:
    """A masdar of a listed type right before the name of a party of an event of its type
    coded in an earlier sentence, with no word of another happening after it."""
    words = _words()
    if candidate.kind != "masdar" or candidate.type not in words.types \
            or candidate.factuality not in words.told:
        return False
    party = _party_after(view, candidate)
    if party is None:
        return False
    entity, end = party
    names = _name_words(entity, words.common)
    if not names or _other_happening(view, end, words):
        return False
    return any(other.type == candidate.type and other.sentence < candidate.sentence
               and any(names & _name_words(known, words.common)
                       for known in (*other.args.actors, *other.args.targets))
               for other in kept)


def without_same_happenings(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: drop masdars that name a coded happening by
    its parties."""
    words = _words()
    if not any(c.type in words.types and c.kind == "masdar" for c in found):
        return found
    return kept_in_order(view, found, named_again)
