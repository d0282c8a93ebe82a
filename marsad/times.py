"""The ``times`` stage: temporal expressions with TIMEX3-style values, anchored on the
article's ``published`` date (see ``docs/times.md``)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date
from itertools import compress, count

from marsad.model import Article, Time, Token
from marsad.pipeline import stage
from marsad.temporal.eras import eras, first_words
from marsad.temporal.frame import Frame, Match
from marsad.temporal.lexicon import BASE, BY_ROLE, TRIGGERS, WORDS
from marsad.temporal.recognise import recognise, triggers
from marsad.temporal.resolve import resolve
from marsad.temporal.same_day import head_forms, same_days
from marsad.temporal.stream import from_text, from_tokens

__all__ = ["find_times", "times_in"]

#: The words that close a range («إلى», «حتى»: ``range_to`` in ``times_signals.tsv``).
_RANGE_TO = frozenset(BY_ROLE.get("signal:range_to", {}))
#: The most tokens between the month that opens a range and the one that closes it
#: («حتى تشرين ثان/» before «نوفمبر 1943»).
_RANGE_GAP = 4


@functools.cache
def _marked_words() -> frozenset[str]:
    """Every word the trigger test, the era names or the same-day phrases look for: one
    pass over the article's words finds them all, and each reads only those."""
    return TRIGGERS | first_words() | head_forms()


def times_in(text: str, anchor: date | None, tokens: Sequence[Token] | None = None) -> list[Time]:
    """The time expressions of ``text``; ``tokens`` (the text stage's) when there are any."""
    stream = from_tokens(text, tokens) if tokens else from_text(text)
    marked = list(compress(count(), map(_marked_words().__contains__, stream.norms)))
    hits = triggers(stream, marked)
    named = eras(stream.norms, marked)
    if not hits and not named:
        return []
    out: list[Time] = []
    starts, ends, norms = stream.starts, stream.ends, stream.norms
    matches = recognise(stream, hits) if hits else []
    if named:
        matches = _with_eras(matches, named)
    _shared_years(matches, norms)
    for m in matches:
        start, end = starts[m.start], ends[m.end - 1]
        norm = norms[m.start]
        if norm[:1] in "وف":  # the only forms _after_conjunction may change
            start = _after_conjunction(text, start, norm)
        kind, value, part_of_day, mod, anchored = resolve(m.frame, anchor) \
            if m.frame.kind != "era" else ("DATE", m.frame.value, None, None, True)
        out.append(Time(start, end, text[start:end], kind, value, part_of_day, mod, anchored))
    # «ظهر اليوم نفسه»، «ذلك اليوم»: the day told before
    same = same_days(text, stream, out, marked)
    return sorted(out + same, key=lambda t: t.start) if same else out


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


def _with_eras(matches: list[Match], named: list[tuple[int, int, str]]) -> list[Match]:
    """Era names dated by a lead word («إبان حرب الخليج»: ``temporal/eras.py``) join the
    expressions found; an era's name wins over what the grammar read inside it («هجمات 11
    سبتمبر» is 2001's, not this year's), and a year written right after it wins over the
    era («في حرب الخليج عام 1991»)."""
    dated = {m.start for m in matches if m.frame.kind == "date" and m.frame.year is not None}
    named = [n for n in named if n[1] not in dated]  # «حرب الخليج عام 1991»: its year says
    kept = [m for m in matches if not any(m.start < e and s < m.end for s, e, _ in named)]
    kept.extend(Match(s, e, Frame("era", value=v)) for s, e, v in named)
    return sorted(kept, key=lambda m: m.start)


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
