"""A second pass over one document: a name the tagger is sure of is a name everywhere in it.

News repeats its names: «فؤاد حسين» is tagged with confidence in one sentence and missed in
the next, where the context is poorer. ``propagate`` collects the spans the tagger is sure
of (lowest label marginal ≥ ``SURE``) across a document (an article, or a block of
sentences) and tags every other untagged occurrence of the same words with the same type.
A person's surname alone («حسين» after «فؤاد حسين») counts as that person. The first word
is compared as it is and without its proclitics, so «وفؤاد حسين» matches «فؤاد حسين».
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from itertools import compress, count

from marsad.ner.clitics import split, split_prefixes

try:  # the compiled pass (round 35), else the Python loop below
    from marsad.ner import _fastfeat
except ImportError:  # pragma: no cover - the extension was not built
    _fastfeat = None  # type: ignore[assignment]

#: A span is propagated when the least sure of its labels is at least this sure.
SURE = 0.9
#: Spans added by the pass get this confidence (above the stage's drop threshold).
ADDED = 0.6
_MAX_WORDS = 4
_MIN_LETTERS = 3

Span = tuple[int, int, str, float]


@functools.lru_cache(maxsize=100_000)
def _forms(word: str) -> tuple[str, ...]:
    """The word, and the word without its proclitics when it has some (the split may be
    wrong on a name: «فؤاد» is not ف + «ؤاد», so both forms count)."""
    prefix, _stem, _suffix = split(word)
    return (word, word[len(prefix):]) if prefix else (word,)


def sure_names(sentences: Sequence[Sequence[str]], spans: Sequence[Sequence[Span]]
               ) -> dict[tuple[str, ...], str]:
    """``{words of a name: its type}`` for the spans the tagger is sure of (majority type)."""
    votes: dict[tuple[str, ...], dict[str, int]] = {}  # a name -> its votes by type
    for words, found in zip(sentences, spans):
        for first, stop, typ, confidence in found:
            if confidence < SURE or stop - first > _MAX_WORDS:
                continue
            keys = [(form, *words[first + 1:stop]) for form in _forms(words[first])]
            if typ == "PER" and stop - first >= 2:
                keys.append((words[stop - 1],))
            for key in keys:
                if sum(map(len, key)) >= _MIN_LETTERS:
                    count = votes.get(key)
                    if count is None:
                        count = votes[key] = {}
                    count[typ] = count.get(typ, 0) + 1
    # the most votes, the first voted of equals (``Counter.most_common(1)``, without a Counter
    # made per name)
    return {key: max(count, key=count.__getitem__) for key, count in votes.items()}


def propagate(sentences: Sequence[Sequence[str]], spans: Sequence[Sequence[Span]]
              ) -> list[list[Span]]:
    """``spans`` per sentence, plus every untagged occurrence of a name the document is
    sure of (longest first, never overlapping a tagged word)."""
    return propagate_in(sentences, spans, None)


def propagate_in(sentences: Sequence[Sequence[str]], spans: Sequence[Sequence[Span]],
                 vocab: set[str] | None) -> list[list[Span]]:
    """``propagate``, given the set of the document's words (``vocab``) where the caller has
    it already (the entities stage makes it once for its rules), else ``None``. Where
    ``_fastfeat`` was built, the whole pass is one compiled call (``_fastfeat.propagate``,
    round 35: the same steps, the same lists), which needs no ``vocab``."""
    fast = getattr(_fastfeat, "propagate", None)
    if fast is not None:
        return fast(sentences, spans, _forms, split_prefixes(), "PER", SURE, ADDED, _MAX_WORDS,
                    _MIN_LETTERS)
    return _propagate_in(sentences, spans, vocab)


def _propagate_in(sentences: Sequence[Sequence[str]], spans: Sequence[Sequence[Span]],
                  vocab: set[str] | None) -> list[list[Span]]:
    """``propagate_in`` in Python: the compiled call's twin, and the fallback without it."""
    names = sure_names(sentences, spans)
    if not names:
        return [list(found) for found in spans]
    sizes: dict[str, list[int]] = {}
    for key in names:
        sizes.setdefault(key[0], []).append(len(key))
    firsts = sizes.keys()
    # a word opens a name when it or its form without proclitics (``_forms``) is a first
    # word: the word itself, or a prefix ``split`` cuts and then a first word. Those few
    # strings are made from the first words and looked up among the article's words; each
    # word of an article was tested against every first word before (a quarter of the pass)
    words_of = set().union(*sentences) if vocab is None else vocab
    prefixes = split_prefixes()
    maybe = words_of.intersection(firsts)
    maybe.update(words_of.intersection([p + f for f in firsts for p in prefixes]))
    openers = {w for w in maybe if not firsts.isdisjoint(_forms(w))}
    opens = openers.__contains__
    out = []
    for words, found in zip(sentences, spans):
        if openers.isdisjoint(words):
            out.append(list(found))
            continue
        taken = [False] * len(words)
        for first, stop, _typ, _conf in found:
            taken[first:stop] = [True] * (stop - first)
        added = list(found)
        after = 0  # the word after the last name added
        # only the openers' positions are visited (found at C speed: ``compress``), not
        # every word of a sentence that holds one
        for i in compress(count(), map(opens, words)):
            if i < after or taken[i]:
                continue
            hit = _match(words, i, taken, names, sizes)
            if hit is not None:
                after, typ = hit
                added.append((i, after, typ, ADDED))
        out.append(sorted(added))
    return out


def _match(words: Sequence[str], i: int, taken: Sequence[bool],
           names: dict[tuple[str, ...], str], sizes: dict[str, list[int]]
           ) -> tuple[int, str] | None:
    """``(stop, type)`` of the longest sure name starting at word ``i``, if any."""
    tries = sorted(((size, form) for form in _forms(words[i]) for size in sizes.get(form, ())),
                   reverse=True)
    for size, form in tries:
        if i + size > len(words) or any(taken[i:i + size]):
            continue
        typ = names.get((form, *words[i + 1:i + size]))
        if typ is not None and not _continues(words, i + size, taken):
            return i + size, typ
    return None


def _continues(words: Sequence[str], stop: int, taken: Sequence[bool]) -> bool:
    """Whether the match runs into a tagged name (then it is part of that name)."""
    return stop < len(words) and taken[stop]
