"""Round 13: the haul of an arrest or a raid. A seizure told in the clause of an arrest or a
raid that was done («ألقت الأجهزة القبض على العصابة وضبطت بحوزتها أسلحة»، «أسفرت عن ضبط
حبوب مخدرة وتوقيف ستة مهربين») is what that operation found, one happening with it — not a
coercion of its own. A seizure alone, beside a ban, beside an arrest only planned, or of
people («ضبطت الجهات المختصة ستة متهمين»: an arrest of its own) stays. Words in
``event_grammar.yaml`` (``prec_round13``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold
from marsad.eventcoding.candidates import Candidate
from marsad.lexicons import load_yaml

__all__ = ["without_hauls"]


@dataclass(frozen=True)
class _Words:
    haul_modes: frozenset[str]
    operation_modes: frozenset[str]
    told: frozenset[str]
    haul_people: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_grammar.yaml")["prec_round13"]
    return _Words(frozenset(data["haul_modes"]), frozenset(data["operation_modes"]),
                  frozenset(data["told"]), frozenset(fold(w) for w in data["haul_people"]))


def without_hauls(found: list[Candidate]) -> list[Candidate]:
    """The candidates less every seizure told as the haul of an arrest or a raid."""
    return [c for c in found if not _haul(c, found)]


def _haul(candidate: Candidate, found: list[Candidate]) -> bool:
    lex = _words()
    if candidate.mode not in lex.haul_modes or candidate.statement \
            or candidate.factuality not in lex.told or _of_people(candidate):
        return False
    return any(other is not candidate and other.sentence == candidate.sentence
               and other.clause == candidate.clause and other.type == candidate.type
               and other.mode in lex.operation_modes and other.factuality in lex.told
               and not other.statement for other in found)


def _of_people(seizure: Candidate) -> bool:
    """«ضبطت الجهات المختصة ستة متهمين»: a seizure whose object names people is an arrest."""
    people = _words().haul_people
    return any(e.type == "PER" for e in seizure.args.targets) or any(
        fold(word) in people for text in seizure.args.target_text for word in text.split())
