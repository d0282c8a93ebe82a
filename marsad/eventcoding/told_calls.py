"""A call or a threat told as a narrated verb (round 21).

A trigger of a statement's type (REQUEST, THREATEN) is coded from the statement the
statements layer made of it; a verb it made none of is turned away, since «طالب» alone is
often a student («طالب وطالبة») or a name («علي بن أبي طالب»), and «يطالب»/«ستدعو» a habit
or a plan. A past verb with its own «و» that opens a clause — after a full stop or a comma,
at the start of a sentence, or with a plural ending («وطالبوا بتوقيف…») — is the act itself
even without a content clause: «وطالب الدفاع المدني المواطنين بالابتعاد عن الأودية»،
«وهدد قائد الجيش بتوسيع الهجوم». Not where the complement («بـ») follows the verb at once
(«وهدد بملاحقة…»): its party was told before, and the statement it goes on is coded already.
The forms are data: ``event_told_calls.yaml``.
"""

from __future__ import annotations

import functools

from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["told_call"]


@functools.cache
def _data() -> tuple[frozenset[str], str, str]:
    data = load_yaml("event_told_calls.yaml")
    return (frozenset(str(form) for form in data["forms"]), str(data["conjunction"]),
            str(data["mark"]))


def told_call(view: View, hit: Hit) -> bool:
    """Whether the hit is a call or threat verb told in the past with «و», opening its clause."""
    forms, conjunction, mark = _data()
    if hit.trigger.form not in forms or not hit.trigger.verbal or hit.tense != "past" \
            or hit.future or hit.passive or hit.first != hit.last:
        return False
    token = view.tokens[hit.first]
    if not token.norm.startswith(conjunction) or token.prefix[:1] != conjunction:
        return False
    after = hit.first + 1
    if after >= len(view.tokens) or view.tokens[after].kind != "word" \
            or (view.tokens[after].norm.startswith(mark) and after not in view.entity_at):
        return False  # «وهدد بملاحقة…»: its party is told before, as a statement's
    if hit.plural:
        return True
    before = hit.first - 1
    return before < 0 or view.tokens[before].sentence != token.sentence \
        or view.tokens[before].kind != "word"
