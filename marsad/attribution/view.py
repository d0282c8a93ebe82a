"""A working view of an article for the statement finder: folded token forms, sentence
bounds, and (for articles with cues) the entity and time covering each token.

What it reads of every token (forms, sentence bounds, starts, quote marks) and the tokens
where a cue may open come from one compiled loop over the tokens (``_fastview.c``) where
the extension is built, else from ``_columns_py``, its Python twin (round 34)."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter
from typing import Any, TypeVar, Union

from marsad.arabic.clitics import ARTICLE as DEFINITE, CONJUNCTIONS
from marsad.arabic.normalise import fold
from marsad.attribution.lexicon import lexicon
from marsad.model import Article, Entity, Time, Token
from marsad.pipeline import register_cache

try:  # the compiled pass over the tokens (``_fastview.c``); ``_columns_py`` is its twin
    from marsad.attribution import _fastview
except ImportError:  # not built
    _fastview = None  # type: ignore[assignment]

#: Opening quotation marks and the mark that closes each.
QUOTE_PAIRS: dict[str, str] = {"«": "»", "“": "”", '"': '"', "„": "“", "‹": "›"}
CLOSING_QUOTES = frozenset(QUOTE_PAIRS.values())
QUOTE_MARKS = frozenset(QUOTE_PAIRS) | CLOSING_QUOTES
COMMAS = frozenset({"،", ","})
COLONS = frozenset({":"})
#: Punctuation a content span never ends on.
TRAILING = " \t\n.,،:؛;!?؟-–—"
#: The conjunctions a cue may carry as a prefix (folded).
WORD_KINDS = frozenset({"word", "latin", "abbr", "number"})
#: Longer entity spans, or spans holding punctuation or a time, are taken for tagging
#: slips and not used.
MAX_ENTITY_WORDS = 8
_PUNCT_IN_NAME = re.compile(r"[.،,:؛;!?؟«»“”\"]")


class _SentenceBound:
    """``bound[i]``: the first token (``side`` 0) or one past the last (``side`` 1) of
    token ``i``'s sentence, found by bisection over the sentence numbers."""

    __slots__ = ("_ids", "_side")

    def __init__(self, ids: list[int], side: int) -> None:
        self._ids, self._side = ids, side

    def __getitem__(self, i: int) -> int:
        sentence = self._ids[i]
        if self._side == 0:
            return bisect_left(self._ids, sentence, 0, i + 1)
        return bisect_right(self._ids, sentence, i)


#: ``sentence_start``/``sentence_end``: plain per-token lists when the sentence numbers
#: run in order (always, from the tokeniser), else the bisecting reader above.
Bounds = Union[list[int], _SentenceBound]


def _sentence_bounds(ids: list[int]) -> tuple[Bounds, Bounds]:
    """Each token's sentence start and end as two lists, filled a sentence at a time: read
    tens of times per cue, a list index costs far less than a bisection behind a method
    call (callgrind: −1.5 % of the stage). Sentence numbers out of order keep the
    bisecting reader, whose answers the lists equal when they are in order."""
    if ids != sorted(ids):
        return _SentenceBound(ids, 0), _SentenceBound(ids, 1)
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(ids)
    while i < n:
        j = bisect_right(ids, ids[i], i)
        starts += [i] * (j - i)
        ends += [j] * (j - i)
        i = j
    return starts, ends


_START, _END = attrgetter("start"), attrgetter("end")


@dataclass(slots=True)
class View:
    article: Article
    tokens: list[Token]
    norms: list[str]
    sentence_start: Bounds  # token index where token i's sentence starts
    sentence_end: Bounds  # token index one past the end of token i's sentence
    split_clitics: bool  # whether the tokeniser filled Token.prefix
    quotes: list[int] = field(default_factory=list)  # tokens that are quote marks
    entity_at: list[Entity | None] = field(default_factory=list)  # see attach_layers
    in_time: list[bool] = field(default_factory=list)
    # the tokens where a cue may open (``find_cues``), when the view was built with them
    opening: list[int] | None = None
    token_starts: list[int] | None = None  # each token's start, when already read
    quote_tokens: list[int] | None = None  # ``quotes``, when already found

    @property
    def text(self) -> str:
        return self.article.text

    def attach_layers(self, cue_spans: list[tuple[int, int]]) -> None:
        """Index the entity and time covering each token (done only for articles with
        cues). Entities that overlap a cue, or look like tagging slips, are left out: a
        name never holds a reporting verb."""
        article = self.article
        entities = _usable_entities(article.entities, article.times, cue_spans)
        # by start, the longer first: two stable sorts with C keys, not a tuple per entity
        entities.sort(key=_END, reverse=True)
        entities.sort(key=_START)
        starts = self.token_starts
        if starts is None:
            starts = [t.start for t in self.tokens]  # read once for the three layers
        self.entity_at = _cover(starts, entities)
        self.quotes = self.quote_tokens if self.quote_tokens is not None \
            else _quote_tokens(self.tokens, starts, article.text)
        self.in_time = _covered(starts, article.times)

    def quotes_between(self, k: int, stop: int) -> list[int]:
        """The quote-mark tokens in ``[k, stop)``, in order."""
        quotes = self.quotes  # sorted
        return quotes[bisect_left(quotes, k):bisect_left(quotes, stop)]

    def is_word(self, i: int) -> bool:
        return self.tokens[i].kind in WORD_KINDS and bool(self.norms[i])

    def is_punct(self, i: int, marks: frozenset[str]) -> bool:
        return self.tokens[i].text in marks

    def opens_quote(self, i: int) -> bool:
        return self.tokens[i].text in QUOTE_PAIRS

    def bare(self, i: int) -> str:
        """The folded form without a leading conjunction (و/ف) when one is there."""
        norm = self.norms[i]
        if len(norm) > 3 and norm[0] in CONJUNCTIONS:
            return norm[1:]
        return norm

    def conjoined(self, i: int) -> bool:
        """Whether token ``i`` carries the conjunction و: from the clitic split when the
        tokeniser gives one, else from the spelling."""
        if self.split_clitics:
            return self.tokens[i].prefix.startswith("و")
        return len(self.norms[i]) > 3 and self.norms[i][0] == "و"

    def forms(self, i: int) -> tuple[str, str]:
        """The folded form and the form without a leading conjunction (they may be equal;
        a word may begin with و itself, as وزير does)."""
        norm = self.norms[i]
        if len(norm) > 3 and norm[0] in CONJUNCTIONS:
            return norm, norm[1:]
        return norm, norm

    def definite(self, i: int) -> bool:
        """Whether token ``i`` bears the article (a verb spelled with ال, التقى, does not):
        the word's form decides it, so the answer is kept per word (asked some twenty
        times an article, mostly of the same few words)."""
        norm = self.norms[i]
        known = _DEFINITE.get(norm)
        if known is None:
            known = word_answer(_DEFINITE, norm, _definite_word(norm))
        return known


#: Per-word answers (``View.definite``), emptied when they reach ``WORD_CACHE_LIMIT``.
_DEFINITE: dict[str, bool] = register_cache({})
#: The most words a per-word answer cache of the statement finder keeps.
WORD_CACHE_LIMIT = 1 << 15

Answer = TypeVar("Answer")


def word_answer(cache: dict[str, Answer], word: str, answer: Answer) -> Answer:
    """``answer``, kept in ``cache`` for ``word`` (emptied first when it is full)."""
    if len(cache) >= WORD_CACHE_LIMIT:
        cache.clear()
    cache[word] = answer
    return answer


def _definite_word(norm: str) -> bool:
    bare = norm[1:] if len(norm) > 3 and norm[0] in CONJUNCTIONS else norm  # forms(i)
    if not (norm.startswith(_ARTICLES) or bare.startswith(_ARTICLES)):
        return False
    verbs = _al_verbs()
    return norm not in verbs and bare not in verbs


#: The article, alone or after the preposition ل (للوزارة).
_ARTICLES = (DEFINITE, "لل")


@functools.cache
def _al_verbs() -> frozenset[str]:
    """Verbs spelled with a leading ال (التقى), from ``attribution_words.tsv``."""
    return lexicon().roles.get("al_verb", frozenset())


Spanned = TypeVar("Spanned", Entity, Time)


def _cover(starts: list[int], spans: list[Spanned]) -> list[Spanned | None]:
    """For each token (by its start offset), the first span (in order) that covers its
    start, or ``None``."""
    out: list[Spanned | None] = [None] * len(starts)
    if not spans:
        return out
    n = len(starts)
    for span in spans:
        i = bisect_left(starts, span.start)
        while i < n and starts[i] < span.end:
            if out[i] is None:
                out[i] = span
            i += 1
    return out


def _covered(starts: list[int], spans: list[Time]) -> list[bool]:
    """For each token (by its start offset), whether a span covers its start."""
    out = [False] * len(starts)
    n = len(starts)
    for span in spans:
        i = bisect_left(starts, span.start)
        while i < n and starts[i] < span.end:
            out[i] = True
            i += 1
    return out


_QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]")


def _quote_tokens(tokens: list[Token], starts: list[int], text: str) -> list[int]:
    """The tokens that are quote marks, in order: a token's text is the text at its offsets,
    so only tokens starting at a quote mark in the text need a look (a few an article,
    where reading every token's text was a pass over them all)."""
    found = []
    n = len(starts)
    i = 0
    for mark in _QUOTE_CHAR.finditer(text):
        at = mark.start()
        i = bisect_left(starts, at, i)  # the marks come in text order too
        if i < n and starts[i] == at and tokens[i].text in QUOTE_MARKS:
            found.append(i)
    return found


def _usable_entities(entities: list[Entity], times: list[Time],
                     cue_spans: list[tuple[int, int]]) -> list[Entity]:
    """The entities that are plausible (a few words, no punctuation, no time) and overlap
    no cue. The cue spans come in text order and never overlap, so the one cue that may
    overlap an entity is the last that starts before the entity ends: one bisection
    instead of a pass over every cue. The tests are written out in the loop: it runs for
    every entity of every article with a cue."""
    cue_starts = [s for s, _ in cue_spans]
    out = []
    for entity in entities:
        start, end, text = entity.start, entity.end, entity.text
        if text.count(" ") >= MAX_ENTITY_WORDS or _PUNCT_IN_NAME.search(text):
            continue  # a tagging slip (``MAX_ENTITY_WORDS``)
        for time in times:
            if time.start < end and start < time.end:
                break  # a time inside the name
        else:
            j = bisect_left(cue_starts, end) - 1
            if j < 0 or start >= cue_spans[j][1]:
                out.append(entity)
    return out


#: The ``Token`` slots the compiled pass reads.
_TOKEN_FIELDS = ("start", "text", "norm", "prefix", "sentence")
#: ``(norms, sentence_start, sentence_end, split_clitics, opening, token_starts, quotes)``;
#: the last two are None where ``attach_layers`` reads them itself.
Columns = tuple[list[str], Bounds, Bounds, bool, list[int], Union[list[int], None],
                Union[list[int], None]]
#: The quotation marks, each one character, as one str (``_fastview.columns``).
_MARKS = "".join(sorted(QUOTE_MARKS))


def _compiled_columns() -> Callable[[list[Token], Callable[[str], str], dict[str, Any],
                                     set[int], str], Columns | None] | None:
    """``_fastview.columns`` once it can read ``Token``'s slots (None: not built, or a
    quotation mark of more than one character, which it cannot find)."""
    if _fastview is None or any(len(mark) != 1 for mark in QUOTE_MARKS) \
            or not _fastview.bind(Token, _TOKEN_FIELDS):
        return None
    return _fastview.columns


_COLUMNS = _compiled_columns()


def _columns_py(tokens: list[Token], opens: dict[str, Any], titles: set[int]) -> Columns:
    """What the view reads of every token, and the tokens whose form opens a cue outside a
    title sentence (``find_cues``), picked without a Python step per token."""
    norms = [t.norm or fold(t.text) for t in tokens]
    starts, ends = _sentence_bounds([t.sentence for t in tokens])
    opening = [i for i in compress(range(len(norms)), map(opens.__contains__, norms))
               if tokens[i].sentence not in titles]
    return norms, starts, ends, any(t.prefix for t in tokens), opening, None, None


def _columns(tokens: list[Token], opens: dict[str, Any], titles: set[int]) -> Columns:
    """``_columns_py``, in one compiled loop over the tokens where the extension is built
    (the token starts and the quote-mark tokens come with it: a token's text is the text
    at its offsets, so they are those ``_quote_tokens`` finds); the compiled pass hands
    back None, and the Python twin does it, for tokens it does not read (``_fastview.c``)."""
    if _COLUMNS is not None and tokens.__class__ is list:
        found = _COLUMNS(tokens, fold, opens, titles, _MARKS)
        if found is not None:
            return found
    return _columns_py(tokens, opens, titles)


def build_view(article: Article) -> View:
    tokens = article.tokens
    # crossheads and the dateline label the report: «نفي رسمي» over a paragraph reports nothing
    titles = {n for n, s in enumerate(article.sentences) if s.heading or s.dateline}
    norms, starts, ends, split, opening, token_starts, quotes = _columns(
        tokens, lexicon().by_token, titles)
    return View(article, tokens, norms, starts, ends, split, opening=opening,
                token_starts=token_starts, quote_tokens=quotes)
