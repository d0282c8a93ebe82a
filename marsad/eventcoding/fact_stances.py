"""Round 21: a stance the speaker affirms as its own is told by the affirming.

«مؤكدة رفضها لأي مبادرة»، «مؤكدا تضامن الحلف مع تركيا»، «وأكد الرئيس … رفض مصر لأي تدخل»:
when the content of an affirmation opens with a stance noun (support or rejection), the
speaker takes that stance in saying it — the event is ``asserted``, as the sets label the
speech acts themselves, and not ``reported``. The acts and types are the ``stances`` section
of ``event_plans.yaml``.
"""

from __future__ import annotations

import bisect
import functools

from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Statement

__all__ = ["own_stance"]


@functools.cache
def _rules() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("event_plans.yaml")["stances"]
    return frozenset(data["acts"]), frozenset(data["types"])


def own_stance(view: View, statement: Statement, hit: Hit) -> bool:
    """``hit`` is a stance noun that opens the content of an affirmation."""
    acts, types = _rules()
    if statement.act not in acts or hit.trigger.type not in types:
        return False
    return bisect.bisect_left(view.token_starts, statement.content[0]) == hit.first
