"""A clitic split of a folded word, private to the NER features and spans.

``split("وبالعراق") -> ("وب", "العراق", "")``: a conjunction (و/ف) before any stem, a
preposition (ب/ل/ك) only before the article, and one pronoun suffix. ``للامم`` gives the
stem ``الامم`` (the article's alef restored), so the stem is a feature, not a substring.
The clitic lists are data: ``marsad/lexicons/ner_clitics.tsv``. The tagger's features use
this split both at training and at inference, so the shipped model never depends on how
another layer splits words.
"""

from __future__ import annotations

import functools

from marsad.arabic.clitics import ARTICLE as _ARTICLE, candidates as text_candidates
from marsad.lexicons import load_table

_LAM = "ل"
_ALEF = "ا"  # the article's alef, put back after «لل»


@functools.cache
def _clitics() -> dict[str, tuple[str, int]]:
    return {row["form"]: (row["kind"], int(row["min_rest"] or 3))
            for row in load_table("ner_clitics.tsv")}


@functools.lru_cache(maxsize=200_000)
def split(word: str) -> tuple[str, str, str]:
    """``(prefix, stem, suffix)`` of a folded ``word`` (see the module docstring); cached,
    as the features, the gazetteer and the rules all ask about the same words."""
    table = _clitics()
    start = 0
    conj = table.get(word[:1])
    if conj and conj[0] == "conj" and len(word) - 1 >= conj[1]:
        start = 1
    prep = table.get(word[start:start + 1])
    restored = False
    if prep and prep[0] == "prep" and len(word) - start - 1 >= prep[1]:
        if word.startswith(_ARTICLE, start + 1):
            start += 1
        elif word[start] == _LAM and word.startswith(_LAM, start + 1):
            start += 1
            restored = True
    end = len(word)
    for size in (3, 2):
        tail = word[-size:]
        entry = table.get(tail)
        if entry and entry[0] == "suffix" and end - size - start >= entry[1] \
                and not word.startswith(_ARTICLE, start):
            end -= size
            break
    stem = word[start:end]
    if restored:
        stem = _ALEF + stem
    return word[:start], stem, word[end:]


#: A kind of clitic as ``split_tables`` gives it: ``(form, min_rest)`` pairs.
Clitics = tuple[tuple[str, int], ...]


@functools.cache
def split_tables() -> tuple[Clitics, Clitics, Clitics, str, str, str] | None:
    """What ``split`` reads, for its compiled twin in ``marsad/ner/_fastfeat.c`` (which
    splits a word new to the tagger's caches there): the conjunctions and prepositions
    (``split`` looks them up by one letter, so only those of one letter), the suffixes, the
    article, the lam and the alef; ``None`` where the twin could not follow ``split``
    (a min_rest below 0, or more than 16 of a kind): ``split`` is then called instead."""
    table = _clitics()

    def kind(name: str, letters: bool) -> Clitics:
        return tuple((form, rest) for form, (k, rest) in table.items()
                     if k == name and (len(form) == 1 or not letters))

    kinds = kind("conj", True), kind("prep", True), kind("suffix", False)
    if any(rest < 0 for _kind, rest in table.values()) or any(len(k) > 16 for k in kinds):
        return None
    return (*kinds, _ARTICLE, _LAM, _ALEF)


def proclitic_length(word: str) -> int:
    """How many leading characters of ``word`` a name span may leave out: the clitics
    before the article (``والعراق`` → 1, ``بالعراق`` → 1); ``لل`` and bare stems keep 0, and
    so does a word the text layer never splits (``clitic_protected.txt``: «كاليفورنيا» is
    not ك + «اليفورنيا»)."""
    prefix, stem, _ = split(word)
    if not (prefix and stem.startswith(_ARTICLE) and word.startswith(stem, len(prefix))):
        return 0  # most words: tested first, as the text layer's stems cost far more
    if len(text_candidates(word)) == 1:
        return 0
    return len(prefix)


@functools.cache
def split_prefixes() -> frozenset[str]:
    """Every prefix ``split`` can cut: a conjunction, a preposition, or a conjunction and then
    a preposition (``ner_clitics.tsv``)."""
    conjunctions = [form for form, (kind, _) in _clitics().items() if kind == "conj"]
    prepositions = [form for form, (kind, _) in _clitics().items() if kind == "prep"]
    return frozenset([*conjunctions, *prepositions,
                      *(c + p for c in conjunctions for p in prepositions)])


@functools.cache
def proclitic_letters() -> frozenset[str]:
    """The letters ``strip_any_proclitics`` strips (a conjunction or a preposition)."""
    return frozenset(form for form, (kind, _) in _clitics().items()
                     if kind in ("conj", "prep") and len(form) == 1)


def with_any_proclitics(words: frozenset[str]) -> frozenset[str]:
    """Every word ``strip_any_proclitics`` can bring to one of ``words``, and ``words``
    themselves: each with one or two of ``proclitic_letters`` before it (a superset of those
    words, found without stripping each word read)."""
    letters = proclitic_letters()
    once = {letter + word for letter in letters for word in words}
    return frozenset(words) | once | {letter + word for letter in letters for word in once}


def strip_any_proclitics(word: str) -> list[str]:
    """``word`` less each leading run of proclitics, before a noun or not («وبمدينه» →
    «بمدينه», «مدينه»); for looking up trigger words, which need no article."""
    table = _clitics()
    out = []
    i = 0
    while i < 2 and i < len(word) - 2 and table.get(word[i], ("", 0))[0] in ("conj", "prep"):
        i += 1
        out.append(word[i:])
    return out
