"""Round 22: a noun trigger whose row needs a target («إطلاق النار») and that is followed
right away by its target's preposition and a word («أصيب جندي بعد إطلاق النار على
دورية»، «التحقيق جار في حادثة إطلاق النار على حارس المصرف») is
aimed at someone, though the argument finder found no entity or definite text there: it has
its evidence. A noun with nothing aimed at («تسعى الوساطة إلى وقف لإطلاق النار») stays
dropped. Kinds, needs and prepositions are in ``evidence_aimed.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["AimedRule", "aimed_rule", "aimed_after"]


@dataclass(frozen=True, slots=True)
class AimedRule:
    kinds: frozenset[str]  # masdar, phrase: a noun trigger (a verb's object is found)
    needs: frozenset[str]  # target
    prepositions: frozenset[str]  # «على»: what opens the target after the noun


@functools.lru_cache(maxsize=1)
def aimed_rule() -> AimedRule:
    data = load_yaml("evidence_aimed.yaml")
    return AimedRule(kinds=frozenset(data["kinds"]), needs=frozenset(data["needs"]),
                     prepositions=folded(data["prepositions"]))


def aimed_after(view: View, candidate: Candidate) -> bool:
    """Whether the noun trigger (of a kind and need of the rule) is followed right away by
    its target's preposition and a word, no function word, of the same sentence."""
    rule = aimed_rule()
    if candidate.kind not in rule.kinds or candidate.needs not in rule.needs:
        return False
    last = view.token_before(candidate.trigger[1] - 1)
    _, stop = view.sentence_of(last)
    prep, noun = last + 1, last + 2
    if noun >= stop or view.tokens[prep].norm not in rule.prepositions:
        return False
    token = view.tokens[noun]
    return token.kind == "word" and token.norm not in view.lex.function_words
