"""Who received a call (round 21, targets).

«تلقى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى اتصالا هاتفيا اليوم من
الرئيس…»، «وتلقى خادم الحرمين الشريفين اتصالا هاتفيا من…»: the subject of «تلقى» (a light
verb whose subject is the target, ``event_grammar.yaml``) received the call. The light-verb
reader only looks a few words back, and a long title puts the verb out of its reach. For a
call (modes in ``target_receivers.yaml``) with no target, the nearest such verb within
``reach`` words before it in its clause gives the target: the first person named between the
verb and the call, else the words between them kept as text when they are few and name no
entity («خادم الحرمين الشريفين»). Nothing is added when that party is the call's actor, nor
to a call whose caller was not read: a call with no party is no event, and a receiver added
there would make one (which events are coded does not change).
"""

from __future__ import annotations

import functools

from marsad.eventcoding.argument_core import Args, titled_person
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import Phrase, View
from marsad.lexicons import load_yaml

__all__ = ["call_receiver"]


@functools.cache
def _receivers() -> tuple[frozenset[str], int, int]:
    data = load_yaml("target_receivers.yaml")
    return frozenset(data["modes"]), int(data["reach"]), int(data["text_words"])


def call_receiver(view: View, hit: Hit, args: Args) -> None:
    """Add the subject of the «تلقى» before a call as its target, when none was read."""
    modes, reach, text_words = _receivers()
    if hit.trigger.mode not in modes or hit.trigger.verbal or args.targets or args.target_text \
            or not args.has_actor:  # a call with no party named is no event: it stays none
        return
    first, _ = view.sentence_of(hit.first)
    verb = -1
    for at in range(hit.first - 1, max(first, hit.first - reach) - 1, -1):
        if view.ends_argument(at) or view.tokens[at].kind != "word":
            return
        if at not in view.entity_at and view.light_verb(at) == "target":
            verb = at
            break
    if verb < 0 or verb + 1 >= hit.first:
        return
    found = titled_person(view, verb + 1, hit.first)
    if found is None and hit.first - verb - 1 <= text_words \
            and not any(at in view.entity_at for at in range(verb + 1, hit.first)):
        text = view.article.text[view.tokens[verb + 1].start:view.tokens[hit.first - 1].end]
        found = Phrase(verb + 1, hit.first - 1, [], text)
    if found is None or any(e in args.actors for e in found.entities) \
            or (found.text and found.text in args.actor_text):
        return
    args.add_target(found)
