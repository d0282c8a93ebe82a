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

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from marsad.lexicons import load_table
from marsad.model import Paragraph, Sentence, Token

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


@functools.cache
def _marks() -> _Marks:
    rows = load_table("punctuation.tsv")
    return _Marks(
        ends=frozenset(r["char"] for r in rows if r["role"] == "end"),
        opens={r["char"]: r["pair"] for r in rows if r["role"] in ("open", "both")},
        closes=frozenset(r["char"] for r in rows if r["role"] in ("close", "both")),
    )


@functools.lru_cache(maxsize=256)
def _ends_sentence(punct: str) -> bool:
    """``.`` ``؟`` ``?!`` ``!!..`` end a sentence; an ellipsis alone (``...`` ``…``) does not."""
    ends = _marks().ends
    if _ELLIPSIS.search(punct):
        return any(ch in ends for ch in punct.replace(".", ""))
    return any(ch in ends for ch in punct)


@dataclass(frozen=True, slots=True)
class _Block:
    start: int
    end: int
    heading: bool
    paragraph: int
    dateline: bool = False


def _blocks(text: str, paragraphs: Sequence[Paragraph]) -> list[_Block]:
    """The paragraphs, plus each non-empty line of text they leave uncovered."""
    if not paragraphs:
        return [_Block(m.start(), m.end(), False, index)
                for index, m in enumerate(_NON_EMPTY_LINE.finditer(text))]
    blocks: list[_Block] = []
    covered = 0
    for index, para in sorted(enumerate(paragraphs), key=lambda pair: pair[1].start):
        blocks.extend(_lines(text, covered, para.start, max(index - 1, 0)))
        blocks.append(_Block(para.start, para.end, para.heading, index, para.dateline))
        covered = max(covered, para.end)
    blocks.extend(_lines(text, covered, len(text), max(len(paragraphs) - 1, 0)))
    return blocks


def _lines(text: str, start: int, end: int, paragraph: int) -> Iterator[_Block]:
    gap = text[start:end]
    if not gap or gap.isspace():
        return  # the usual gap between two paragraphs: no line with a letter in it
    for match in _NON_EMPTY_LINE.finditer(text, start, end):
        yield _Block(match.start(), match.end(), False, paragraph)


def _line_ends(tokens: Sequence[Token], first: int, last: int, text: str) -> list[int]:
    """Indexes of tokens after which a line break comes (within tokens[first:last])."""
    ends: list[int] = []
    if text.find("\n", tokens[first].end, tokens[last - 1].start) < 0:
        return ends
    for i in range(first, last - 1):
        if "\n" in text[tokens[i].end:tokens[i + 1].start]:
            ends.append(i)
    return ends


def _split_points(tokens: Sequence[Token], first: int, last: int, text: str) -> list[int]:
    """Indexes of the tokens that end a sentence in a non-heading block."""
    marks = _marks()
    points = _line_ends(tokens, first, last, text)
    line_ends = set(points)
    quotes: list[str] = []  # the closing marks awaited, innermost last
    pending: list[tuple[int, int]] = []  # (quote depth, token index) of ends inside quotes
    # only punctuation and line ends matter: visit those tokens alone, in order
    punctuation = [i for i in range(first, last) if tokens[i].kind == "punct"]
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
    points.extend(index for _, index in pending)
    points.append(last - 1)
    return sorted({_past_closers(tokens, point, last, marks) for point in points})


def _past_closers(tokens: Sequence[Token], point: int, last: int, marks: _Marks) -> int:
    """Move a sentence end past closing marks glued to it (``انتهى.)`` ``قال.»``)."""
    while (point + 1 < last and tokens[point + 1].text in marks.closes
           and tokens[point + 1].start == tokens[point].end):
        point += 1
    return point


def _first_token(starts: Sequence[int], offset: int, lo: int) -> int:
    """The index of the first token from ``lo`` on that starts at ``offset`` or later
    (``starts``: each token's start)."""
    return bisect.bisect_left(starts, offset, lo)


def split_sentences(text: str, paragraphs: Sequence[Paragraph],
                    tokens: Sequence[Token]) -> list[Sentence]:
    """The sentences of ``text``; sets ``Token.sentence`` on every token inside one.

    ``paragraphs`` may be empty: each non-empty line is then a paragraph.
    """
    sentences: list[Sentence] = []
    cursor = 0
    starts = [t.start for t in tokens]  # read once: each block bisects them twice
    for block in _blocks(text, paragraphs):
        first = _first_token(starts, block.start, cursor)
        last = _first_token(starts, block.end, first)
        cursor = last
        if first == last:
            continue
        whole = block.heading or block.dateline  # one sentence, never split inside
        points = [last - 1] if whole else _split_points(tokens, first, last, text)
        _add_sentences(sentences, tokens, first, points, block)
    return sentences


def _add_sentences(sentences: list[Sentence], tokens: Sequence[Token], first: int,
                   points: list[int], block: _Block) -> None:
    begin = first
    opened_here = len(sentences)
    for point in points:
        chunk = tokens[begin:point + 1]
        if len(sentences) > opened_here and not any(t.kind in _CONTENT_KINDS for t in chunk):
            sentences[-1].end = chunk[-1].end  # stray punctuation joins the sentence before
        else:
            sentences.append(Sentence(chunk[0].start, chunk[-1].end, block.heading,
                                      block.paragraph, block.dateline))
        index = len(sentences) - 1
        for token in chunk:
            token.sentence = index
        begin = point + 1
