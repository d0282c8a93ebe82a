"""Sentences where a reader would end them.

A sentence ends after a full stop, ``!``, ``?`` or ``؟`` and at every line break (the roles
of punctuation are data: ``marsad/lexicons/punctuation.tsv``; ``؛`` and the ellipsis do not
end one). It does not end inside a quotation or brackets that close on the same line
(« » “ ” " ' ( )), after an abbreviation (``د.``) or inside a number (``3.5``): those are
single tokens, so only true punctuation tokens are looked at. A full stop just inside a
closing mark (``«… انتهى.»``) ends the sentence after the mark; one inside a quotation that
never closes ends it where it stands. A heading paragraph is one sentence marked ``heading``,
a dateline paragraph one marked ``dateline``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.lexicons import load_table
from marsad.model import Paragraph, Sentence, Token

try:
    from marsad.arabic import _fasttok
except ImportError:  # no C compiler at install: the Python loops do the work
    _fasttok = None  # type: ignore[assignment]

__all__ = ["split_sentences"]

_NON_EMPTY_LINE = re.compile(r"[^\n]*\S[^\n]*")
_CONTENT_KINDS = frozenset({"word", "number", "url", "abbr", "latin"})
_ELLIPSIS = re.compile(r"\.\.|…")
_FULL_STOP = "."


@dataclass(frozen=True, slots=True)
class _Marks:
    ends: frozenset[str]
    opens: dict[str, str]  # opening mark -> the mark that closes it
    closes: frozenset[str]
    #: marks the splitter can pass over («،» «:» «؛» «…»): no sentence end, and no quotation
    #: mark or bracket, opening or awaited as a closing one
    inert: frozenset[str]


@functools.cache
def _marks() -> _Marks:
    rows = load_table("punctuation.tsv")
    ends = frozenset(r["char"] for r in rows if r["role"] == "end")
    opens = {r["char"]: r["pair"] for r in rows if r["role"] in ("open", "both")}
    quoting = {*opens, *opens.values()}
    return _Marks(
        ends=ends,
        opens=opens,
        closes=frozenset(r["char"] for r in rows if r["role"] in ("close", "both")),
        # one character: it ends a sentence when it is an end (``_ends_sentence``)
        inert=frozenset(r["char"] for r in rows
                        if r["char"] not in ends and r["char"] not in quoting),
    )


@functools.lru_cache(maxsize=256)
def _ends_sentence(punct: str) -> bool:
    """``.`` ``؟`` ``?!`` ``!!..`` end a sentence; an ellipsis alone (``...`` ``…``) does not."""
    ends = _marks().ends
    if _ELLIPSIS.search(punct):
        return any(ch in ends for ch in punct.replace(".", ""))
    return any(ch in ends for ch in punct)


#: A block of text split on its own: (start, end, heading, paragraph index, dateline). A
#: plain tuple: a few are made per article, and unpacked once each.
_Block = tuple[int, int, bool, int, bool]


def _blocks(text: str, paragraphs: Sequence[Paragraph]) -> list[_Block]:
    """The paragraphs, plus each non-empty line of text they leave uncovered."""
    if not paragraphs:
        return [(m.start(), m.end(), False, index, False)
                for index, m in enumerate(_NON_EMPTY_LINE.finditer(text))]
    blocks: list[_Block] = []
    covered = 0
    for index, para in sorted(enumerate(paragraphs), key=lambda pair: pair[1].start):
        if covered < para.start:  # the usual gap between two paragraphs is white space alone
            _add_lines(blocks, text, covered, para.start, max(index - 1, 0))
        blocks.append((para.start, para.end, para.heading, index, para.dateline))
        if para.end > covered:
            covered = para.end
    if covered < len(text):
        _add_lines(blocks, text, covered, len(text), max(len(paragraphs) - 1, 0))
    return blocks


def _add_lines(blocks: list[_Block], text: str, start: int, end: int, paragraph: int) -> None:
    """Each line of ``text[start:end]`` with a letter in it, as a block of ``paragraph``."""
    if text[start:end].isspace():
        return
    for match in _NON_EMPTY_LINE.finditer(text, start, end):
        blocks.append((match.start(), match.end(), False, paragraph, False))


def _line_ends(tokens: Sequence[Token], first: int, last: int, text: str) -> list[int]:
    """Indexes of tokens after which a line break comes (within tokens[first:last]; the
    caller has found one between the first token and the last)."""
    ends: list[int] = []
    for i in range(first, last - 1):
        if "\n" in text[tokens[i].end:tokens[i + 1].start]:
            ends.append(i)
    return ends


def _split_points(tokens: Sequence[Token], first: int, last: int, text: str,
                  punctuation: Sequence[int], marks: _Marks) -> list[int]:
    """Indexes of the tokens that end a sentence in a non-heading block (``punctuation``:
    the indexes of its punctuation tokens, in order)."""
    # a block is one line most often: no line ends to look for
    one_line = text.find("\n", tokens[first].end, tokens[last - 1].start) < 0
    points = [] if one_line else _line_ends(tokens, first, last, text)
    line_ends = set(points)
    quotes: list[str] = []  # the closing marks awaited, innermost last
    pending: list[tuple[int, int]] = []  # (quote depth, token index) of ends inside quotes
    # only punctuation and line ends matter: visit those tokens alone, in order
    for i in sorted(line_ends.union(punctuation)) if line_ends else punctuation:
        token = tokens[i]
        if token.kind == "punct":
            mark = token.text
            if quotes and mark == quotes[-1]:
                quotes.pop()
                pending = [p for p in pending if p[0] <= len(quotes)]
                if not quotes and tokens[i - 1].text == _FULL_STOP:  # «… انتهى.» ends here
                    points.append(i)
            elif mark in marks.opens:
                quotes.append(marks.opens[mark])
            elif _ends_sentence(mark):
                if quotes:
                    pending.append((len(quotes), i))
                else:
                    points.append(i)
        if line_ends and i in line_ends:  # a quote never spans a line break
            points.extend(index for _, index in pending)
            quotes, pending = [], []
    if pending:
        points.extend(index for _, index in pending)
    points.append(last - 1)
    closes = marks.closes
    ends = set()
    for point in points:  # past closing marks glued to the end (``انتهى.)`` ``قال.»``)
        while (point + 1 < last and tokens[point + 1].text in closes
               and tokens[point + 1].start == tokens[point].end):
            point += 1
        ends.add(point)
    return sorted(ends)


def split_sentences(text: str, paragraphs: Sequence[Paragraph],
                    tokens: Sequence[Token]) -> list[Sentence]:
    """The sentences of ``text``; sets ``Token.sentence`` on every token inside one.

    ``paragraphs`` may be empty: each non-empty line is then a paragraph.
    """
    sentences: list[Sentence] = []
    marks = _marks()
    # read once per article, then bisected per block: each token's start, and where the
    # punctuation tokens are that may end a sentence or open or close a quote (the splitter
    # looks at those alone; line ends it finds itself)
    starts, punctuation = _columns(tokens, marks.inert)
    cursor = punct_cursor = 0
    for start, end, heading, paragraph, dateline in _blocks(text, paragraphs):
        first = bisect_left(starts, start, cursor)
        last = bisect_left(starts, end, first)
        cursor = last
        if first == last:
            continue
        if heading or dateline:  # one sentence, never split inside
            points = [last - 1]
        else:
            p_first = bisect_left(punctuation, first, punct_cursor)
            punct_cursor = bisect_left(punctuation, last, p_first)
            points = _split_points(tokens, first, last, text,
                                   punctuation[p_first:punct_cursor], marks)
        _add_sentences(sentences, tokens, first, points, heading, paragraph, dateline)
    return sentences


#: The compiled passes over the tokens (``_fasttok.columns`` and ``number``), where the
#: extension was built with them: one C loop each instead of the interpreter's per token.
_COLUMNS = getattr(_fasttok, "columns", None)
_NUMBER = getattr(_fasttok, "number", None)


def _columns(tokens: Sequence[Token], inert: frozenset[str]) -> tuple[list[int], list[int]]:
    """Each token's start, and the indexes of the punctuation tokens not ``inert``."""
    found = _COLUMNS(tokens, "punct", inert) if _COLUMNS and tokens.__class__ is list else None
    if found is not None:
        return found
    return ([t.start for t in tokens],
            [i for i, t in enumerate(tokens) if t.kind == "punct" and t.text not in inert])


def _add_sentences(sentences: list[Sentence], tokens: Sequence[Token], first: int,
                   points: list[int], heading: bool, paragraph: int, dateline: bool) -> None:
    begin = first
    index = len(sentences) - 1  # the index of the last sentence
    opened_here = index + 1
    for point in points:
        chunk = tokens[begin:point + 1]
        if index >= opened_here and not any(t.kind in _CONTENT_KINDS for t in chunk):
            sentences[-1].end = chunk[-1].end  # stray punctuation joins the sentence before
        else:
            sentences.append(Sentence(chunk[0].start, chunk[-1].end, heading, paragraph,
                                      dateline))
            index += 1
        if not (_NUMBER and tokens.__class__ is list and _NUMBER(tokens, begin, point + 1, index)):
            for token in chunk:
                token.sentence = index
        begin = point + 1
