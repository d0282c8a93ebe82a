"""The ``times`` stage: temporal expressions with TIMEX3-style values, anchored on the
article's ``published`` date (see ``docs/times.md``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from marsad.model import Article, Time, Token
from marsad.pipeline import stage
from marsad.temporal.frame import Match
from marsad.temporal.lexicon import BASE, BY_ROLE, WORDS
from marsad.temporal.recognise import recognise, triggers
from marsad.temporal.resolve import resolve
from marsad.temporal.stream import from_text, from_tokens

__all__ = ["find_times", "times_in"]

#: The words that close a range («إلى», «حتى»: ``range_to`` in ``times_signals.tsv``).
_RANGE_TO = frozenset(BY_ROLE.get("signal:range_to", {}))
#: The most tokens between the month that opens a range and the one that closes it
#: («حتى تشرين ثان/» before «نوفمبر 1943»).
_RANGE_GAP = 4


def times_in(text: str, anchor: date | None, tokens: Sequence[Token] | None = None) -> list[Time]:
    """The time expressions of ``text``; ``tokens`` (the text stage's) when there are any."""
    stream = from_tokens(text, tokens) if tokens else from_text(text)
    hits = triggers(stream)
    if not hits:
        return []
    out: list[Time] = []
    starts, ends, norms = stream.starts, stream.ends, stream.norms
    matches = recognise(stream, hits)
    _shared_years(matches, norms)
    for m in matches:
        start, end = starts[m.start], ends[m.end - 1]
        norm = norms[m.start]
        if norm[:1] in "وف":  # the only forms _after_conjunction may change
            start = _after_conjunction(text, start, norm)
        kind, value, part_of_day, mod, anchored = resolve(m.frame, anchor)
        out.append(Time(start, end, text[start:end], kind, value, part_of_day, mod, anchored))
    return out


def _shared_years(matches: Sequence[Match], norms: Sequence[str]) -> None:
    """«من يناير إلى مارس 2014», «من شباط حتى تشرين الثاني 1943»: a month without a year
    that opens a range takes the year of the month that closes it (the year before when it
    comes later in the calendar: «من ديسمبر حتى مارس 2014» starts in 2013). The range is a
    ``range_to`` signal of ``times_signals.tsv`` right after the first month, the second
    month at most ``_RANGE_GAP`` tokens on."""
    for first, last in zip(matches, matches[1:]):
        a, b = first.frame, last.frame
        if a.kind != "date" or b.kind != "date" or a.month is None or b.month is None \
                or a.year is not None or b.year is None or a.calendar != b.calendar \
                or a.offset is not None or a.year_shift is not None:
            continue
        if 0 < last.start - first.end <= _RANGE_GAP and norms[first.end] in _RANGE_TO:
            a.year = b.year - (1 if a.month > b.month else 0)


def _after_conjunction(text: str, start: int, norm: str) -> int:
    """Leave a glued «و»/«ف» out of the span («والجمعة» → «الجمعة»)."""
    if len(norm) < 3 or norm[0] not in "وف" or norm in BASE or norm[1:] not in WORDS:
        return start
    start += 1
    while start < len(text) and not text[start].isalnum():
        start += 1
    return start


@stage("times", requires=("text", "tokens", "published"), assigns=("times",))
def find_times(article: Article) -> None:
    article.times = times_in(article.text, article.published, article.tokens)
