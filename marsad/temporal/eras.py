"""Named wars and eras as times: «إبان حرب الخليج» is 1990, «بعد الحرب العالمية الثانية» 1939.

The names and the year (or month) each era began are facts in ``times_eras.yaml``. A name is
a time only right after a lead word that dates by it («في»، «خلال»، «إبان»، «بعد»، «قبل»، with a
glued «و»/«ف»), or after a lead and one bridge word («في أعقاب»، «بعد انتهاء»); a bare mention
(«ذكرى حرب أكتوبر») and «منذ …» are not dated. The longest name that fits wins, and the span
is the name alone.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from marsad.arabic.normalise import fold, folded
from marsad.lexicons import load_yaml

__all__ = ["eras", "first_words"]

Names = dict[str, tuple[tuple[tuple[str, ...], str], ...]]


@functools.cache
def _data() -> tuple[frozenset[str], frozenset[str], Names]:
    data = load_yaml("times_eras.yaml")
    names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for era in data["eras"]:
        for name in era["names"]:
            words = tuple(fold(str(name)).split())
            names.setdefault(words[0], []).append((words, str(era["value"])))
    by_first = {w: tuple(sorted(v, key=lambda p: -len(p[0]))) for w, v in names.items()}
    return folded(data["leads"]), folded(data["bridges"]), by_first


def _is(norm: str, words: frozenset[str]) -> bool:
    return norm in words or (len(norm) > 2 and norm[0] in "وف" and norm[1:] in words)


def first_words() -> frozenset[str]:
    """The first words of the era names: no name starts at any other word."""
    return frozenset(_data()[2])


def eras(norms: Sequence[str], marked: Sequence[int] | None = None) -> list[tuple[int, int, str]]:
    """(first token, end token, value) of each era name dated by a lead word before it.
    ``marked``: the indices, in order, of a pass that found every word of ``first_words``
    among others (``times.times_in``), looked at instead of every token."""
    leads, bridges, names = _data()
    if marked is None:
        if names.keys().isdisjoint(norms):
            return []
        marked = range(len(norms))
    out: list[tuple[int, int, str]] = []
    for i in marked:
        norm = norms[i]
        if norm not in names or i == 0:
            continue
        lead = _is(norms[i - 1], leads) or (
            i > 1 and norms[i - 1] in bridges and _is(norms[i - 2], leads))
        if not lead or (out and out[-1][1] > i):
            continue
        for words, value in names[norm]:
            if tuple(norms[i:i + len(words)]) == words:
                out.append((i, i + len(words), value))
                break
    return out
