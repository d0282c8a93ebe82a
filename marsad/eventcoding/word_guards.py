"""Words that look like a trigger and are not one (round 9): «وقع» without its object pronoun
(it happened; «التي وقعها الرئيسان» is signed), a stance masdar in the accusative («، رفضا
لترشح الرئيس»: the manner of a protest), and a verb right after the head of a name in
construct («رئيس وفد فتح عزام الأحمد»: Fatah, not «opened»); round 27: a one-word trigger a
place's name covers («مدينة ودان»: Waddan, not «و» + «دان»). The words are in
``event_verbal.yaml``."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.narrated import verbal_grammar
from marsad.eventcoding.view import View

__all__ = ["false_trigger", "manner_masdar", "name_in_construct", "place_name", "pronoun_less"]


def false_trigger(view: View, hit: Hit) -> bool:
    """Any of the look-alikes below."""
    return pronoun_less(hit) or manner_masdar(view, hit) or name_in_construct(view, hit) \
        or place_name(view, hit)


def pronoun_less(hit: Hit) -> bool:
    """A row of ``object_pronoun_forms`` read without its object pronoun, or not in the past
    («وقع الحادث» happened; «وقعها الرئيسان» signed it)."""
    return hit.trigger.form in verbal_grammar()["object_pronoun_forms"] \
        and not (hit.pronoun and hit.tense == "past")


def manner_masdar(view: View, hit: Hit) -> bool:
    """«، رفضا لترشح الرئيس»: an accusative stance masdar is another act's manner — after
    «و» too («تضامنا مع غزة ورفضا للحرب», round 16)."""
    data = verbal_grammar()
    if hit.trigger.type not in data["manner_types"] or hit.first != hit.last:
        return False
    masdars = _manner_masdars()
    word = view.norm(hit.first)
    return word in masdars or any(word.startswith(c) and word[len(c):] in masdars
                                  for c in lexicon().conjunctions)


@functools.cache
def _manner_masdars() -> frozenset[str]:
    """The accusative stance masdars, folded as tokens are («تأييدا» → «تاييدا»)."""
    return frozenset(fold(word) for word in verbal_grammar()["manner_masdars"])


def name_in_construct(view: View, hit: Hit) -> bool:
    """«رئيس وفد فتح عزام الأحمد»: a verb right after a head that takes a name in construct
    («حركة»، «وفد») is the name."""
    return hit.trigger.verbal and hit.first > 0 \
        and view.bare(hit.first - 1) in verbal_grammar()["name_heads"]


def place_name(view: View, hit: Hit) -> bool:
    """«مدينة ودان الليبية»: a one-word trigger whose word (less a proclitic before the name)
    is a place's name, an entity of ``place_name_types`` (round 27)."""
    if hit.first != hit.last:
        return False
    entity = view.entity_at.get(hit.first)
    if entity is None or entity.type not in _place_types():
        return False
    token = view.tokens[hit.first]
    return entity.start < token.end and entity.end >= token.end \
        and view.entity_first[entity.id] == hit.first


@functools.cache
def _place_types() -> frozenset[str]:
    return verbal_grammar()["place_name_types"]
