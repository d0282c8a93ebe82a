"""The ``times`` stage: temporal expressions with TIMEX3-style values, anchored on the
article's ``published`` date (see ``docs/times.md``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from marsad.model import Article, Time, Token
from marsad.pipeline import stage
from marsad.temporal.lexicon import BASE, WORDS
from marsad.temporal.recognise import recognise, triggers
from marsad.temporal.resolve import resolve
from marsad.temporal.stream import from_text, from_tokens

__all__ = ["find_times", "times_in"]


def times_in(text: str, anchor: date | None, tokens: Sequence[Token] | None = None) -> list[Time]:
    """The time expressions of ``text``; ``tokens`` (the text stage's) when there are any."""
    stream = from_tokens(text, tokens) if tokens else from_text(text)
    hits = triggers(stream)
    if not hits:
        return []
    out: list[Time] = []
    starts, ends, norms = stream.starts, stream.ends, stream.norms
    for m in recognise(stream, hits):
        start, end = starts[m.start], ends[m.end - 1]
        norm = norms[m.start]
        if norm[:1] in "وف":  # the only forms _after_conjunction may change
            start = _after_conjunction(text, start, norm)
        kind, value, part_of_day, mod, anchored = resolve(m.frame, anchor)
        out.append(Time(start, end, text[start:end], kind, value, part_of_day, mod, anchored))
    return out


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
