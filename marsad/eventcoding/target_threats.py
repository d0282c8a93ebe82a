"""Whom a threat is aimed at when the trigger's own markers found no one (round 21).

* the party the threatened act falls on: «هددت واشنطن بفرض عقوبات جديدة على قادة
  الطرفين»، «متوعدة بمواصلة الهجمات ضد السفن المرتبطة بإسرائيل»، «ملوحة بمراجعة التمثيل
  مع أنقرة»: the phrase after «على/ضد/مع/إلى» a few words into the «ب» act that follows the
  trigger (and its actor);
* the object of that act when its masdar is one aimed at a party (``aimed_acts``):
  «توعد بملاحقة عناصر الحزب»، «لوّح بمعاقبة العشائر»، «هددت باستهداف السفن الأمريكية»
  (round 28);
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
    aimed_acts: frozenset[str]
    whoever: tuple[str, str]
    whoever_words: int
    described: frozenset[str]
    quote: tuple[str, str]
    quote_words: int
    actor_reach: int
    not_objects: frozenset[str]
    act_reach: int
    negated_condition: tuple[str, str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("target_threats.yaml")
    first, second = (fold(w) for w in data["negated_condition"])
    who, ever = (fold(w) for w in data["whoever"])
    opening, closing = (str(m) for m in data["quote"])
    return _Words(folded(data["act_objects"]), folded(data["aimed_acts"]), (who, ever),
                  int(data["whoever_words"]), folded(data["described"]), (opening, closing),
                  int(data["quote_words"]), int(data["actor_reach"]),
                  folded(data["not_objects"]), int(data["act_reach"]),
                  (first, second))


def threat_target(view: View, act_at: int, args: Args, stop: int) -> None:
    """Add the target of a threat that has none: the object of the threatened act that
    begins at token ``act_at`` (right after the trigger and its actor, or the statement's
    content), else the subject of the first condition from ``act_at`` on."""
    found = _act_object(view, act_at, stop) \
        or _act_object(view, _past_actor(view, act_at, args, stop), stop) \
        or _condition_subject(view, act_at, stop)
    if found is not None and not any(e in args.actors for e in found.entities):
        args.add_target(found)


def _past_actor(view: View, at: int, args: Args, stop: int) -> int:
    """The token after the threat's actor when its name follows ``at`` closely: «وتوعد ولي
    العهد وزير الداخلية الأمير محمد بن نايف بملاحقة…» (a title in apposition before the act)."""
    after = at
    for index in range(at, min(stop, at + _words().actor_reach)):
        entity = view.entity_at.get(index)
        if entity is not None and entity in args.actors:
            after = view.entity_last[entity.id] + 1
    return after


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
    if _aimed(view, at) and at + 1 < stop:
        found = _object_party(view, at, at + 1, stop)
        if found is not None:
            return found  # «بملاحقة عناصر الحزب» (round 28)
    cursor, reach = at + 1, words.act_reach
    while cursor < stop and reach > 0:
        closing = _quote_end(view, cursor, stop)
        if closing > cursor:
            cursor = closing + 1  # a quote within the act: «بفرض عقوبات «لم تعرف مثلها» على…»
            continue
        if view.ends_argument(cursor) or word_role(view, cursor) == "condition":
            return None
        if view.bare(cursor) in words.act_objects and cursor + 1 < stop:
            if view.bare(cursor + 1) in words.not_objects:
                return None  # «على طول الجدار»، «على خلفية»
            return _object_party(view, at, cursor + 1, stop)
        cursor, reach = cursor + 1, reach - 1
    return None


def _quote_end(view: View, at: int, stop: int) -> int:
    """The closing mark of a short quote opened at token ``at``, else -1."""
    opening, closing = _words().quote
    if view.tokens[at].norm != opening:
        return -1
    for end in range(at + 1, min(stop, at + 2 + _words().quote_words)):
        if view.tokens[end].norm == closing:
            return end
    return -1


def _object_party(view: View, act: int, at: int, stop: int) -> Phrase | None:
    """The party named or told from token ``at`` on, as the object of the act at ``act``:
    «كل من تورط في الهجوم» and «من وصفهم بـ«الخونة»» kept as text (round 28)."""
    told = _whoever(view, at, stop) or _described(view, at, stop)
    if told is not None:
        return told
    found = phrase(view, at, stop, orgs=True)
    if found is None or not found.entities:
        found = unnamed_object(view, at, stop)
        if found is not None and not (found.text and split_things(view, act, [found.text])[0]):
            return None  # «بالرد على الضربة»: a deed, not a party
    return found if _party(found) else None


def _whoever(view: View, at: int, stop: int) -> Phrase | None:
    """«كل من تورط في الهجوم»: the words from «كل» to the clause's end (a few at most)."""
    words = _words()
    if at + 2 >= stop or (view.bare(at), view.bare(at + 1)) != words.whoever:
        return None
    last = at + 1
    for cursor in range(at + 2, min(stop, at + 2 + words.whoever_words)):
        if view.ends_argument(cursor) or view.tokens[cursor].kind not in ("word", "number"):
            break
        last = cursor
    if last == at + 1:
        return None
    return Phrase(at, last, [], view.article.text[view.tokens[at].start:view.tokens[last].end])


def _described(view: View, at: int, stop: int) -> Phrase | None:
    """«من وصفهم بـ«فلول النظام»»، «من وصفهم بالخونة»: the description, kept as text."""
    words = _words()
    if at + 2 >= stop or view.bare(at) != words.whoever[1] or view.bare(at + 1) not in words.described:
        return None
    at += 2
    token = view.tokens[at]
    if token.norm == view.lex.prep_bi and at + 1 < stop:
        at += 1  # «بـ«…»»
        closing = _quote_end(view, at, stop)
        if closing > at + 1:
            return Phrase(at + 1, closing - 1, [], view.article.text[
                view.tokens[at + 1].start:view.tokens[closing - 1].end])
        token = view.tokens[at]
        if token.kind != "word":
            return None
        start = token.start
    elif token.kind == "word" and token.norm.startswith(view.lex.prep_bi) and len(token.norm) > 3:
        start = token.start + len(view.lex.prep_bi)  # «بمثيري الفتنة»
    else:
        return None
    found = unnamed_object(view, at, stop)
    if found is None:
        return None
    return Phrase(at, found.last, [], view.article.text[start:view.tokens[found.last].end])


def _aimed(view: View, at: int) -> bool:
    """«بملاحقة»، «وباستهداف»: the masdar after «بـ» is one of an act aimed at a party."""
    return fold(_act_word(view, at)[len(view.lex.prep_bi):]) in _words().aimed_acts


def _opens_act(view: View, at: int) -> bool:
    """«بفرض»، «وبشن»: a word with the proclitic «بـ» (after «و»)."""
    return _act_word(view, at).startswith(view.lex.prep_bi)


def _act_word(view: View, at: int) -> str:
    """Token ``at`` without the conjunction it opens with («وبشن» → «بشن»)."""
    word = view.tokens[at].norm
    conjunction = next((c for c in view.lex.conjunctions if word.startswith(c)), "")
    return word[len(conjunction):]


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
