"""Round 21 (second wave): two acts the factuality reading used to drop are kept.

- A trigger right after «أي» is no happening («سترد على أي هجوم»، «تحسبا لأي هجوم») unless
  the clause denies it: a negation («لم»، «لن») at most a few words before «أي» («لم يعلن
  الاتحاد أي إضراب»، «لن تشارك في أي ضربات»), or a denial statement holding the trigger
  («نفت وقوع أي اعتقالات»). Then the act is a **denied** event (``negated_any``). A negation
  inside a condition («ما داموا لم يشاركوا بأي عمل») and a statement's noun («لن يقبل أي
  طلب»: an application) are left out. Such a denied act needs no argument: the denial names
  it, so its candidate stands alone («نفت وقوع أي اعتقالات» has no party;
  ``candidates._candidate``, round 21 last wave).
- Inside a threat or warning, the act its condition says a party goes on with is kept as a
  **hypothetical** event: «إذا واصل الحوثيون استهداف السفن»، «إذا واصلت أنقرة عملياتها»
  (``continued_condition``). Other acts of a condition and the threatened act itself stay
  out: the gold sets are split on them.

The words are in ``event_fact_kept.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["continued_condition", "negated_any"]


@dataclass(frozen=True, slots=True)
class KeptWords:
    any_words: frozenset[str]
    negations: frozenset[str]
    negation_reach: int
    condition_heads: frozenset[str]
    conditions: frozenset[str]
    continue_verbs: frozenset[str]
    subject_reach: int


@functools.cache
def kept_words() -> KeptWords:
    data = load_yaml("event_fact_kept.yaml")

    def words(key: str) -> frozenset[str]:
        return folded(data[key])

    return KeptWords(words("any_words"), words("negations"), int(data["negation_reach"]),
                     words("condition_heads"),
                     words("conditions"), words("continue_verbs"), int(data["subject_reach"]))


def negated_any(view: View, hit: Hit) -> bool:
    """The trigger of ``hit`` follows «أي» and its clause denies it (see the docstring)."""
    words = kept_words()
    at = hit.first - 1
    if at < 0 or view.norm(at) not in words.any_words \
            or hit.trigger.type in view.lex.statement_types:  # «لن يقبل أي طلب»: an application
        return False
    start, end = view.tokens[hit.first].start, view.tokens[hit.last].end
    acts = lexicon().acts
    for statement in view.article.statements:
        rule = acts.get(statement.act)
        if rule is not None and rule.content == "denied" \
                and statement.content[0] <= start and end <= statement.content[1]:
            return True
    first, _ = view.sentence_of(at)
    for before in range(at - 1, max(first, at - words.negation_reach) - 1, -1):
        if view.is_break(before):
            return False
        if view.norm(before) in words.negations:  # not «ما داموا لم يشاركوا بأي عمل»
            return before == first or not (view.norm(before - 1) in words.condition_heads
                                           or view.bare(before - 1) in words.conditions)
    return False


def continued_condition(view: View, hit: Hit) -> bool:
    """The trigger of ``hit`` is what a condition's subject goes on doing: «إذا واصل
    الحوثيون استهداف السفن»."""
    words = kept_words()
    first, _ = view.sentence_of(hit.first)
    for verb in range(hit.first - 1, max(first, hit.first - words.subject_reach - 1) - 1, -1):
        if view.is_break(verb):
            return False
        if view.norm(verb) in words.continue_verbs:
            head = verb - 1
            if head > first and view.bare(head) == "لم":
                head -= 1
            return head >= first and view.norm(head) in words.conditions
    return False
