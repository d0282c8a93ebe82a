"""The calendar days a times-layer value stands for, as the events stage reads them: whether
a value is a day, its first day (a plan dated after the article) and its last day (a date
that ended long before the article makes history)."""

from __future__ import annotations

from datetime import date

__all__ = ["is_day", "first_day", "last_day", "begins_after"]


def is_day(value: str) -> bool:
    """«2024-12-06», «2024-12-06TEV»: a value that names one day."""
    return len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit()


def first_day(value: str) -> date | None:
    """The first day of a times-layer value: a day, an ISO week («2024-W50») or a month."""
    try:
        if is_day(value):
            return date.fromisoformat(value[:10])
        if len(value) == 8 and value[4:6] == "-W":
            return date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
        if len(value) == 7 and value[4] == "-":
            return date(int(value[:4]), int(value[5:]), 1)
    except ValueError:
        return None
    return None


def last_day(value: str) -> date | None:
    """The last day of a times-layer day, month or year («2013» ends on 2013-12-31)."""
    try:
        if is_day(value):
            return date.fromisoformat(value[:10])
        if len(value) == 7 and value[4] == "-":
            return date(int(value[:4]), int(value[5:]), 28)
        if len(value) == 4 and value.isdigit():
            return date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def begins_after(value: str | None, day: date | None) -> bool:
    """A value whose first day falls after ``day`` (a plan's date, after the article's)."""
    start = first_day(value) if value else None
    return start is not None and day is not None and start > day
