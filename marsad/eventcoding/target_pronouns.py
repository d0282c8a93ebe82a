"""A target named by a detached object pronoun (round 21): «هاجم نواب الحكومة، متهمين إياها
بالتقصير»، «منع الجيش القافلة من العبور، متهمة إياه باستخدام التجويع سلاحا»، «أصدر المحافظ
قرارا بإيقاف قائد الأمن، متهما إياه بالتمرد».

The pronoun («إياه/إياها/إياهم») and the words after it were kept as the target's text; they
name no one. The party it stands for is the nearest one named before the trigger in its
sentence that is not the event's own actor: an entity that can act (a place after «في/إلى/من»
is where something went, and a name behind a proclitic «لـ/بـ» is no one's object: «القوات
الموالية لحفتر»), or one of our unnamed actors («الحكومة»).
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.arg_bounds import opens_with_pronoun
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.view import ACTOR_TYPES, PLACE_TYPES, Phrase, View
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["pronoun_target"]


@functools.cache
def _place_prepositions() -> frozenset[str]:
    return folded(load_yaml("target_openers.yaml")["place_prepositions"])


def pronoun_target(view: View, first: int, args: Args) -> None:
    """Replace a target text opening with a detached pronoun by the party it stands for, for
    the event whose trigger (or cue) is token ``first``."""
    if not args.target_text:
        return  # most events: no text to read
    kept = [text for text in args.target_text if not opens_with_pronoun(text.split()[0])]
    if len(kept) == len(args.target_text):
        return
    args.target_text = kept
    if args.targets or kept:
        return
    found = _antecedent(view, first, args)
    if found is not None:
        args.add_target(found)


def _antecedent(view: View, first: int, args: Args) -> Phrase | None:
    begin, _ = view.sentence_of(first)
    at = first - 1
    while at >= begin:
        entity = view.entity_ending_at.get(at)
        if entity is not None:
            start = view.entity_first[entity.id]
            if entity.type in ACTOR_TYPES and entity not in args.actors \
                    and not _went_to(view, entity, start, begin):
                return Phrase(start, at, [entity])
            at = start - 1
            continue
        found = _head(view, at, first)
        if found is not None and found.text not in args.actor_text:
            return found
        at -= 1
    return None


def _head(view: View, at: int, first: int) -> Phrase | None:
    """One of our unnamed actors («الحكومة»، «قائد الأمن») that begins at ``at`` and ends
    before ``first``."""
    found = view.head_at(at)
    if found is None or found[0] >= first:
        return None
    last, start = found
    return Phrase(at, last, [], view.article.text[start:view.tokens[last].end])


def _went_to(view: View, entity: Entity, start: int, begin: int) -> bool:
    """«إلى رفح»، «في مدينة تعز»: a place after a preposition or a place noun; «الموالية
    لحفتر»، «بالحكومة»: a name behind a proclitic preposition is no one's object."""
    if entity.start > view.tokens[start].start:
        return True
    return entity.type in PLACE_TYPES and start > begin \
        and view.bare(start - 1) in _place_prepositions()
