"""From token positions to character spans of names.

A name that starts on a token with a proclitic (``والعراق``, ``ولبنان``) starts after the
clitic: the text layer's ``Token.prefix`` less the article (which stays in the name), else the
NER's own split (``marsad.ner.clitics.proclitic_length``). ``للأمم`` keeps its ``لل``
(``وللأمم`` loses the و only). Offsets in ``Token.norm`` are taken back to
``Token.text`` by skipping the characters folding deletes (diacritics, tatweel). A person's
name goes on over a hyphen inside it («فرانك-فالتر شتاينماير»، «فرانك - فالتر شتاينماير» is
one name, not «فرانك»).
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from marsad.arabic.clitics import ARTICLE as _ARTICLE
from marsad.arabic.normalise import fold
from marsad.model import Token
from marsad.ner.clitics import proclitic_length

_LAM = "ل"
#: Hyphens that join the parts of one name («فرانك-فالتر»): hyphen-minus and the hyphen.
NAME_HYPHENS = frozenset({"-", "\u2010"})


def indices_in(norms: Sequence[str], vocab: Set[str], forms: Set[str]) -> list[int]:
    """The positions of the words of ``norms`` that ``forms`` holds, ``vocab`` being the set
    of ``norms``: the few forms there are found by one set intersection, and the words are
    read one by one only when some are (a rule's opening words are in few articles)."""
    hits = vocab & forms
    if not hits:
        return []
    return [k for k, norm in enumerate(norms) if norm in hits]


def _norm_prefix_length(token: Token) -> int:
    """Letters of ``token.norm`` before the name: the proclitics, never the article."""
    prefix = token.prefix
    if not prefix or not token.norm.startswith(prefix):
        return proclitic_length(token.norm)
    if prefix.endswith(_ARTICLE):
        return len(prefix) - len(_ARTICLE)
    if prefix.endswith(_LAM + _LAM):  # «وللأمم»: ل + the article, its alef dropped, stays
        return len(prefix) - 2
    return len(prefix)


def text_offset(token: Token, norm_offset: int) -> int:
    """The offset in ``token.text`` of the ``norm_offset``-th kept character."""
    if norm_offset == 0 or len(token.text) == len(token.norm):
        return norm_offset
    kept = 0
    for i, ch in enumerate(token.text):
        folded = len(fold(ch))
        if kept == norm_offset and folded:
            return i
        kept += folded
    return len(token.text)


def name_start(token: Token) -> int:
    """The character offset where a name beginning on ``token`` starts."""
    return token.start + text_offset(token, _norm_prefix_length(token))


def joined_hyphen(tokens: Sequence[Token], k: int, first: int, last: int) -> bool:
    """Whether token ``k`` of the name over ``tokens[first:last]`` is a hyphen inside it:
    written tight between two words («فرانك-فالتر»، «جان-مارك»), or with spaces right after
    the name's first word when two more words follow it («فرانك - فالتر شتاينماير», a
    compound first name and a surname). A dash later on, or before one word, opens an aside
    or a dateline («محمد علي - رويترز»)."""
    if not (first < k < last - 1 and tokens[k].text in NAME_HYPHENS
            and tokens[k - 1].kind == "word" and tokens[k + 1].kind == "word"):
        return False
    if tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start:
        return True
    return k == first + 1 and last - k > 2 and tokens[k + 2].kind == "word"


def token_span_to_chars(tokens: Sequence[Token], first: int, last: int,
                        hyphenated: bool = False) -> tuple[int, int]:
    """Character ``(start, end)`` of the name over ``tokens[first:last]``; a name stops
    before a punctuation token inside it (``hyphenated``: not a hyphen joining two words,
    «فرانك-فالتر شتاينماير») and drops a one-letter word it would end on
    (``وزارة الداخلية لـ«الشرق`` → ``وزارة الداخلية``)."""
    for k in range(first + 1, last):
        if hyphenated and joined_hyphen(tokens, k, first, last):
            continue
        if tokens[k].kind == "punct":
            last = k
            break
    while last - 1 > first and len(tokens[last - 1].norm) <= 1:
        last -= 1
    if tokens[first].kind == "punct":
        return tokens[first].start, tokens[first].start
    return name_start(tokens[first]), tokens[last - 1].end
