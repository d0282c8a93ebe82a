"""A phrase's later words in every case spelling of their hamza (round 16).

A plural whose hamza follows alif writes it by case before a pronoun: «سفراءها» (accusative),
«سفرائها» (genitive), «سفراؤها» (nominative); news writes any of them after a verb or a masdar
(«سحبت سفرائها»، «سحب سفراءها»). A trigger row written in one is read in all three. The seats
and pronouns are data: ``hamza_case_seats`` and ``hamza_case_pronouns`` in
``event_grammar.yaml``; ``eventcoding.lexicon`` calls this once, as it compiles the table.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any, TypeVar

from marsad.arabic.normalise import fold

__all__ = ["case_variants"]

T = TypeVar("T")


def _rest_words(word: str, seats: list[str], pronouns: list[str]) -> tuple[str, ...]:
    """A folded word and its other case spellings («سفراءها» → «سفرايها»، «سفراوها»); a word
    with no hamza after alif before a pronoun alone."""
    for pronoun in pronouns:
        stem = word[: -len(pronoun)]
        if word.endswith(pronoun) and len(stem) > 3 and stem[-2:] in seats:
            return (word,) + tuple(stem[:-2] + seat + pronoun for seat in seats
                                   if seat != stem[-2:])
    return (word,)


def case_variants(trigger: T, grammar: dict[str, Any]) -> Iterator[T]:
    """The trigger, then the same trigger with one later word in another case spelling."""
    yield trigger
    rest: tuple[str, ...] = getattr(trigger, "rest")
    if not rest:
        return  # a one-word trigger has no later word to spell
    # folded once per trigger, not once per word (round 34: the table compiles at start-up)
    seats = [fold(seat) for seat in grammar["hamza_case_seats"]]
    pronouns = [fold(p) for p in grammar["hamza_case_pronouns"]]
    for k, word in enumerate(rest):
        for other in _rest_words(word, seats, pronouns)[1:]:
            yield dataclasses.replace(trigger, rest=rest[:k] + (other,) + rest[k + 1:])  # type: ignore[type-var]
