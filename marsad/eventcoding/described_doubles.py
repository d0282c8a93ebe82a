"""A happening described by a relative clause is one event (round 23, real news).

«استنكرت الهيئة العمل الإرهابي الذي استهدف سوق المدينة» tells one attack: the
noun «العمل الإرهابي» names it and the verb after «الذي» says what it did. When the verb right
after the relative pronoun is a candidate of the same type as a coded noun that heads the
relative (its last word at most ``reach`` words before the pronoun, the head's adjectives
between, no clause break), the verb is no event of its own: the noun's event stands for both.

A verb of another type stays («الاتفاق الذي رفضته الحركة»: an agreement and a rejection), and
so does a relative whose head is no coded happening («المسلحين الذين هاجموا الحاجز»). Words are
in ``marsad/lexicons/event_told_again.yaml``.
"""

from __future__ import annotations

import functools

from marsad.eventcoding.candidates import Candidate, kept_in_order
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["described_again", "without_described_doubles"]


@functools.cache
def _reach() -> int:
    return int(load_yaml("event_told_again.yaml")["described"]["reach"])


def described_again(view: View, candidate: Candidate, kept: list[Candidate]) -> bool:
    """A verb right after a relative pronoun whose head is a kept happening of its type."""
    if candidate.kind != "verb":
        return False
    relative = first_token(view, candidate) - 1
    if relative < 1 or view.tokens[relative].norm not in view.lex.relatives:
        return False
    for other in kept:
        if other.type != candidate.type or other.sentence != candidate.sentence \
                or other.kind == "verb":
            continue
        head = last_token(view, other)
        if 0 <= relative - head - 1 < _reach() and not any(
                view.is_break(at) for at in range(head + 1, relative)):
            return True
    return False


def without_described_doubles(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: drop verbs that describe a coded happening."""
    return kept_in_order(view, found, described_again)
