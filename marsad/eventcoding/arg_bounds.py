"""Where an unnamed target kept as text stops (round 16): before a word that is never part of
a target (``never_target`` in ``event_args_words.tsv``: «ما وصفته بخرق خطير»، «الهجوم
واعتبرته اعتداء»), and a text that opens with one is no target at all («ما وصفته بخرق…»)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_phrases import arg_words

__all__ = ["target_bounds"]


def target_bounds(text: str) -> str:
    """``text`` cut before its first word that is never a target's; '' when that is the first."""
    words = text.split()
    for at, word in enumerate(words):
        if fold(word) in _never():
            return " ".join(words[:at])
    return text


@functools.cache
def _never() -> frozenset[str]:
    return frozenset(word for word, role in arg_words().words.items() if role == "never_target")
