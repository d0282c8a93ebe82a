"""The token stream the time grammar walks: folded forms, offsets and where the numbers are.

Built from ``Article.tokens`` (their ``norm`` is already folded, digits in ASCII) without
copying them — the forms are read in one pass and offsets are read from the
tokens only where needed — or, for plain strings, from ``fold(text)`` with its offset map.
Number tokens that carry a date or a clock time («10:30»، «6/12/2024»، «2024-12-06») are split
into pieces with exact offsets, so the grammar sees one number per piece.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from marsad.arabic.normalise import normalise
from marsad.model import Token

_PIECE = re.compile(r"\d+|[^\W\d_]+|[^\w\s]|_")
_DIGITS = frozenset("0123456789")
_SPLIT_AT = re.compile(r"\d[:/-]\d|\d\.\d+\.\d")


class _Offsets(Sequence[int]):
    """``tokens[i].start`` read on demand (``_Ends``: ``.end``)."""

    __slots__ = ("tokens",)

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        if i.__class__ is int:  # the common case: one index, no isinstance call
            return self.tokens[i].start
        return [t.start for t in self.tokens[i]]


class _Ends(_Offsets):
    __slots__ = ()

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        if i.__class__ is int:
            return self.tokens[i].end
        return [t.end for t in self.tokens[i]]


@dataclass(slots=True)
class Stream:
    starts: Sequence[int] = field(default_factory=list)
    ends: Sequence[int] = field(default_factory=list)
    norms: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)  # digit pieces of split tokens (or all, for strings)

    def __len__(self) -> int:
        return len(self.norms)


def _pieces(text: str, start: int, end: int) -> tuple[list[int], list[int], list[str]]:
    """``text[start:end]`` cut into digit runs, letter runs and single marks, with offsets."""
    folded, offsets = normalise(text[start:end])
    starts, ends, norms = [], [], []
    for m in _PIECE.finditer(folded):
        starts.append(start + offsets.to_original(m.start()))
        ends.append(start + offsets.to_original(m.end()))
        norms.append(m.group())
    return starts, ends, norms


def _numbers(norms: list[str]) -> list[int]:
    return [i for i, n in enumerate(norms) if n[:1] in _DIGITS]


def _glued(text: str, norms: list[str], starts: Sequence[int]) -> list[int]:
    """Indices of the tokens that hold a date or a clock time («10:30»، «6/12/2024»): the
    few «:»، «/»، «-»، «.» between two digits are found in the text, not token by token."""
    found: set[int] = set()
    for mark in ":/-.":
        at = text.find(mark)
        while at != -1:
            if text[at - 1:at].isdigit() and text[at + 1:at + 2].isdigit():
                found.add(bisect_right(starts, at) - 1)
            at = text.find(mark, at + 1)
    return sorted(i for i in found if i >= 0 and _SPLIT_AT.search(norms[i]))


def from_text(text: str) -> Stream:
    """A stream for a plain string (tests, or an article without tokens)."""
    starts, ends, norms = _pieces(text, 0, len(text))
    return Stream(starts, ends, norms, _numbers(norms))


def from_tokens(text: str, tokens: Sequence[Token]) -> Stream:
    """A stream over the text stage's tokens; date and clock numbers split into pieces.

    Tokens are visited once, for their forms; offsets are read only where needed."""
    norms = [t.norm for t in tokens]  # a comprehension reads slots faster than map(attrgetter)
    token_starts = _Offsets(tokens)
    glued = _glued(text, norms, token_starts)
    if not glued:
        return Stream(token_starts, _Ends(tokens), norms, [])
    starts: list[int] = []
    ends: list[int] = []
    flat: list[str] = []
    last = 0
    for i in glued:
        starts += [t.start for t in tokens[last:i]]
        ends += [t.end for t in tokens[last:i]]
        flat += norms[last:i]
        s, e, n = _pieces(text, tokens[i].start, tokens[i].end)
        starts += s
        ends += e
        flat += n
        last = i + 1
    starts += [t.start for t in tokens[last:]]
    ends += [t.end for t in tokens[last:]]
    flat += norms[last:]
    return Stream(starts, ends, flat, _numbers(flat))
