"""Round 21: a habit is no happening. «لأن الوزارة عادة ما ترفض منح التأشيرات»، «غالبا
ما تشن القوات حملات دهم»: a trigger a few tokens after «عادة ما» (or «غالبا/كثيرا/دائما ما»),
with no clause break between, tells what a party usually does, not an act of the report's
day. Round 27 (real news): so does a masdar right after the bare present of the passive frame
(«حيث يتم تعذيب السجناء بعدة أساليب»، «وعندما يتم قتل القادة»), unless «سوف» or «أن» makes it a
plan («على أن يتم توقيع الاتفاق»).
The words are in ``marsad/lexicons/event_prec_round21.yaml`` (``habitual``)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.prec_words import after_conjunction, forms
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["habitual"]


@functools.cache
def _words() -> tuple[frozenset[str], str, int]:
    data = load_yaml("event_prec_round21.yaml")["habitual"]
    return (folded(data["leads"]), fold(str(data["link"])),
            int(data["reach"]))


@functools.cache
def _frames() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("event_prec_round21.yaml")["habitual"]
    return folded(data["present_frames"]), folded(data["not_before"])


def habitual(view: View, candidate: Candidate) -> bool:
    """«عادة ما» (or one of its kin) stands at most ``reach`` tokens before the trigger, in its
    clause; or the trigger is a masdar right after «يتم» (``_present_frame``)."""
    return _present_frame(view, candidate) or _usually(view, candidate)


def _present_frame(view: View, candidate: Candidate) -> bool:
    """A trigger right after the bare present «يتم/تتم» (or «ويتم»), not after «سوف» or «أن»:
    a masdar, however the lexicon read it («يتم قتل القادة»)."""
    frames, not_before = _frames()
    first = first_token(view, candidate)
    at = first - 1
    if at < 0 or view.is_break(at) or not after_conjunction(view.tokens[at].norm, frames):
        return False
    return at == 0 or view.is_break(at - 1) or view.tokens[at - 1].norm not in not_before


def _usually(view: View, candidate: Candidate) -> bool:
    """«عادة ما» (or one of its kin) at most ``reach`` tokens before the trigger."""
    leads, link, reach = _words()
    first = first_token(view, candidate)
    for at in range(first - 1, max(0, first - 1 - reach), -1):
        if view.is_break(at):
            return False
        if at > 0 and view.tokens[at].norm == link \
                and any(form in leads for form in forms(view.tokens[at - 1].norm)):
            return True
    return False
