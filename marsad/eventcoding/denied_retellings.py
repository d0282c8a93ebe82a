"""A happening the other side denies by naming it with a masdar is the event told before
(round 24, retold).

Reports tell an attack, an arrest or a take-over, and then the accused side's denial:
«سقطت قذيفة على المستشفى الجنوبي …» and «ونفت قوات الدعم السريع في بيان استهداف
المستشفى»; «واحتجزت القوات عشرات المتظاهرين» and «نفت قيادة العمليات اعتقال أي متظاهر».
The denied masdar is the same happening in the other side's words; the gold sets label a
happening once, where it is first told, so the masdar is no event of its own.

A denied masdar is dropped when:

- it is an attack, an arrest or a seizure, a withdrawal or a build-up (``types``): a denied
  concession or agreement is as often a new claim as an old one;
- a denial verb («نفى»، «نفت»، «نافيا» …) stands at most ``reach`` words before it, in its
  sentence and clause;
- an event of its type was told as done (asserted or reported) in an earlier sentence.

It stays an event when no such event came before (the denial is then the first telling), or
only at another place than the one it names («نفى … انسحاب قوات بلاده من منبج» after a
withdrawal from القامشلي), when the denial is of a report or a rumour
(«نفى ما تداولته مواقع التواصل عن مقتل رجل أمن»), and when the trigger is a verb
(«نفى أن تكون طائراته قد قصفت المستشفى» names its doer and is as often a new claim).
Words are in ``marsad/lexicons/event_denied_retellings.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate, kept_in_order
from marsad.eventcoding.merge import TOLD
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.prec_words import after_conjunction
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["denied_retelling", "told_before", "without_denied_retellings"]


@dataclass(frozen=True)
class _Words:
    types: frozenset[str]
    verbs: frozenset[str]
    reach: int
    reports: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_denied_retellings.yaml")
    return _Words(frozenset(data["types"]), folded(data["verbs"]), int(data["reach"]), folded(data["reports"]))


def _denied_by_verb(view: View, first: int, words: _Words) -> bool:
    """A denial verb within ``reach`` words before the token, with no report word and no
    clause break between."""
    sentence = view.tokens[first].sentence
    for index in range(first - 1, max(first - 1 - words.reach, -1), -1):
        token = view.tokens[index]
        if token.sentence != sentence or view.is_break(index):
            return False
        if after_conjunction(token.norm, words.reports):
            return False
        if after_conjunction(token.norm, words.verbs):
            return True
    return False


def told_before(candidate: Candidate, kept: list[Candidate]) -> bool:
    """An event of the candidate's type told as done in an earlier sentence, at the place the
    candidate names if it names one («نفى … انسحاب قواته من منبج» after a withdrawal from
    القامشلي is another withdrawal)."""
    place = candidate.args.place if candidate.args.place_stated else None
    return any(other.type == candidate.type and other.factuality in TOLD
               and other.sentence < candidate.sentence
               and (place is None or other.args.place is None
                    or fold(other.args.place.text) == fold(place.text))
               for other in kept)


def denied_retelling(view: View, candidate: Candidate, kept: list[Candidate]) -> bool:
    """A denied masdar right after a denial verb, of a type told as done in an earlier
    sentence."""
    words = _words()
    if candidate.factuality != "denied" or candidate.kind != "masdar" \
            or candidate.type not in words.types:
        return False
    if not told_before(candidate, kept):
        return False
    return _denied_by_verb(view, first_token(view, candidate), words)


def without_denied_retellings(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: drop denied masdars that name a happening
    told before."""
    if not any(c.factuality == "denied" for c in found):
        return found
    return kept_in_order(view, found, denied_retelling)
