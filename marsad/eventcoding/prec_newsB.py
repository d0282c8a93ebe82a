"""Round 22, a second sweep of backdrops on fresh news (words in
``marsad/lexicons/event_newsB.yaml``). A candidate is dropped when

- a date of long ago, told as a time («في 2012»، «في عام 1979»), stands in its clause
  within ``far_dates.reach`` tokens (twice ``history.py``'s reach; no clause break between)
  and its sentence names no recent date: «أفلت المسلح الذي قتل 12 شخصا داخل
  دار للسينما في 2012 من الإعدام» tells the 2012 shooting as history. A span («منذ عام
  2003»), a noun's date («اتفاق عام 2015») and a planned or hypothetical act are not read;
- its sentence opens with «الجدير بالذكر أن»: the story's background, like «يذكر أن»
  (``prec_news.py``). A plan told there stays.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from datetime import date

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Time

__all__ = ["far_history", "background_reminder", "without_backdrops_b"]


@dataclass(frozen=True)
class _Words:
    reach: int
    leads: frozenset[str]  # «في»: what tells a date as the act's time
    years: frozenset[str]  # «عام»، «سنة»: may stand between the lead and the date
    keep: frozenset[str]  # factualities never read as history here
    reminders: tuple[tuple[str, ...], ...]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_newsB.yaml")
    far = data["far_dates"]
    return _Words(int(far["reach"]), folded(far["leads"]), folded(far["years"]),
                  frozenset(far["keep"]),
                  tuple(tuple(fold(w) for w in str(p).split()) for p in data["reminder_leads"]))


def _last_day(value: str) -> date | None:
    """The last day of a times-layer day, month or year («2013» ends on 2013-12-31)."""
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return date.fromisoformat(value[:10])
        if len(value) == 7 and value[4] == "-":
            return date(int(value[:4]), int(value[5:]), 28)
        if len(value) == 4 and value.isdigit():
            return date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def _old(view: View, time: Time) -> bool | None:
    """True for a date of long ago, False for a recent one, None for no date."""
    published = view.article.published
    end = _last_day(time.value) if time.type == "DATE" and time.value else None
    if end is None or published is None:
        return None
    return (published - end).days > view.lex.history_days


def _token_of(view: View, offset: int) -> int:
    return bisect.bisect_right(view.token_starts, offset) - 1


def _told_as_time(view: View, where: int, words: _Words) -> bool:
    """«في 2012»، «في عام 2011»: the date right after «في», or after «في عام»."""
    tokens = view.tokens
    if where >= 1 and tokens[where - 1].norm in words.years:
        where -= 1
    return where >= 1 and tokens[where - 1].norm in words.leads


def far_history(view: View, candidate: Candidate) -> bool:
    """A date of long ago told as a time in the candidate's clause, within ``reach`` tokens of
    its trigger, and no recent date in its sentence."""
    words = _words()
    if candidate.factuality in words.keep or not view.article.times:
        return False
    first, last = first_token(view, candidate), last_token(view, candidate)
    s_first, s_stop = view.sentence_of(first)
    reach = words.reach
    found = False
    for time in view.article.times:
        where = _token_of(view, time.start)
        if not s_first <= where < s_stop:
            continue
        old = _old(view, time)
        if old is False:
            return False  # «… 2012، وقصفت الطائرات أمس»: a recent date of its sentence
        if old is None:
            continue
        gap = where - last if where > last else first - where
        if gap <= reach and _told_as_time(view, where, words) and not any(
                view.is_break(at) for at in range(min(where, first) + 1, max(where, last))):
            found = True
    return found


def _phrase_at(view: View, at: int, phrase: tuple[str, ...]) -> bool:
    tokens = view.tokens
    return at + len(phrase) <= len(tokens) and all(
        tokens[at + i].norm == word for i, word in enumerate(phrase))


def background_reminder(view: View, candidate: Candidate) -> bool:
    """Its sentence opens with «الجدير بالذكر أن» and it is no plan."""
    if candidate.factuality == "future":
        return False
    start, _ = view.sentence_of(first_token(view, candidate))
    return any(_phrase_at(view, start, phrase) for phrase in _words().reminders)


def without_backdrops_b(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: both guards above."""
    return [c for c in found if not far_history(view, c) and not background_reminder(view, c)]
