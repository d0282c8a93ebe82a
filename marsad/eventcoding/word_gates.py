"""Two small helpers the rule passes share to read less of an article.

``bare_spellings``: the words whose ``View.bare`` form may be one of a list («في» and «وفي»):
one ``isdisjoint`` of these with a window's ``View.norms`` says that no word of the window is
one of the list as ``bare`` reads it, before the window is read word by word.

``LastArticle``: an answer kept for the last article (or view) asked about, computed once
for all the events of the article instead of once for each; held by a weak reference, so that
the article is not kept alive (and freed) inside the next article's events.

``phrases_by_first``: a table of phrases indexed by their first word.
"""

from __future__ import annotations

import functools
import weakref
from typing import Any, Generic, TypeVar

from marsad.eventcoding.lexicon import lexicon

__all__ = ["LastArticle", "bare_spellings", "phrases_by_first"]

T = TypeVar("T")


@functools.cache
def bare_spellings(words: frozenset[str]) -> frozenset[str]:
    """Each word of ``words`` and it after one of the lexicon's conjunctions: ``View.bare``
    takes one conjunction off a word or nothing, so a word whose bare form is in ``words`` is
    in this set."""
    return words | {c + word for c in lexicon().conjunctions for word in words}


class LastArticle(Generic[T]):
    """A value kept for one owner (an article or its view) at a time."""

    __slots__ = ("_owner", "_value")

    def __init__(self) -> None:
        self._owner: weakref.ref[Any] | None = None
        self._value: T | None = None

    def get(self, owner: object) -> T | None:
        """The value kept for ``owner``, else None."""
        if self._owner is not None and self._owner() is owner:
            return self._value
        return None

    def set(self, owner: object, value: T) -> T:
        """Keep ``value`` for ``owner`` (forgetting the last owner's) and return it."""
        self._owner, self._value = weakref.ref(owner), value
        return value

    def cache_clear(self) -> None:
        """Forget the value kept (``register_cache`` and ``clear_caches`` call this)."""
        self._owner = self._value = None


@functools.cache
def phrases_by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` (of a word or more) indexed by their first word, so a window looks each of
    its words up once."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(found) for first, found in index.items()}
