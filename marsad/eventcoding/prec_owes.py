"""Round 13: «يدين X بـ… لـ/إلى Y» — X owes something to Y («ويدين آرسنال بتتويجه إلى
اللاعب الذي سجل هدف المباراة»), the other sense of the condemnation's verb: no ACCUSE. A
condemnation keeps its object, past a word of force («تدين الوزارة بشدة الهجوم على
المسجد»). Words in ``event_grammar.yaml`` (``prec_round13``)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from marsad.arabic.clitics import CONJUNCTIONS
from marsad.arabic.normalise import fold
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["owed"]

_SHORTEST = 4  # a word with «بـ/لـ» on it, not «به» or «له»


@dataclass(frozen=True)
class _Words:
    owe_type: str
    cues: frozenset[str]
    force: frozenset[str]
    to: frozenset[str]
    reach: int
    thing_mark: str  # «بـ» before the thing owed
    party_mark: str  # «لـ» before whom it is owed to


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_grammar.yaml")["prec_round13"]
    words = {k: frozenset(fold(w) for w in data[k]) for k in ("owe_cues", "owe_force", "owe_to")}
    return _Words(str(data["owe_type"]), words["owe_cues"], words["owe_force"], words["owe_to"],
                  int(data["owe_reach"]), fold(str(data["owe_thing_mark"])),
                  fold(str(data["owe_party_mark"])))


def owed(view: View, candidate: Candidate) -> bool:
    """The candidate is a condemnation read from «يدين X بـ… لـ/إلى Y», a debt."""
    lex = _words()
    if candidate.type != lex.owe_type:
        return False
    cue = first_token(view, candidate)
    word = view.tokens[cue].norm
    if word[:1] in CONJUNCTIONS and word[1:] in lex.cues:
        word = word[1:]
    if word not in lex.cues:
        return False
    thing = _next(view, cue, lambda n: n.startswith(lex.thing_mark) and len(n) >= _SHORTEST
                  and n not in lex.force)
    return thing is not None and _next(view, thing, lambda n: n in lex.to or (
        n.startswith(lex.party_mark) and len(n) >= _SHORTEST)) is not None


def _next(view: View, after: int, wanted: Callable[[str], bool]) -> int | None:
    """The first of the next ``owe_reach`` tokens of the sentence whose norm is ``wanted``."""
    _, stop = view.sentence_of(after)
    for index in range(after + 1, min(stop, after + 1 + _words().reach)):
        if view.tokens[index].kind != "word":
            return None
        if wanted(view.tokens[index].norm):
            return index
    return None
