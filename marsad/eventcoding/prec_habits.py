"""Round 21: a habit is no happening. «لأن إسرائيل عادة ما ترفض إصدار تصاريح البناء»، «غالبا
ما تشن القوات حملات دهم»: a trigger a few tokens after «عادة ما» (or «غالبا/كثيرا/دائما ما»),
with no clause break between, tells what a party usually does, not an act of the report's
day. The words are in ``marsad/lexicons/event_prec_round21.yaml`` (``habitual``)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.prec_words import forms
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["habitual"]


@functools.cache
def _words() -> tuple[frozenset[str], str, int]:
    data = load_yaml("event_prec_round21.yaml")["habitual"]
    return (folded(data["leads"]), fold(str(data["link"])),
            int(data["reach"]))


def habitual(view: View, candidate: Candidate) -> bool:
    """«عادة ما» (or one of its kin) stands at most ``reach`` tokens before the trigger, in its
    clause."""
    leads, link, reach = _words()
    first = first_token(view, candidate)
    for at in range(first - 1, max(0, first - 1 - reach), -1):
        if view.is_break(at):
            return False
        if at > 0 and view.tokens[at].norm == link \
                and any(form in leads for form in forms(view.tokens[at - 1].norm)):
            return True
    return False
