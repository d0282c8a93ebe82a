"""The subject of a class phrase whose object stands past it (round 28).

A verb of an object class («سلم|يسلم @sites»، «سحب|يسحب @forces») may tell its subject between
itself and its object, at length: «سلمت قوات بعثة الاتحاد الأفريقي الانتقالية في الصومال
(أتميس)، أمس السبت، قاعدة عسكرية»، «تسحب بعثة الاتحاد الأفريقي (أتميس) أربعة آلاف جندي»
(``matcher._class_reach``). Where the words right after the verb gave no named actor (their
head is no name: «قوات»، «بعثة»), the first party named among those words, governed by no
preposition nor after a marker word, is the actor, and the unnamed head read before it gives
way to it; where the object stands past a verbal phrase's ordinary gap, the places of that long
name («في الصومال») are none of the event's: its markers are read from its object on.
"""

from __future__ import annotations

from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import ACTOR_TYPES, Phrase, View


def named_subject(view: View, hit: Hit, args: Args) -> None:
    """Add the party named in the subject of a class phrase read apart from its verb."""
    trigger = hit.trigger
    if trigger.class_at < 0 or not trigger.verbal or hit.end <= hit.last or hit.passive \
            or hit.plural or args.actors:
        return
    start = hit.rest_first  # the object's first word
    for index in range(hit.last + 1, start):
        entity = view.entity_at.get(index)
        if entity is None or entity.type not in ACTOR_TYPES:
            if view.bare(index) in view.lex.function_words:
                return  # «تعقد اللجنة المشتركة بين بغداد وواشنطن»: the markers read them
            continue
        if view.clitic_prep(index):
            return
        args.actor_text = []
        args.add_actor(Phrase(index, view.entity_last[entity.id], [entity]))
        if start > hit.last + 1 + view.lex.phrase_gap:  # read past the gap: a long name,
            args.markers_from = max(args.markers_from, start)  # its places its own
        return
