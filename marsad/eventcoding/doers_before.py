"""A verb read by its doer whose doer is told before it: that noun is its subject, and the
phrase right after the verb is the place it names as its object («أكد أن القوات التركية لن
تغادر ليبيا»: Libya is the place left, not the one who leaves; «آخر جنود القوة غادروا مالي»).

Only the verbs of ``event_subject_triggers.yaml`` whose row takes its object as the place (such
as «غادر|يغادر») are read so: an intransitive one («التعزيزات وصلت إلى المنطقة») has no object
to mistake for its subject.
"""

from __future__ import annotations

from marsad.eventcoding.argument_core import Args, actor_before
from marsad.eventcoding.argument_phrases import phrase
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.trig_subjects import doer_told_before
from marsad.eventcoding.view import View


def doer_before(view: View, hit: Hit, args: Args) -> bool:
    """Whether the hit's doer stood before it and was added as its actor; the place right
    after the verb is taken as the event's place either way."""
    if hit.passive or "obj" not in hit.trigger.place or not doer_told_before(view, hit):
        return False
    _, stop = view.sentence_of(hit.first)
    after = hit.last + 1
    if after < stop:
        found = phrase(view, after, min(stop, after + view.lex.object_window))
        if found is not None and found.is_place:
            args.set_place(found)
    doer = actor_before(view, hit.first)
    if doer is None:
        return False
    args.add_actor(doer)
    return True
