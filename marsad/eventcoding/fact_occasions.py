"""Round 21: the occasion or the cause of a statement is the reporter's narration.

«أكد الوزير خلال لقائه المبعوث أن…»، «أعلنت الدولتان الاتفاق … وذلك إثر مباحثات استضافتها
بكين»، «أعلن الوزير توقيف 474 شخصا على خلفية أعمال شغب»، «وأكد الملك في اتصال هاتفي مع
الرئيس…»: the statements layer may run the content over these words, but the meeting, the
talks or the riots are not what the speaker reports — the reporter tells them as the setting,
so they are ``asserted`` with no ``by``. Not inside a clause «أن/إن» opens: there the speaker
tells the occasion too («قال ناشطون إن قوات الأمن قتلت 12 شخصا خلال تفريق مظاهرة»). The words are the ``occasions`` section of
``event_plans.yaml``.
"""

from __future__ import annotations

import bisect
import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import PLACE_TYPES, View
from marsad.eventcoding.word_gates import bare_spellings
from marsad.lexicons import load_yaml
from marsad.model import Statement

__all__ = ["occasion"]

@functools.cache
def _rules() -> tuple[frozenset[str], int, frozenset[str], frozenset[str], frozenset[str],
                      frozenset[str]]:
    data = load_yaml("event_plans.yaml")["occasions"]
    return (folded(data["heads"]), int(data["reach"]),
            folded(data["meeting_heads"]), frozenset(data["meeting_types"]),
            frozenset(data["acts"]), folded(data["complementisers"]))


def _place(view: View, at: int) -> bool:
    """«في مدينة فان»: a place's name spelled like the complementiser «فإن»."""
    entity = view.entity_at.get(at)
    return entity is not None and entity.type in PLACE_TYPES


def occasion(view: View, statement: Statement, hit: Hit) -> bool:
    """An occasion's head stands just before the trigger of ``hit`` (a noun), outside any
    «أن/إن» clause of ``statement``."""
    heads, reach, meeting_heads, meeting_types, acts, complementisers = _rules()
    if hit.tense != "noun" or hit.first == 0 or statement.act not in acts:
        return False
    start = min(bisect.bisect_left(view.token_starts, statement.cue[0]),
                bisect.bisect_left(view.token_starts, statement.content[0]))
    if not bare_spellings(complementisers).isdisjoint(view.norms[start:hit.first]) and any(
            view.bare(at) in complementisers and not _place(view, at)
            for at in range(start, hit.first)):  # (most statements: no «أن/إن» before it)
        return False
    if hit.trigger.type in meeting_types and view.bare(hit.first - 1) in meeting_heads:
        return True
    first, _ = view.sentence_of(hit.first)
    for at in range(hit.first - 1, max(first, hit.first - reach) - 1, -1):
        if view.bare(at) in heads:
            return True
        if view.tokens[at].kind != "word":
            return False
    return False
