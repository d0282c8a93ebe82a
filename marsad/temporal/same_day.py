"""«اليوم نفسه»، «ذلك اليوم»: a day told as the same day as a date before it.

The grammar reads each expression on its own against the anchor, so such a phrase has no
value of its own (and the «اليوم» in it is not today: ``times_blockers.tsv``). Here it takes
the day of the nearest date before it in the text that names a day («فجر الاثنين … وسجلت
هزة ثانية ظهر اليوم نفسه»: Monday afternoon; «مساء أول من أمس … وفي وقت سابق من ذلك
اليوم»: the day before yesterday); a month, a year, a span or «مؤخرا» told between them is
passed over («رفعت العقوبات أمس … الاتفاق الذي توصلت إليه في يوليو الماضي … فرضت في اليوم
نفسه»: yesterday). With no day before it the phrase stays without a value, as before. A part of the
day written right before the phrase («ظهر»، «مساء») is kept in the value. The phrases are
``lexicons/times_same_day.tsv``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from itertools import compress, count

from marsad.arabic.clitics import CONJUNCTIONS, PREPOSITIONS
from marsad.arabic.normalise import fold
from marsad.lexicons import load_table
from marsad.model import Time
from marsad.temporal.lexicon import BY_ROLE
from marsad.temporal.stream import Stream

__all__ = ["head_forms", "same_days"]

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: The letters a phrase's first word may carry glued («وفي ذلك اليوم»، «بنفس اليوم»).
_CLITICS = CONJUNCTIONS + PREPOSITIONS


@functools.lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases (folded words) by their first word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for row in load_table("times_same_day.tsv"):
        words = tuple(fold(row["phrase"]).split())
        index.setdefault(words[0], []).append(words)
    return {first: tuple(found) for first, found in index.items()}


@functools.lru_cache(maxsize=1)
def _head_forms() -> frozenset[str]:
    """Every word ``_first`` may find a head in: a head, alone or behind a glued letter of
    ``_CLITICS`` (a superset: ``_first`` also wants the word longer than three letters)."""
    heads = _phrases().keys()
    return frozenset(heads) | {letter + head for letter in _CLITICS for head in heads}


def _first(norm: str, index: dict[str, tuple[tuple[str, ...], ...]]) -> str | None:
    """The phrase head ``norm`` is, a glued «و ف ب ل» allowed."""
    if norm in index:
        return norm
    if len(norm) > 3 and norm[0] in _CLITICS and norm[1:] in index:
        return norm[1:]
    return None


def head_forms() -> frozenset[str]:
    """Every word a same-day phrase may start with (a glued letter included)."""
    return _head_forms()


def same_days(text: str, stream: Stream, found: Sequence[Time],
              marked: Sequence[int] | None = None) -> list[Time]:
    """The same-day phrases of ``stream`` dated by the day before each (``found``: the
    times already read, in text order). ``marked``: the indices, in order, of a pass that
    found every word of ``head_forms`` among others (``times.times_in``), looked at
    instead of every token."""
    index = _phrases()
    norms = stream.norms
    out: list[Time] = []
    # only a word of ``_head_forms`` can be a phrase's head (``_first``): those words are
    # found in C, and ``_first`` reads them alone
    heads = _head_forms()
    for i in (compress(count(), map(heads.__contains__, norms)) if marked is None
              else [i for i in marked if norms[i] in heads]):
        head = _first(norms[i], index)
        if head is None:
            continue
        phrase = next((p for p in index[head] if tuple(norms[i + 1:i + len(p)]) == p[1:]), None)
        if phrase is None:
            continue
        start, end = stream.starts[i], stream.ends[i + len(phrase) - 1]
        pod = BY_ROLE.get("pod", {}).get(norms[i - 1]) if i > 0 else None
        part = pod[0].data[0] if pod else None
        if part:
            start = stream.starts[i - 1]
        if any(t.start < end and start < t.end for t in (*found, *out)):
            continue  # read already as something else, or inside a phrase read just before
        days = [t for t in found if t.end <= start and t.type in ("DATE", "TIME")
                and _DAY.match(t.value or "")]
        if not days:
            continue
        day = (days[-1].value or "")[:10]
        out.append(Time(start, end, text[start:end], "DATE", f"{day}T{part}" if part else day,
                        part, None, True))
    return out
