"""Clock times: «الساعة العاشرة صباحا»، «الساعة 10:30»، «10:30 مساء»، «بتوقيت دمشق»."""

from __future__ import annotations

from marsad.temporal.frame import Frame, Match
from marsad.temporal.lexicon import BY_ROLE
from marsad.temporal.numbers import read_fraction
from marsad.temporal.reader import Reader


#: How a part of the day (``MO``, ``EV``…) reads an hour written before it (its first
#: word's ``clock`` in ``times_parts_of_day.tsv``).
POD_CLOCK: dict[str, str] = {}
for _entries in BY_ROLE.get("pod", {}).values():
    for _e in _entries:
        POD_CLOCK.setdefault(_e.data[0], _e.data[1])


def hour_for(hour: int, clock: str) -> int:
    """Read a 12-hour figure with the part-of-day word that follows it."""
    if clock == "pm" and 1 <= hour <= 11:
        return hour + 12
    if clock == "night" and 6 <= hour <= 11:
        return hour + 12
    if clock in ("am", "night") and hour == 12:
        return 0
    return hour


def _minutes(r: Reader, i: int) -> tuple[int, int] | None:
    """«:30» right after the hour, or «والنصف»-style fractions."""
    if r.is_punct(i, ":") and r.adjacent(i - 1) and r.adjacent(i) and i + 1 < r.n:
        digits = r.norms[i + 1]
        if digits.isdecimal() and len(digits) == 2 and int(digits) < 60:
            return int(digits), i + 2
        return None
    return read_fraction(r.stream, i)


def _bare_hour(r: Reader, digits: bool, ordinal: bool, minutes: tuple[int, int] | None,
               end: int) -> bool:
    """Without «الساعة» an hour needs «10:30», or an ordinal and a part of the day
    right after it («السادسة صباحا»، «الثانية عشرة ظهرا»)."""
    if digits:
        return minutes is not None and r.is_punct(end, ":")
    after = minutes[1] if minutes else end
    return ordinal and r.find(after, "pod") is not None


def clock(r: Reader, i: int) -> Match | None:
    """[«الساعة»] hour [minutes] [part of day] [«بتوقيت» place]."""
    j = r.signal(i, "clock")
    start = i if j is not None else i
    k = j if j is not None else i
    hour = r.number(k)
    if hour is None or hour.value > 24:
        return None
    minutes = _minutes(r, hour.end)
    if j is None and not _bare_hour(r, hour.digits, hour.ordinal, minutes, hour.end):
        return None
    if not hour.digits and hour.value > 12:
        return None
    minute, end = minutes if minutes else (0, hour.end)
    frame = Frame("clock", hour=hour.value % 24, minute=minute)
    pod = r.find(end, "pod")
    if pod:
        frame.part_of_day = pod[0].data[0]
        frame.hour = hour_for(hour.value, pod[0].data[1])
        end = pod[1]
    zone = r.signal(end, "zone")
    if zone is not None and zone < r.n:
        end = zone + 1
    return Match(start, end, frame)
