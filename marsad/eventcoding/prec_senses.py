"""Round 22: trigger words taken in another sense, from sport, business and daily news pages.

Two cues fix the sense. (1) What follows the trigger in its clause: a fire «put under
control» («سيطرت فرق الدفاع المدني على الحريق»), a feeling that «takes hold» («سيطر عليهم شعور
بالخوف»), applications, flights or refugees «received» («بدء استقبال الطلبات»), a player's
«withdrawal» from a tournament («انسحابها من دورة تورونتو»), a company's notice to its
customers («دعت الشركة عملاءها للحصول على التفاصيل») are no seizure, meeting, retreat or
request; nor are a cold air mass's «attack», a «war» on speculators, a minister «bombarded»
with questions or a way of thinking «regained». (2) An article about sport (enough sport
words in it): its «انسحاب», «هجوم», «سيطر», «اقتحم», «استقبال», «اللقاء» (the match) and its
fans' demands are the game's — unless the sentence tells violence: a stadium bombing, a riot
after the match and its arrests stay. Words in ``event_senses.yaml`` (``sense_words``).
"""

from __future__ import annotations

from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.prec_words import forms
from marsad.eventcoding.said_words import holds_any
from marsad.eventcoding.sense_words import Objects, about_sport, tells_violence, words
from marsad.eventcoding.view import View

__all__ = ["other_sense"]


def other_sense(view: View, candidate: Candidate) -> bool:
    """The candidate's trigger is read in another sense: by what follows it, or as sport."""
    return _by_object(view, candidate) or _as_sport(view, candidate)


def _by_object(view: View, candidate: Candidate) -> bool:
    """A word of the mode's class within its reach after the trigger (or after the
    row's ``after`` word: «سيطرت الفرق … على الحريق»)."""
    rows = words().objects.get(candidate.mode)
    if rows is None:
        return False
    last = last_token(view, candidate)
    for row in rows:
        start = _anchor(view, last, row) if row.after else last
        if start is not None and any(any(form in row.words for form in forms(word))
                                     for word in _following(view, start, row.reach)):
            return True
    return False


def _anchor(view: View, last: int, row: Objects) -> int | None:
    """The first of the row's ``after`` words within ``lead`` tokens after ``last``, in its
    clause (``None``: none)."""
    _, stop = view.sentence_of(last)
    for at in range(last + 1, min(stop, last + 1 + row.lead)):
        if view.is_break(at) or view.bare(at) in words().stops:
            return None
        if view.tokens[at].norm in row.after:
            return at
    return None


def _following(view: View, last: int, reach: int) -> list[str]:
    """Up to ``reach`` words after token ``last`` in its clause, names of several words and
    ``skips`` looked past (a one-word name is read as a word: «زواره» is also Zuwara),
    stopping at a break or a word of ``stops``."""
    lex = words()
    _, stop = view.sentence_of(last)
    found: list[str] = []
    at = last + 1
    while at < stop and len(found) < reach:
        entity = view.entity_at.get(at)
        if entity is not None and view.entity_last[entity.id] > at:
            at = view.entity_last[entity.id] + 1  # a name of several words, looked past
            continue
        token = view.tokens[at]
        at += 1
        if token.kind != "word":
            if view.is_break(at - 1):
                break
            continue
        if view.is_break(at - 1) or view.bare(at - 1) in lex.stops:
            break
        if token.norm in lex.skips:
            continue
        found.append(token.norm)
    return found


def _as_sport(view: View, candidate: Candidate) -> bool:
    """A game's act of an article about sport, in a sentence that tells no violence."""
    lex = words()
    if not (candidate.mode in lex.sport_modes or candidate.type in (lex.meet_type, lex.fans_type)):
        return False
    if not about_sport(view):
        return False
    first = first_token(view, candidate)
    if tells_violence(view, first):
        return False
    if candidate.mode in lex.sport_modes:
        return True
    if candidate.type == lex.meet_type:
        return view.tokens[first].norm in lex.meet_words or view.bare(first) in lex.meet_words
    return holds_any(view, first, lex.fans)


