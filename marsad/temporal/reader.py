"""Looking words up in the stream: one reading of token ``i`` (or of a phrase from ``i``)."""

from __future__ import annotations

from typing import Any

from marsad.temporal.lexicon import BLOCKERS, BY_ROLE, OPENERS, PHRASES, Entry
from marsad.temporal.numbers import Number, read_number
from marsad.temporal.stream import Stream


_EMPTY: dict[str, tuple[Entry, ...]] = {}
_NONE: frozenset[str] = frozenset()
_SIGNALS = OPENERS.get("signal", _NONE)
#: signal kind → its words (``BY_ROLE["signal:<kind>"]``), looked up without building the key.
_SIGNAL_WORDS: dict[str, dict[str, tuple[Entry, ...]]] = {
    key[7:]: words for key, words in BY_ROLE.items() if key.startswith("signal:")}


class Reader:
    """The stream with vocabulary lookups; every method is cheap and side-effect free."""

    __slots__ = ("stream", "norms", "n", "memo", "_numbers")

    def __init__(self, stream: Stream) -> None:
        self.stream = stream
        self.norms = stream.norms
        self.n = len(stream.norms)
        self.memo: dict[int, Any] = {}  # what the grammar read from each index, once
        self._numbers: dict[int, Number | None] = {}

    def number(self, i: int) -> Number | None:
        """The number that starts at ``i`` (read once per index)."""
        found = self._numbers.get(i, self)
        if found is self:
            self._numbers[i] = found = read_number(self.stream, i)
        return found  # type: ignore[return-value]

    def find(self, i: int, role: str, sub: str | None = None) -> tuple[Entry, int] | None:
        """The longest reading of role ``role`` (and first datum ``sub``) starting at ``i``,
        with the index after it."""
        if i >= self.n:
            return None
        norm = self.norms[i]
        if norm not in OPENERS.get(role, _NONE):
            return None  # the common case: one set test
        if norm in PHRASES:
            for rest, entry in PHRASES[norm]:
                if entry.role != role or (sub is not None and entry.data[0] != sub):
                    continue
                end = i + 1 + len(rest)
                if end <= self.n and tuple(self.norms[i + 1:end]) == rest:
                    return entry, end
        entries = BY_ROLE.get(role, _EMPTY).get(norm)
        if entries:
            for entry in entries:
                if sub is None or entry.data[0] == sub:
                    return entry, i + 1
        return None

    def signal(self, i: int, *roles: str) -> int | None:
        """The index after a signal word of one of ``roles`` at ``i`` (phrases included)."""
        if i >= self.n:
            return None
        norm = self.norms[i]
        if norm not in _SIGNALS:
            return None
        for role in roles:
            if norm in _SIGNAL_WORDS.get(role, _EMPTY):
                return i + 1
        if norm in PHRASES:
            for role in roles:
                found = self.find(i, "signal", role)
                if found:
                    return found[1]
        return None

    def is_punct(self, i: int, chars: str) -> bool:
        if i >= self.n:
            return False
        norm = self.norms[i]
        return len(norm) == 1 and norm in chars

    def adjacent(self, i: int) -> bool:
        """Token ``i`` touches token ``i + 1`` (no space between)."""
        return i + 1 < self.n and self.stream.ends[i] == self.stream.starts[i + 1]

    def blocked(self, i: int, end: int) -> bool:
        """A word before ``i`` or at ``end`` shows the word at ``i`` is not a time."""
        rule = BLOCKERS.get(self.norms[i])
        if not rule:
            return False
        after = rule.get("after", frozenset())
        before = rule.get("before", frozenset())
        return (end < self.n and self.norms[end] in after) or (i > 0 and self.norms[i - 1] in before)

    def future_context(self, i: int, end: int, window: int = 12) -> bool:
        """A future cue («سوف»، «المقرر»، «سيعقد») near the expression."""
        cues = BY_ROLE.get("signal:future", _EMPTY)
        return any(n in cues for n in self.norms[max(0, i - window):end + 4])
