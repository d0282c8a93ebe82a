"""Round 20: a unit with a pronoun is the speaker's; the speaker's body is the doer.

«زعم الجيش الإسرائيلي أن قواته استهدفت…»، «نفت وزارة الدفاع التركية أن تكون قواتها قد
استهدفت…»، «وأكد المتحدث باسم قوات الوفاق العقيد محمد قنونو أن قواته ستواصل التقدم»: the
argument finder keeps «قواته» as the doer's text; the pronoun is the speaker's. An act told
in a statement whose only doer is such a unit (``own_acts.units`` + a third-person pronoun, in
the content before the act, with no party named between the content's start and it) is done
by the speaker when the speaker is a body, or by the body a person speaks for when it is
named in the speaker's words («باسم قوات الوفاق»، «قائد قوات سوريا الديمقراطية»). A person
speaking for no named body is left as is.
"""

from __future__ import annotations

from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.own_acts import own_unit, party_between
from marsad.eventcoding.speakers import speaker_entities, token_at
from marsad.eventcoding.view import ACTOR_TYPES, PLACE_TYPES, View
from marsad.model import Entity, Statement

__all__ = ["unit_owner"]

#: Types a speaker's body may have (not a person, not a nationality).
BODY_TYPES = frozenset({"ORG", "GPE"})


def unit_owner(view: View, args: Args, by: str | None, trigger: int) -> None:
    """Give an act told in statement ``by`` whose doer is only «قواته» the body that owns
    that unit."""
    statement = next((s for s in view.article.statements if s.id == by), None) if by else None
    if statement is None:
        return
    if args.actors or len(args.actor_text) != 1:
        return
    content = token_at(view, statement.content[0])
    unit = _unit_at(view, args.actor_text[0], content, token_at(view, trigger))
    if unit < 0 or party_between(view, content, unit):
        return
    owner = _body(view, statement)
    if owner is not None and owner not in args.targets:
        args.actors, args.actor_text = [owner], []


def _unit_at(view: View, text: str, content: int, trigger: int) -> int:
    for at in range(content, trigger):
        if view.tokens[at].text == text and own_unit(view, at):
            return at
    return -1


def _body(view: View, statement: Statement) -> Entity | None:
    """The speaker when it is one body; else the one body named in the speaker's words."""
    speakers = speaker_entities(view.article, statement)
    if len(speakers) != 1:
        return None
    if speakers[0].type in BODY_TYPES:
        return speakers[0]
    speaker = statement.speaker
    if speakers[0].type != "PER" or speaker is None:
        return None
    return _body_in(view, speaker.start, speaker.end)


def _body_in(view: View, start: int, end: int) -> Entity | None:
    """The one body (not a place) named in the speaker's words («باسم قوات الوفاق»)."""
    bodies = [e for e in view.article.entities if start <= e.start and e.end <= end
              and e.type in ACTOR_TYPES and e.type in BODY_TYPES and e.type not in PLACE_TYPES]
    return bodies[0] if len(bodies) == 1 else None
