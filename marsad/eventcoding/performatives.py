"""A performative announcement is the act itself: «أعلن وزير الخارجية قطع العلاقات مع …»،
«أعلنت الرئاسة حالة الطوارئ»، «أعلن الرئيس تجميد أعمال البرلمان» — the speaker does what it
announces, so the act is told as done (asserted), not reported. An announcement of something
done elsewhere stays reported («أعلن الجيش انسحاب قواته»، «أعلنت القوات سيطرتها على …»):
only the acts of the ``performative`` section of ``event_grammar.yaml`` (sanctions, a ban on
an institution, a curfew or an emergency, an alert), and only when the content opens with
the act («أعلن X [، time،] قطع …»), are read so."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Statement

__all__ = ["performative"]


@dataclass(frozen=True, slots=True)
class Performatives:
    acts: frozenset[str]  # statement acts that do what they announce («ANNOUNCE»)
    types: frozenset[str]  # event types done by announcing them («SANCTION»)
    modes: frozenset[str]  # «TYPE/mode» pairs done so («COERCE/curfew»)


@functools.cache
def _rules() -> Performatives:
    section = load_yaml("event_grammar.yaml")["performative"]
    return Performatives(frozenset(section["acts"]), frozenset(section["types"]),
                         frozenset(section["modes"]))


def performative(view: View, statement: Statement, hit: Hit) -> bool:
    """The statement announces the act of ``hit`` as its own, right at its content's start."""
    rules = _rules()
    trigger = hit.trigger
    kind = f"{trigger.type}/{trigger.mode}"
    if statement.act not in rules.acts or (trigger.type not in rules.types
                                           and kind not in rules.modes):
        return False
    first = bisect.bisect_left(view.token_starts, statement.content[0])
    return first == hit.first or (first == hit.first - 1 and view.light_verb(first) == "actor")
