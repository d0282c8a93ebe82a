"""Finding reporting cues among the tokens: one dict look-up per token on its folded form
(with a leading و/ف conjunction allowed), then the rest of a phrase, then the cue's
``strict``/``context`` conditions checked on the clause that follows."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from itertools import compress

from marsad.attribution.described_objects import described_as
from marsad.attribution.lexicon import Cue, lexicon
from marsad.attribution.phrase import DEFINITE_ARTICLE
from marsad.attribution.view import View

#: How far (tokens) a strict cue's complementiser or preposition may follow it.
TAKES_WINDOW = 14
#: Nunation (ٌ ٍ) never sits on a verb.
NUNATION = ("\u064c", "\u064d")
#: The accusative indefinite ending (tanween alif, folded) and the shortest such noun.
ACCUSATIVE_ENDING, ACCUSATIVE_MIN = "ا", 4
#: How far a cue's context word (مفت … هذه الأنباء) may follow it.
CONTEXT_WINDOW = 8
#: The preposition that names whom a definite context word is laid on («المسؤولية للحكومة»).
TO = "ل"
#: Acts of preposition cues that tell a circumstance inside a clause («انتشرت القوات بطلب
#: من الحكومة») rather than open one (SAY: «بحسب المرصد، فإن …»).
INNER_ACTS = frozenset({"CALL"})


@dataclass(slots=True)
class CueHit:
    first: int  # first token
    last: int  # last token (inclusive)
    cue: Cue
    start: int  # character offsets of the cue, without its conjunction
    end: int
    conjunction: str  # "و", "ف" or ""

    @property
    def after(self) -> int:
        return self.last + 1

    @property
    def opens_clause(self) -> bool:
        """A cue that starts a new clause (so the content before it ends there)."""
        return bool(self.conjunction) or self.cue.kind == "participle" or (
            self.cue.kind == "preposition" and self.cue.act not in INNER_ACTS)


def takes_follows(view: View, start: int, takes: str, window: int = TAKES_WINDOW) -> bool:
    """Whether the word ``takes`` (a complementiser or a preposition) follows ``start``."""
    end = min(view.sentence_end[start] if start < len(view.tokens) else start, start + window)
    words = view.norms[start:end]
    # set tests over the window's words rather than a Python step per word
    if takes in words or not _takes_words(takes).isdisjoint(words):
        return True
    return len(takes) == 1 and any(norm.startswith(takes) and len(norm) > 2 for norm in words)


@functools.cache
def _takes_words(takes: str) -> frozenset[str]:
    """The words that count as ``takes`` following: when it is a complementiser, any
    complementiser will do."""
    lex = lexicon()
    return lex.roles.get("complementiser", frozenset()) \
        if takes in lex.roles["complementiser"] else frozenset()


def _context_follows(view: View, start: int, words: frozenset[str]) -> bool:
    """One of ``words`` follows, with or without its definite article («حمّله مسؤولية
    الهجوم»، «محملا الحكومة المسؤولية»)."""
    end = min(view.sentence_end[start] if start < len(view.tokens) else start,
              start + CONTEXT_WINDOW)
    return any(view.bare(k) in words or (_defined(view, k, start, end)
                                          and view.bare(k).removeprefix(DEFINITE_ARTICLE) in words)
               for k in range(start, end))


def _defined(view: View, k: int, start: int, end: int) -> bool:
    """A definite context word counts after the cue's object («حمّل الحكومة المسؤولية») or
    before its ل («حمّل المسؤولية للحكومة»), not as the bare object of a verb that
    bears it («يحملون المسؤولية بأمانة»، «تحمل هذه المسؤولية»)."""
    if k > start:
        return view.norms[k - 1] not in lexicon().roles["demonstrative"]  # «تحمل هذه المسؤولية»
    return k + 1 < end and view.norms[k + 1].startswith(TO)


def _phrase_matches(view: View, i: int, cue: Cue) -> bool:
    if len(cue.words) == 1:
        return True  # most cues: a word always fits its own sentence
    end = i + len(cue.words)
    if end > view.sentence_end[i]:
        return False
    return all(view.norms[i + n] == word for n, word in enumerate(cue.words[1:], 1))


def _acceptable(view: View, i: int, cue: Cue) -> bool:
    after = i + len(cue.words)
    if cue.context and not (_context_follows(view, after, cue.context)
                            or described_as(view, after, cue.act, cue.form, cue.context)):
        return False
    if cue.strict and cue.takes and not takes_follows(view, after, cue.takes):
        return False
    return True


def _best(view: View, i: int, candidates: tuple[Cue, ...]) -> Cue | None:
    """The longest acceptable cue at ``i``; among equals, one whose ``takes`` follows."""
    fitting = [c for c in candidates if _phrase_matches(view, i, c) and _acceptable(view, i, c)]
    if not fitting:
        return None
    longest = max(len(c.words) for c in fitting)
    fitting = [c for c in fitting if len(c.words) == longest]
    after = i + longest
    for cue in fitting:
        if cue.takes and takes_follows(view, after, cue.takes):
            return cue
    return fitting[0]


def _noun_reading(view: View, i: int, cue: Cue, conjunction: str) -> bool:
    """A verb with nunation is a noun or adjective («خللٌ بينٌ»); a verb or participle form
    right after a preposition is a noun («مع حذر ضروري»); after «ما» it reports a fact, not
    a speaker («وهو ما يشير إلى …»); after a negation it reports nothing («لم يعلن»،
    «ولا داعية»)."""
    if cue.kind == "verb" and any(mark in view.tokens[i].text for mark in NUNATION):
        return True
    if cue.kind not in ("verb", "participle") or conjunction:
        return False
    if i == 0 or view.sentence_start[i] == i:
        return False
    if view.tokens[i - 1].kind == "number":
        return True  # «١٠٠ طالب وطالبة»
    lex = lexicon()
    before = view.norms[i - 1]
    if before in lex.roles["not_before"] or (before[:1] in ("و", "ف") and
                                         before[1:] in lex.roles["not_before"]):
        return True  # «فلم يعلن»
    if cue.kind == "participle" and _indefinite_accusative(view, i - 1):
        return True  # «حضوراً لافتاً»: an adjective of the noun before it
    return before in lex.roles["boundary"] and before not in lex.roles["name_end"]


def _indefinite_accusative(view: View, k: int) -> bool:
    """An indefinite noun in the accusative (حضوراً، دعماً): a participle right after it
    describes it; adverbs (أيضا) and the words of other roles are not such nouns."""
    norm = view.norms[k]
    if not view.is_word(k) or view.definite(k) \
            or len(norm) < ACCUSATIVE_MIN or not norm.endswith(ACCUSATIVE_ENDING) \
            or view.tokens[k].suffix:
        return False
    lex = lexicon()
    return not any(lex.has_any(role, view.forms(k)) for role in ("skip", "boundary",
                                                                  "left_boundary", "pronoun"))


@functools.cache
def _second_words() -> dict[str, frozenset[str]]:
    """For a token form that opens only cues of two words or more («على لسان»، «لا صحة»):
    the second words those cues may have. «على» and «لا» open a cue candidate at almost
    every use; one set lookup on the next word settles nearly all of them."""
    return {form: frozenset(c.words[1] for c in cues)
            for form, (_, cues) in lexicon().by_token.items()
            if all(len(c.words) > 1 for c in cues)}


@functools.cache
def _settled_forms() -> frozenset[str]:
    """The token forms that open one cue only, of one word, with no context word and not
    strict: ``_best`` always answers that cue (it fits, and whether its ``takes`` follows
    only orders equals), so it is not asked (most cue forms: «قال»، «أكد»)."""
    return frozenset(form for form, (_, cues) in lexicon().by_token.items()
                     if len(cues) == 1 and len(cues[0].words) == 1 and not cues[0].context
                     and not cues[0].strict)


def find_cues(view: View) -> list[CueHit]:
    by_token = lexicon().by_token
    seconds = _second_words()
    settled = _settled_forms()
    n_tokens = len(view.norms)
    hits: list[CueHit] = []
    resume = 0
    norms = view.norms
    opening = view.opening  # the tokens whose form opens a cue, out of title sentences
    if opening is None:
        # crossheads and the dateline label the report: «نفي رسمي» over a paragraph
        # reports nothing
        titles = {n for n, s in enumerate(view.article.sentences) if s.heading or s.dateline}
        tokens = view.tokens
        opening = [i for i in compress(range(len(norms)), map(by_token.__contains__, norms))
                   if tokens[i].sentence not in titles]
    for i in opening:
        if i < resume:
            continue
        second = seconds.get(norms[i])
        if second is not None and (i + 1 >= n_tokens or norms[i + 1] not in second):
            continue  # no cue phrase opening here can match (``_phrase_matches``)
        if not view.is_word(i):
            continue
        conjunction, candidates = by_token[norms[i]]
        cue = candidates[0] if norms[i] in settled else _best(view, i, candidates)
        if cue is None or _noun_reading(view, i, cue, conjunction):
            continue
        if hits and hits[-1].last == i - 1 and hits[-1].cue.kind in ("verb", "transmit") \
                and cue.kind == "verb" and not conjunction:
            continue  # «وقال دان فيفير»: a cue form right after a verb is its subject's name
        last = i + len(cue.words) - 1
        start = view.tokens[i].start + (1 if conjunction else 0)
        hits.append(CueHit(i, last, cue, start, view.tokens[last].end, conjunction))
        resume = last + 1
    return hits
