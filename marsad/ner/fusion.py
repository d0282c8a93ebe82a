"""Merging KB matches, tagger spans and rule spans into one non-overlapping set.

The rules, in order:

1. A tagger or rule span that crosses a *certain* KB span (overlaps it without containing
   it) is dropped: the KB wins. So is a tagger span that holds two or more certain KB
   spans («حمص وحماة» as one place), or one of its own type (a tagger's «راشد الغنوشي
   سيزور» around the KB's «راشد الغنوشي») unless it opens with an organisation's head
   word (``headed``: «نادي الهلال» around the KB's club «الهلال»). A longer span of
   another type keeps its extent («وزارة الدفاع السورية» ORG holds the NORP «السورية»).
   Rule spans lose only by crossing.
2. Otherwise the longest span wins; at equal length a certain KB span beats a rule span,
   which beats a tagger span, which beats an uncertain KB span.
3. A winning span with exactly the extent of a KB span takes the KB's link, and the KB's
   type too when the KB is certain (or when it only refines a location: GPE/LOC); a headed
   span takes the link of the one KB name of its kind it holds («نادي الهلال»).
4. An uncertain KB span that the tagger did not confirm is kept only when no tagger ran.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter

from marsad.model import Link

_RANK = {"kb-certain": 0, "rule": 1, "tagger": 2, "kb": 3}
_LOCATIONS = frozenset({"GPE", "LOC"})
_START = attrgetter("start")
_END = attrgetter("end")


@dataclass(frozen=True, slots=True)
class Mention:
    """A candidate name: a character span with a type, where it came from, maybe a link."""

    start: int
    end: int
    type: str
    source: str  # kb | tagger | rule
    link: Link | None = None
    certain: bool = False
    headed: bool = False  # opens with an organisation's head word (نادي، وزارة، حزب…)

    @property
    def rank(self) -> int:
        return _RANK["kb-certain" if self.source == "kb" and self.certain else self.source]

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Mention) -> bool:
        return self.start <= other.start and other.end <= self.end


def resolve(kb: Sequence[Mention], found: Sequence[Mention], tagger_ran: bool = True
            ) -> list[Mention]:
    """One non-overlapping list of mentions in text order (see the module docstring)."""
    certain = [m for m in kb if m.certain]
    found = [m for m in found if not _beaten_by_kb(m, certain)]
    size = max(map(_END, [*kb, *found]), default=0)
    tagged = _Cover(size, [f for f in found if f.source == "tagger"])
    kb_kept = [m for m in kb if m.certain or not tagger_ran or tagged.touches(m)]
    chosen: list[Mention] = []
    pool = [*kb_kept, *found]
    # the longest first, then by ``Mention.rank``, then the earliest; equals in pool order
    # (a stable sort of the positions): the keys made in one pass, with ``rank`` spelt out,
    # not a call a mention
    keys = [(m.start - m.end, _RANK["kb-certain" if m.source == "kb" and m.certain else m.source],
             m.start) for m in pool]
    taken = bytearray(size)  # ``_Cover``'s test and mark spelt out: this loop visits every name
    for i in sorted(range(len(pool)), key=keys.__getitem__):
        m = pool[i]
        if taken.find(1, m.start, m.end) < 0:
            chosen.append(m)
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    return sorted([_adopt_kb(m, kb) for m in chosen], key=_START)


class _Cover:
    """The characters some mentions cover: an overlap test without a loop over them."""

    def __init__(self, size: int, mentions: Iterable[Mention] = ()) -> None:
        self._chars = bytearray(size)
        for m in mentions:
            self.add(m)

    def add(self, m: Mention) -> None:
        self._chars[m.start:m.end] = b"\x01" * (m.end - m.start)

    def touches(self, m: Mention) -> bool:
        return self._chars.find(1, m.start, m.end) >= 0


def _beaten_by_kb(mention: Mention, certain: Iterable[Mention]) -> bool:
    held = 0
    start, end = mention.start, mention.end
    for kb in certain:  # ``overlaps`` and ``contains`` spelt out: a pair of every two names
        if start < kb.end and kb.start < end:
            if not (start <= kb.start and kb.end <= end):
                return True
            if mention.source == "tagger" and not mention.headed \
                    and _same_kind(mention.type, kb.type):
                return True
            held += 1
    return held >= 2 and mention.source == "tagger"


def _same_kind(a: str, b: str) -> bool:
    return a == b or {a, b} <= _LOCATIONS


def _adopt_kb(mention: Mention, kb: Sequence[Mention]) -> Mention:
    if mention.source == "kb":
        return mention
    start, end = mention.start, mention.end
    for k in kb:
        if k.start == start and k.end == end:
            if k.certain or _same_kind(k.type, mention.type):
                return replace(mention, type=k.type, link=k.link, source="fused")
    if mention.headed:
        inner = [k for k in kb if mention.contains(k) and _same_kind(k.type, mention.type)]
        if len(inner) == 1:
            return replace(mention, link=inner[0].link, source="fused")
    return mention
