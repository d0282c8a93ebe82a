"""Where an unnamed target kept as text stops (round 16): before a word that is never part of
a target (``never_target`` in ``event_args_words.tsv``: «ما وصفته بخرق خطير»، «الهجوم
واعتبرته اعتداء»), and a text that opens with one is no target at all («ما وصفته بخرق…»).

Round 21: nor is a text that opens with a word carrying the proclitic «بـ» (an instrument or
a charge: «بالمدفعية أطراف البلدة»، «بالتورط»، «بدعم من…»; nouns that begin with «ب»
themselves, «بلدات»، «بعض»، «بقية», stay), or with a detached object pronoun («إياه
بالتمرد…»: the party it stands for is read by ``target_pronouns``), or with «بن» (the tail
of a name the entity stopped short of: «محمد بن سلمان بن عبدالعزيز»); see
``target_openers.yaml``."""

from __future__ import annotations

import functools

from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.argument_phrases import arg_words
from marsad.eventcoding.lexicon import lexicon
from marsad.lexicons import load_yaml

__all__ = ["target_bounds", "opens_with_pronoun"]


def target_bounds(text: str) -> str:
    """``text`` cut before its first word that is never a target's; '' when that is the first."""
    words = text.split()
    if words and (_instrument(words[0]) or opens_with_pronoun(words[0])
                  or fold(words[0]) in _openers().name_tails):
        return ""
    for at, word in enumerate(words):
        if fold(word) in _never():
            return " ".join(words[:at])
    return text


@functools.cache
def _never() -> frozenset[str]:
    return frozenset(word for word, role in arg_words().words.items() if role == "never_target")


@dataclass(frozen=True)
class _Openers:
    proclitic: str
    b_nouns: tuple[str, ...]
    pronouns: frozenset[str]
    name_tails: frozenset[str]


@functools.cache
def _openers() -> _Openers:
    data = load_yaml("target_openers.yaml")
    return _Openers(fold(data["instrument_proclitic"]), tuple(fold(w) for w in data["b_nouns"]),
                    folded(data["object_pronouns"]), folded(data["name_tails"]))


def _unjoined(word: str) -> str:
    """``word`` folded, without a leading «و/ف»."""
    folded = fold(word)
    conjunction = next((c for c in lexicon().conjunctions if folded.startswith(c)
                        and len(folded) > len(c) + 2), "")
    return folded[len(conjunction):]


def _instrument(word: str) -> bool:
    """«بالمدفعية»، «بدعم»: the proclitic «بـ», not a noun that begins with «ب»."""
    bare, openers = _unjoined(word), _openers()
    return bare.startswith(openers.proclitic) and len(bare) > 2 \
        and not bare.startswith(openers.b_nouns)


def opens_with_pronoun(word: str) -> bool:
    """«إياه»، «إياها»، «إياهم»: a detached object pronoun."""
    return _unjoined(word) in _openers().pronouns
