"""Round 22: a withdrawal noun whose genitive is a force («ينص الاتفاق على انسحاب وحدات
الحرس من المدينة»، «يقضي بانسحاب عناصر الكتيبة من الحي»، «انسحاب جميع الأرتال من الطريق
الساحلي») has its doer there, though the unnamed actors of the lexicon do not
read that word: the force's words (the force word, and the definite word after it) are
the act's unnamed actor. A genitive that is no force («انسحاب المستثمرين الأجانب من
السوق») leaves the candidate as its own test left it. Modes, kinds and words are in
``evidence_genitive.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["GenitiveRule", "genitive_rule", "genitive_force", "force_evidence"]


@dataclass(frozen=True, slots=True)
class GenitiveRule:
    modes: frozenset[str]  # withdraw
    kinds: frozenset[str]  # masdar
    quantifiers: frozenset[str]  # «جميع»: before the force
    forces: frozenset[str]  # «مقاتلي»، «عناصر»، «الوحدات»
    pronouns: tuple[str, ...]  # «مقاتليها»، «قواته»: the force word with its owner


@functools.lru_cache(maxsize=1)
def genitive_rule() -> GenitiveRule:
    data = load_yaml("evidence_genitive.yaml")
    return GenitiveRule(modes=frozenset(data["modes"]), kinds=frozenset(data["kinds"]),
                        quantifiers=folded(data["quantifiers"]), forces=folded(data["forces"]),
                        pronouns=tuple(fold(p) for p in data["pronouns"]))


def _force(word: str, rule: GenitiveRule) -> bool:
    if word in rule.forces:
        return True
    for pronoun in rule.pronouns:  # «مقاتليها»: «مقاتلي» + «ها»; «قواته»: «قوات» + «ه»
        if word.endswith(pronoun) and word[:-len(pronoun)] in rule.forces:
            return True
    return False


def genitive_force(view: View, candidate: Candidate) -> str | None:
    """The words of the force that stands as the withdrawal noun's genitive, if any."""
    rule = genitive_rule()
    if candidate.mode not in rule.modes or candidate.kind not in rule.kinds:
        return None
    last = view.token_before(candidate.trigger[1] - 1)
    _, stop = view.sentence_of(last)
    at = last + 1
    if at < stop and view.tokens[at].norm in rule.quantifiers:
        at += 1
    if at >= stop or not _force(view.tokens[at].norm, rule):
        return None
    end = at
    after = at + 1
    if after < stop and view.tokens[after].kind == "word" \
            and view.tokens[after].norm.startswith(view.lex.article) \
            and view.tokens[after].norm not in view.lex.function_words:
        end = after  # «وحدات الحرس»، «عناصر الكتيبة»
    return view.article.text[view.tokens[at].start:view.tokens[end].end]


def force_evidence(view: View, candidate: Candidate) -> bool:
    """Whether a force stands as the withdrawal's genitive; if so it is the unnamed actor."""
    text = genitive_force(view, candidate)
    if text is None:
        return False
    candidate.args.actor_text = [text]
    return True
