"""A counted part of a group is the whole phrase (round 21): «اعتقلت الشرطة اثنين من المطلوبين»،
«ألقت القبض على 9 من المتهمين»، «نفت اعتقال عدد من قياديي النقابة». An unnamed object that opens
with a number, a number word (``count``) or «عدد» (``partitive`` in ``event_args_words.tsv``)
right before «من» runs on through «من» to the group it is taken from, a few words that stop where
any unnamed object stops (a preposition, a place, a time, «و», an entity). Without this the object
was the bare count («اثنين») or nothing (a number alone is no object). Only where the plain
reading found an object or the event has an actor, so no event is kept that was dropped before
for want of any argument."""

from __future__ import annotations

from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import OBJECT_WORDS, ends_object, unnamed_object, word_role
from marsad.eventcoding.view import Phrase, View

__all__ = ["object_or_part", "partitive_object"]

#: The roles of a word that opens a counted part before «من».
_OPENERS = frozenset({"count", "partitive"})


def partitive_object(view: View, index: int, stop: int) -> Phrase | None:
    """«اثنين من المطلوبين» as one unnamed object at ``index``, else None."""
    if index < 0 or index + 2 >= stop:
        return None
    opener = view.tokens[index]
    if opener.prefix[:1] == view.lex.conjunction or opener.norm[:1] == view.lex.conjunction:
        return None  # «واعتبروها»: «و» opens a clause, not an object
    if not (opener.kind == "number" or word_role(view, index) in _OPENERS):
        return None
    if view.tokens[index + 1].norm != view.lex.agent[0]:
        return None  # «اثنين من»: the bare «من», not «منهم»
    begin = index + 2
    last = -1
    for at in range(begin, min(stop, begin + OBJECT_WORDS)):
        if ends_object(view, at, first=at == begin):
            break
        last = at
    if last < 0 or view.tokens[last].kind != "word" or last + 1 in view.entity_at:
        return None  # «عشرة من عناصر حزب الله»: the group is the entity's phrase
    text = view.article.text[opener.start:view.tokens[last].end]
    return Phrase(index, last, [], text)


def object_or_part(view: View, args: Args, stop: int) -> Phrase | None:
    """The unnamed object at ``args.object_at``, widened to its group after «من» where it is a
    counted part; a counted part alone only for an event that has an actor."""
    plain = unnamed_object(view, args.object_at, stop)
    if plain is None and not args.has_actor:
        return None
    return partitive_object(view, args.object_at, stop) or plain
