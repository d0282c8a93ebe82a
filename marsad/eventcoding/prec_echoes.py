"""Round 21: acts that only echo another act of their sentence, dropped.

* A demand a protest carries: «خرج آلاف المتظاهرين في ساحة العاصي، مطالبين بإسقاط النظام» —
  the circumstantial participle «مطالبين» after a protest told in the same sentence says what
  the protesters want; the protest is the event (the blind sets code no request there). A
  finite «وطالب المحتجون …» or a demand with no protest before it stays a request.
* A refusal said again: «ورفضت الحكومة المبادرة، مؤكدة أنها لن تجلس إلى طاولة المفاوضات» —
  a refusal led by «لن» after a refusal already told in its sentence is no second refusal.

The words are in ``marsad/lexicons/event_prec_round21.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.merge import TOLD
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["without_echoes", "protest_demand", "restated_refusal"]


@dataclass(frozen=True)
class _Words:
    demand_type: str
    demand_after: frozenset[str]
    participles: frozenset[str]
    refusal_type: str
    refusal_leads: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_prec_round21.yaml")
    demands, refusals = data["protest_demands"], data["restated_refusals"]
    return _Words(demand_type=str(demands["type"]),
                  demand_after=frozenset(str(t) for t in demands["after_types"]),
                  participles=folded(demands["participles"]),
                  refusal_type=str(refusals["type"]),
                  refusal_leads=folded(refusals["leads"]))


def without_echoes(view: View, found: list[Candidate]) -> list[Candidate]:
    """The candidates less those that echo another one of their sentence."""
    return [c for c in found
            if not protest_demand(view, c, found) and not restated_refusal(view, c, found)]


def protest_demand(view: View, candidate: Candidate, found: list[Candidate]) -> bool:
    """A request told by the participle «مطالبين» after a protest told in its sentence."""
    lex = _words()
    if candidate.type != lex.demand_type \
            or view.tokens[first_token(view, candidate)].norm not in lex.participles:
        return False
    return _told_before(candidate, found, lex.demand_after)


def restated_refusal(view: View, candidate: Candidate, found: list[Candidate]) -> bool:
    """A refusal led by «لن» after another refusal told in its sentence."""
    lex = _words()
    if candidate.type != lex.refusal_type:
        return False
    first = first_token(view, candidate)
    led = view.tokens[first].norm in lex.refusal_leads or (
        first > 0 and view.tokens[first - 1].norm in lex.refusal_leads)
    return led and _told_before(candidate, found, frozenset({lex.refusal_type}))


def _told_before(candidate: Candidate, found: list[Candidate], types: frozenset[str]) -> bool:
    """Another candidate of one of ``types``, told (not planned), earlier in the sentence."""
    return any(other is not candidate and other.type in types
               and other.sentence == candidate.sentence
               and other.trigger[0] < candidate.trigger[0] and other.factuality in TOLD
               for other in found)
