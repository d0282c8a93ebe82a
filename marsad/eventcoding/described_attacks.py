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

__all__ = ["Described", "described", "described_after", "described_done", "described_pairs"]


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
    return _describing_verb(view, candidate, done) >= 0


def described_pairs(view: View, found: list[Candidate]) -> frozenset[tuple[int, int]]:
    """Round 30 (T2): the pairs ``(id(noun), id(verb))`` of an attack noun and the verb of its
    type that describes it («لضربات جوية أمريكية استهدفت مواقع رادار»، «ردا على هجمات
    استهدفت القوات»): the verb's unspoken doer is the noun, so the two are one happening
    whatever doer or place the argument finder gave each; the merge joins them."""
    starts = {view.token_before(c.trigger[0]): c for c in found if c.kind == "verb"}
    if not starts:
        return frozenset()
    places = {(c.type, c.sentence, c.clause) for c in starts.values()}
    pairs = set()
    for noun in found:
        if (noun.type, noun.sentence, noun.clause) not in places:
            continue  # no verb of its type in its clause: none describes it (the cheap test)
        at = _describing_verb(view, noun)
        verb = starts.get(at)
        if verb is None or verb.type != noun.type \
                or (verb.sentence, verb.clause) != (noun.sentence, noun.clause):
            continue
        if noun.definite and view.norm(at - 1) not in described().relatives:
            continue  # «إن القصف استهدف أحياء»: a definite noun and its verb, no relative clause
        pairs.add((id(noun), id(verb)))
    return frozenset(pairs)


def _describing_verb(view: View, candidate: Candidate, done: bool = False) -> int:
    """The index of the token of ``described_after``'s verb, or -1."""
    if candidate.kind == "verb":
        return -1
    words = described()
    last = view.token_before(candidate.trigger[1] - 1)
    _, stop = view.sentence_of(max(last, 0))
    for index in range(last + 1, min(stop, last + 1 + words.window)):
        token = view.tokens[index]
        if done and token.norm in words.relatives:
            continue  # «التفجير الآثم الذي طال»: the relative is passed over (round 29)
        if token.kind != "word" or view.is_break(index):
            return -1
        if token.norm in words.verbs:  # a relative («التي») or an adjective before it is passed over
            if not done or (token.norm in words.done_verbs and index > last + 1
                            and view.norm(index - 1) in words.relatives):
                return index
            return -1
    return -1


def described_done(view: View, candidate: Candidate) -> bool:
    """A noun trigger described by «الذي/التي» and a past verb of hitting (round 29: the first
    telling of an attack done, «التفجير الذي طال المسجد»)."""
    return described_after(view, candidate, done=True)
