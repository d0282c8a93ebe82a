"""The tabular (arithmetic) Islamic calendar: Hijri dates outside the Umm al-Qura table of
``hijridate`` (1343–1500 AH, 1924–2077), such as the history of «سنة 1217هـ».

Years of 354 or 355 days, 11 leap years in each 30-year cycle (years 2, 5, 7, 10, 13, 16,
18, 21, 24, 26 and 29), months of 30 and 29 days in turn, the last one 30 in a leap year;
day 1 of year 1 is 16 July 622 (Julian), 19 July 622 in the proleptic Gregorian calendar
Python counts in. It may differ from a sighted or Umm al-Qura month start by a day or two.
"""

from __future__ import annotations

from datetime import date

__all__ = ["to_gregorian"]

_EPOCH = date(622, 7, 19).toordinal() - 1  # the day before 1 Muharram 1 AH


def to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day of the tabular Hijri date; ``ValueError`` for an impossible one."""
    if year < 1 or not 1 <= month <= 12 or not 1 <= day <= 30:
        raise ValueError(f"no tabular Hijri date {year}-{month}-{day}")
    days = (year - 1) * 354 + (3 + 11 * year) // 30  # whole years and their leap days
    days += (59 * (month - 1) + 1) // 2  # whole months: 30, 29, 30, … days
    return date.fromordinal(_EPOCH + days + day)
