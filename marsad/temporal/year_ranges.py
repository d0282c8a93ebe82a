"""Ranges of years: «بين 1977 و2013»، «بين عامي 2004 و2007»، «من 2001 إلى 2005»،
«(1997 - 2007)» give two DATE records, one year each, like the day ranges of
``recognise.day_range``.

A bare year needs a word or a preposition to be read (``dates.year_only``); inside a range the
range itself is that word. Both ends are four digits, the second later than the first and at
most a lifetime after it. Without an era mark a range is Gregorian and must fall within
1800–2100 (an earlier pair such as «1430 و1436» is as likely Hijri and stays unread); a mark
after the second end («بين 1430 و1436 هـ») names the calendar of both.

«و» joins the ends only after «بين»; «إلى/حتى» after «من» or «بين»; a dash needs no opener.
"""

from __future__ import annotations

from marsad.temporal.dates import read_year
from marsad.temporal.frame import Frame, Match
from marsad.temporal.lexicon import OPENERS
from marsad.temporal.reader import Reader

__all__ = ["year_range"]

_DASHES = "-–"
_AND = "و"
_EARLIEST, _LATEST = 1800, 2100
_LONGEST = 120  # years between the ends: a lifetime, a reign, a membership
_SIGNALS: frozenset[str] = OPENERS.get("signal", frozenset())


def year_range(r: Reader, i: int) -> list[Match] | None:
    """The two years of a range that opens at ``i`` (its opener, or the first year)."""
    norm = r.norms[i] if i < r.n else ""
    if norm not in _SIGNALS and not (len(norm) == 4 and norm.isdecimal()):
        return None  # no signal word («بين»، «من»، «عامي») and no year: no range opens here
    opener = "between" if r.signal(i, "between") else "of" if r.signal(i, "of") else None
    j = (r.signal(i, "between", "of") or i) if opener else i
    j = r.signal(j, "years") or j  # «بين عامي 2004 و2007»
    first = read_year(r, j)
    if first is None:
        return None
    y1, end1, era1 = first
    k = _joined(r, end1, opener)
    if k is None:
        return None
    second = read_year(r, k)
    if second is None:
        return None
    y2, end2, era2 = second
    calendar = era2 or era1
    if not y1 < y2 <= y1 + _LONGEST:
        return None
    if calendar != "hijri" and not _EARLIEST <= y1 and y2 <= _LATEST:
        return None
    calendar = calendar or "gregorian"
    return [Match(j, end1, Frame("date", year=y1, calendar=calendar)),
            Match(k, end2, Frame("date", year=y2, calendar=calendar))]


def _joined(r: Reader, at: int, opener: str | None) -> int | None:
    """Where the second end starts, when the word at ``at`` joins two ends after ``opener``."""
    if r.is_punct(at, _DASHES):
        return at + 1
    if at < r.n and r.norms[at] == _AND and opener == "between":
        return at + 1
    after = r.signal(at, "range_to")
    return after if after is not None and opener is not None else None
