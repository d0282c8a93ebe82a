"""Whose proposal is refused (round 21, targets); whose role or efforts are praised (round 28).

«رفضت الحكومة مطلب النقابات»، «رفضت أحزاب المعارضة دعوة الرئاسة إلى حوار»، «رفض المجلس
تصريحات الرئيس المصري»: a refusal is aimed at the party whose demand, call, offer or statement
it refuses. For a refusal (types in ``target_proposals.yaml``) that found no target, the first
listed noun within a few words after the trigger (past its subject, not past a clause break)
is read, and the phrase right after it, its owner, is the target: named (a person, body,
state or nationality) or an unnamed actor head kept as text. Nothing is added when no owner
follows the noun («رفضت المبادرة») or when the owner is the refusal's own actor. A listed
noun told by a relative clause names its author as the subject after «الذي/التي» and the
verb («رفضت الحركة الشروط التي وضعها رئيس الوزراء…»).

Round 28: praise reads its own nouns the same way (``target_proposals.yaml`` lists nouns per
type): «وأشاد الوزير بدور الكويت»، «أشاد الرئيس بالجهود التي تبذلها دولة الكويت»، «بالدور
الذي تضطلع به المملكة»: the owner, or the author after the relative (past a pronoun
preposition, «به», and a state's title, «دولة»), is the target.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.argument_core import Args, titled_person
from marsad.eventcoding.argument_phrases import arg_words, phrase
from marsad.eventcoding.matcher import Hit, stems
from marsad.eventcoding.view import ACTOR_TYPES, Phrase, View
from marsad.lexicons import load_yaml

__all__ = ["proposal_owner"]


@functools.cache
def _proposals() -> tuple[dict[str, frozenset[str]], int]:
    data = load_yaml("target_proposals.yaml")
    return ({kind: folded(words) for kind, words in data["nouns"].items()},
            int(data["reach"]))


def proposal_owner(view: View, hit: Hit, args: Args, stop: int) -> None:
    """Add the owner of the refused demand or call (of the praised role or efforts, round
    28) as the target, when none was read."""
    by_type, reach = _proposals()
    nouns = by_type.get(hit.trigger.type)
    if nouns is None or args.targets or args.target_text:
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
        owner = _owner(view, at + 1, stop)  # «دعوة ولي العهد الأمير سلمان»
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
    subject = verb + 1
    if subject + 1 < stop and view.pronoun_prep(subject):
        subject += 1  # «الدور الذي تضطلع به الكويت» (round 28)
    return _owner(view, subject, stop)


def _owner(view: View, at: int, stop: int) -> Phrase | None:
    """The phrase at ``at`` (past a state's title, «دولة الكويت», round 28) or a titled
    person there."""
    if at + 1 < stop and at not in view.entity_at \
            and arg_words().words.get(view.tokens[at].norm) == "title":
        at += 1
    return phrase(view, at, min(stop, at + view.lex.object_window)) or titled_person(view, at, stop)


def _add(view: View, args: Args, owner: Phrase | None) -> None:
    if owner is None or (owner.entities and not owner.types() & ACTOR_TYPES) \
            or any(e in args.actors for e in owner.entities):
        return
    args.add_target(owner)
