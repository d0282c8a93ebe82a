"""Round 22: an act that someone is told to have taken part in, or to be tied to, has a
party though no doer stands on the noun itself: «نفت الحركة أن تكون عناصرها قد شاركت
في الهجوم على القافلة»، «نفى المتهم مشاركته في الهجوم»، «نفى المتهم أي صلة له
بالاعتداء». The act's noun follows «في» after a form of «شارك/مشاركة/تورط/ضلوع», or
carries «ب» after «صلة/علاقة» (with «له/لها/لهم» between): it has its evidence. After a
noun («مشاركته»، «صلة») the act must be definite: «حذر الخطيب من مشاركة الشباب في عمل إرهابي»
tells no act. The same
noun with no part told («ودانت الوزارة الهجوم»، «تمهيدا لهجوم بري») stays as its
own test leaves it. The words and the types are in ``evidence_parts.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["PartRule", "part_rule", "part_taken"]


@dataclass(frozen=True, slots=True)
class PartRule:
    types: frozenset[str]  # ASSAULT
    kinds: frozenset[str]  # masdar, phrase
    part_verbs: frozenset[str]  # «شاركت»: before «في» + the act
    part_nouns: frozenset[str]  # «مشاركته»: before «في» + a definite act
    in_words: frozenset[str]  # «في»
    tie_words: frozenset[str]  # «صلة»: before the act carrying «ب»
    tie_pronouns: frozenset[str]  # «لها»: between the tie word and the act
    tie_clitic: str  # «ب»


@functools.lru_cache(maxsize=1)
def part_rule() -> PartRule:
    data = load_yaml("evidence_parts.yaml")
    return PartRule(types=frozenset(data["types"]), kinds=frozenset(data["kinds"]),
                    part_verbs=folded(data["part_verbs"]),
                    part_nouns=folded(data["part_nouns"]), in_words=folded(data["in_words"]),
                    tie_words=folded(data["tie_words"]),
                    tie_pronouns=folded(data["tie_pronouns"]), tie_clitic=fold(data["tie_clitic"]))


def part_taken(view: View, candidate: Candidate) -> bool:
    """Whether the candidate's noun is told as an act someone took part in or is tied to."""
    rule = part_rule()
    if candidate.type not in rule.types or candidate.kind not in rule.kinds:
        return False
    first = view.token_before(candidate.trigger[0])
    start, _ = view.sentence_of(first)
    before = first - 1
    if before - 1 >= start and view.tokens[before].norm in rule.in_words:
        word = view.tokens[before - 1].norm
        return word in rule.part_verbs or (candidate.definite and word in rule.part_nouns)
    if not (candidate.definite and view.tokens[first].norm.startswith(rule.tie_clitic)):
        return False
    if before > start and view.tokens[before].norm in rule.tie_pronouns:
        before -= 1
    return before >= start and view.tokens[before].norm in rule.tie_words
