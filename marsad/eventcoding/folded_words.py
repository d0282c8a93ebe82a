"""The folded words of a span of the article (``fold(text[start:end]).split()``), read once
for every rule that asks.

Folding (``normalise.fold``) costs about a tenth of a microsecond a character, and the filters
of the events stage fold the same sentences again and again (each for every event of it).
``span_words`` keeps the spans of the text last read, keyed by the text itself: a string does
not change, so an answer kept for it stays right.
"""

from __future__ import annotations

from marsad.arabic.normalise import fold
from marsad.pipeline import register_cache

__all__ = ["span_words"]

#: ``(start, end)`` -> the folded words of ``_SPANS_OF[0][start:end]``.
_SPANS: dict[tuple[int, int], tuple[str, ...]] = register_cache({})
_SPANS_OF: list[str] = [""]


def span_words(text: str, start: int, end: int) -> tuple[str, ...]:
    """``fold(text[start:end]).split()``, folded once while ``text`` is the text asked about
    (a sentence's words, for each event of it)."""
    if _SPANS_OF[0] is not text:
        _SPANS.clear()
        _SPANS_OF[0] = text
    found = _SPANS.get((start, end))
    if found is None:
        found = _SPANS[start, end] = tuple(fold(text[start:end]).split())
    return found
