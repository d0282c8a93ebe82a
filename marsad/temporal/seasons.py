"""Seasons with a year: «صيف 1990»، «شتاء عام 2011»، «ربيع العام 2003»، «خريف 1956م».

The value is the season's first month in that year (``times_seasons.tsv``: spring March,
summer June, autumn September, winter the January that opens the year, or the December
that opens it when two years follow: «شتاء 2014 - 2015» is 2014-12). A season without a
year is no time («الربيع العربي»، «الصيف المقبل» are left alone).
"""

from __future__ import annotations

from marsad.temporal.dates import read_year
from marsad.temporal.frame import Frame, Match
from marsad.temporal.reader import Reader

__all__ = ["season"]

_YEARS = (1000, 2100)
_WINTER = 1
_SPAN = "-/"


def season(r: Reader, i: int) -> Match | None:
    """A season word, [«من»] and a year → that year's season (its first month)."""
    found = r.find(i, "season")
    if found is None:
        return None
    entry, j = found
    j = r.signal(j, "of") or j
    year = read_year(r, j)
    if year is None:
        return None
    value, end, calendar = year
    if calendar == "hijri" or not _YEARS[0] <= value <= _YEARS[1]:
        return None
    month = entry.data[0]
    if month == _WINTER and r.is_punct(end, _SPAN):  # «شتاء 2014م - 2015م»: the winter that
        second = read_year(r, end + 1)                # straddles two years opens in December
        if second is not None and second[0] == value + 1:
            return Match(i, second[1], Frame("date", year=value, month=12))
    return Match(i, end, Frame("date", year=value, month=month))
