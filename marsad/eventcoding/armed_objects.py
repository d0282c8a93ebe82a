"""Round 23 (assault2): an attack word whose object is a place or a thing of war.

«حيث اقتحمت المخيم بمئات الجنود»، «ودمرت مراكز قيادة ومستودعات ذخيرة»، «وسيطرت على معسكر
طيبة»: the word right after the trigger (or after its preposition «على»), without «و» and the
article, is a camp, a base, a depot, a position, armour or a town. Such an act is a physical
attack though the argument finder read no doer and no named target, so the evidence test's
relaxation (``event_needs.yaml``, sign ``armed_object``) keeps it. A figure of speech
(«اقتحمت الأسعار قائمة السلع»، «اجتاحت الشعارات الشوارع») has no such object. A noun
trigger counts only with an indefinite object («استهداف سفينة تجارية»): «بعد اقتحام المعسكر»
names the storming told before. Words are in
``event_armed_objects.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.clitics import ARTICLE
from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["ArmedObjects", "armed_objects", "armed_object"]


@dataclass(frozen=True, slots=True)
class ArmedObjects:
    prepositions: frozenset[str]  # «على»: may stand between the trigger and its object
    objects: frozenset[str]  # «مخيم»، «مستودعات»: a place or a thing of war


@functools.lru_cache(maxsize=1)
def armed_objects() -> ArmedObjects:
    data = load_yaml("event_armed_objects.yaml")
    return ArmedObjects(folded(data["prepositions"]), folded(data["objects"]))


def _bare_noun(norm: str) -> str:
    """The noun without a leading «و» and the article («والمعسكر» → «معسكر»)."""
    article, conjunction = ARTICLE, fold("و")
    if norm.startswith(conjunction + article):
        return norm[len(conjunction + article):]
    if norm.startswith(article):
        return norm[len(article):]
    return norm


def armed_object(view: View, candidate: Candidate) -> bool:
    """Whether the word right after the trigger, or after its preposition, is a place or a
    thing of war (of the same sentence, no mark between; after a noun trigger, indefinite)."""
    words = armed_objects()
    last = view.token_before(candidate.trigger[1] - 1)
    _, stop = view.sentence_of(max(last, 0))
    at = last + 1
    if at < stop and view.tokens[at].norm in words.prepositions:
        at += 1
    if at >= stop or view.tokens[at].kind != "word":
        return False
    norm = view.tokens[at].norm
    if candidate.kind != "verb" and _bare_noun(norm) != norm:
        return False  # «قبل ساعات من اقتحام الثكنة»: the storming told before
    return _bare_noun(norm) in words.objects
