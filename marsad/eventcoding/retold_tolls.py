"""A toll told as the same one given before is the attack told again.

Reports give a toll, then a source who confirms it: «قتل 12 شخصا في عملية احتجاز الرهائن …»,
and later «وأكد مسؤول في الشرطة مقتل سبعة حراس، وهي الحصيلة ذاتها التي أعلنت
الجمعة». The report says itself that the toll is the one told before, so the deaths are no
event of their own (a toll a new source gives without that word stays its own event, see
``retold_attacks.py``). An attack trigger is dropped when «الحصيلة ذاتها/نفسها» or «نفس
الحصيلة» stands at most ``reach`` words after it in its sentence and an attack was told as done
in an earlier sentence. Words are in ``marsad/lexicons/event_retold_tolls.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate, kept_in_order
from marsad.eventcoding.denied_retellings import told_before
from marsad.eventcoding.merge import TOLD
from marsad.eventcoding.prec_mentions import last_token
from marsad.eventcoding.prec_words import without_conjunction
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["retold_toll", "without_retold_tolls"]


@dataclass(frozen=True, slots=True)
class _Words:
    types: frozenset[str]
    reach: int
    tolls: frozenset[str]
    same_after: frozenset[str]
    same_before: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_retold_tolls.yaml")["retold_tolls"]
    return _Words(frozenset(data["types"]), int(data["reach"]), folded(data["tolls"]),
                  folded(data["same_after"]), folded(data["same_before"]))


def _same_toll_after(view: View, last: int, words: _Words) -> bool:
    """«الحصيلة ذاتها» or «نفس الحصيلة» within ``reach`` words after the trigger."""
    sentence = view.tokens[last].sentence
    stop = min(len(view.tokens), last + 1 + words.reach)
    for index in range(last + 1, stop):
        if view.tokens[index].sentence != sentence:
            return False
        if without_conjunction(view.tokens[index].norm) not in words.tolls \
                and view.tokens[index].norm not in words.tolls:
            continue
        after = index + 1 < len(view.tokens) and view.tokens[index + 1].sentence == sentence \
            and view.tokens[index + 1].norm in words.same_after
        before = view.tokens[index - 1].norm in words.same_before
        if after or before:
            return True
    return False


def retold_toll(view: View, candidate: Candidate, kept: list[Candidate]) -> bool:
    """An attack trigger followed by «الحصيلة ذاتها», with an attack told as done before."""
    words = _words()
    if candidate.type not in words.types or candidate.factuality not in TOLD:
        return False
    return told_before(candidate, kept) and _same_toll_after(view, last_token(view, candidate),
                                                             words)


def without_retold_tolls(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: drop tolls the report calls the same as
    one told before."""
    return kept_in_order(view, found, retold_toll)
