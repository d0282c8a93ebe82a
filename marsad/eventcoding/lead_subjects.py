"""The subject between «أن يكون/تكون» and «قد» before a verb: «نفى أن يكون الوفد قد وافق
على…» (the delegation agreed, denied), «نفى أن تكون كتلته قد قاطعت الجلسة» (the speaker's
bloc: the speaker acts; see ``candidates.actors_from_speakers``). What follows the verb is its
object («الجلسة»)."""

from __future__ import annotations

from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import unnamed_object
from marsad.eventcoding.constructions import constructions
from marsad.eventcoding.speakers import token_at
from marsad.eventcoding.view import ACTOR_TYPES, View

__all__ = ["lead_subject", "object_of_lead", "headed_subject", "toll_subject"]


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


def headed_subject(view: View, first: int, mode: str) -> str | None:
    """«وأعلنت الخلية أن مسلحي التنظيم انسحبوا من محيط الجامع»: two or three words between
    «أن/إن» and the verb at ``first`` that open with the head of an unnamed actor
    (``event_actor_heads.tsv``: «مسلحي»، «عناصر»، «المقاتلين») are its subject; not «أن
    العملية استهدفت» (no actor's head)."""
    if _toll(view, first, mode):
        return None  # «أن رجال الأمن قُتلوا»: a toll, they are the victims
    return _headed(view, first)


def toll_subject(view: View, first: int, mode: str) -> str | None:
    """The head between «أن/إن» and a verb of a toll or an arrest («إن مسلحي التنظيم اعتقلوا»):
    as often the victims as the doers, so no actor (``headed_skip_modes``)."""
    return _headed(view, first) if _toll(view, first, mode) else None


def _toll(view: View, first: int, mode: str) -> bool:
    return mode in constructions().headed_skip_modes \
        or view.tokens[first].text[1:2] == view.lex.passive_mark


def _headed(view: View, first: int) -> str | None:
    rules = constructions()
    opener = next((at for at in range(first - 3, first - 1)
                   if at >= 0 and view.tokens[at].norm in rules.subject_openers), None)
    if opener is None or view.tokens[opener + 1].norm not in view.lex.heads:
        return None
    words = range(opener + 1, first)
    if any(view.tokens[at].kind != "word" or view.tokens[at].norm in view.lex.function_words
           for at in words):
        return None
    return view.article.text[view.tokens[opener + 1].start:view.tokens[first - 1].end]
