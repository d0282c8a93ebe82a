"""A working view of an article for the statement finder: folded token forms, sentence
bounds, and (for articles with cues) the entity and time covering each token."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TypeVar, Union

from marsad.arabic.clitics import ARTICLE as DEFINITE, CONJUNCTIONS
from marsad.arabic.normalise import fold
from marsad.attribution.lexicon import lexicon
from marsad.model import Article, Entity, Time, Token

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

    @property
    def text(self) -> str:
        return self.article.text

    def attach_layers(self, cue_spans: list[tuple[int, int]]) -> None:
        """Index the entity and time covering each token (done only for articles with
        cues). Entities that overlap a cue, or look like tagging slips, are left out: a
        name never holds a reporting verb."""
        article = self.article
        times = [(t.start, t.end) for t in article.times]
        entities = _usable_entities(article.entities, times, cue_spans)
        # by start, the longer first: two stable sorts with C keys, not a tuple per entity
        entities.sort(key=_END, reverse=True)
        entities.sort(key=_START)
        starts = [t.start for t in self.tokens]  # read once for both layers
        self.entity_at = _cover(starts, entities)
        self.quotes = _quote_tokens(self.tokens, starts, article.text)
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
        """Whether token ``i`` bears the article (a verb spelled with ال, التقى, does not)."""
        norm = self.norms[i]
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
    for mark in _QUOTE_CHAR.finditer(text):
        i = bisect_left(starts, mark.start())
        if i < n and starts[i] == mark.start() and tokens[i].text in QUOTE_MARKS:
            found.append(i)
    return found


def _usable_entities(entities: list[Entity], times: list[tuple[int, int]],
                     cue_spans: list[tuple[int, int]]) -> list[Entity]:
    """The entities that are ``_plausible`` and overlap no cue. The cue spans come in text
    order and never overlap, so the one cue that may overlap an entity is the last that
    starts before the entity ends: one bisection instead of a pass over every cue."""
    cue_starts = [s for s, _ in cue_spans]
    out = []
    for entity in entities:
        if not _plausible(entity, times):
            continue
        j = bisect_left(cue_starts, entity.end) - 1
        if j >= 0 and entity.start < cue_spans[j][1]:
            continue
        out.append(entity)
    return out


def _plausible(entity: Entity, times: list[tuple[int, int]]) -> bool:
    """An entity span a speaker may follow: a few words, no punctuation, no time."""
    if entity.text.count(" ") >= MAX_ENTITY_WORDS or _PUNCT_IN_NAME.search(entity.text):
        return False
    return not (times and _overlaps(entity, times))


def _overlaps(entity: Entity, spans: list[tuple[int, int]]) -> bool:
    start, end = entity.start, entity.end
    for s, e in spans:
        if s < end and start < e:
            return True
    return False


def build_view(article: Article) -> View:
    tokens = article.tokens
    starts, ends = _sentence_bounds([t.sentence for t in tokens])
    return View(article, tokens, [t.norm or fold(t.text) for t in tokens], starts, ends,
                any(t.prefix for t in tokens))
