"""Round 30 (S2): an act done at a party's request is told as done.

«دخلت قوات من درع الجزيرة إلى البحرين أمس بطلب من الحكومة»، «يعقد سفراء الحلف اجتماعا
طارئا اليوم بطلب من أنقرة»: the statements layer reads «بطلب من X» as X's call whose content
is the clause around it, and a call's content is dropped (the verbal event stands for it).
But the words before such a cue are the reporter's narration: the entry and the meeting
happen, and the request is why. A trigger that stands before the cue of a call made by a
preposition cue («بطلب من»، «بناء على طلب») keeps its own reading when it is a verb or a
masdar a light verb governs («يعقد … اجتماعا»); a masdar alone may be a backdrop's («أدت إلى
اعتقال سبعة منهم بطلب من القضاء»). The request stays an event of its own, and its requester
is no party of a meeting held at its request. The cues are the ``preposition`` rows of act
``CALL`` in ``cues.tsv``.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.attribution.lexicon import lexicon as attribution_lexicon
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.model import Statement

__all__ = ["done_on_request", "request_cue"]

_CALL = "CALL"
_PREPOSITION = "preposition"
_PHRASE = "phrase"
_NOUN = "noun"


@functools.cache
def _request_cues() -> frozenset[tuple[str, ...]]:
    """The folded words of each preposition cue of a call («بطلب من»)."""
    return frozenset(cue.words for cues in attribution_lexicon().cues.values() for cue in cues
                     if cue.act == _CALL and cue.kind == _PREPOSITION)


def done_on_request(view: View, statement: Statement, hit: Hit) -> bool:
    """The hit stands before the cue of ``statement``, a call told by «بطلب من X», and is a
    verb (or a phrase a verb opens) or a masdar a light verb governs."""
    return view.tokens[hit.last].end <= statement.cue[0] and request_cue(view, statement) \
        and (hit.tense != _NOUN or hit.trigger.kind == _PHRASE
             or _light_before(view, hit.first))


def request_cue(view: View, statement: Statement) -> bool:
    """``statement`` is a call told by a preposition cue («بطلب من X», «وبطلب من X»)."""
    if statement.act != _CALL:
        return False
    words = tuple(fold(word) for word in view.article.text[slice(*statement.cue)].split())
    cues = _request_cues()
    if words in cues:
        return True
    return bool(words) and words[0][:1] == "و" and (words[0][1:],) + words[1:] in cues


def _light_before(view: View, first: int) -> bool:
    """A light verb within ``window.light_verb`` words before ``first``, in its clause."""
    start, _ = view.sentence_of(first)
    for at in range(first - 1, max(start, first - 1 - view.lex.light_window) - 1, -1):
        if view.is_break(at):
            return False
        if view.light_verb(at):
            return True
    return False
