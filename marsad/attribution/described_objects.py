"""A describing cue whose object comes first: the subject is left out and carries on.

News tells a condemnation as a description of the act, often with the speaker named only
in the sentence before: «رفع الوزير … التعازي … . ووصف الحادث بأنه عمل إجرامي جبان». The
phrase right after «ووصف» is then the thing described (a happening noun: «الحادث»،
«التفجير»، «حادث التفجير»), never the speaker, so the cue takes the speaker that carries on
(the subject of the sentences before), as a cue with no subject does. After an honorific
pronoun («ووصف معاليه حادث التفجير») the pronoun alone is the speaker. Words are in
``marsad/lexicons/attribution_described_objects.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from typing import TYPE_CHECKING

from marsad.arabic.clitics import ARTICLE
from marsad.arabic.normalise import fold, folded
from marsad.attribution.lexicon import lexicon
from marsad.attribution.phrase import Phrase
from marsad.attribution.view import COMMAS, View
from marsad.lexicons import load_words, load_yaml

if TYPE_CHECKING:
    from marsad.attribution.cues import CueHit

__all__ = ["claim_words", "described_as", "described_at", "describing_cue", "happenings",
           "honorific", "object_borne"]


@dataclass(frozen=True)
class _Words:
    acts: frozenset[str]
    cues: frozenset[str]
    happenings: frozenset[str]
    honorifics: frozenset[str]
    markers: frozenset[str]
    reach: int
    by: str
    after_marker: int
    pronoun_objects: frozenset[str]
    aside: int
    claims: frozenset[str]
    falsities: frozenset[str]
    claim_reach: int


@functools.cache
def _words() -> _Words:
    data = load_yaml("attribution_described_objects.yaml")
    acts = frozenset(data["acts"])
    by = fold(str(data["by"]))
    cues = frozenset(" ".join(cue.words) for found in lexicon().cues.values() for cue in found
                     if cue.act in acts and cue.takes == by and cue.context)
    honorifics = frozenset(fold(word) for word in load_words("honorific_pronouns.txt"))
    return _Words(acts, cues, folded(data["happenings"]), honorifics, folded(data["markers"]),
                  int(data["reach"]), by, int(data["after_marker"]),
                  folded(data["pronoun_objects"]), int(data["aside"]),
                  folded(data["claim_nouns"]), folded(data["falsity_words"]),
                  int(data["claim_reach"]))


def describing_cue(act: str, form: str) -> bool:
    """A describing cue («وصف»، «تصف») of an act the rule applies to (ACCUSE)."""
    words = _words()
    return act in words.acts and fold(form) in words.cues


def object_borne(form: str) -> bool:
    """A describing cue that bears its object as a pronoun («وصفه»، «وصفتها»): never passive."""
    return fold(form) in _words().pronoun_objects


def claim_words() -> tuple[frozenset[str], frozenset[str], int]:
    """The claim nouns and the falsity words of a rejected claim, folded, without article,
    and how many words after the cue the falsity word may stand."""
    words = _words()
    return words.claims, words.falsities, words.claim_reach


def honorific(text: str) -> bool:
    """The text is an honorific pronoun standing for a person («معاليه»، «سموه»)."""
    return fold(text.strip()) in _words().honorifics


def happenings() -> frozenset[str]:
    """The happening nouns, folded, without the article."""
    return _words().happenings


def _happening_noun(view: View, index: int) -> bool:
    """Token ``index`` is a happening noun («الحادث»، «حادث»، «التفجير»), «و» and article off."""
    return view.bare(index).removeprefix(ARTICLE) in _words().happenings


def described_at(view: View, hit: CueHit, after: Phrase) -> int | None:
    """Where the described object opens in the phrase after a describing cue: at its first
    token, or right after an honorific pronoun there; None when the phrase is no object."""
    if not describing_cue(hit.cue.act, hit.cue.form):
        return None
    if _happening_noun(view, after.first):
        return after.first
    if after.first < after.last and view.bare(after.first) in _words().honorifics \
            and _happening_noun(view, after.first + 1):
        return after.first + 1
    return None


def described_as(view: View, start: int, act: str, form: str, words: frozenset[str]) -> bool:
    """A describing cue whose description stands past a long speaker and object, in its clause:
    «ووصف العقيد … قائد الشرطة بمحافظة الريان الاعتداء الأخير بالجبان»، «… بأنه عمل إجرامي».
    One of ``words`` (the cue's context) right after «بأنه/بأنها», or after «ب» in one word."""
    if not describing_cue(act, form):
        return False
    own = _words()
    end = view.sentence_end[start] if start < len(view.tokens) else start
    stop = min(end, start + own.reach)
    aside = False
    for k in range(start, stop):
        if aside:
            aside = not view.is_punct(k, COMMAS)
            continue
        if view.is_punct(k, COMMAS):
            # «…، أمس، اتهامات … بأنها أكاذيب»: a short aside between two commas is passed over
            if any(view.is_punct(j, COMMAS) for j in range(k + 2, min(k + 2 + own.aside, stop))):
                aside = True
                continue
            return False
        bare = view.bare(k)
        if bare in own.markers:
            return any(view.bare(j) in words
                       for j in range(k + 1, min(k + 1 + own.after_marker, end)))
        if bare == own.by:  # «بـ«الادعاءات الواهية»»: the preposition written apart
            after = next((j for j in range(k + 1, min(k + 1 + own.after_marker, end))
                          if view.is_word(j)), None)
            return after is not None and view.bare(after).removeprefix(ARTICLE) in words
        if bare.startswith(own.by) and (bare[len(own.by):] in words
                                        or bare[len(own.by):].removeprefix(ARTICLE) in words):
            return True
    return False
