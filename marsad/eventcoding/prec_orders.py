"""Round 16: an order that does what it orders. «وأمرت النيابة العامة بحبس المتهمين أربعة
أيام» detains them: a coercion ordered (a detention, an evacuation, a curfew) is done when
ordered, while «أمر بسحب ألف جندي» stays a plan. The order cue (``event_factuality.tsv``)
and the orderer read by the arguments make both future; this pass takes it back for the
acts of ``ordered_types`` (``prec_round16`` in ``event_grammar.yaml``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.factuality import cue_factuality, stronger
from marsad.eventcoding.lexicon import NO_EVENT
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["ordered_acts"]


@dataclass(frozen=True, slots=True)
class Orders:
    words: frozenset[str]  # the order verbs («أمرت»), folded
    reach: int  # how many words before the act the order may stand
    types: frozenset[str]  # acts done by ordering them («COERCE»)


@functools.cache
def _orders() -> Orders:
    section = load_yaml("event_grammar.yaml")["prec_round16"]
    return Orders(frozenset(fold(w) for w in section["order_words"]), int(section["order_reach"]),
                  frozenset(section["ordered_types"]))


def ordered_acts(view: View, found: list[Candidate]) -> None:
    """«وأمرت النيابة العامة بحبس المتهمين»: a coercion ordered a few words before it is done
    by the order — told as the order is (asserted, reported in a statement, or as the order
    verb's own cue: «لم تأمر» denied), not planned."""
    orders = _orders()
    for candidate in found:
        if candidate.type not in orders.types or candidate.factuality != "future" \
                or candidate.kind in ("verb", "statement"):
            continue
        at = _order_before(view, first_token(view, candidate), orders)
        if at is not None:
            told = "reported" if candidate.by else "asserted"
            cue = cue_factuality(view, at, at)
            candidate.factuality = stronger(cue, told) if cue and cue != NO_EVENT else told


def _order_before(view: View, first: int, orders: Orders) -> int | None:
    for at in range(first - 1, max(first - 1 - orders.reach, -1), -1):
        if view.is_break(at):
            return None
        if view.norm(at) in orders.words:
            return at
    return None
