"""What a recognised expression means before it is resolved against the article date."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Frame:
    """The meaning of one expression.

    ``kind``: ``date`` (calendar fields, any may be missing) · ``rel`` (``offset`` units from
    the anchor) · ``weekday`` (ISO ``weekday``, ``offset`` -1/0/1 or None for a bare name) ·
    ``ref`` / ``duration`` / ``set`` (``value`` already final).
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    calendar: str = "gregorian"
    unit: str | None = None
    offset: int | None = None
    weekday: int | None = None
    value: str | None = None
    part_of_day: str | None = None
    hour: int | None = None
    minute: int | None = None
    mod: str | None = None
    future: bool = False
    year_shift: int | None = None  # «نوفمبر من العام الماضي»: the anchor's year moved by this


@dataclass(slots=True)
class Match:
    """Tokens ``[start, end)`` of the stream and their meaning."""

    start: int
    end: int
    frame: Frame
