"""A body meeting its own staff is no meeting between parties (round 27, real news, spurious).

«عقد الأمين اجتماعا دوريا مع مديري الفروع»، «انطلق الاجتماع السنوي لمديري السجون»،
«عقدت الوزارة عدة لقاءات مع مديري المدارس»: a minister, a governor or a directorate
holding its working meeting with its own directors, officers or employees is routine
administration; the real-news gold codes no CONSULT for it. A CONSULT candidate is dropped
when the first party read after its trigger (in its clause, within ``reach`` words) is the
body's own people: a word of staff alone («منسوبي»، «موظفي»), or a head of units followed by a
unit («مديري الإدارات»، «قادة القطاعات»، «رؤساء الأقسام»). The party opens right after a
masdar (its construct: «اجتماع مديري السجون»), after «مع», or with a proclitic preposition
(«بقادة»، «لمديري»); periodic and measure words («السنوي»، «عدد من») and a time expression
between are passed over.

Kept: a meeting whose first party is someone else («اجتماع وزير الداخلية مع وزير الدفاع
ومديري الأمن»), a head without a unit («مع قادة الحوثيين»، «مع القيادات العسكرية والأمنية»: a
president and his security chiefs, which the spent gold codes), a council's or a committee's
own meeting («اجتماع لخلية إدارة الأزمة»: coded too). Words: ``event_own_staff.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.argument_phrases import in_time
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import last_token
from marsad.eventcoding.prec_words import without_preposition
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["own_staff_meeting", "without_own_staff_meetings"]


@dataclass(frozen=True, slots=True)
class _Words:
    types: frozenset[str]
    reach: int
    staff: frozenset[str]
    heads: frozenset[str]
    units: frozenset[str]
    openers: frozenset[str]
    clitic_prepositions: tuple[str, ...]
    between: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_own_staff.yaml")
    preps = tuple(sorted(folded(data["clitic_prepositions"]), key=len, reverse=True))
    return _Words(frozenset(data["types"]), int(data["reach"]), folded(data["staff"]),
                  folded(data["heads"]), folded(data["units"]), folded(data["openers"]),
                  preps, folded(data["between"]))


def _without_preposition(word: str, words: _Words) -> str:
    """The word without a proclitic preposition («بقادة» → «قادة»، «للموظفين» → «الموظفين»),
    else ''."""
    return next((bare for prep in words.clitic_prepositions
                 if (bare := without_preposition(word, prep))), "")


def _staff_at(view: View, at: int, word: str, words: _Words) -> bool:
    """``word`` (token ``at`` as read, or without its preposition) opens the body's own
    people: a word of staff, or a head whose next word is a unit."""
    if word in words.staff:
        return True
    if word not in words.heads or at + 1 >= len(view.tokens):
        return False
    after = view.tokens[at + 1]
    return after.sentence == view.tokens[at].sentence and after.norm in words.units


def own_staff_meeting(view: View, candidate: Candidate) -> bool:
    """Whether the candidate is a meeting whose first party is the body's own staff."""
    words = _words()
    if candidate.type not in words.types or candidate.statement:
        return False
    last = last_token(view, candidate)
    _, stop = view.sentence_of(last)
    opened = candidate.kind == "masdar" and not candidate.pronoun  # its construct
    read = 0
    at = last + 1
    while at < stop and read < words.reach:
        if view.is_break(at):
            return False
        token = view.tokens[at]
        if token.kind != "word" or in_time(view, at):
            at += 1
            continue
        read += 1
        norm = token.norm
        if norm in words.between:
            at += 1
            continue
        if norm in words.openers:
            opened = True
            at += 1
            continue
        if view.bare(at) in view.lex.prepositions:  # «في مكتبه»: a place, no party
            opened = False
            at += 1
            continue
        bare = _without_preposition(norm, words)
        if opened and _staff_at(view, at, norm, words) \
                or bare and _staff_at(view, at, bare, words):
            return True
        if opened or view.clitic_prep(at):
            return False  # the party opened here is someone else
        at += 1
    return False


def without_own_staff_meetings(view: View, found: list[Candidate]) -> list[Candidate]:
    """The candidates less a body's meetings with its own staff."""
    return [c for c in found if not own_staff_meeting(view, c)]
