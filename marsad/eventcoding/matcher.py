"""Finding triggers in the tokens: every word is looked up by its stems (the text layer's
clitic analysis), a phrase is checked word by word, and what the stripped proclitic says is
kept — the article makes a noun definite, the future «سـ» makes a present verb future, a
preposition rules out a verb."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.clitics import candidates
from marsad.arabic.normalise import fold
from marsad.eventcoding.lexicon import Surface, Trigger, lexicon
from marsad.model import Token
from marsad.pipeline import register_cache

__all__ = ["Hit", "find_hits", "stems"]


@dataclass(frozen=True, slots=True)
class Reading:
    """One way a word reads as a trigger's first word."""

    surface: Surface
    definite: bool
    future: bool
    pronoun: bool  # a pronoun suffix («لقائه»، «تعزيزها»)


@dataclass(slots=True)
class Hit:
    first: int  # token index of the first word
    last: int  # token index of the last word
    trigger: Trigger
    tense: str
    definite: bool
    future: bool
    pronoun: bool
    plural: bool = False  # the verb's ending is its subject
    passive: bool = False  # «قُتل»: who follows is the target
    end: int = -1  # the last word of a phrase whose object stands apart («وقعت مصر اتفاقية»)

    def __post_init__(self) -> None:
        if self.end < self.last:
            self.end = self.last


@register_cache
@functools.lru_cache(maxsize=1 << 16)
def stems(word: str) -> tuple[str, ...]:
    """The folded word and its stems, whole word first."""
    return tuple(candidates(word))


def _proclitic(folded: str, stem: str) -> str:
    if folded.startswith(stem):
        return ""
    probe = stem[:-1] if len(stem) > 3 else stem[:2]
    at = folded.find(probe)
    return folded[:at] if at > 0 else ""


def _fits(surface: Surface, proclitic: str) -> bool:
    lex = lexicon()
    if not proclitic or proclitic in lex.conjunctions:
        return True
    if proclitic in lex.future_proclitics:
        return surface.tense == "present"
    return surface.tense == "noun"  # an article or a preposition: a noun


@register_cache
@functools.lru_cache(maxsize=1 << 16)
def readings(word: str) -> tuple[Reading, ...]:
    """Every trigger reading of ``word``, phrases first."""
    lex = lexicon()
    folded = fold(word)
    found: list[Reading] = []
    for stem in stems(word):
        for surface in lex.surfaces.get(stem, ()):
            proclitic = _proclitic(folded, stem)
            if not _fits(surface, proclitic):
                continue
            rest = len(folded) - len(proclitic) - len(stem)
            found.append(Reading(surface, definite=proclitic in lex.definite,
                                 future=proclitic in lex.future_proclitics, pronoun=rest > 0))
    return tuple(dict.fromkeys(found))


def _phrase_start(tokens: list[Token], first: int, trigger: Trigger) -> int | None:
    """Where a phrase's other words begin: right after the first, or for a verb's object a
    few words on («وقعت مصر والأردن اتفاقية»)."""
    lex = lexicon()
    rest = trigger.rest
    gap = lex.phrase_gap if trigger.verbal else 0
    sentence = tokens[first].sentence
    for start in range(first + 1, first + 2 + gap):
        end = start + len(rest) - 1
        if end >= len(tokens) or tokens[end].sentence != sentence:
            return None
        if start > first + 1 and tokens[start - 1].norm in lex.clause_breaks:
            return None
        if all(word in stems(tokens[start + k].text) for k, word in enumerate(rest)):
            return start
    return None


def _hit_at(tokens: list[Token], index: int) -> Hit | None:
    found = readings(tokens[index].text)
    if not found:
        return None
    lex = lexicon()
    after_preposition = index > 0 and tokens[index - 1].norm in lex.prepositions
    noun_only = after_preposition or any(mark in tokens[index].text for mark in lex.noun_marks)
    for reading in found:
        trigger = reading.surface.trigger
        if noun_only and reading.surface.tense != "noun":
            continue  # «من قتل»، «وأيدٍ»: a noun
        if after_preposition and trigger.kind == "participle":
            continue  # «على المتظاهرين»: the people, not their protest
        start = _phrase_start(tokens, index, trigger) if trigger.rest else index + 1
        if start is None:
            continue
        end = start + len(trigger.rest) - 1 if trigger.rest else index
        last = end if start == index + 1 else index
        passive = reading.surface.tense != "noun" and tokens[index].text[1:2] == lex.passive_mark
        return Hit(index, last, trigger, reading.surface.tense, reading.definite,
                   reading.future, reading.pronoun, reading.surface.plural, passive, end)
    return None


def find_hits(tokens: list[Token]) -> list[Hit]:
    """Triggers in reading order; a phrase's words are not read again."""
    hits: list[Hit] = []
    taken: set[int] = set()
    for index, token in enumerate(tokens):
        if token.kind != "word" or not readings(token.text) or index in taken:
            continue
        hit = _hit_at(tokens, index)
        if hit is None:
            continue
        hits.append(hit)
        taken.update(range(hit.end - len(hit.trigger.rest) + 1, hit.end + 1))
    return hits
