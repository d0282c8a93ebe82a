"""Round 16: a happening told as another's circumstance. «توغلت آليات عسكرية في أطراف خان
يونس وسط إطلاق نار كثيف»، «واصل الجيش هجومه البري وسط قصف جوي ومدفعي مكثف»: what follows
«وسط» is the scene of the act told before it, one happening with it. Only when an event of
the sentence comes before it: «قتل ثلاثة مدنيين وسط قصف على المدينة» keeps the shelling.
Words in ``event_grammar.yaml`` (``prec_round16``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["without_circumstances"]


@dataclass(frozen=True)
class _Words:
    amid: frozenset[str]
    types: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_grammar.yaml")["prec_round16"]
    return _Words(frozenset(fold(w) for w in data["amid_words"]), frozenset(data["amid_types"]))


def without_circumstances(view: View, found: list[Candidate]) -> list[Candidate]:
    """The candidates less every happening named after «وسط» behind another event."""
    return [c for c in found if not _circumstance(view, c, found)]


def _circumstance(view: View, candidate: Candidate, found: list[Candidate]) -> bool:
    lex = _words()
    if candidate.type not in lex.types or candidate.statement:
        return False  # a verb form after «وسط» is its masdar read as a verb («وسط قصف جوي»)
    first = first_token(view, candidate)
    if first == 0 or view.norm(first - 1) not in lex.amid:
        return False
    return any(other is not candidate and other.sentence == candidate.sentence
               and other.trigger[0] < candidate.trigger[0] for other in found)
