"""A condemned incident is the attack told again (round 22).

Once an attack is coded in an earlier sentence of the article, an attack verb right after
«الذي/التي» whose head is an incident's word («الحادث»، «العمل»، «الجريمة»، «الاعتداء»),
across the head's adjectives and within its clause, is the same attack named again in a
condemnation or a condolence: «وأضاف أن هذا العمل الإجرامي الجبان الذي استهدف أحد بيوت
الله …», «كما دان النائب الحادث الإرهابي الذي استهدف مسجدا …». The verb is then no event.

Told first, such a verb stays: it is the report's only telling of the attack («استنكر
المحافظ الحادث الإجرامي الذي استهدف رجال الأمن» opening a report). Masdars («التفجير»)
and other types are left alone. Words are in ``marsad/lexicons/event_retold_incidents.yaml``.
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

__all__ = ["incident_told_again", "without_retold_incidents"]

#: The type whose incidents a condemnation tells again.
_ATTACK = "ASSAULT"


@dataclass(frozen=True)
class _Incidents:
    reach: int
    relatives: frozenset[str]
    heads: frozenset[str]


@functools.cache
def _incidents() -> _Incidents:
    data = load_yaml("event_retold_incidents.yaml")["retold_incidents"]
    return _Incidents(int(data["reach"]), folded(data["relatives"]), folded(data["heads"]))


def incident_told_again(view: View, candidate: Candidate, kept: list[Candidate]) -> bool:
    """An attack verb right after «الذي/التي» headed by an incident's word, while an attack
    from an earlier sentence is kept."""
    if candidate.type != _ATTACK or candidate.kind != "verb" or not any(
            other.type == _ATTACK and other.sentence < candidate.sentence for other in kept):
        return False
    words = _incidents()
    relative = first_token(view, candidate) - 1
    if relative < 1 or view.tokens[relative].norm not in words.relatives:
        return False
    return word_before(view, relative, words.reach, words.heads)


def without_retold_incidents(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: drop incidents told again."""
    kept: list[Candidate] = []
    for candidate in found:
        if not incident_told_again(view, candidate, kept):
            kept.append(candidate)
    return kept
