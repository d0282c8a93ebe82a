"""A verb's mark told far after it (round 26, lexicon B): «اتفقت الحكومة اليمنية وجماعة الحوثي
اليوم الاثنين، في ختام جولة مفاوضات في سويسرا، على تبادل الأسرى». The usual mark window
(``trigger_marks``, ``window.act_mark``) stops at the first comma and after six words; for
the forms of ``event_far_marks.yaml`` the mark may stand within ``reach`` words in its
sentence, past commas, when a time is told between the verb and the mark (the adjunct that
pushed it out), unless a word of ``stops`` opens another clause first, and not as a view
shared («اتفقوا على أن …»: the mark followed by ``opinion_after``).

Round 30 (S2): for the forms of ``followed``, the mark may stand as far in the verb's clause
(no comma between), with no time told, when the word right after it is a way barred («منعت
القوات فرقا إغاثية تابعة لحكومة الوحدة في طرابلس من الوصول»)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["far_mark"]


@dataclass(frozen=True, slots=True)
class _Table:
    reach: int
    marks: dict[str, frozenset[str]]
    opinion_after: frozenset[str]
    stops: frozenset[str]
    followed: dict[str, tuple[frozenset[str], frozenset[str]]]  # form -> (marks, then)


@functools.cache
def _table() -> _Table:
    data = load_yaml("event_far_marks.yaml")
    return _Table(reach=int(data["reach"]),
                  marks={str(form): folded(words) for form, words in data["forms"].items()},
                  opinion_after=folded(data["opinion_after"]),
                  stops=folded(data["stops"]),
                  followed={str(form): (folded(rule["marks"]), folded(rule["then"]))
                            for form, rule in data["followed"].items()})


def far_mark(view: View, hit: Hit) -> bool:
    """Whether the hit's form has a far mark and it stands after the hit, in its sentence."""
    table = _table()
    if hit.trigger.form in table.followed:
        return _followed_mark(view, hit, *table.followed[hit.trigger.form])
    marks = table.marks.get(hit.trigger.form)
    if not marks:
        return False
    tokens = view.tokens
    _, stop = view.sentence_of(hit.first)
    for index in range(hit.end + 1, min(stop, hit.end + 1 + table.reach)):
        word = tokens[index].norm
        if word in table.stops:
            return False
        if tokens[index].kind == "word" and word in marks:
            after = index + 1
            if after < stop and tokens[after].norm in table.opinion_after:
                return False
            return _time_between(view, tokens[hit.end].end, tokens[index].start)
    return False


def _followed_mark(view: View, hit: Hit, marks: frozenset[str], then: frozenset[str]) -> bool:
    """A mark of ``marks`` within ``reach`` words in the hit's clause, the next word in ``then``."""
    table = _table()
    tokens = view.tokens
    _, stop = view.sentence_of(hit.first)
    for index in range(hit.end + 1, min(stop - 1, hit.end + 1 + table.reach)):
        if view.is_break(index) or tokens[index].norm in table.stops:
            return False
        if tokens[index].norm in marks and tokens[index + 1].norm in then:
            return True
    return False


def _time_between(view: View, start: int, end: int) -> bool:
    """A time expression told between the verb and its mark: the adjuncts that pushed the mark
    out of the usual window («… اليوم الاثنين، في ختام …، على»); a subject alone does not."""
    return any(start <= time.start and time.end <= end for time in view.article.times)
