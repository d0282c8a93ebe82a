"""A present verb whose tense a particle turns (``event_negated_tenses.yaml``): «لم يوافق
لبنان على التمديد» (past, denied), «لن توافق الحركة على أي تهدئة» (future, refused). The
form is present, but no standing state is told, so ``present_is_state`` does not apply —
unless the particle opens a relative clause («المناطق التي لم تسيطر عليها القوات»)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["turned_tense"]


@functools.cache
def _table() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml("event_negated_tenses.yaml")
    return (frozenset(str(mode) for mode in data["modes"]),
            folded(data["particles"]), lexicon().relatives | folded(data["relatives"]))


def turned_tense(view: View, hit: Hit) -> bool:
    """Whether the hit's mode is one of ``modes``, the word right before it is a particle
    that turns its present tense, and that particle does not follow a relative pronoun."""
    modes, particles, relatives = _table()
    if hit.trigger.mode not in modes:
        return False
    before = hit.first - 1
    if before < 0 or view.tokens[before].norm not in particles:
        return False
    if view.tokens[before].sentence != view.tokens[hit.first].sentence:
        return False
    return before == 0 or view.tokens[before - 1].norm not in relatives
