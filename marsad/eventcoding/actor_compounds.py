"""The other parties of a verb's subject joined to it by «و»: «قطعت كل من السعودية والإمارات
والبحرين ومصر علاقاتها…»، «سيطرت القوات العراقية وفصائل الحشد الشعبي على…»، «وقع ممثلو الجيش
السوداني وقوات الدعم السريع إعلان…». The subject is read within a short window after the
verb, which cut such a list after its first or second party; here it runs on to the end of
the sentence while each next word opens with «و» and either begins a named party (the
entity starts inside that word, past the «و») or is a unit or title word (`unit`, `title`)
right before one («وفصائل الحشد الشعبي»، «ودولة إسرائيل»). Round 21.
"""

from __future__ import annotations

from marsad.eventcoding.argument_phrases import stem_role, word_role
from marsad.eventcoding.view import ACTOR_TYPES, Phrase, View
from marsad.model import Entity

__all__ = ["joined_parties"]


def joined_parties(view: View, found: Phrase, stop: int) -> Phrase:
    """``found`` with the parties joined to it by «و» up to ``stop``."""
    if not found.entities:
        return found
    while found.last + 1 < stop:
        party = _party_at(view, found.last + 1, stop)
        if party is None or party in found.entities:
            return found
        found = Phrase(found.first, view.entity_last[party.id], [*found.entities, party],
                       found.text)
    return found


def _party_at(view: View, at: int, stop: int) -> Entity | None:
    """The named party the word at ``at`` joins by «و», if any."""
    token = view.tokens[at]
    if not token.norm.startswith(view.lex.conjunction) or token.kind != "word":
        return None
    entity = view.entity_at.get(at)
    if entity is not None:
        return entity if entity.start > token.start and entity.type in ACTOR_TYPES \
            and entity.type != "NORP" else None
    if at + 1 >= stop or not (stem_role(view, at, "unit") or word_role(view, at) == "title"):
        return None
    entity = view.entity_at.get(at + 1)
    if entity is None or entity.start != view.tokens[at + 1].start \
            or entity.type not in ACTOR_TYPES or entity.type == "NORP":
        return None
    return entity
