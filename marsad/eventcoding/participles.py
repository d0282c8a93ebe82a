"""A participle of a verbal act after a pause is the speaker's own act (round 9): «أعلن
التحالف أنه سيفرج عن الأسرى، مرحباً بالهدنة» — a welcome by the coalition, told now, not part
of what it announced. Without the pause it describes a noun («في تظاهرة منددة بالضربات»)."""

from __future__ import annotations

from marsad.eventcoding.act_filters import mark_after
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.narrated import verbal_grammar
from marsad.eventcoding.said_words import holds_any
from marsad.eventcoding.view import View
from marsad.model import Statement

__all__ = ["paused_participle", "speaking_before", "verbal_participle"]


def verbal_participle(hit: Hit) -> bool:
    """A participle row of a verbal act (``paused_participle_types``)."""
    return hit.trigger.kind == "participle" \
        and hit.trigger.type in verbal_grammar()["paused_participle_types"]


def paused_participle(view: View, hit: Hit) -> bool:
    """«، مشيداً بدور الوسطاء»: a comma right before it, and no condolence in its sentence
    («مشيدا بشخصية الفقيد»)."""
    first = hit.first
    if first == 0 or view.tokens[first - 1].norm not in view.lex.asides \
            or holds_any(view, first, verbal_grammar()["condolence_words"]):
        return False
    marks = view.lex.act_marks.get(hit.trigger.type)  # «، ملوحا باتخاذ إجراءات»
    return not marks or mark_after(view, hit.last + 1, marks)


def speaking_before(view: View, hit: Hit) -> Statement | None:
    """The statement whose cue stands last before the participle in its sentence."""
    start = view.tokens[hit.first].start
    sentence = view.sentence_of(hit.first)
    lo = view.tokens[sentence[0]].start
    best: Statement | None = None
    for statement in view.article.statements:
        if lo <= statement.cue[0] < start and (best is None or statement.cue[0] > best.cue[0]):
            best = statement
    return best

