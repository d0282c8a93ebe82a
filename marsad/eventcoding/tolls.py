"""Acts told as the cause of a death toll before them: right after «بعدما، إثر، خلال، في…»
or with «بـ» on their word («قتل مبتعث …، بعدما أطلق عليه النار»، «فقتله بالرصاص»); the
merge takes such an act and its toll for one happening (round 11, ``merge.py``)."""

from __future__ import annotations

import functools

from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["caused_acts"]


@functools.cache
def _causes() -> tuple[frozenset[str], str]:
    data = load_yaml("event_grammar.yaml")
    return frozenset(data["toll_causes"]), str(data["toll_cause_proclitic"])


def caused_acts(view: View, candidates: list[Candidate]) -> frozenset[int]:
    """The ids of the candidates whose trigger is told as a cause."""
    words, proclitic = _causes()
    found: set[int] = set()
    for candidate in candidates:
        at = view.token_before(candidate.trigger[0])
        if at < 0:
            continue
        token = view.tokens[at]
        if token.prefix.startswith(proclitic) or (at > 0 and (
                view.tokens[at - 1].norm in words or view.bare(at - 1) in words)):
            found.add(id(candidate))
    return frozenset(found)
