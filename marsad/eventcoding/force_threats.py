"""A threat of force told as a forecast of one's own blow (round 9): «قال نتنياهو إن إسرائيل
«ستضرب بقوة» إذا خرق الحزب الاتفاق»، «محذرا من أن القوات المسلحة ستواجه بالرصاص كل من…». A
statement whose content holds a future verb of hitting back (``force_verbs``) followed by a
manner of force (``force_words``, ``force_pairs``) is a THREATEN by its speaker; a conditional
warning whose content foresees a state of things («البلاد ستنزلق…») is a forecast.
The words are in ``event_verbal.yaml``."""

from __future__ import annotations

import bisect
import functools
import re

from marsad.eventcoding.narrated import verbal_grammar
from marsad.eventcoding.said_words import holds_any
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Statement

__all__ = ["forceful", "forecast"]

_PERSON = ("ي", "ت", "ن")
_ENDINGS = ("ون", "ان", "ين", "وا")


def forceful(view: View, statement: Statement) -> bool:
    """The statement's content holds a future verb of force with its manner of force."""
    data = verbal_grammar()
    if statement.act not in data["force_threat_acts"]:
        return False
    if _markers().search(view.article.text, statement.content[0], statement.content[1]) is None:
        return False  # no manner of force in the content (as written): the common case
    first, last = _content_tokens(view, statement)
    tokens = view.tokens
    window = int(next(iter(data["force_window"])))
    for at in range(first, last):
        word = tokens[at].norm  # only a word of the future can be one («سـ»، «وسـ»، «سوف»)
        if "س" not in word[:2] and word != "سوف":
            continue
        if _force_verb(view, at, data["force_verbs"]) and _manner(view, at + 1, min(
                last + 1, at + 1 + window, len(tokens)), data):
            return not holds_any(view, at, data["force_blockers"])  # not a match
    return False


@functools.cache
def _markers() -> re.Pattern[str]:
    """The words that may open a manner of force, as written («بقوة»، «بكل» of «بكل
    الوسائل»), to look for in a statement's text before reading its words (one search)."""
    data = load_yaml("event_verbal.yaml")
    words = dict.fromkeys([str(w) for w in data["force_words"]]
                          + [str(p).split()[0] for p in data["force_pairs"]])
    return re.compile("|".join(re.escape(w) for w in words))


def forecast(view: View, statement: Statement) -> bool:
    """A warning whose content opens with a state of things as its subject: the word after
    «أن» when one opens the content (the statements layer may leave a word of the speaker
    before it: «المسلمين من أن البلاد…»), else the content's first word."""
    first, last = _content_tokens(view, statement)
    lead = view.lex.speaker_verb_opener
    opener = next((at for at in range(first, min(first + 4, last)) if view.bare(at) in lead), None)
    at = first if opener is None else opener + 1
    while at < last and view.tokens[at].kind != "word":
        at += 1
    return at < last and view.bare(at) in verbal_grammar()["forecast_subjects"]


def _content_tokens(view: View, statement: Statement) -> tuple[int, int]:
    starts = view.token_starts
    return (bisect.bisect_left(starts, statement.content[0]),
            bisect.bisect_left(starts, statement.content[1]))


def _force_verb(view: View, at: int, verbs: frozenset[str]) -> bool:
    """«ستضرب»، «سيرد»، «سيهاجمون»، «سوف تتصدى»: a future present verb of force."""
    word = view.tokens[at].norm
    if word == "سوف" and at + 1 < len(view.tokens):  # «سوف تتصدى»
        at, word = at + 1, "س" + view.tokens[at + 1].norm
    if word[:1] in view.lex.conjunctions and len(word) > 4:
        word = word[1:]
    if not word.startswith("س"):
        return False
    word = word[1:]
    if word[:1] not in _PERSON:
        return False
    word = word[1:]
    for ending in _ENDINGS:
        if word.endswith(ending) and word[:-len(ending)] in verbs:
            return True
    return word in verbs


def _manner(view: View, first: int, stop: int, data: dict[str, frozenset[str]]) -> bool:
    for at in range(first, stop):
        if view.is_break(at):
            return False
        word = view.tokens[at].norm
        if word in data["force_words"]:
            return True
        if at + 1 < len(view.tokens) and f"{word} {view.tokens[at + 1].norm}" in data["force_pairs"]:
            return True
    return False
