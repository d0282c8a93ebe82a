"""Round 24 (opinion): a column's rhetoric is no happening (words in
``marsad/lexicons/event_opinion.yaml``).

Columns, editorials and interviews use the verbs of our types for the writer's own voice.
A candidate that no statement carries (no speaker, no ``by``) is dropped when

- its sentence is a question: it ends in «؟» (or «؟!»), no other «؟» stands between the
  trigger and the end, and no colon, straight quote or unclosed «…» stands before the mark
  («كيف واجهت الحكومة تفجير السوق؟»، «من وراء تفجيرات سيناء؟»). A question
  inside someone's quoted words does not count; a name the column sets in «» does not quote;
- the writer speaks in the first person: «إننا»، «فإننا»، «نحن» stands at most ``reach`` (8)
  tokens before the trigger in its clause, with no quote mark or colon before the trigger in
  its sentence («فإننا نرفض أن يمر اعتداء كهذا…»، «إننا نسمع عن
  اجتماعاتهم»), or the trigger is a spoken verb of the first person plural («نرفض التدخل
  الإيراني»، «ونستنكر هذا الصمت»; the forms are listed).

An event reported from a named party (a statement's speaker, ``by``) always stays.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.prec_words import after_conjunction
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.pipeline import register_cache

__all__ = ["writers_rhetoric", "without_rhetoric"]


@dataclass(frozen=True)
class _Words:
    questions: frozenset[str]
    closing: frozenset[str]
    quotes: frozenset[str]
    speech: frozenset[str]
    reach: int
    leads: frozenset[str]
    verbs: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_opinion.yaml")
    return _Words(frozenset(data["question_marks"]), frozenset(data["closing_marks"]),
                  frozenset(data["quotes"]), frozenset(data["speech_marks"]),
                  int(data["first_person"]["reach"]),
                  folded(data["first_person"]["leads"]) | frozenset(
                      fold(word) for word in data["first_person"]["leads"]),
                  folded(data["first_person_verbs"]))


def _mark(word: str, marks: frozenset[str]) -> bool:
    """A token of punctuation only that holds one of ``marks`` («؟»، «؟!»)."""
    key = (word, marks)
    found = _MARKED.get(key)
    if found is None:
        if len(_MARKED) >= _MARKED_LIMIT:
            _MARKED.clear()
        found = _MARKED[key] = any(mark in word for mark in marks) \
            and not any(ch.isalnum() for ch in word)
    return found


#: (word, marks) -> ``_mark``'s answer: the same few closing tokens («.»، «؟») are read at
#: the end of every sentence, for each candidate; emptied when it holds ``_MARKED_LIMIT``.
_MARKED: dict[tuple[str, frozenset[str]], bool] = register_cache({})
_MARKED_LIMIT = 1 << 12


def _quoted(view: View, first: int, end: int, words: _Words) -> bool:
    """Someone's words stand between tokens ``first`` and ``end``: a colon or a straight
    quote, or a «…» opened and not closed (a name in «» closed before does not count)."""
    open_ = 0
    for at in range(first, end):
        word = view.norm(at)
        if word in words.speech:
            return True
        open_ += word.count("«") - word.count("»")
    return open_ > 0


def _asked(view: View, candidate: Candidate, words: _Words) -> bool:
    first, stop = view.sentence_of(first_token(view, candidate))
    end = stop - 1
    while end > first and not _mark(view.norm(end), words.questions) \
            and _mark(view.norm(end), words.closing):
        end -= 1
    if not _mark(view.norm(end), words.questions) or end <= last_token(view, candidate):
        return False
    return not _quoted(view, first, end, words) and not any(
        _mark(view.norm(at), words.questions) for at in range(last_token(view, candidate), end))


def _first_person(view: View, candidate: Candidate, words: _Words) -> bool:
    at = first_token(view, candidate)
    first, _ = view.sentence_of(at)
    if not words.quotes.isdisjoint(view.norms[first:at]):
        return False  # a quote mark or a colon before the trigger in its sentence
    word = view.norm(at)
    if after_conjunction(word, words.verbs):
        return True  # «نرفض التدخل»: the writer's own stance
    for i in range(at - 1, max(first, at - words.reach - 1) - 1, -1):
        if view.is_break(i):
            return False
        if view.norm(i) in words.leads:
            return True
    return False


def writers_rhetoric(view: View, candidate: Candidate) -> bool:
    """The candidate is the writer's question or first-person stance, told by no party."""
    if candidate.by is not None or candidate.statement:
        return False
    words = _words()
    return _asked(view, candidate, words) or _first_person(view, candidate, words)


def without_rhetoric(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``."""
    return [c for c in found if not writers_rhetoric(view, c)]
