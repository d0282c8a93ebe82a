"""A happening named in a condition about its fate is no new event (round 23, spurious).

«وأن واشنطن قد تفرض عقوبات على قادة الجانبين إذا انهارت المحادثات»، «ستواصل قواته الزحف إذا
فشلت المحادثات»، «في حال فشل المفاوضات»: the talks named there are the talks the report told
before; the sentence tells what a party will do if they break down, not a new round of talks.
A masdar trigger is dropped when the word right before it is a verb or masdar of failure
(«انهارت، فشلت، تعثرت، انهيار …») and the word before that opens a condition («إذا، إن، لو،
في حال»).

Kept: a failure told as done («توقفت المفاوضات في فيينا»، «أعلنت الخارجية فشل جولة
المفاوضات»: the gold sets code the talks there), a condition on a party's act («إذا لم تنسحب
القوات»، «إذا واصل هجماته»: a hypothetical act of its own), and a verb trigger. The words are
data: ``marsad/lexicons/event_fates.yaml``.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["without_fates_in_conditions"]


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("event_fates.yaml")
    return folded(data["conditions"]), folded(data["fates"])


def fate_in_condition(view: View, candidate: Candidate) -> bool:
    """Whether the candidate is a masdar named as what a condition says may fail."""
    if candidate.kind != "masdar":
        return False
    at = view.token_before(candidate.trigger[0])
    if at < 2 or view.tokens[at - 2].sentence != view.tokens[at].sentence:
        return False
    conditions, fates = _words()
    return view.bare(at - 1) in fates and view.bare(at - 2) in conditions


def without_fates_in_conditions(view: View, found: list[Candidate]) -> list[Candidate]:
    """The candidates less those named in a condition about their fate."""
    return [c for c in found if not fate_in_condition(view, c)]
