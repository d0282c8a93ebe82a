"""A measure told in the passive frame (round 24, measures): «وتم قطع خدمة الإنترنت عن معظم
المحافظات»، «سيتم إغلاق المنشأة نهائيا»، «فسيتم ترحيله فورا». A coercion's masdar right after
«تم/سيتم/جرى/سيجري» (``event_passive_measures.yaml``; the bare present «يتم» tells a habit)
names a deed done by an authority the sentence leaves unnamed; the evidence test dropped it for want of a party. This is the
``passive_frame`` sign of the evidence rules (``event_needs.yaml``, rule ``passive_measure``:
COERCE only, not in a relative clause, which re-tells a measure: «التي تم تعليق نشاطها»).
A past frame whose masdar points back by a pronoun («فتم القبض عليه متلبسا»، «وتم ترحيلهم»)
re-tells the person's arrest told before and is no sign; a future one («فسيتم ترحيله») is.
Its factuality is read as for any masdar («سيتم»: future; «في حال … فسيتم»: hypothetical)."""

from __future__ import annotations

import functools

from marsad.arabic.clitics import CONJUNCTIONS
from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["frame_words", "future_words", "passive_frame"]

@functools.lru_cache(maxsize=1)
def frame_words() -> frozenset[str]:
    """The frame words, folded («تم»، «سيتم»، «جرى»)."""
    return folded(load_yaml("event_passive_measures.yaml")["frame"])


def passive_frame(view: View, candidate: Candidate) -> bool:
    """Whether the candidate's masdar (or noun phrase) stands right after a frame word of its
    sentence, bare or with «و/ف» on it («وتم قطع»، «فسيتم ترحيله»)."""
    if candidate.kind not in ("masdar", "phrase"):
        return False
    first = view.token_before(candidate.trigger[0])
    before = first - 1
    if before < 0 or view.tokens[before].sentence != view.tokens[first].sentence:
        return False
    word = view.tokens[before].norm
    words = frame_words()
    bare = word[1:] if word[:1] in CONJUNCTIONS and word[1:] in words else word
    if bare not in words:
        return False
    if bare in future_words():
        return True
    return not _points_back(view, candidate)


@functools.lru_cache(maxsize=1)
def future_words() -> frozenset[str]:
    """The frame words that tell a measure still to come («سيتم»)."""
    return frozenset(word for word in frame_words() if word.startswith("س"))


def _points_back(view: View, candidate: Candidate) -> bool:
    """The masdar carries a pronoun, or a preposition with a pronoun follows it («القبض
    عليه»): the one it names was told before."""
    if candidate.pronoun:
        return True
    after = view.token_before(candidate.trigger[1] - 1) + 1
    return after < len(view.tokens) and bool(view.pronoun_prep(after))
