"""A deal told by its noun as concluded, with a date of its own (round 25, pacts).

News names a deal reached earlier by its noun and a word that tells it concluded: «وفقا
للاتفاق الذي أعلن عنه يوم 14 يوليو بين إيران والقوى الست»، «الاتفاق الذي تم التوصل إليه
الشهر الماضي بين القوى الكبرى وإيران»، «الاتفاق المبرم بين البلدين في مارس». The rows
«اتفاق @concluded_it»، «اتفاقية/صفقة/معاهدة @concluded_her» of ``event_triggers.tsv`` read
them. Such a mention is the deal as a happening only when a date stands right after it, in
its clause, and the date is before the article's: «الاتفاق النووي المبرم» with no date is a
topic, and is left alone. The deal is a known fact, so it is asserted even inside a
speaker's words. A deal told so after an agreement the article has already told («التوصل لاتفاق
نووي الشهر الماضي …» and later «في أعقاب الاتفاق النووي الذي تم التوصل إليه…») names that
one: it is no second event. The words are data: ``event_told_deals.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.arabic.normalise import fold
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.time_values import first_day
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

if TYPE_CHECKING:  # candidates.py reads this module
    from marsad.eventcoding.candidates import Candidate

__all__ = ["told_deal", "undated_deal", "without_retold_deals"]


@dataclass(frozen=True)
class _Words:
    concluded: frozenset[tuple[str, ...]]
    reach: int
    stops: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_told_deals.yaml")["told_deals"]
    classes = load_yaml("event_object_classes.yaml")["classes"]
    concluded = frozenset(tuple(fold(word) for word in str(member).split())
                          for name in data["classes"] for member in classes[name])
    return _Words(concluded, int(data["reach"]), frozenset(str(s) for s in data["stops"]))


def told_deal(hit: Hit) -> bool:
    """The hit is a deal's noun, maybe with its kind, and the words that tell it concluded
    («الاتفاق المبرم»، «الاتفاق النووي المبرم»)."""
    rest = tuple(fold(word) for word in hit.trigger.rest)
    concluded = _words().concluded
    return any(rest[at:] in concluded for at in range(len(rest)))


def undated_deal(view: View, hit: Hit) -> bool:
    """A concluded deal's noun with no past date of its own within reach after it."""
    if not told_deal(hit):
        return False
    words = _words()
    tokens = view.tokens
    _, stop = view.sentence_of(hit.first)
    end = min(stop, hit.last + 1 + words.reach)
    for index in range(hit.last + 1, end):
        if tokens[index].text in words.stops:
            end = index
            break
    if end <= hit.last + 1:
        return True
    start, finish = tokens[hit.last].end, tokens[end - 1].end
    published = view.article.published
    for time in view.article.times:
        if start <= time.start < finish and time.value and time.type in ("DATE", "TIME"):
            day = first_day(time.value)
            if day is not None and published is not None and day < published:
                return False
    return True


def _told_candidate(view: View, candidate: Candidate) -> bool:
    """The candidate's trigger ends in the words that tell a deal concluded."""
    if candidate.type != "AGREE" or candidate.kind != "phrase":
        return False
    start, end = candidate.trigger
    first, last = view.token_before(start), view.token_before(end - 1)
    words = tuple(fold(view.tokens[k].text) for k in range(max(first, 0), last + 1))
    concluded = _words().concluded
    return any(words[at:] in concluded for at in range(1, len(words)))


def without_retold_deals(view: View, found: list[Candidate]) -> list[Candidate]:
    """Drop a concluded deal told after an agreement the article told before it."""
    first = min((c.trigger[0] for c in found if c.type == "AGREE"
                 and not _told_candidate(view, c)), default=None)
    if first is None:
        return found
    return [c for c in found if not (c.trigger[0] > first and _told_candidate(view, c))]
