"""A deal told by its noun as concluded, with a date of its own, is an agreement.

News names a deal reached earlier by its noun and a word that tells it concluded: «طبقا
للاتفاق الذي أعلن عنه في 9 مارس بين الحكومة والنقابات»، «الاتفاق الذي تم التوصل إليه
الشهر الماضي بين القوى الكبرى وإيران»، «الاتفاق المبرم بين البلدين في مارس». The rows
«اتفاق @concluded_it»، «اتفاقية/صفقة/معاهدة @concluded_her» of ``event_triggers.tsv`` read
them. Such a mention is the deal as a happening only when a date stands right after it, in
its clause, and the date is before the article's: «الاتفاق النووي المبرم» with no date is a
topic, and is left alone. The deal is a known fact, so it is asserted even inside a
speaker's words. A deal told so after the same agreement the article has already told («التوصل
لاتفاق نووي الشهر الماضي …» and later «في أعقاب الاتفاق النووي المبرم…») names that
one: it is no second event. It is the same agreement when the earlier one holds the deal's noun
(and its kind, when the told deal names one: «النووي») within ``same_reach`` words of its
trigger, or when every party the told deal names is a party of the earlier one; a deal between
other parties by another noun («اتفاقية تجارية مع الصين» before «الاتفاق … بين الحكومة
والمتمردين») is a deal of its own. The words are data: ``event_told_deals.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.arabic.clitics import candidates as stems
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
    same_reach: int


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_told_deals.yaml")["told_deals"]
    classes = load_yaml("event_object_classes.yaml")["classes"]
    concluded = frozenset(tuple(fold(word) for word in str(member).split())
                          for name in data["classes"] for member in classes[name])
    return _Words(concluded, int(data["reach"]), frozenset(str(s) for s in data["stops"]),
                  int(data["same_reach"]))


def told_deal(hit: Hit) -> bool:
    """The hit is a deal's noun, maybe with its kind, and the words that tell it concluded
    («الاتفاق المبرم»، «الاتفاق النووي المبرم»)."""
    return _concluded(hit.trigger.rest)


@functools.cache
def _concluded(rest: tuple[str, ...]) -> bool:
    """``told_deal`` of a trigger's words after its first (a lexicon's trigger: one answer)."""
    folded_rest = tuple(fold(word) for word in rest)
    concluded = _words().concluded
    return any(folded_rest[at:] in concluded for at in range(len(folded_rest)))


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


def _told_words(view: View, candidate: Candidate) -> tuple[str, ...] | None:
    """The words before the concluded ones of a told deal's trigger (its noun, and its kind:
    «الاتفاق النووي»); None when the candidate is no told deal."""
    if candidate.type != "AGREE" or candidate.kind != "phrase":
        return None
    start, end = candidate.trigger
    first, last = view.token_before(start), view.token_before(end - 1)
    words = tuple(fold(view.tokens[k].text) for k in range(max(first, 0), last + 1))
    concluded = _words().concluded
    return next((words[:at] for at in range(1, len(words)) if words[at:] in concluded), None)


def _parties(candidate: Candidate) -> frozenset[str]:
    """The folded names of the candidate's actors and targets, named or unnamed."""
    args = candidate.args
    names = [e.text for e in args.actors + args.targets] + args.actor_text + args.target_text
    return frozenset(fold(name) for name in names if name)


def _shares(words: tuple[str, ...], window: list[str]) -> bool:
    """Every word of ``words`` stands in ``window``, clitics and article aside."""
    seen = {stem for word in window for stem in stems(word)}
    return all(seen.intersection(stems(word)) for word in words)


def _same_deal(view: View, told: Candidate, words: tuple[str, ...], earlier: Candidate) -> bool:
    """The earlier agreement is the told deal: its noun and kind near its trigger, or every
    party of the told deal among its own."""
    first = max(view.token_before(earlier.trigger[0]), 0)
    last = view.token_before(earlier.trigger[1] - 1)
    _, stop = view.sentence_of(first)
    window = [fold(view.tokens[k].text)
              for k in range(first, min(stop, last + 1 + _words().same_reach))]
    if _shares(words, window):
        return True
    told_parties = _parties(told)
    return bool(told_parties) and told_parties <= _parties(earlier)


def without_retold_deals(view: View, found: list[Candidate]) -> list[Candidate]:
    """Drop a concluded deal told after the same agreement the article told before it."""
    told = {id(c): words for c in found if (words := _told_words(view, c)) is not None}
    if not told:
        return found
    earlier = [c for c in found if c.type == "AGREE" and id(c) not in told]
    return [c for c in found
            if id(c) not in told or not any(e.trigger[0] < c.trigger[0]
                                             and _same_deal(view, c, told[id(c)], e)
                                             for e in earlier)]
