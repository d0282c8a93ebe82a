"""An attack named as the subject of what it hit is the attack told before (round 24, doubles).

«شن الجيش حملة قصف على الأحياء الشرقية، واستهدف القصف المدارس والأسواق»: the second verb
tells what the shelling told first hit. Its subject, right after it, is a definite attack noun
(«القصف»، «الغارات»، «الضربات»، «الهجوم»), and an attack was already kept before it in the
article (in an earlier sentence or earlier in the same one). The verb is then no new attack.

It stays an event when its subject is a doer or a weapon («قصفت الطائرات الإسرائيلية موقعا»:
a first telling), when the noun after it is indefinite («استهدفت غارة جديدة …»), when it is
planned, denied or conditional («سيوسع الجيش القصف» names its object, and is a plan), and
when no attack was kept before it. Words are in ``marsad/lexicons/event_same_happening.yaml``
(``attack_subject``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate, kept_in_order
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["subject_told_before", "without_attack_subjects"]

_TYPE = "ASSAULT"


@dataclass(frozen=True)
class _Words:
    told: frozenset[str]
    verbs: frozenset[str]
    nouns: frozenset[str]
    skip: frozenset[str]
    conjunctions: tuple[str, ...]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_same_happening.yaml")["attack_subject"]
    return _Words(frozenset(data["told"]), folded(data["verbs"]), folded(data["nouns"]),
                  folded(data["skip"]), tuple(sorted(folded(data["conjunctions"]))))


def _verb(norm: str, words: _Words) -> bool:
    if norm in words.verbs:
        return True
    return any(norm.startswith(c) and norm[len(c):] in words.verbs for c in words.conjunctions)


def subject_told_before(view: View, candidate: Candidate, kept: list[Candidate]) -> bool:
    """A listed attack verb whose subject right after it is a definite attack noun, with an
    attack kept before it."""
    words = _words()
    if candidate.type != _TYPE or candidate.kind != "verb" \
            or candidate.factuality not in words.told:
        return False
    first, last = first_token(view, candidate), last_token(view, candidate)
    if first != last or not _verb(view.tokens[first].norm, words):
        return False
    after = last + 1
    while after < len(view.tokens) and view.tokens[after].norm in words.skip:
        after += 1
    if after >= len(view.tokens) or view.tokens[after].sentence != view.tokens[last].sentence \
            or view.tokens[after].norm not in words.nouns:
        return False
    return any(other.type == _TYPE and other.factuality in words.told
               and other.trigger[0] < candidate.trigger[0] for other in kept)


def without_attack_subjects(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: drop attack verbs whose subject names an
    attack told before."""
    return kept_in_order(view, found, subject_told_before)
