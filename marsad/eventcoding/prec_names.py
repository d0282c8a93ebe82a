"""Round 21: a trigger that is part of a name in construct is no happening of the report.

Right after the head of such a name, a masdar or a noun phrase names a court case («في قضية
اقتحام قسم الشرطة»), a commander's title («قائد عمليات تحرير الفلوجة») or a force («قوات
الحزام الأمني»); after «مديرية» any reading, a verb's too, is a district («في مديرية أرحب»:
Arhab, not «I welcome»). A verb after «قوات» stays an act («قوات اقتحمت البلدة»). The heads are
in ``marsad/lexicons/event_prec_round21.yaml`` (``name_heads``)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["named_by_head"]


@functools.cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """The heads before a masdar or a phrase, and the heads before any trigger."""
    data = load_yaml("event_prec_round21.yaml")["name_heads"]
    return (folded(data["masdar"]),
            folded(data["any"]))


def named_by_head(view: View, candidate: Candidate) -> bool:
    """The token right before the trigger is the head of a name the trigger belongs to."""
    first = first_token(view, candidate)
    if first < 1:
        return False
    before = view.tokens[first - 1]
    if before.kind != "word" or view.tokens[first].start - before.end > 1:
        return False
    masdar_heads, any_heads = _heads()
    return before.norm in any_heads or (candidate.kind != "verb" and before.norm in masdar_heads)
