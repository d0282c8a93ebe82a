"""Round 21: an attack or a protest that is only plotted or prepared for is no happening.

«أدين ثمانية بالانضمام إلى خلية خططت لاستهداف كمائن الشرطة»، «خلية كانت تعد لاستهداف مقار
أمنية»: the masdar after the purpose «لـ» of a verb of plotting or preparing (right before it)
names what was planned; the arrest or the verdict is the event. The words are in
``marsad/lexicons/event_prec_round21.yaml`` (``prepared_acts``)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["prepared"]


@functools.cache
def _words() -> tuple[frozenset[str], str, frozenset[str]]:
    data = load_yaml("event_prec_round21.yaml")["prepared_acts"]
    return (frozenset(str(t) for t in data["types"]), fold(str(data["purpose"])),
            folded(data["verbs"]))


def prepared(view: View, candidate: Candidate) -> bool:
    """The trigger is «لـ» + masdar right after a verb of plotting or preparing."""
    types, purpose, verbs = _words()
    if candidate.type not in types:
        return False
    first = first_token(view, candidate)
    if first < 1 or not view.tokens[first].norm.startswith(purpose):
        return False
    before = view.tokens[first - 1]
    return before.kind == "word" and (before.norm in verbs or view.bare(first - 1) in verbs
                                      or before.norm[1:] in verbs and before.norm[:1] == "و")
