"""Numbers in a time expression: digits, or number words and ordinals
(«ثلاثة»، «خمسة عشر»، «السادس»، «الحادي والعشرين»، «العاشرة والنصف»)."""

from __future__ import annotations

from typing import NamedTuple

from marsad.temporal.lexicon import BY_ROLE, Entry
from marsad.temporal.stream import Stream


class Number(NamedTuple):
    """Immutable; a named tuple is built without a frozen dataclass's per-field
    ``object.__setattr__`` calls (several are read per article)."""

    value: int
    end: int  # index after the last token
    digits: bool
    ordinal: bool
    width: int = 0  # how many digits were written (0 for words)


_NUMBER_WORDS: dict[str, Entry] = {w: es[0] for w, es in BY_ROLE.get("num", {}).items()}


def _num_entry(norm: str) -> Entry | None:
    return _NUMBER_WORDS.get(norm)


def _glued_and(norm: str) -> bool:
    """«والعشرين»: the conjunction glued to a tens word."""
    return norm.startswith("و") and not norm.startswith("واحد")


def read_number(stream: Stream, i: int) -> Number | None:
    """The number that starts at token ``i``, or None."""
    norms = stream.norms
    if i >= len(norms):
        return None
    norm = norms[i]
    entry = _NUMBER_WORDS.get(norm)
    if entry is None:
        return Number(int(norm), i + 1, True, False, len(norm)) if norm.isdecimal() else None
    if _glued_and(norm):
        return None
    value, kind, ordinal = entry.data
    if kind == "fraction" or kind == "hundred":
        return None
    end = i + 1
    if kind == "unit" and end < len(norms):
        nxt = _num_entry(norms[end])
        if nxt is not None and nxt.data[1] == "teen" and value < 10:
            return Number(10 + value, end + 1, False, ordinal)
        if nxt is not None and nxt.data[1] == "tens" and _glued_and(norms[end]):
            return Number(nxt.data[0] + value, end + 1, False, ordinal or nxt.data[2])
        if norms[end] == "و" and end + 1 < len(norms):
            tens = _num_entry(norms[end + 1])
            if tens is not None and tens.data[1] == "tens":
                return Number(tens.data[0] + value, end + 2, False, ordinal or tens.data[2])
    if kind == "teen":
        return Number(10, end, False, ordinal)
    return Number(value, end, False, ordinal)


def read_fraction(stream: Stream, i: int) -> tuple[int, int] | None:
    """Minutes after an hour: «والنصف»، «و النصف»، «والربع» → (minutes, end)."""
    norms = stream.norms
    if i >= len(norms):
        return None
    norm = norms[i]
    if norm == "و" and i + 1 < len(norms):
        i, norm = i + 1, "و" + norms[i + 1]
    if not norm.startswith("و"):
        return None
    entry = _num_entry(norm)
    if entry is not None and entry.data[1] == "fraction":
        return entry.data[0], i + 1
    return None
