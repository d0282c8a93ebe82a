"""Round 21: the attack a condolence is offered for is no new happening of the report.

«ونقل سموه تعازي خادم الحرمين الشريفين ومواساته لأسر شهداء الواجب في هجوم الأحد»،
«تقديم واجب العزاء في ابنهم الذي قتل في الهجوم»: in a sentence of condolences or of a
funeral, the attack or the death mourned was told before (follow-up news re-tells it in every
paragraph); the condolence, and a condemnation beside it, is what the sentence reports. The
words are in ``marsad/lexicons/event_prec_round21.yaml`` (``condolences``)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.condemned_attacks import condemned_attack
from marsad.eventcoding.mourned_first import (first_dated_telling, first_telling,
                                              first_telling_day)
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.said_words import holds_any
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["in_condolence", "mourned", "mourned_day"]


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("event_prec_round21.yaml")["condolences"]
    return (frozenset(str(t) for t in data["types"]),
            folded(data["words"]))


def in_condolence(view: View, candidate: Candidate) -> bool:
    """An attack in a sentence that offers condolences or tells a funeral."""
    types, words = _words()
    return candidate.type in types and holds_any(view, first_token(view, candidate), words)


def mourned(view: View, candidate: Candidate) -> bool:
    """An attack in a sentence that offers condolences or tells a funeral, not the report's
    first telling of one specific attack (``mourned_first``: dated, round 25; undated, round
    27, C): told before, or attacks in general, or one pointed back at."""
    return in_condolence(view, candidate) \
        and not first_dated_telling(view, candidate) \
        and not first_telling(view, candidate)  # round 25: dated; round 27 (C): undated


def mourned_day(view: View, candidate: Candidate) -> str | None:
    """The time of an attack first told in a condolence or a condemnation: its own (after
    the trigger) or the article's day; None for any other candidate (round 27, C)."""
    if not (in_condolence(view, candidate) or condemned_attack(view, candidate)) \
            or not first_telling(view, candidate):
        return None
    return first_telling_day(view, candidate)
