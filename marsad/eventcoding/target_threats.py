"""Whom a threat is aimed at when the trigger's own markers found no one (round 21).

* the party the threatened act falls on: «هددت واشنطن بفرض عقوبات جديدة على قادة
  الطرفين»، «متوعدة بمواصلة الهجمات ضد السفن المرتبطة بإسرائيل»، «ملوحة بمراجعة التمثيل
  مع أنقرة»: the phrase after «على/ضد/مع/إلى» a few words into the «ب» act that follows the
  trigger (and its actor);
* failing that, the subject of the threat's condition, named or not: «إذا تجاوزت قوات
  الوفاق خط سرت»، «إذا لم تستجب الحكومة»، «ما لم تتراجع قوات النظام» (the named subject
  alone was read before round 21).

A clause break or «أن» ends the search; a pronoun-headed phrase («قواته») names no one.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.arg_things import split_things
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import phrase, unnamed_object, word_role
from marsad.eventcoding.view import ACTOR_TYPES, PLACE_TYPES, Phrase, View
from marsad.lexicons import load_yaml

__all__ = ["threat_target"]


@dataclass(frozen=True)
class _Words:
    act_objects: frozenset[str]
    not_objects: frozenset[str]
    act_reach: int
    negated_condition: tuple[str, str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("target_threats.yaml")
    first, second = (fold(w) for w in data["negated_condition"])
    return _Words(folded(data["act_objects"]),
                  folded(data["not_objects"]), int(data["act_reach"]),
                  (first, second))


def threat_target(view: View, act_at: int, args: Args, stop: int) -> None:
    """Add the target of a threat that has none: the object of the threatened act that
    begins at token ``act_at`` (right after the trigger and its actor, or the statement's
    content), else the subject of the first condition from ``act_at`` on."""
    found = _act_object(view, act_at, stop) or _condition_subject(view, act_at, stop)
    if found is not None and not any(e in args.actors for e in found.entities):
        args.add_target(found)


def _party(found: Phrase | None) -> bool:
    """A named actor or place, or an unnamed actor kept as text."""
    if found is None:
        return False
    if found.entities:
        return bool(found.types() & (ACTOR_TYPES | PLACE_TYPES))
    return bool(found.text)


def _act_object(view: View, at: int, stop: int) -> Phrase | None:
    words = _words()
    if at >= stop or view.tokens[at].kind != "word" or not _opens_act(view, at):
        return None  # no «ب» act right after the trigger and its actor
    for cursor in range(at + 1, min(stop, at + 1 + words.act_reach)):
        if view.ends_argument(cursor) or word_role(view, cursor) == "condition":
            return None
        if view.bare(cursor) in words.act_objects and cursor + 1 < stop:
            if view.bare(cursor + 1) in words.not_objects:
                return None  # «على طول الجدار»، «على خلفية»
            found = phrase(view, cursor + 1, stop, orgs=True)
            if found is None or not found.entities:
                found = unnamed_object(view, cursor + 1, stop)
                if found is not None and not (found.text and split_things(view, at, [found.text])[0]):
                    return None  # «بالرد على الضربة»: a deed, not a party
            return found if _party(found) else None
    return None


def _opens_act(view: View, at: int) -> bool:
    """«بفرض»، «وبشن»: a word with the proclitic «بـ» (after «و»)."""
    word = view.tokens[at].norm
    conjunction = next((c for c in view.lex.conjunctions if word.startswith(c)), "")
    return word[len(conjunction):].startswith(view.lex.prep_bi)


def _condition_subject(view: View, index: int, stop: int) -> Phrase | None:
    """«… إذا لم تستجب الحكومة لمطالبه»: the subject (named, or an unnamed actor) after the
    first condition's verb."""
    first, second = _words().negated_condition
    at = index
    while at < stop and word_role(view, at) != "condition" \
            and not (view.bare(at) == first and at + 1 < stop and view.bare(at + 1) == second):
        if view.ends_argument(at):
            return None
        at += 1
    at += 1
    while at < stop and word_role(view, at) in ("condition", "negation"):
        at += 1
    if at + 1 >= stop or view.tokens[at].kind != "word" or at in view.entity_at:
        return None
    found = phrase(view, at + 1, stop, orgs=True)
    return found if _party(found) else None
