"""Attacks named in passing are no new happening.

News names violence it does not report as a happening of its own. Four shapes are dropped
(words in ``marsad/lexicons/event_passing_mentions.yaml``; only the types listed there):

- **a name in a short quote**: the masdar opens a quote that closes a few words after it
  («لو ثبت أن لهم يدا في "تفجير مسجد قوة الطوارئ"»، «اتهمت … القوات بـ«التوغل» في المنطقة
  العازلة»); a quoted verb or phrase trigger stays (speech, or a charge told as its own act);
- **a campaign named by a present relative clause**: the masdar followed by «التي/الذي» and a
  present verb of waging («احتجاجا على الغارات التي يشنها الطيران»، «الحرب التي تخوضها القوات»):
  what goes on, the cause of a protest, not one act (round 31: a phrase trigger too, «ورحب
  بالعمليات العسكرية الواسعة التي تنفذها قوات الجيش»);
- **a campaign told in the present**: a masdar a few words after a present verb of waging in
  its clause («وينفذ الطيران غارات مكثفة»), or a phrase trigger opening with such a verb
  («لكنها في الواقع تشن حربا على المعارضين»): a standing state or a characterisation;
- **a call to stop**: a word of ceasing and «عن» right before the masdar («أن تكف تركيا عن
  قصف القرى»، «طالبهم بالتوقف عن استهداف المدنيين»): what is to stop is named, not told.

A past verb («شن الجيش غارات على …») and a past relative («الغارات التي شنها الجيش أمس»)
stay: they tell an act; so does a present campaign with a word of now or of the day in its
clause («وتشن الطائرات حاليا غارات على مواقع المسلحين»): the day's happening.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.attribution.view import CLOSING_QUOTES, QUOTE_PAIRS
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.prec_words import after_conjunction
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["without_passing_mentions"]


@dataclass(frozen=True, slots=True)
class _Words:
    types: frozenset[str]
    present_waging: frozenset[str]
    relative_reach: int
    present_verbs: frozenset[str]
    present_reach: int
    now_words: frozenset[str]
    cessations: frozenset[str]
    cessation_link: str
    cessation_reach: int
    quote_clitics: frozenset[str]
    quote_reach: int


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_passing_mentions.yaml")
    return _Words(types=frozenset(data["types"]),
                  present_waging=folded(data["present_waging"]),
                  relative_reach=int(data["relative_reach"]),
                  present_verbs=folded(data["present_verbs"]),
                  present_reach=int(data["present_reach"]),
                  now_words=folded(data["now_words"]),
                  cessations=folded(data["cessations"]),
                  cessation_link=fold(str(data["cessation_link"])),
                  cessation_reach=int(data["cessation_reach"]),
                  quote_clitics=frozenset(data["quote_clitics"]),
                  quote_reach=int(data["quote_reach"]))


def without_passing_mentions(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: drop attacks named in passing."""
    return [candidate for candidate in found if not _passing_mention(view, candidate)]


def _passing_mention(view: View, candidate: Candidate) -> bool:
    """The candidate names an attack in passing (the module's list), not a happening."""
    words = _words()
    if candidate.type not in words.types or candidate.statement:
        return False
    first = first_token(view, candidate)
    if candidate.kind == "phrase":
        word = _word(view, first, view.tokens[first].sentence)
        return (word is not None and after_conjunction(word, words.present_verbs)
                and not _now(view, first, words)) \
            or _relative_campaign(view, last_token(view, candidate), words)
    if candidate.kind != "masdar":
        return False
    return _quoted_name(view, candidate, words) \
        or _present_campaign(view, first, last_token(view, candidate), words) \
        or _led(view, first, words.cessations, words.cessation_link, words.cessation_reach)


def _word(view: View, index: int, sentence: int) -> str | None:
    """The norm of a word token of the sentence at ``index``, else None."""
    if index < 0 or index >= len(view.tokens):
        return None
    token = view.tokens[index]
    if token.sentence != sentence or token.kind != "word":
        return None
    return token.norm


def _present_campaign(view: View, first: int, last: int, words: _Words) -> bool:
    """A present verb of waging in a relative clause right after the masdar or a few words
    before it, with no word of now from that verb to the clause's end."""
    verb = _present_relative(view, last, words)
    if verb < 0:
        verb = _after_present_verb(view, first, words)
    return verb >= 0 and not _now(view, verb, words)


def _relative_campaign(view: View, last: int, words: _Words) -> bool:
    """Round 31 (BD): a present verb of waging in a relative clause right after a phrase
    trigger («بالعمليات العسكرية الواسعة التي تنفذها قوات الجيش»), with no word of now from that
    verb to the clause's end."""
    verb = _present_relative(view, last, words)
    return verb >= 0 and not _now(view, verb, words)


def _now(view: View, verb: int, words: _Words) -> bool:
    """A word of now or of the day from the present verb to its clause's end («وتشن
    الطائرات حاليا غارات»)."""
    _, stop = view.clause_bounds(verb)
    return any(after_conjunction(view.tokens[at].norm, words.now_words)
               for at in range(verb, stop))


def _present_relative(view: View, last: int, words: _Words) -> int:
    """«الغارات التي يشنها الجيش»: the index of a present verb of waging right after a
    relative (``relatives`` of ``event_grammar.yaml``) right after the masdar, else -1."""
    sentence = view.tokens[last].sentence
    for at in range(last + 1, last + 1 + words.relative_reach):
        word = _word(view, at, sentence)
        if word is None:
            return -1
        if word in lexicon().relatives:
            return at + 1 if _word(view, at + 1, sentence) in words.present_waging else -1
    return -1


def _after_present_verb(view: View, first: int, words: _Words) -> int:
    """«وينفذ الطيران التركي غارات»: the index of a present verb of waging a few words before
    the masdar, with no clause break between, else -1."""
    sentence = view.tokens[first].sentence
    for at in range(first - 1, max(first - 1 - words.present_reach, -1), -1):
        if view.is_break(at):
            return -1
        word = _word(view, at, sentence)
        if word is None:
            return -1
        if after_conjunction(word, words.present_verbs):
            return at
    return -1


def _quoted_name(view: View, candidate: Candidate, words: _Words) -> bool:
    """«في "تفجير مسجد قوة الطوارئ" وجب»: the masdar opens a quote that closes a few words
    after it."""
    text = view.article.text
    start, end = candidate.trigger
    if start == 0 or text[start - 1] not in QUOTE_PAIRS:
        return False
    lead = text[:start - 1]
    clitic = len(lead) - len(lead.rstrip("".join(words.quote_clitics)))
    if clitic > 2 or (lead[:len(lead) - clitic][-1:] not in ("", " ", "\n")):
        return False  # «السالمي" قتل»: a mark that closes a name before the trigger
    last = last_token(view, candidate)
    sentence = view.tokens[last].sentence
    seen = 0
    for at in range(last + 1, len(view.tokens)):
        token = view.tokens[at]
        if token.sentence != sentence:
            return False
        if text[view.tokens[at - 1].end:token.start].strip() in CLOSING_QUOTES \
                or token.text in CLOSING_QUOTES:
            return True
        if token.kind == "word":
            seen += 1
            if seen > words.quote_reach:
                return False
    return False


def _led(view: View, first: int, leads: frozenset[str], link: str, reach: int) -> bool:
    """«يكف الجيش عن قصف»: a lead word and its preposition right before the
    masdar, with at most ``reach`` words (its subject) between the lead and the preposition."""
    sentence = view.tokens[first].sentence
    if _word(view, first - 1, sentence) != link:
        return False
    for at in range(first - 2, first - 3 - reach, -1):
        word = _word(view, at, sentence)
        if word is None or view.is_break(at):
            return False
        if after_conjunction(word, leads):
            return True
    return False
