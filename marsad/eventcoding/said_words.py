"""What ``View.words_of_sentence`` would answer, read from the sentence's words as they are.

``View.words_of_sentence`` builds, once a sentence, the set of its words as read and without a
leading conjunction (``View.bare``), for the rules that look a word list up in a sentence.
Building it costs more than most of those rules, and most sentences hold no word of the list
asked about. A word of the list is in that set when it stands as read, or when a word is it
after a conjunction and ``View.bare`` takes the conjunction off: ``holds_any`` and ``held`` look
at the sentence's words as read (one set operation) and read ``View.bare`` only for the few
words that are a listed word after a conjunction. Their answers are the set's.
"""

from __future__ import annotations

import functools

from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.view import View

__all__ = ["held", "holds_any"]


def holds_any(view: View, index: int, words: frozenset[str]) -> bool:
    """``not words.isdisjoint(view.words_of_sentence(index))``."""
    first, stop = view.sentence_of(index)
    norms = view.norms[first:stop]
    either, conjoined = _forms(words)
    if either.isdisjoint(norms):
        return False  # most sentences: no listed word, bare or after a conjunction
    return not words.isdisjoint(norms) or any(
        view.bare(at) in words for at in range(first, stop) if view.norms[at] in conjoined)


def held(view: View, index: int, words: frozenset[str]) -> frozenset[str]:
    """``words & view.words_of_sentence(index)``."""
    first, stop = view.sentence_of(index)
    norms = view.norms[first:stop]
    either, conjoined = _forms(words)
    if either.isdisjoint(norms):
        return frozenset()  # most sentences: no listed word, bare or after a conjunction
    found = words.intersection(norms)
    if conjoined.isdisjoint(norms):
        return found
    return found | words.intersection(
        [view.bare(at) for at in range(first, stop) if view.norms[at] in conjoined])


@functools.cache
def _forms(words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words that may read as one of ``words`` (``View.bare`` takes a conjunction off, or
    nothing): each of them or it after a conjunction, and the latter alone."""
    conjoined = frozenset(c + word for c in lexicon().conjunctions for word in words)
    return words | conjoined, conjoined
