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

The loop from the regex's matches to the ``Token`` records runs compiled where the optional
extension ``marsad/arabic/_fasttok.c`` was built (the same records, field for field, made
without the interpreter's work per token); elsewhere the Python loop below does it. Where it
was built, the extension also scans the text itself (``_fasttok.scan``): an Arabic word not
followed by a dot, the pattern's first alternative and most tokens, is read from the text
with no match object made, and every other token is the match of ``TOKEN_PATTERN.search``
from there, so the tokens are those of ``finditer`` (``tokenise_matches``).
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass

from marsad.arabic.clitics import split_uncached as clitic_split  # _SEEN is the cache
from marsad.arabic.normalise import fold
from marsad.lexicons import load_table
from marsad.model import Token
from marsad.pipeline import register_cache

try:
    from marsad.arabic import _fasttok
except ImportError:  # no C compiler at install: the Python loop does the work
    _fasttok = None  # type: ignore[assignment]

__all__ = ["tokenise", "tokenise_matches", "tokenise_py", "TOKEN_PATTERN"]

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


#: Token's fields in the order of its constructor, as the compiled loop fills them.
_FIELDS = ("start", "end", "text", "norm", "kind", "prefix", "stem", "suffix", "sentence")


def _bound() -> bool:
    """Whether the compiled loop may build tokens: built, and ``Token`` still a plain slots
    record with these fields (``sentence`` 0 by default, no ``__post_init__``) whose slots
    it could find."""
    if _fasttok is None or not is_dataclass(Token) or hasattr(Token, "__post_init__"):
        return False
    declared = fields(Token)
    if tuple(f.name for f in declared) != _FIELDS or declared[-1].default != 0:
        return False  # the compiled loop gives every token the sentence 0
    return bool(_fasttok.bind(Token, _FIELDS))


_COMPILED = _bound()
#: Whether the compiled loop may analyse a new surface itself, as ``_analyse`` would: the
#: split and the fold ``_analyse`` calls are the extension's own (given ``_SEEN_LIMIT``, it
#: does so without calling back into the interpreter, one new word in seven on news text).
_ANALYSES = _COMPILED and clitic_split is getattr(_fasttok, "split", None) \
    and fold is getattr(_fasttok, "fold", None)


def _word_table() -> bytes | None:
    """For each code point of U+0600..U+06FF, bit 1 when the first alternative of
    ``TOKEN_PATTERN`` may start a word there (``ARABIC_LETTERS``) and bit 2 when the word
    may go on over it (``_IN_WORD``): what the compiled scan reads instead of the regex.
    ``None`` when the pattern no longer opens with that word (the scan reads it as that), or
    a class reaches outside the block (the scan could not read it)."""
    if _ALTERNATIVES[0] != ("word", f"[{ARABIC_LETTERS}][{_IN_WORD}]*+(?!\\.)") \
            or not TOKEN_PATTERN.pattern.startswith("(?=\\S)(?:(?P<word>"):
        return None
    bounds = (ARABIC_LETTERS + _IN_WORD).replace("-", "")  # the ranges' ends, and singles
    if not all("\u0600" <= c <= "\u06ff" for c in bounds):
        return None
    letter = re.compile(f"[{ARABIC_LETTERS}]")
    in_word = re.compile(f"[{_IN_WORD}]")
    block = (chr(0x600 + k) for k in range(256))
    return bytes(bool(letter.fullmatch(c)) | bool(in_word.fullmatch(c)) << 1 for c in block)


#: The marks the compiled scan takes as tokens by themselves, the commonest after the words.
#: Each is in the last class of "punct" and so a token alone, provided no alternative before
#: "punct" can open with it: it is no letter, mark, tatweel or digit (word, word_, latin,
#: number, abbr's initialisms), no character an address opens with, not the first of a listed
#: abbreviation, and none of the runs of "punct" («..» «!?» «--» «ــ») holds it.
_MARKS = "،؛«»()\":,“”"


def _single_marks() -> str:
    """``_MARKS`` less any the reasons above no longer hold for, each also tried against
    ``TOKEN_PATTERN`` between the neighbours where an alternative could start or go on."""
    firsts = {row["abbr"][:1] for row in load_table("abbreviations.tsv")}
    opens = re.compile(f"[{_LETTER}{ARABIC_MARKS}{TATWEEL}A-Za-z0-9._%+#@\\-]|\\d"
                       "|[.!?؟۔–—]")
    around = ("", " ", "1", "1 ", "ب", "a", ".", "-", "@", "#", "ـ", "\u064b", "/", "http://")
    kept = []
    for mark in _MARKS:
        if mark in firsts or opens.match(mark):
            continue
        for before in ("", "1 ", "ب", "a"):  # the look-behinds read a digit and a space
            if any((m := TOKEN_PATTERN.search(before + mark + after, len(before))) is None
                   or m.span() != (len(before), len(before) + 1) or m.lastgroup != "punct"
                   for after in around):
                break
        else:
            kept.append(mark)
    return "".join(kept)


#: Whether the compiled scan may find the tokens itself: it reads the Arabic words (most
#: tokens) from the text and asks ``TOKEN_PATTERN.search`` for every other token, so no match
#: object is made for a word (the same tokens as ``finditer``'s, ``tests/test_arabic_round34_t.py``).
_WORD_TABLE = _word_table() if _COMPILED and hasattr(_fasttok, "scan") else None
_SEARCH = TOKEN_PATTERN.search
_SINGLE_MARKS = _single_marks() if _WORD_TABLE is not None else ""


def tokenise(text: str) -> list[Token]:
    """The tokens of ``text`` in order, each with offsets, kind, norm and clitic split."""
    if _WORD_TABLE is not None:
        if _ANALYSES:
            return _fasttok.scan(text, _SEARCH, _WORD_TABLE, _SINGLE_MARKS, "punct", _KIND,
                                 _SEEN, _analyse, "word", "symbol", _SEEN_LIMIT)
        return _fasttok.scan(text, _SEARCH, _WORD_TABLE, _SINGLE_MARKS, "punct", _KIND, _SEEN,
                             _analyse, "word", "symbol")
    return tokenise_matches(text)


def tokenise_matches(text: str) -> list[Token]:
    """``tokenise`` from every match of ``finditer`` (the compiled loop over the matches where
    the extension was built, else the Python loop): what the scan is checked against."""
    if _ANALYSES:
        return _fasttok.tokens(TOKEN_PATTERN.finditer(text), _KIND, _SEEN, _analyse, "word",
                               "symbol", _SEEN_LIMIT)
    if _COMPILED:
        return _fasttok.tokens(TOKEN_PATTERN.finditer(text), _KIND, _SEEN, _analyse, "word",
                               "symbol")
    return tokenise_py(text)


def tokenise_py(text: str) -> list[Token]:
    """``tokenise`` by the Python loop (where the extension was not built; the same tokens)."""
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
