"""Gazetteer tags for the tagger's features: which words the KB knows, and as what.

``sentence_gazetteer(words)`` runs a longest-match lookup of the folded words of one
sentence against the KB's name table (``marsad.kb.store``) and gives one tag per word
(``B-GPE``, ``I-ORG`` or ``""``). The first word of a name may carry proclitics
(``وبغداد``, ``والعراق``). The same function serves training and inference, so the tagger
always sees the features it learned from. Without a KB artefact every tag is empty. Where
the optional extension ``marsad/ner/_fastfeat.c`` was built, the lookup of a sentence runs
compiled, a new word's opening keys included (the same tags; ``sentence_gazetteer_py`` is the
Python twin).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from marsad.ner.clitics import split, split_tables

try:
    from marsad.ner import _fastfeat
except ImportError:  # no C compiler at install: the Python loop does the work
    _fastfeat = None  # type: ignore[assignment]

ENTITY_TYPES = frozenset({"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC"})
_MAX_WORDS = 6
_OPENERS_LIMIT = 200_000  # words ``_openers`` keeps before it starts again


#: The KB artefact the gazetteer reads; ``None`` is the shipped one (``marsad.kb.store.kb``).
#: ``scripts/train_ner.py --kb FILE`` sets it to train against a fixed artefact.
KB_PATH: Path | None = None


def _tables() -> tuple[dict[str, str], frozenset[str]]:
    return _tables_of(KB_PATH)


@functools.cache
def _tables_of(path: Path | None) -> tuple[dict[str, str], frozenset[str]]:
    """``({name key: type of its best candidate}, {proper prefixes of multi-word keys})``."""
    try:
        from marsad.kb.store import KB, KBError, kb
    except ImportError:
        return {}, frozenset()
    try:
        store = kb() if path is None else KB.load(path)
    except KBError:
        return {}, frozenset()
    types: dict[str, str] = {}
    for key, candidates in store.names.items():
        typ = _candidate_type(candidates[0]) if candidates else None
        if typ:
            types[key] = typ
    return types, frozenset(store.prefixes)


def _candidate_type(candidate: Any) -> str | None:
    for value in (getattr(candidate, "type", None), getattr(candidate, "entry", None)):
        if value in ENTITY_TYPES:
            return str(value)
    return None


#: word → the forms of it that may open a KB name (mostly empty); per KB table.
_openers: dict[str, tuple[str, ...]] = {}
_openers_of: list[object] = [None]


def _opening_keys(word: str, types: dict[str, str], prefixes: frozenset[str]
                  ) -> tuple[str, ...]:
    keys = _openers.get(word)
    if keys is None:
        if len(_openers) >= _OPENERS_LIMIT:
            _openers.clear()
        # a name's first word is looked up as is and without its proclitics; spelt out (no
        # generator, no second cache per word): this runs once per new word of a run
        prefix, stem, _suffix = split(word)
        keys = (word,) if word in types or word in prefixes else ()
        if prefix and stem != word and (stem in types or stem in prefixes):
            keys += (stem,)
        _openers[word] = keys
    return keys


def sentence_gazetteer(words: Sequence[str]) -> list[str]:
    """One gazetteer tag per folded word of a sentence (longest KB name wins)."""
    if _fastfeat is None:
        return sentence_gazetteer_py(words)
    types, prefixes = _tables_of(KB_PATH)  # ``_tables``, spelt out: this runs once a sentence
    if not types:
        return [""] * len(words)
    if _openers_of[0] is not types:
        _openers.clear()
        _openers_of[0] = types
    # a new word's keys are found in the compiled loop too (``_opening_keys``' steps, with
    # ``split``'s compiled twin), short of clearing a full cache: ``_opening_keys`` does that
    splitter = split_tables()
    return _fastfeat.gazetteer(words, _openers, _opening_keys, types, prefixes, _MAX_WORDS,
                               None if splitter is None else (_OPENERS_LIMIT, splitter))


def compiled_args() -> tuple[object, ...] | None:
    """What ``sentence_gazetteer`` passes the compiled ``_fastfeat.gazetteer`` after the
    words, as ``_fastfeat.spans`` takes it for a whole article (the same checks, once an
    article instead of once a sentence): ``None`` where every tag is ``""`` (no KB)."""
    types, prefixes = _tables_of(KB_PATH)
    if not types:
        return None
    if _openers_of[0] is not types:
        _openers.clear()
        _openers_of[0] = types
    splitter = split_tables()
    return (_openers, _opening_keys, types, prefixes, _MAX_WORDS,
            None if splitter is None else (_OPENERS_LIMIT, splitter))


def sentence_gazetteer_py(words: Sequence[str]) -> list[str]:
    """``sentence_gazetteer`` by the Python loop (where the extension was not built)."""
    types, prefixes = _tables()
    n = len(words)
    tags = [""] * n
    if not types:
        return tags
    if _openers_of[0] is not types:
        _openers.clear()
        _openers_of[0] = types
    get = _openers.get
    keys = [get(word) for word in words]
    if None in keys:
        keys = [_opening_keys(word, types, prefixes) if k is None else k
                for k, word in zip(keys, words)]
    end = 0  # the word after the last name tagged
    for i, firsts in enumerate(keys):
        if not firsts or i < end:
            continue
        best_end, best_type = _longest(words, i, firsts, types, prefixes)
        if best_end:
            tags[i] = "B-" + best_type
            for k in range(i + 1, best_end):
                tags[k] = "I-" + best_type
            end = best_end
    return tags


def _longest(words: Sequence[str], i: int, firsts: tuple[str, ...], types: dict[str, str],
             prefixes: frozenset[str]) -> tuple[int, str]:
    """``(end, type)`` of the longest KB name starting at word ``i`` (``(0, "")``: none)."""
    n = len(words)
    best_end, best_type = 0, ""
    for first in firsts:
        key, j = first, i + 1
        while True:
            typ = types.get(key)
            if typ and j > best_end:
                best_end, best_type = j, typ
            if j >= n or j - i >= _MAX_WORDS or key not in prefixes:
                break
            key = key + " " + words[j]
            j += 1
    return best_end, best_type


def clear_caches() -> None:
    """Forget the cached words (benchmarks of a cold start)."""
    _openers.clear()


def kb_digest() -> str | None:
    """The digest of the KB artefact the gazetteer reads (``None`` without one)."""
    try:
        from marsad.kb.store import KB, KBError, kb
        return (kb() if KB_PATH is None else KB.load(KB_PATH)).meta.get("digest")
    except (ImportError, KBError):
        return None
