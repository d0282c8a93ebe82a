"""Round 23 (assault2): an attack noun described by the verb that tells what it hit.

«هجوم صاروخي آخر استهدف منزلا قرب المطار»، «انفجار سيارة مفخخة استهدفت موكبه»، «ردا على
ضربة استهدفت قنصليتها في دمشق»، «الهجمات التي تستهدف السفن التجارية»: the noun is followed,
in its own clause and within a few words (its adjectives, its weapon), by a verb of aiming or
hitting («استهدف، دمر، طال، أصاب»), with or without «الذي/التي». Such an attack is a concrete
happening even when its target is a plain noun the argument finder does not read, so the
evidence test's relaxation (``event_needs.yaml``, sign ``described_after``) keeps it.
Words are in ``event_described_attacks.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["Described", "described", "described_after", "described_done"]


@dataclass(frozen=True, slots=True)
class Described:
    window: int  # how many words after the trigger the verb may stand
    verbs: frozenset[str]  # «استهدف»، «دمرت»: the verb that tells what the attack hit
    relatives: frozenset[str]  # «الذي»، «التي»
    done_verbs: frozenset[str]  # the past forms among ``verbs``


@functools.lru_cache(maxsize=1)
def described() -> Described:
    data = load_yaml("event_described_attacks.yaml")
    return Described(int(data["window"]), folded(data["verbs"]), folded(data["relatives"]),
                     folded(data["done_verbs"]))


def described_after(view: View, candidate: Candidate, done: bool = False) -> bool:
    """Whether a verb of aiming or hitting follows the noun trigger within the window, in its
    clause, with no punctuation or clause break between; with ``done``, a past one right after
    «الذي/التي» (round 29: «الانفجار الذي أصاب السوق»: one attack, done)."""
    if candidate.kind == "verb":
        return False
    words = described()
    last = view.token_before(candidate.trigger[1] - 1)
    _, stop = view.sentence_of(max(last, 0))
    for index in range(last + 1, min(stop, last + 1 + words.window)):
        token = view.tokens[index]
        if done and token.norm in words.relatives:
            continue  # «التفجير الآثم الذي طال»: the relative is passed over (round 29)
        if token.kind != "word" or view.is_break(index):
            return False
        if token.norm in words.verbs:  # a relative («التي») or an adjective before it is passed over
            return not done or (token.norm in words.done_verbs and index > last + 1
                                and view.norm(index - 1) in words.relatives)
    return False


def described_done(view: View, candidate: Candidate) -> bool:
    """A noun trigger described by «الذي/التي» and a past verb of hitting (round 29: the first
    telling of an attack done, «التفجير الذي طال المسجد»)."""
    return described_after(view, candidate, done=True)
