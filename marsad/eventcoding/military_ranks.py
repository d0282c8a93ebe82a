"""A military rank spelt as a sports word (round 26, lexicon B): «وقّع رئيس الأركان الفريق محمد
فريد ونظيره الفريق أول محمد عثمان الحسين اتفاقية…». «الفريق» is a team and blocks the types of
the sport lists (``context_blockers``); as a rank — a word of ``rank_after`` after it, or a
person's name — it is no team (``event_military_ranks.yaml``). Round 30 (S2): «الدوري» right
after a meeting's noun is «periodic» («اجتماعهم الدوري»), no league (``periodic``)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.said_words import held
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["blockers_in_sentence", "periodic"]


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("event_military_ranks.yaml")
    return folded(data["ranks"]), folded(data["rank_after"])


def blockers_in_sentence(view: View, index: int, blockers: frozenset[str]) -> bool:
    """Whether a word of ``blockers`` stands in the sentence of token ``index``, a rank word
    told as a rank not counted."""
    found = held(view, index, blockers)  # ``blockers & view.words_of_sentence(index)``
    if not found:
        return False
    ranks, _ = _words()
    if not found <= ranks | _periodic()[0]:
        return True
    first, stop = view.sentence_of(index)
    return any((view.norm(at) in blockers or view.bare(at) in blockers)
               and not _rank(view, at, stop) and not periodic(view, at)
               for at in range(first, stop))


@functools.cache
def _periodic() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("event_military_ranks.yaml")
    return folded(data["periodic"]), folded(data["periodic_after"])


def periodic(view: View, at: int) -> bool:
    """The word at ``at`` is «الدوري» right after a meeting's noun («اجتماعهم الدوري»)."""
    words, heads = _periodic()
    return at > 0 and view.norm(at) in words \
        and (view.norm(at - 1) in heads or view.bare(at - 1) in heads)


def _rank(view: View, at: int, stop: int) -> bool:
    """The rank word at ``at`` is followed by a rank word or a person's name."""
    _, after = _words()
    nxt = at + 1
    if nxt >= stop:
        return False
    if view.norm(nxt) in after:
        return True
    entity = view.entity_at.get(nxt)
    return entity is not None and entity.type == "PER"
