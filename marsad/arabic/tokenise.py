"""Tokens with character offsets into the text, found by one compiled regex.

``tokenise("وإيران،مساء الجمعة6")`` gives ``وإيران`` ``،`` ``مساء`` ``الجمعة`` ``6``: letters
are split from digits and punctuation from words, while numbers (``1,500`` ``3.5``
``٢٠٢٤``), times (``10:30``), dates (``06/12/2024`` ``2024-12-06``), URLs, e-mail
addresses, hashtags and mentions, and abbreviations (``د.`` ``ص.ب`` ``أ.ف.ب`` ``U.S.``,
listed in ``marsad/lexicons/abbreviations.tsv`` or dotted initialisms) stay whole.

Each token has a ``kind`` (word | number | punct | url | abbr | latin | symbol), its
matching form ``norm = fold(text)`` and the conservative clitic split of
``marsad.arabic.clitics``. Addresses of every sort (URL, e-mail, #hashtag, @mention) are
of kind ``url``; letters of scripts other than Arabic and Latin are words.
"""

from __future__ import annotations

import re

from marsad.arabic.clitics import split as clitic_split
from marsad.arabic.normalise import fold
from marsad.lexicons import load_table
from marsad.model import Token
from marsad.pipeline import register_cache

__all__ = ["tokenise", "TOKEN_PATTERN"]

ARABIC_LETTERS = ("\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5"
                  "\u06ee\u06ef\u06fa-\u06fc\u06ff")
ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
TATWEEL = "\u0640"
LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_LETTER = ARABIC_LETTERS + LATIN_LETTERS
_IN_WORD = ARABIC_LETTERS + ARABIC_MARKS + TATWEEL
CONTROLS = r"\x00-\x1f\x7f-\x9f"
_NOT_IN_URL = "\\s<>«»\"“”" + CONTROLS


def _abbreviation_pattern() -> str:
    listed = sorted((row["abbr"] for row in load_table("abbreviations.tsv")), key=len,
                    reverse=True)
    guarded = [re.escape(a) + ("" if a.endswith(".") else f"(?![{_LETTER}])") for a in listed]
    initialism = f"(?:[{_LETTER}]\\.)+[{_LETTER}](?![{_LETTER}])\\.?"
    # spelt-out letters, three or more glued by dots: إيه.بي.سي (ABC), آر.دابليو.إي
    spelt = f"[{ARABIC_LETTERS}]{{1,6}}(?:\\.[{ARABIC_LETTERS}]{{1,6}}){{2,}}(?![{_IN_WORD}])"
    # after a number, «م.» and «د.» are the era and the unit, and the dot ends the sentence
    return "(?<!\\d)(?<!\\d )(?:" + "|".join([*guarded, initialism, spelt]) + ")"


_ALTERNATIVES: tuple[tuple[str, str], ...] = (
    # The fast path first: an Arabic word not followed by a dot (most tokens).
    ("word", f"[{ARABIC_LETTERS}][{_IN_WORD}]*+(?!\\.)"),
    ("url", f"(?:https?://|www\\.)[^{_NOT_IN_URL}]*[^{_NOT_IN_URL}.,،؛;:!?؟)\\]'’]"
            "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"
            f"|[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*\\.[a-z]{{2,6}}(?![{_LETTER}])"
            f"(?:/[^{_NOT_IN_URL}]*[^{_NOT_IN_URL}.,،؛;:!?؟)\\]'’])?"
            f"|[#@][\\w{ARABIC_MARKS}{TATWEEL}]+"),
    ("number", "\\d{1,4}/\\d{1,2}/\\d{1,4}(?!\\d)|\\d{1,4}-\\d{1,2}-\\d{1,4}(?!\\d)"
               "|\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)|\\d+(?:[.,٫٬]\\d+)*"),
    ("abbr", _abbreviation_pattern()),
    ("word_", f"[{ARABIC_MARKS}{TATWEEL}]*[{ARABIC_LETTERS}][{_IN_WORD}]*"),
    ("latin", f"[{LATIN_LETTERS}][{LATIN_LETTERS}0-9]*(?:['’-][{LATIN_LETTERS}0-9]+)*"
              "(?:\\.\\d+)*"),
    ("punct", f"\\.{{2,}}|[.!?؟۔]+|[-–—]+|{TATWEEL}+|[،,؛;:…()\\[\\]{{}}«»“”„‟‹›‘’\"'/\\\\|]"),
    ("other", "[^\\W\\d_]+"),
    ("symbol", f"[^\\s{CONTROLS}]"),  # control characters are no tokens
)

#: The one pattern: named groups tried in order, the group's name gives the kind. The
#: leading look-ahead lets the scan pass over white space without trying every group.
TOKEN_PATTERN = re.compile(
    "(?=\\S)(?:" + "|".join(f"(?P<{name}>{body})" for name, body in _ALTERNATIVES) + ")")
_KIND = {"word": "word", "word_": "word", "other": "other", "url": "url", "number": "number",
         "abbr": "abbr", "latin": "latin", "punct": "punct", "symbol": "symbol"}

#: surface form -> (norm, prefix, stem, suffix); words repeat, so each is analysed once.
_SEEN: dict[str, tuple[str, str, str, str]] = register_cache({})
_SEEN_LIMIT = 500_000


def _analyse(surface: str, kind: str) -> tuple[str, str, str, str]:
    if len(_SEEN) >= _SEEN_LIMIT:
        _SEEN.clear()
    if kind == "word":
        prefix, stem, suffix = clitic_split(surface)
        analysis = (prefix + stem + suffix, prefix, stem, suffix)  # the parts make up the fold
    else:
        norm = fold(surface)
        analysis = (norm, "", norm, "")
    _SEEN[surface] = analysis
    return analysis


def tokenise(text: str) -> list[Token]:
    """The tokens of ``text`` in order, each with offsets, kind, norm and clitic split."""
    seen = _SEEN
    tokens: list[Token] = []
    append = tokens.append
    for match in TOKEN_PATTERN.finditer(text):
        surface = match.group()
        kind = _KIND[match.lastgroup]  # type: ignore[index]
        if kind == "other":  # letters of other scripts, or ² ½ Ⅳ: word characters, not letters
            kind = "word" if surface.isalpha() else "symbol"
        norm, prefix, stem, suffix = seen.get(surface) or _analyse(surface, kind)
        start, end = match.span()
        append(Token(start, end, surface, norm, kind, prefix, stem, suffix))
    return tokens
