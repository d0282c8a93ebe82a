"""A masdar made passive by a light verb (round 16): «تم ترحيل عشرات المهاجرين»، «جرى ترحيل…»
(``passive_light`` in ``event_args_words.tsv``): no one is named as doer, and the phrase after
the masdar is what was done to — kept as its target."""

from __future__ import annotations

from marsad.eventcoding.argument_phrases import in_time, word_role
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View

__all__ = ["after_passive_light"]


def after_passive_light(view: View, hit: Hit) -> bool:
    """«تم (مساء أمس) ترحيل عشرات المهاجرين»: a masdar right after «تم/جرى» (a time may stand
    between) tells a passive deed; the phrase after it is what was done to."""
    if hit.trigger.verbal:
        return False
    first, _ = view.sentence_of(hit.first)
    at = hit.first - 1
    while at > first and in_time(view, at):
        at -= 1
    return at >= first and word_role(view, at) == "passive_light"
