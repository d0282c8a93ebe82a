"""The subject between «أن يكون/تكون» and «قد» before a verb: «نفى أن يكون الوفد قد وافق
على…» (the delegation agreed, denied), «نفى أن تكون كتلته قد قاطعت الجلسة» (the speaker's
bloc: the speaker acts; see ``candidates.actors_from_speakers``). What follows the verb is its
object («الجلسة»)."""

from __future__ import annotations

from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import unnamed_object
from marsad.eventcoding.speakers import token_at
from marsad.eventcoding.view import ACTOR_TYPES, View

__all__ = ["lead_subject", "object_of_lead"]


def lead_subject(view: View, args: Args, subject: int, trigger_end: int) -> None:
    """The named or definite noun at token ``subject`` does the verb ending at ``trigger_end``."""
    entity = view.entity_at.get(subject)
    token = view.tokens[subject]
    if entity is not None and entity.type in ACTOR_TYPES:
        args.actors = [entity]
    elif token.norm.startswith(view.lex.article):
        args.actor_text = [token.text]
    else:
        return
    object_of_lead(view, args, trigger_end)


def object_of_lead(view: View, args: Args, trigger_end: int) -> None:
    """What follows such a verb is its object («قد قاطعت الجلسة»), kept as text."""
    at = args.object_at if args.object_at >= 0 else token_at(view, trigger_end - 1) + 1
    if at < len(view.tokens) and not args.targets and not args.target_text:
        found = unnamed_object(view, at, view.sentence_of(at)[1])
        if found is not None:
            args.add_target(found)
