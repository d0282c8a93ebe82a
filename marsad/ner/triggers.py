"""Trigger words (titles before a person, heads of organisation and place names), folded.

The words are data: ``marsad/lexicons/ner_triggers.tsv``.
"""

from __future__ import annotations

import functools

from marsad.arabic.clitics import ARTICLE as _ARTICLE
from marsad.arabic.normalise import fold
from marsad.lexicons import load_table
from marsad.ner.clitics import split, strip_any_proclitics


@functools.cache
def triggers() -> dict[str, tuple[str, str]]:
    """``{folded word: (kind, type)}`` with kind ``title`` or ``head``."""
    return {fold(row["word"]): (row["kind"], row["type"]) for row in load_table("ner_triggers.tsv")}


@functools.cache
def heads(entity_type: str) -> frozenset[str]:
    """The folded head words of names of ``entity_type`` (e.g. ``ORG``: وزاره، حزب…)."""
    return frozenset(w for w, (kind, typ) in triggers().items()
                     if kind == "head" and typ == entity_type)


def is_title(word: str) -> bool:
    """Whether a folded ``word`` (clitics and all) is a title before a name (الدكتور، اللواء)."""
    found = _TITLES.get(word)
    if found is None:
        if len(_TITLES) >= _WORDS_LIMIT:
            _TITLES.clear()
        table = triggers()
        found = _TITLES[word] = any(
            table.get(form, ("", ""))[0] == "title"
            for form in (word, split(word)[1], *strip_any_proclitics(word)))
    return found


def head_type(word: str) -> str | None:
    """The type a folded ``word`` (clitics and all) heads (وزارة → ORG, مدينة → GPE), or None."""
    try:
        return _HEAD_TYPES[word]
    except KeyError:  # a word not judged yet
        if len(_HEAD_TYPES) >= _WORDS_LIMIT:
            _HEAD_TYPES.clear()
        found = _HEAD_TYPES[word] = _head_type(word)
        return found


def _head_type(word: str) -> str | None:
    table = triggers()
    for form in (word, split(word)[1], *strip_any_proclitics(word)):
        entry = table.get(form)
        if entry and entry[0] == "head":
            return entry[1]
    return None


#: ``is_title`` and ``head_type`` judged once per word: the rules and the tagger's spans ask
#: them of the same words again and again (each answer a few lookups of the word's forms).
_TITLES: dict[str, bool] = {}
_HEAD_TYPES: dict[str, str | None] = {}
_WORDS_LIMIT = 100_000


@functools.cache
def breaks() -> frozenset[str]:
    """The folded function words that never stand inside a name."""
    return frozenset(w for w, (kind, _typ) in triggers().items() if kind == "break")


#: «لل»: the preposition «ل» before the article, whose alef is dropped
_PREPOSITION_ARTICLE = "ل" + _ARTICLE[1:]


@functools.cache
def _place_heads() -> frozenset[str]:
    """The folded words before a place name that say what kind of place it is
    (``kb_heads.tsv``: «حي», «مخيم», «بلدة», «محافظة», «ريف»… — not the ministries)."""
    return frozenset(fold(row["head"]) for row in load_table("kb_heads.tsv")
                     if row["kind"] in ("admin", "settlement"))


def place_head(word: str) -> bool:
    """Whether a folded ``word`` (clitics and all: «بحي», «ومخيم») is a place's head word
    in construct, so that a name right after it names a place («حي الهاشمي», not the family
    name). A head in construct is never definite: «للقضاء على» is "to end", not a district."""
    forms = (word, *strip_any_proclitics(word))
    if word.startswith(_PREPOSITION_ARTICLE) or any(f.startswith(_ARTICLE) for f in forms):
        return False
    heads = _place_heads()
    return any(form in heads for form in forms)
