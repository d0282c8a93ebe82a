"""A threat's mark counted from the end of a speaker told between the cue and the mark (round 23).

«وتوعد ولي العهد وزير الداخلية الأمير محمد بن نايف بملاحقة كل من تورط…»، «توعد قائد الدعم
السريع محمد حمدان دقلو «حميدتي» بمواصلة القتال»: a threat's cue needs its mark («بـ») within
``window.act_mark`` words after it (``act_filters.marked``), and a long title and name between
them put the mark out of reach. When the statement's speaker stands right after the cue (the
verb first, as news tells it), the words are counted from the speaker's last word instead. The
speaker may be at most ``speaker_words`` words long; a clause break still stops the search
(``act_filters.mark_after``). Words: ``event_speaker_marks.yaml``.
"""

from __future__ import annotations

import functools

from marsad.eventcoding.act_filters import mark_after
from marsad.eventcoding.speakers import token_at
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Statement

__all__ = ["marked_after_speaker"]


@functools.cache
def _speaker_words() -> int:
    return int(load_yaml("event_speaker_marks.yaml")["speaker_words"])


def marked_after_speaker(view: View, statement: Statement, type_: str) -> bool:
    """The act's mark follows a speaker told right after the cue (module docstring)."""
    marks = view.lex.act_marks.get(type_)
    speaker = statement.speaker
    if not marks or speaker is None or not speaker.text.strip() or speaker.start < statement.cue[1]:
        return False
    after_cue = token_at(view, statement.cue[1])
    first, last = token_at(view, speaker.start), token_at(view, speaker.end)
    if first != after_cue or not 0 < last - first <= _speaker_words():
        return False
    if any(view.is_break(i) for i in range(first, last)):
        return False
    return mark_after(view, last, marks)
