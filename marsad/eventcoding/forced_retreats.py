"""A forced retreat (round 24, real news): «تصدى لها حرس الحدود ويجبرها على الانسحاب».
The retreat's masdar stood without arguments of its own and was dropped by the evidence
test; a forcing verb (``event_forced_retreats.yaml``: أجبر، أرغم، دفع، اضطر) a few words
before it, with «على/إلى» right before the masdar, tells the happening. This is the
``forced`` sign of the evidence rules (``event_needs.yaml``, rule ``forced_retreat``). The
doer guard of «فرار/هروب» (``trig_subjects``) still holds: civilians driven to flee stay out."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["ForcedRetreats", "forced_retreats", "forced"]


@dataclass(frozen=True, slots=True)
class ForcedRetreats:
    verbs: frozenset[str]  # forcing verbs, folded («أجبر»، «دفع»)
    prepositions: frozenset[str]  # «على»، «إلى» right before the masdar
    reach: int  # the most words between the verb and the preposition


@functools.lru_cache(maxsize=1)
def forced_retreats() -> ForcedRetreats:
    data = load_yaml("event_forced_retreats.yaml")
    return ForcedRetreats(verbs=folded(data["verbs"]), prepositions=folded(data["prepositions"]),
                          reach=int(data["reach"]))


def forced(view: View, candidate: Candidate) -> bool:
    """Whether the candidate's masdar follows «على/إلى» and a forcing verb before it in its
    clause («وأجبرها على الانسحاب»، «دفعها إلى الانسحاب»)."""
    if candidate.kind != "masdar":
        return False
    rules = forced_retreats()
    first = view.token_before(candidate.trigger[0])
    before = first - 1
    if before < 1 or view.bare(before) not in rules.prepositions:
        return False
    sentence = view.tokens[first].sentence
    for index in range(before - 1, max(before - 2 - rules.reach, -1), -1):
        token = view.tokens[index]
        if token.sentence != sentence or view.is_break(index):
            return False
        if _forcing(view, index, rules.verbs):
            return True
    return False


def _forcing(view: View, index: int, verbs: frozenset[str]) -> bool:
    """The word is a forcing verb, bare or with «و/ف» before and a pronoun after it."""
    token = view.tokens[index]
    return any(form in verbs for form in (token.norm, view.bare(index), token.stem))
