"""Round 26 (denied stances): a standing claim or refusal told in the present tense and set
against the other side's denial in the same sentence is a backdrop of the news, no new event:
«وتتهم مصر قطر بدعم الجماعة، وهو ما تنفيه الدوحة»، «وترفض طهران السماح بتفتيش مواقعها فيما
تنفي سعيها إلى السلاح النووي». A past accusation («واتهمت الوزارة…»), or a present one with no
denial after it («تتهم المعارضة الحكومة بتزوير الانتخابات»), stays.

Words in ``event_denied_stances.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.prec_words import without_conjunction
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["denied_stance"]


@dataclass(frozen=True)
class _Words:
    types: frozenset[str]
    verbs: frozenset[str]
    denials: frozenset[str]


@functools.cache
def _words() -> _Words:
    """The lists of ``event_denied_stances.yaml``, folded."""
    data = load_yaml("event_denied_stances.yaml")
    return _Words(types=frozenset(data["types"]), verbs=folded(data["verbs"]),
                  denials=folded(data["denials"]))


def denied_stance(view: View, candidate: Candidate) -> bool:
    """The candidate is a present-tense claim or refusal with a denial after it in its
    sentence."""
    lex = _words()
    if candidate.type not in lex.types:
        return False
    at = first_token(view, candidate)
    norm = view.tokens[at].norm
    if norm not in lex.verbs and without_conjunction(norm) not in lex.verbs:
        return False
    _, stop = view.sentence_of(at)
    return any(view.tokens[k].norm in lex.denials
               or without_conjunction(view.tokens[k].norm) in lex.denials
               for k in range(at + 1, stop))
