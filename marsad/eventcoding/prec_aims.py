"""An aim is no act done (round 22; written, and off in the data: ``enabled: false``).

A masdar (no verb) after a word of aim, preparation or effort a few tokens before it in its
clause («تمهيدا لعملية عسكرية واسعة»، «احتشدت القوات استعدادا لاقتحام المعسكر»، «جهود
الحكومة للإفراج عن الرهينة») is what a party strives for, no act done; one coded as a plan
(factuality ``future``) stays. Words are in ``marsad/lexicons/event_aims.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.prec_words import word_before
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["aimed_only", "without_aims"]


@dataclass(frozen=True)
class _Aims:
    enabled: bool
    reach: int
    words: frozenset[str]


@functools.cache
def _aims() -> _Aims:
    data = load_yaml("event_aims.yaml")
    return _Aims(bool(data["enabled"]), int(data["reach"]), folded(data["words"]))


def aimed_only(view: View, candidate: Candidate, aims: _Aims | None = None) -> bool:
    """A masdar told as an aim: a word of aim stands a few tokens before it, in its clause
    (``aims`` defaults to the data's, whose switch is off)."""
    aims = aims or _aims()
    if not aims.enabled or candidate.kind == "verb" or candidate.factuality == "future":
        return False
    return word_before(view, first_token(view, candidate), aims.reach, aims.words, as_read=True)


def without_aims(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: drop aims (while their switch is on)."""
    return [candidate for candidate in found if not aimed_only(view, candidate)]
