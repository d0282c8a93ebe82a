"""A trigger read only when a given word stands right after it (round 16).

Some nouns name a happening only with the word that ties them to their parties: «الاتصالات
مع موسكو»، «اتصالات بين مسؤولين…» are talks; «الاتصالات» alone is the telecom sector
(«شركة الاتصالات»، «هيئة الاتصالات»), even before «مع» («هيئة الاتصالات مع بداية العام»): the
words that make it a name's second word are barred before it. Round 31: a trigger may have
name heads and no marks («سيارة ترحيلات السجن» is the prisoners' van). The words are data:
``trigger_next_marks`` and ``trigger_name_heads`` in ``event_grammar.yaml`` (trigger form as
written in ``event_triggers.tsv`` → the words).
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["lacks_next_mark"]


@functools.cache
def _marks() -> dict[str, frozenset[str]]:
    return _table("trigger_next_marks")


@functools.cache
def _heads() -> dict[str, frozenset[str]]:
    return _table("trigger_name_heads")


def _table(key: str) -> dict[str, frozenset[str]]:
    table = load_yaml("event_grammar.yaml").get(key) or {}
    return {str(form): frozenset(fold(str(word)) for word in words)
            for form, words in table.items()}


def lacks_next_mark(view: View, hit: Hit) -> bool:
    """Whether the hit's trigger needs a word right after it and the next word is not one, or
    stands as the second word of a name (a head of ``trigger_name_heads`` right before it;
    read for a trigger with no marks too: «سيارة ترحيلات»)."""
    before = hit.first - 1
    headed = before >= 0 and view.bare(before) in _heads().get(hit.trigger.form, frozenset())
    marks = _marks().get(hit.trigger.form)
    if not marks:
        return headed
    after = hit.end + 1
    if after >= len(view.tokens) or view.tokens[after].sentence != view.tokens[hit.end].sentence:
        return True
    after = _past_adjectives(view, hit.end, after)
    if after >= len(view.tokens) or view.tokens[after].norm not in marks:
        return True
    return headed


def _past_adjectives(view: View, noun: int, after: int) -> int:
    """Round 35 (C): the token after the adjectives that describe the noun at ``noun`` —
    «اتصالات مكثفة مع الطرفين»، «الاتصالات الهاتفية المستمرة بين…»: at most
    ``trigger_next_adjectives`` words, each agreeing with a plural of things as Arabic makes an
    adjective agree (a feminine ending, the article as the noun has it), not a name's word,
    in the sentence and no comma between."""
    lex = view.lex
    definite = view.tokens[noun].prefix.lstrip("".join(lex.conjunctions)).endswith(lex.article)
    sentence = view.tokens[noun].sentence
    for _ in range(_adjectives()):
        if after >= len(view.tokens) or view.tokens[after].sentence != sentence:
            return after
        token = view.tokens[after]
        if token.kind != "word" or view.is_break(after) or view.entity_at.get(after) is not None \
                or not token.norm.endswith(_FEMININE) \
                or token.prefix.endswith(lex.article) != definite:
            return after
        after += 1
    return after


_FEMININE = "ه"  # the folded «ة»


@functools.cache
def _adjectives() -> int:
    return int(load_yaml("event_grammar.yaml").get("trigger_next_adjectives") or 0)
