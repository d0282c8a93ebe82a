"""Round 16: a source named after a toll vouches for the toll only. «شنت طائرات حربية غارات
على ريف إدلب، ما أسفر عن مقتل سبعة مدنيين، بحسب الدفاع المدني»، «اقتحمت قوات نظامية ساحة
الاعتصام، ما أدى إلى مقتل 35 شخصا، وفق لجنة الأطباء»: the reporter narrates the act; the
source that closes the sentence gives the count. An act told before the toll's verb
(``toll_verbs``, ``prec_round16`` in ``event_grammar.yaml``) of a trailing attribution's
content is told, not reported; the toll after it stays the source's."""

from __future__ import annotations

import bisect
import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Statement

__all__ = ["before_sourced_toll"]


@functools.cache
def _toll_verbs() -> frozenset[str]:
    return frozenset(fold(w) for w in load_yaml("event_grammar.yaml")["prec_round16"]["toll_verbs"])


def before_sourced_toll(view: View, statement: Statement, last: int) -> bool:
    """``statement`` is a source named after its content, and a toll's verb stands in that
    content after the word ``last`` (the act's last token)."""
    if statement.cue[0] < statement.content[1]:
        return False  # «قال … إن …»: the source opens the sentence and vouches for all
    stop = bisect.bisect_left(view.token_starts, statement.content[1])
    verbs = _toll_verbs()
    return any(view.bare(at) in verbs or view.norm(at) in verbs for at in range(last + 1, stop))
