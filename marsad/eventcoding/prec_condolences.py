"""Round 21: the attack a condolence is offered for is no new happening of the report.

«ونقل سموه تعازي خادم الحرمين الشريفين ومواساته لأسر شهداء الواجب في حادث التفجير الإرهابي»،
«تقديم واجب العزاء في ابنيهما اللذين استشهدا في الهجوم»: in a sentence of condolences or of a
funeral, the attack or the death mourned was told before (follow-up news re-tells it in every
paragraph); the condolence, and a condemnation beside it, is what the sentence reports. The
words are in ``marsad/lexicons/event_prec_round21.yaml`` (``condolences``)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.mourned_first import first_dated_telling
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["mourned"]


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("event_prec_round21.yaml")["condolences"]
    return (frozenset(str(t) for t in data["types"]),
            folded(data["words"]))


def mourned(view: View, candidate: Candidate) -> bool:
    """An attack in a sentence that offers condolences or tells a funeral."""
    types, words = _words()
    if candidate.type not in types:
        return False
    return not words.isdisjoint(view.words_of_sentence(first_token(view, candidate))) \
        and not first_dated_telling(view, candidate)  # round 25: the first telling, dated
