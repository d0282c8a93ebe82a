"""Round 27: an event's evidence span starts no earlier than the event's own clause.

The span of a trigger candidate runs over its arguments (``candidates._candidate``). An
argument read before the trigger across a word that opens a reported clause («إن»، «أنه») or
a mark that ends a part of the sentence («؛»، «:») sits in another clause: a place in the
reporting clause («نقلت الصحيفة عن قائد شرطة بإقليم أتشيه قوله إن الشرطة ألقت القبض…»), a
speaker, a place read from an earlier part of a long sentence. It stays the event's argument,
but the span starts after that word, as it does after a contrast clause's start
(``View.clause_of``). The words are in ``evidence_start.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["StartWords", "start_words", "evidence_first"]


@dataclass(frozen=True, slots=True)
class StartWords:
    openers: frozenset[str]  # «إن»، «أنه»: a reported clause opens after the word
    marks: frozenset[str]  # «؛»، «:»: a part of the sentence ends


@functools.lru_cache(maxsize=1)
def start_words() -> StartWords:
    data = load_yaml("evidence_start.yaml")
    return StartWords(openers=folded(data["openers"]), marks=frozenset(data["marks"]))


def evidence_first(view: View, first: int, trigger: int) -> int:
    """The token the evidence span starts at: ``first`` (the first argument's token, or the
    trigger's), moved past the last opener or mark between it and the ``trigger`` token and
    past the start of the trigger's contrast clause."""
    if first >= trigger:
        return first
    words = start_words()
    floor = max(first, view.clause_of(trigger))
    for at in range(trigger - 1, floor - 1, -1):
        token = view.tokens[at]
        if token.norm in words.marks or token.text in words.marks \
                or token.norm in words.openers or view.bare(at) in words.openers:
            return at + 1
    return floor
