"""From a frame and the article date (the anchor) to a TIMEX3-style value.

Without an anchor nothing is guessed: relative expressions keep an unresolved value
(``XXXX-XX-XX``, ``XXXX-WXX-5``, ``XXXX-XX``) and ``anchored=False``. Hijri dates are
converted exactly (Umm al-Qura, ``hijridate``).
"""

from __future__ import annotations

import calendar as _calendar
from datetime import date, timedelta
from typing import NamedTuple

from hijridate import Gregorian, Hijri

from marsad.temporal import tabular
from marsad.temporal.frame import Frame

_FAR_DAYS = 330
#: The Hijri years of the Umm al-Qura table in ``hijridate`` (1924–2077).
_UMM_AL_QURA = (1343, 1500)
#: A year from here on beside a Hijri month is a Gregorian one («رمضان 2015»).
_GREGORIAN_YEARS = 1600


class Resolved(NamedTuple):
    """Immutable, as before; a named tuple is built without a frozen dataclass's per-field
    ``object.__setattr__`` calls (one is made for every expression found)."""

    type: str  # DATE TIME DURATION SET
    value: str | None
    part_of_day: str | None
    mod: str | None
    anchored: bool


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _rel(frame: Frame, anchor: date | None) -> tuple[str | None, bool]:
    unit, n = frame.unit, frame.offset or 0
    if anchor is None:
        blank = {"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "DEC": "XXXX"}
        return blank.get(unit or "D", "XXXX-XX-XX"), False
    if unit == "W":
        return _week(anchor + timedelta(weeks=n)), True
    if unit == "M":
        year, month = _shift_month(anchor, n)
        return f"{year:04d}-{month:02d}", True
    if unit == "Y":
        return f"{anchor.year + n:04d}", True
    if unit == "DEC":
        return f"{(anchor.year + 10 * n) // 10:03d}X", True
    if unit == "D":
        day = anchor + timedelta(days=n)
        if frame.weekday:  # «أمس الخميس»: the named weekday nearest to the day meant
            day += timedelta(days=(frame.weekday - day.isoweekday() + 3) % 7 - 3)
        return day.isoformat(), True
    hours = n if unit == "H" else 0  # minutes stay on the anchor's day
    return (anchor + timedelta(days=int(hours / 24))).isoformat(), True


def _weekday(frame: Frame, anchor: date | None) -> tuple[str | None, bool]:
    wanted = frame.weekday or 1
    if anchor is None:
        return f"XXXX-WXX-{wanted}", False
    today = anchor.isoweekday()
    back = (today - wanted) % 7
    ahead = (wanted - today) % 7
    if frame.offset == -1:
        delta = -(back or 7)
    elif frame.offset == 1:
        delta = ahead or 7
    elif frame.offset == 0 or back == 0:
        delta = 0 if back == 0 else ahead
    else:
        delta = ahead if frame.future else -back
    return (anchor + timedelta(days=delta)).isoformat(), True


def _hijri(frame: Frame, anchor: date | None) -> tuple[str | None, bool]:
    year = frame.year
    if year is None:
        if anchor is None:
            return ("XXXX-XX-XX" if frame.day else "XXXX-XX"), False
        year = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
    if year >= _GREGORIAN_YEARS and frame.month is not None:
        return _hijri_month_in(year, frame.month, frame.day)
    try:
        if frame.month is None:
            g = _gregorian(year, 7, 1)
            return f"{g.year:04d}", True
        if frame.day is None:
            g = _gregorian(year, frame.month, 15)
            return f"{g.year:04d}-{g.month:02d}", True
        g = _gregorian(year, frame.month, frame.day)
    except (ValueError, OverflowError):
        return None, True
    return f"{g.year:04d}-{g.month:02d}-{g.day:02d}", True


def _hijri_month_in(year: int, month: int, day: int | None) -> tuple[str | None, bool]:
    """A Hijri month with a Gregorian year («رمضان 2015»): that month as it fell in that
    year (its 15th day in the year; the first of two when a year holds it twice)."""
    try:
        hijri_year = Gregorian(year, 1, 1).to_hijri().year
        for candidate in (hijri_year, hijri_year + 1):
            middle = Hijri(candidate, month, 15).to_gregorian()
            if middle.year == year:
                if day is None:
                    return f"{middle.year:04d}-{middle.month:02d}", True
                g = Hijri(candidate, month, day).to_gregorian()
                return f"{g.year:04d}-{g.month:02d}-{g.day:02d}", True
    except (ValueError, OverflowError):
        pass
    return None, True


def _gregorian(year: int, month: int, day: int) -> date:
    """A Hijri date in the Gregorian calendar: Umm al-Qura (``hijridate``) within its table,
    the tabular calendar before and after it («سنة 1217هـ» is 1802)."""
    if _UMM_AL_QURA[0] <= year <= _UMM_AL_QURA[1]:
        return Hijri(year, month, day).to_gregorian()  # type: ignore[no-any-return]
    return tabular.to_gregorian(year, month, day)


def _year_for(frame: Frame, anchor: date) -> int:
    """The year of a day or month written without one: the anchor's, or the neighbouring
    one when «الماضي»/«المقبل» say so or when the anchor's year puts it 11 months away."""
    if frame.year_shift is not None:
        return anchor.year + frame.year_shift
    month, day = frame.month or 1, frame.day or 15
    here = (month, day)
    now = (anchor.month, anchor.day)
    if frame.offset == -1:
        return anchor.year if here < now else anchor.year - 1
    if frame.offset == 1:
        return anchor.year if here > now else anchor.year + 1
    gap = (month - anchor.month) * 30.5 + (day - anchor.day)
    if gap < -_FAR_DAYS:
        return anchor.year + 1
    if gap > _FAR_DAYS:
        return anchor.year - 1
    return anchor.year


def _calendar_value(frame: Frame, anchor: date | None) -> tuple[str | None, bool]:
    if frame.calendar == "hijri":
        return _hijri(frame, anchor)
    year = frame.year if frame.year is not None else (_year_for(frame, anchor) if anchor else None)
    anchored = year is not None
    y = f"{year:04d}" if year is not None else "XXXX"
    if frame.month is None:
        return y, anchored
    if frame.day is None:
        return f"{y}-{frame.month:02d}", anchored
    last = _calendar.monthrange(year if year is not None else 2024, frame.month)[1]
    if frame.day > last:
        return None, anchored
    return f"{y}-{frame.month:02d}-{frame.day:02d}", anchored


def _day_value(frame: Frame, anchor: date | None) -> tuple[str | None, bool]:
    if frame.kind == "date":
        return _calendar_value(frame, anchor)
    if frame.kind == "weekday":
        return _weekday(frame, anchor)
    if frame.kind == "clock":
        return (anchor.isoformat(), True) if anchor else ("XXXX-XX-XX", False)
    return _rel(frame, anchor)


#: Frames whose value is final: their type.
_FINAL = {"ref": "DATE", "duration": "DURATION", "set": "SET"}


def resolve(frame: Frame, anchor: date | None) -> Resolved:
    """The type and value of ``frame`` read against ``anchor`` (the article date or None)."""
    kind = _FINAL.get(frame.kind)
    if kind is not None:
        return Resolved(kind, frame.value, frame.part_of_day, frame.mod, True)
    value, anchored = _day_value(frame, anchor)
    kind = "DATE"
    is_day = value is not None and len(value) == 10 and value[4] == "-" \
        and (value[7] == "-" or value.startswith("XXXX-WXX-"))
    if value is not None and is_day and frame.hour is not None:
        value, kind = f"{value}T{frame.hour:02d}:{frame.minute or 0:02d}", "TIME"
    elif value is not None and is_day and frame.part_of_day:
        value = f"{value}T{frame.part_of_day}"  # still a DATE, as in the record contract
    elif frame.hour is not None:
        kind = "TIME"
    return Resolved(kind, value, frame.part_of_day, frame.mod, anchored)
