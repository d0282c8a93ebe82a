"""The lookup key of a name: the matching form (``marsad.arabic.normalise.fold``) with
punctuation turned into spaces and bracketed glosses dropped, tokens joined by one space."""

from __future__ import annotations

import re

from marsad.arabic.normalise import fold

_BRACKETED = re.compile(r"\([^)]*\)")
_NOT_WORD = re.compile(r"[^\w]+")
_DOTTED_ACRONYM = re.compile(r"^\w(?:\.\w)+\.?$")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def name_key(name: str) -> str:
    """``"دير الزور"`` -> ``"دير الزور"``, ``"إدلب"`` -> ``"ادلب"``, ``"فيكتوريا (أستراليا)"`` -> ``"فيكتوريا"``."""
    text = _BRACKETED.sub(" ", fold(name)).strip()
    if _DOTTED_ACRONYM.match(text):  # «د.ب.أ» stays one token, as the tokeniser keeps it
        return text.rstrip(".")
    return " ".join(_NOT_WORD.sub(" ", text).split())


#: Letters of Persian, Urdu and Kurdish that Arabic news does not use (پ چ ژ گ ٹ ڈ ڑ ں ھ ے ...).
_NON_ARABIC_LETTER = re.compile(r"[\u0679-\u06d3]")


def is_arabic_name(name: str) -> bool:
    """True for a name written in Arabic script only (Persian and Kurdish letters included)."""
    return bool(_ARABIC_LETTER.search(name)) and not _LATIN_LETTER.search(name)


def is_arabic_spelling(key: str) -> bool:
    """True when a (folded) key uses only letters of the Arabic alphabet: «اصفهان» yes,
    «ميشيگان» no (GeoNames' untagged names mix in Persian and Urdu spellings)."""
    return not _NON_ARABIC_LETTER.search(key)
