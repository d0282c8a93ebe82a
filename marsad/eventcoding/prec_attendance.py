"""A meeting a party refuses to join or boycotts is no meeting held (round 23, spurious).

«رفضت الجماعة المشاركة في مشاورات الرياض»، «سيقاطع الوفد مشاورات الكويت»: the talks are
named as what a party refuses to take part in or boycotts; the report tells that act (a
refusal, a boycott), not a meeting held on its day. A CONSULT masdar or noun is dropped when
the word right before it (or before «في» right before it) is a bare masdar of taking part or a
word of boycotting. The gold sets code no such meeting.

Kept: a meeting told as held («عقد الوفدان مشاورات في الرياض»، «بدأت المحادثات»), one a
party will take part in or travels to take part in («ستشارك في المحادثات المقرر عقدها»،
«أقلت طائرة الوفد إلى مسقط للمشاركة في محادثات»: talks held), a verb trigger, and other
types («نفى مشاركته في الهجوم» is a denied attack the gold sets code). The words are data:
``marsad/lexicons/event_attendance.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["without_attended_meetings"]


@dataclass(frozen=True, slots=True)
class _Words:
    types: frozenset[str]
    attend: frozenset[str]
    between: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_attendance.yaml")
    return _Words(frozenset(data["types"]), folded(data["attend_words"]),
                  folded(data["between"]))


def attended(view: View, candidate: Candidate) -> bool:
    """Whether the candidate is a meeting named right after a word of attending it."""
    words = _words()
    if candidate.type not in words.types or candidate.kind == "verb" or candidate.statement:
        return False
    at = view.token_before(candidate.trigger[0]) - 1
    sentence = view.tokens[at + 1].sentence
    if at >= 0 and view.bare(at) in words.between:
        at -= 1
    if at < 0 or view.tokens[at].sentence != sentence:
        return False
    return view.tokens[at].norm in words.attend or view.bare(at) in words.attend


def without_attended_meetings(view: View, found: list[Candidate]) -> list[Candidate]:
    """The candidates less the meetings named as attended or boycotted."""
    return [c for c in found if not attended(view, c)]
