"""Round 24 (condemned): an attack first told inside a condemnation is an event.

Gulf news tells one bombing in many short reports that are each an official's condemnation:
«استنكر معالي … العمل الإرهابي الآثم الذي شهده سوق البلدة»،
«أدان … التفجير الانتحاري في حسينية بالأحساء». When the report has told no attack
before, the condemned noun is its first telling of the attack: an ASSAULT (the evidence
test drops it for want of named arguments). The sign ``condemned_attack`` (read by the rule
of ``event_needs.yaml``) holds for an incident's word with an attack adjective («العمل
الإرهابي»، «عملية إرهابية»), a condemnation cue before it in its clause («استنكر»، «أدان»،
«مستنكرا»), and after it what it hit or where («الذي استهدف …»، «الذي وقع في …»، «في مسجد …»).

Told again, it stays out: ``without_condemned_retellings`` drops such a noun, kept only by
that rule, when an attack was coded earlier in the article («قتل خمسة في هجوم على مسجد.
واستنكر الأمير العمل الإرهابي الذي استهدف المسجد»), or when an attack word stands in an
earlier sentence though nothing was coded there («الشرطيين اللذين أصيبا في انفجار السوق»،
then, paragraphs later, «مستنكرين الاعتداء الجبان الذي راح ضحيته»). Words are in
``marsad/lexicons/event_condemned_attacks.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.prec_words import clitic_forms
from marsad.eventcoding.view import PLACE_TYPES, View
from marsad.lexicons import load_yaml

__all__ = ["attack_word", "condemned_attack", "without_condemned_retellings"]

#: The type a condemned incident is.
_ATTACK = "ASSAULT"
#: Clitics taken off a word before it is looked up: a conjunction, then a preposition.


@dataclass(frozen=True, slots=True)
class _Words:
    cue_reach: int
    adjective_reach: int
    after_reach: int
    verb_reach: int
    heads: frozenset[str]
    adjectives: frozenset[str]
    cues: frozenset[str]
    relatives: frozenset[str]
    relative_verbs: tuple[str, ...]
    prepositions: frozenset[str]
    places: frozenset[str]
    told_before: frozenset[str]
    clitic_prepositions: tuple[str, ...]
    subject_commas: frozenset[str]
    subject_types: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_condemned_attacks.yaml")["condemned_attacks"]
    return _Words(int(data["cue_reach"]), int(data["adjective_reach"]), int(data["after_reach"]),
                  int(data["verb_reach"]), folded(data["heads"]), folded(data["adjectives"]),
                  folded(data["cues"]), folded(data["relatives"]),
                  tuple(sorted(folded(data["relative_verbs"]))), folded(data["prepositions"]),
                  folded(data["places"]), folded(data["told_before"]),
                  tuple(str(p) for p in data["clitic_prepositions"]),
                  frozenset(str(c) for c in data["subject_commas"]),
                  frozenset(str(t) for t in data["subject_types"]))


def _is(word: str, words: frozenset[str]) -> bool:
    """The word, without a leading «و/ف», or either without «ل/ب/لل/بال» is in ``words``."""
    return not words.isdisjoint(clitic_forms(word, _words().clitic_prepositions))


def _closes_subject(view: View, index: int, words: _Words) -> bool:
    """A comma right after the condemner's name, before its object («استنكر محافظ جدة
    سعد بن خالد الفلاني، حادث الاعتداء الآثم …»): the subject ends, the clause goes on."""
    named = view.entity_ending_at.get(index - 1)
    return view.tokens[index].norm in words.subject_commas and named is not None \
        and named.type in words.subject_types


def _cue_before(view: View, head: int, words: _Words) -> bool:
    start, _ = view.clause_bounds(head)
    for index in range(head - 1, max(start, head - words.cue_reach) - 1, -1):
        if view.is_break(index) and not _closes_subject(view, index, words):
            return False
        if _is(view.tokens[index].norm, words.cues):
            return True
    return False


def _place_at(view: View, index: int, words: _Words) -> bool:
    entity = view.entity_at.get(index)
    return (entity is not None and entity.type in PLACE_TYPES) or _is(view.tokens[index].norm,
                                                                    words.places)


def _told_after(view: View, last: int, words: _Words) -> bool:
    """A relative whose verb tells what the attack hit or where, or «في/على» (or «بـ»)
    before a place, within reach after the trigger and its adjectives, in its clause."""
    _, stop = view.clause_bounds(last)
    for index in range(last + 1, min(stop, last + 1 + words.after_reach)):
        token = view.tokens[index]
        norm = token.norm
        if norm in words.relatives:  # a clause break of its own: read before the test below
            return any(view.tokens[at].norm.startswith(words.relative_verbs)
                       or view.tokens[at].norm[1:].startswith(words.relative_verbs)
                       for at in range(index + 1, min(stop, index + 1 + words.verb_reach)))
        if token.kind != "word" or view.is_break(index):
            return False
        if norm in words.prepositions and index + 1 < stop and _place_at(view, index + 1, words):
            return True
        if norm.startswith("ب") and len(norm) > 3 and _place_at(view, index, words):
            return True
    return False


def condemned_attack(view: View, candidate: Candidate) -> bool:
    """An incident noun with an attack adjective, condemned in its clause, followed by what
    it hit or where it happened."""
    if candidate.type != _ATTACK or candidate.kind == "verb":
        return False
    words = _words()
    head, last = first_token(view, candidate), last_token(view, candidate)
    if not _is(view.tokens[head].norm, words.heads):
        return False
    stop = min(view.sentence_of(head)[1], last + 1 + words.adjective_reach)
    adjective = any(_is(view.tokens[at].norm, words.adjectives) for at in range(head + 1, stop))
    if not adjective:
        return False
    while last + 1 < stop and _is(view.tokens[last + 1].norm, words.adjectives):
        last += 1  # «العمل الإرهابي الآثم الجبان»
    return _cue_before(view, head, words) and _told_after(view, last, words)


def attack_word(word: str) -> bool:
    """A word that tells an attack (``told_before``: «التفجير»، «استشهد»، «الهجوم»), not
    one of the attack adjectives («الإرهابية» after «للهجمات»)."""
    words = _words()
    return _is(word, words.told_before) and not _is(word, words.adjectives)


def _told_in_words_before(view: View, candidate: Candidate) -> bool:
    """An attack word before the noun's sentence: the report told the attack before,
    whether or not it was coded («الشرطيين اللذين أصيبا في انفجار السوق»)."""
    first, _ = view.sentence_of(first_token(view, candidate))
    told = _words().told_before
    return any(_is(view.tokens[index].norm, told) for index in range(first))


def _earlier(other: Candidate, candidate: Candidate) -> bool:
    return other.sentence < candidate.sentence or (
        other.sentence == candidate.sentence and other.trigger[0] < candidate.trigger[0])


def without_condemned_retellings(view: View, found: list[Candidate]) -> list[Candidate]:
    """Drop a condemned attack kept only by the rule ``condemned_attack`` of
    ``event_needs.yaml`` when an attack was coded earlier in the article."""
    from marsad.eventcoding.evidence_needs import relaxed_only_by
    kept: list[Candidate] = []
    for candidate in found:
        if candidate.type == _ATTACK and condemned_attack(view, candidate) and (
                any(other.type == _ATTACK and _earlier(other, candidate) for other in kept)
                or _told_in_words_before(view, candidate)) \
                and relaxed_only_by(view, candidate, "condemned_attack"):
            continue
        kept.append(candidate)
    return kept
