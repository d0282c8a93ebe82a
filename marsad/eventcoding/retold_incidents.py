"""A condemned incident is the attack told again (round 22).

Once an attack is coded in an earlier sentence of the article, an attack verb right after
«الذي/التي» whose head is an incident's word («الحادث»، «العمل»، «الجريمة»، «الاعتداء»),
across the head's adjectives and within its clause, is the same attack named again in a
condemnation or a condolence: «وأضاف أن هذا الاعتداء الغادر الذي استهدف
سوقا شعبية …», «كما دان النائب الاعتداء الإرهابي الذي استهدف حسينية …». The verb is then no event.

Told first, such a verb stays: it is the report's only telling of the attack («استنكر
المحافظ الحادث الآثم الذي طال دورية الشرطة» opening a report). Other types are left
alone. Words are in ``marsad/lexicons/event_retold_incidents.yaml``.

Round 29: the incident's noun itself, coded as the attack where no condemnation stands
before it («وقال القائد إن العمل الإجرامي الذي طال الحاجز جزء من …»، «تكرر تنديدها
بالهجوم الإرهابي الغادر الذي جرى في البلدة»), is the attack told again too once an attack
told as done is kept from an earlier sentence: a definite incident word (``nouns``), or a
head of ``heads`` with an attack adjective (``adjectives``: «الهجوم الإرهابي»; a bare
«الهجوم الذي شنته القوات» may be another attack of a roundup), the head's adjectives, then
«الذي/التي» within ``reach`` words. A clause dated to another day than the published one
(«الهجوم الذي استهدف مسجدا في الكويت في يونيو») keeps it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.clause_dates import own_clause_time
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.prec_words import clitic_forms, word_before
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["incident_noun_told_again", "incident_told_again", "without_retold_incidents"]

#: The type whose incidents a condemnation tells again.
_ATTACK = "ASSAULT"


@dataclass(frozen=True)
class _Incidents:
    reach: int
    relatives: frozenset[str]
    heads: frozenset[str]
    nouns: frozenset[str]
    adjectives: frozenset[str]
    told: frozenset[str]
    prepositions: tuple[str, ...]


@functools.cache
def _incidents() -> _Incidents:
    data = load_yaml("event_retold_incidents.yaml")["retold_incidents"]
    return _Incidents(int(data["reach"]), folded(data["relatives"]), folded(data["heads"]),
                      folded(data["nouns"]), folded(data["adjectives"]),
                      frozenset(data["told"]), tuple(str(p) for p in data["prepositions"]))


def _is(word: str, listed: frozenset[str], words: _Incidents) -> bool:
    return any(form in listed for form in clitic_forms(word, words.prepositions))


def _relative_after(view: View, last: int, words: _Incidents) -> tuple[bool, bool]:
    """Whether a relative stands within ``reach`` words after ``last`` across adjectives and
    words of one clause, and whether an attack adjective stands before it."""
    _, stop = view.sentence_of(last)
    adjective = False
    for index in range(last + 1, min(stop, last + 1 + words.reach)):
        norm = view.tokens[index].norm
        if norm in words.relatives:
            return True, adjective
        if view.is_break(index) or view.tokens[index].kind != "word":
            return False, adjective
        adjective = adjective or _is(norm, words.adjectives, words)
    return False, adjective


def _own_other_day(view: View, candidate: Candidate) -> bool:
    """The noun's clause carries a date other than the day of publication."""
    own = own_clause_time(view.article, candidate.trigger, candidate.kind, candidate.sentence)
    published = view.article.published
    if own is None or not own.value:
        return False
    return published is None or not own.value.startswith(published.isoformat()[:10])


def incident_noun_told_again(view: View, candidate: Candidate, kept: list[Candidate]) -> bool:
    """An incident's noun described by a relative clause, while an attack told as done is
    kept from an earlier sentence (see the module's notes)."""
    if candidate.type != _ATTACK or candidate.kind == "verb":
        return False
    words = _incidents()
    if not any(other.type == _ATTACK and other.sentence < candidate.sentence
               and other.factuality in words.told for other in kept):
        return False
    first = first_token(view, candidate)
    head = view.tokens[first].norm
    noun = _is(head, words.nouns, words)
    if not noun and not _is(head, words.heads, words):
        return False
    last = last_token(view, candidate)
    adjective = any(_is(view.tokens[i].norm, words.adjectives, words)
                    for i in range(first + 1, last + 1))
    relative, after = _relative_after(view, last, words)
    return relative and (noun or adjective or after) and not _own_other_day(view, candidate)


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
        if not incident_told_again(view, candidate, kept) \
                and not incident_noun_told_again(view, candidate, kept):
            kept.append(candidate)
    return kept
