"""Whose proposal is refused (round 21, targets).

«رفضت الحكومة مطلب النقابات»، «رفضت أحزاب المعارضة دعوة الرئاسة إلى حوار»، «رفض المجلس
تصريحات الرئيس المصري»: a refusal is aimed at the party whose demand, call, offer or statement
it refuses. For a refusal (types in ``target_proposals.yaml``) that found no target, the first
listed noun within a few words after the trigger (past its subject, not past a clause break)
is read, and the phrase right after it, its owner, is the target: named (a person, body,
state or nationality) or an unnamed actor head kept as text. Nothing is added when no owner
follows the noun («رفضت المبادرة») or when the owner is the refusal's own actor. A listed
noun told by a relative clause names its author as the subject after «الذي/التي» and the
verb («رفضت الحركة الشروط التي وضعها رئيس الوزراء…»).
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.argument_core import Args, titled_person
from marsad.eventcoding.argument_phrases import phrase
from marsad.eventcoding.matcher import Hit, stems
from marsad.eventcoding.view import ACTOR_TYPES, Phrase, View
from marsad.lexicons import load_yaml

__all__ = ["proposal_owner"]


@functools.cache
def _proposals() -> tuple[frozenset[str], frozenset[str], int]:
    data = load_yaml("target_proposals.yaml")
    return (frozenset(data["types"]), folded(data["nouns"]),
            int(data["reach"]))


def proposal_owner(view: View, hit: Hit, args: Args, stop: int) -> None:
    """Add the owner of the refused demand or call as the target, when none was read."""
    types, nouns, reach = _proposals()
    if hit.trigger.type not in types or args.targets or args.target_text:
        return
    seen = False
    for at in range(hit.end + 1, min(stop, hit.end + 1 + reach)):
        if view.bare(at) in view.lex.relatives:
            if seen:  # not «الجلسة التي حضرها…», «التحالف الذي تقوده…»
                _add(view, args, _author(view, at, stop))
            return
        if view.ends_argument(at) or view.tokens[at].kind != "word":
            return
        if at in view.entity_at or not any(s in nouns for s in stems(view.tokens[at].text)):
            continue
        seen = True
        if view.clitic_prep(at + 1):
            return  # «طلب بوقف…»: what is asked, not who asks
        owner = phrase(view, at + 1, min(stop, at + 1 + view.lex.object_window)) \
            or titled_person(view, at + 1, stop)  # «دعوة ولي العهد الأمير سلمان»
        if owner is not None:
            _add(view, args, owner)
            return


def _author(view: View, at: int, stop: int) -> Phrase | None:
    """«الشروط التي وضعها رئيس الوزراء…»: the subject of the verb after «الذي/التي», a
    verb that carries the pronoun of the thing refused."""
    verb = at + 1
    if verb + 1 >= stop or verb in view.entity_at or view.tokens[verb].kind != "word" \
            or view.ends_argument(verb):
        return None
    return phrase(view, verb + 1, min(stop, verb + 1 + view.lex.object_window)) \
        or titled_person(view, verb + 1, stop)


def _add(view: View, args: Args, owner: Phrase | None) -> None:
    if owner is None or (owner.entities and not owner.types() & ACTOR_TYPES) \
            or any(e in args.actors for e in owner.entities):
        return
    args.add_target(owner)
