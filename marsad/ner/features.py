"""Features of the NER tagger: cached per distinct word, assembled per token cheaply.

A token's features are its own word features, a smaller set for its neighbours at ±1 and
±2 (prefixed with the offset), the bigrams with its left and right neighbours, and the
gazetteer tags the KB gives the token and its neighbours (``g=B-GPE`` on a name's first
token, ``g=I-GPE`` inside; ``marsad.ner.gazetteer``). A word listed as a personal name
(``ner_person_names.txt``) has the shape ``name``; trigger words (``ner_triggers.tsv``) add
``t=title:PER`` or ``t=head:ORG``. Everything about one word is computed once per distinct
word and kept in a module-level cache, so a sentence costs a few tuple joins per token —
the CRF's own lookup of each feature string is the other half of the cost, so the set is
kept lean (a stem equal to its word is not repeated).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from marsad.lexicons import load_words
from marsad.ner.clitics import split
from marsad.ner.triggers import triggers

_BOS = "<s>"
_EOS = "</s>"
_CACHE_LIMIT = 500_000


@functools.cache
def _person_names() -> frozenset[str]:
    return load_words("ner_person_names.txt")


def _shape(word: str, stem: str) -> str:
    if word.isalpha():
        if word.isascii():
            return "lat"
        return "name" if stem in _person_names() else "ar"
    if word.isdigit():
        return "num"
    if not any(ch.isalnum() for ch in word):
        return "pun"
    if any(ch.isdigit() for ch in word):
        return "mix"
    return "name" if stem in _person_names() else "ar"


@functools.lru_cache(maxsize=_CACHE_LIMIT)
def _facts(word: str) -> tuple[str, str, str, str, str]:
    """(stem, prefix, suffix, trigger, shape) of a folded word."""
    prefix, stem, suffix = split(word)
    kind_type = triggers().get(stem) or triggers().get(word)
    trigger = f"{kind_type[0]}:{kind_type[1]}" if kind_type else ""
    return stem, prefix, suffix, trigger, _shape(word, stem)


@functools.lru_cache(maxsize=_CACHE_LIMIT)
def own_features(word: str) -> tuple[str, ...]:
    """The features of ``word`` at the tagged position."""
    stem, prefix, suffix, trigger, shape = _facts(word)
    out = ["w=" + word, "sh=" + shape, "p2=" + stem[:2], "p3=" + stem[:3], "x1=" + stem[-1:],
           "x2=" + stem[-2:], "x3=" + stem[-3:], "s=" + stem, "len=" + str(min(len(stem), 8))]
    if prefix:
        out.append("pre=" + prefix)
    if suffix:
        out.append("suf=" + suffix)
    if trigger:
        out.append("t=" + trigger)
    return tuple(out)


@functools.lru_cache(maxsize=_CACHE_LIMIT)
def context_features(word: str, offset: int) -> tuple[str, ...]:
    """The features ``word`` lends the token ``offset`` places away (±1, ±2)."""
    tag = f"{offset}:"
    if word in (_BOS, _EOS):
        return (tag + word,)
    stem, _prefix, _suffix, trigger, shape = _facts(word)
    out = [tag + "w=" + word]
    if abs(offset) == 1:
        out += [tag + "sh=" + shape, tag + "x2=" + stem[-2:]]
        if stem != word:
            out.append(tag + "s=" + stem)
    if trigger:
        out.append(tag + "t=" + trigger)
    return tuple(out)


#: word → (own, as -2, as -1, as +1, as +2, bigram-left head, bigram-right head)
_Record = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...],
                tuple[str, ...], str, str]


class Features:
    """Builds the features of a sentence, one cached record per distinct word.

    With ``known`` (the attributes a trained model has weights for) only those are passed
    on: the CRF would ignore the others, but only after converting and looking up each
    string, which is most of its cost.
    """

    def __init__(self, known: frozenset[str] | None = None) -> None:
        self.known = known
        self._records: dict[str, _Record] = {}

    def clear(self) -> None:
        self._records.clear()

    def _record(self, word: str) -> _Record:
        if len(self._records) >= _CACHE_LIMIT:
            self._records.clear()
        own = () if word in (_BOS, _EOS) else own_features(word)
        parts = (own, context_features(word, -2), context_features(word, -1),
                 context_features(word, 1), context_features(word, 2))
        if self.known is not None:
            keep = self.known.__contains__
            parts = tuple(tuple(filter(keep, part)) for part in parts)
        rec = (*parts, "bi=" + word + "|", "bi+1=" + word + "|")
        self._records[word] = rec
        return rec

    def __call__(self, words: Sequence[str], gazetteer: Sequence[str] | None = None
                 ) -> list[tuple[str, ...]]:
        """Features for each word of one sentence (``words`` already folded).

        ``gazetteer`` holds, per word, ``""`` or a KB tag such as ``B-GPE`` / ``I-ORG``.
        """
        get = self._records.get
        recs = [get(w) or self._record(w) for w in (_BOS, _BOS, *words, _EOS, _EOS)]
        nexts = [*words[1:], _EOS]
        bigrams = [(recs[i + 1][5] + w, recs[i + 2][6] + q)
                   for i, (w, q) in enumerate(zip(words, nexts))]
        known = self.known
        if known is not None:
            keep = known.__contains__
            bigrams = [tuple(filter(keep, pair)) for pair in bigrams]
        out = [recs[i + 2][0] + recs[i][1] + recs[i + 1][2] + recs[i + 3][3] + recs[i + 4][4]
               + pair for i, pair in enumerate(bigrams)]
        if gazetteer is not None and any(gazetteer):
            _add_gazetteer(out, gazetteer)
        return out


#: The features as training sees them (every attribute).
sequence_features = Features()


def clear_caches() -> None:
    """Forget every cached word (for benchmarks of a cold start)."""
    sequence_features.clear()
    own_features.cache_clear()
    context_features.cache_clear()
    _facts.cache_clear()


def _add_gazetteer(out: list[tuple[str, ...]], gazetteer: Sequence[str]) -> None:
    n = len(out)
    for i, tag in enumerate(gazetteer):
        if not tag:
            continue
        out[i] += ("g=" + tag,)
        if i > 0:
            out[i - 1] += ("1:g=" + tag,)
        if i + 1 < n:
            out[i + 1] += ("-1:g=" + tag,)
