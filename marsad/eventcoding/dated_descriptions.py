"""A description dated in the past is background (round 23, real news).

A report often names a party or a place by what happened to it before: «ويتمركز المقاتلون في
مطار المخا الذي استعادوه من المسلحين قبل أسبوعين»، «الحوثيين الذين سيطروا على صنعاء في
سبتمبر 2014». The capture told there describes the place or the party by its history; it is
not news of the day. A candidate is dropped when

- it is a verb in the past right after a relative pronoun, and
- its clause (at most ``reach`` tokens after the trigger, no clause break) names a past
  period («الشهر الماضي»، «العام الماضي») or a date that ended more than ``days`` days before
  the article's.

A relative past verb with no such time stays («الهجوم الذي استهدف الثكنة»: the gold sets code
it), and so does one dated recently («الذي استهدف الثكنة أمس»). A pluperfect main clause
(«وكانت القوات قد سيطرت على عدن في العاشر من أغسطس») is no description and is left to the
history rules. A masdar after «منذ» dated so («منذ انسحاب القوات من الضواحي في يونيو الماضي»)
was tried and left out: the long gold sets label it as the first telling of the withdrawal.
Words are in ``marsad/lexicons/event_told_again.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.prec_dates import past_verb
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.time_values import last_day
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["dated_description", "without_dated_descriptions"]


@dataclass(frozen=True)
class _Words:
    reach: int
    days: int
    periods: frozenset[str]
    past: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_told_again.yaml")["dated_descriptions"]
    return _Words(int(data["reach"]), int(data["days"]), folded(data["periods"]), folded(data["past"]))


def _described(view: View, candidate: Candidate) -> bool:
    """A past verb right after a relative pronoun."""
    before = first_token(view, candidate) - 1
    return candidate.kind == "verb" and before >= 0 \
        and view.tokens[before].norm in lexicon().relatives and past_verb(view, candidate)


def _old_date(view: View, start: int, stop: int, words: _Words) -> bool:
    """A date of the tokens ``start``..``stop`` that ended more than ``days`` days ago."""
    article = view.article
    if article.published is None:
        return False
    low, high = view.tokens[start].start, view.tokens[stop].end
    for time in article.times:
        if time.type != "DATE" or not time.value or not low <= time.start < high:
            continue
        end = last_day(time.value)
        if end is not None and (article.published - end).days > words.days:
            return True
    return False


def dated_description(view: View, candidate: Candidate) -> bool:
    """A relative past verb whose clause names a past time."""
    words = _words()
    if not _described(view, candidate):
        return False
    last = last_token(view, candidate)
    stop = min(len(view.tokens) - 1, last + words.reach)
    for at in range(last + 1, stop + 1):
        if view.is_break(at):
            stop = at - 1
            break
        if view.tokens[at].norm in words.periods and at + 1 < len(view.tokens) \
                and view.tokens[at + 1].norm in words.past:
            return True
    return stop > last and _old_date(view, last + 1, stop, words)


def without_dated_descriptions(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: drop descriptions dated in the past."""
    return [c for c in found if not dated_description(view, c)]
