"""Who a unit belongs to, when it is named right after it: «انسحاب وحدات الجيش والشرطة»،
«وحدات المشير خليفة حفتر» — the owner is the argument (the unit is part of the phrase)."""

from __future__ import annotations

from marsad.eventcoding.view import ACTOR_TYPES, Phrase, View

__all__ = ["definite_owner"]


def definite_owner(view: View, index: int, stop: int) -> Phrase | None:
    """«انسحاب وحدات الجيش والشرطة»، «وحدات المشير خليفة حفتر»: a unit followed by the
    definite body or person it belongs to (not a head of its own: «قوات الأمن»)."""
    after = index + 1
    if after >= stop or view.head_at(index) is not None \
            or not (after in view.entity_at or view.tokens[after].norm.startswith(view.lex.article)):
        return None
    nation = view.entity_at.get(after)
    if nation is not None and nation.type == "NORP":
        return None  # «الطائرات الروسية»: a nationality describes the unit, it owns nothing
    owner = view.phrase_at(after, stop)
    if owner is None:
        owner = _titled_owner(view, after, stop)  # «وحدات المشير خليفة حفتر»
    if owner is None or owner.is_place or not (owner.text or owner.types() & ACTOR_TYPES):
        return None
    return Phrase(index, owner.last, owner.entities, owner.text)


def _titled_owner(view: View, at: int, stop: int) -> Phrase | None:
    """A title or two, then the person it titles («المشير خليفة حفتر»)."""
    for after in range(at, min(stop - 1, at + 2)):
        if view.tokens[after].kind != "word" or view.ends_argument(after) \
                or after in view.entity_at or _governed(view, after):
            return None
        entity = view.entity_at.get(after + 1)
        if entity is not None and entity.type == "PER":
            return Phrase(at, view.entity_last[entity.id], [entity])
    return None


def _governed(view: View, index: int) -> bool:
    """«للناشط»، «بالرئيس»: the word carries a preposition."""
    word = view.tokens[index].norm
    return bool(view.clitic_prep(index)) or word.startswith(view.lex.prepositional_articles)
