"""Talks resumed, continued or opened (round 28, real news and the spent sets): «وقال إن
المفاوضات ستستأنف الشهر المقبل»، «إن المفاوضات ستتواصل خلال الأيام المقبلة»، «على أن تبدأ
مفاوضات حول هدنة الأسبوع المقبل». The talks noun stood without a party of its own and was
dropped by the evidence test; the verb right before or after it (``event_resumed_talks.yaml``)
tells a round of its own with its time. This is the ``resumed`` sign of the evidence rules
(``event_needs.yaml``, rule ``resumed_talks``). A relative clause («المفاوضات التي تستأنف»)
is only a noun's description and is left to the rule's ``unless``."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["resume_verbs", "resumed"]


@functools.lru_cache(maxsize=1)
def resume_verbs() -> frozenset[str]:
    return folded(load_yaml("event_resumed_talks.yaml")["verbs"])


def resumed(view: View, candidate: Candidate) -> bool:
    """Whether the candidate is a masdar with a resuming verb right before or after it in
    its sentence («ستستأنف المفاوضات»، «المفاوضات ستستأنف»)."""
    if candidate.kind != "masdar":
        return False
    verbs = resume_verbs()
    first = view.token_before(candidate.trigger[0])
    last = view.token_before(candidate.trigger[1] - 1)
    sentence = view.tokens[first].sentence
    for index in (first - 1, last + 1):
        if 0 <= index < len(view.tokens) and view.tokens[index].sentence == sentence \
                and _verb(view, index, verbs):
            return True
    return False


def _verb(view: View, index: int, verbs: frozenset[str]) -> bool:
    token = view.tokens[index]
    if token.norm in verbs:
        return True
    return token.norm[:1] in ("و", "ف") and token.norm[1:] in verbs
