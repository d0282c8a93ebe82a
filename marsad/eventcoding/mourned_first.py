"""The attack a funeral or condolence sentence first tells, with its own day, is an event.

``prec_condolences.mourned`` drops an attack named in a sentence of condolences or of a
funeral: follow-up news re-tells the attack in every paragraph, and the condolence is what the
sentence reports. But a follow-up report often tells the attack for the first time in that very
sentence, dated to its own day («شيع أهالي … جثمان الشهيد … إثر التفجير الذي استهدف المسجد
يوم الخميس الماضي»): that is the article's first telling of the happening, a specific past
act with its own time, and it is kept. The attack is kept only when

- no earlier sentence of the body (crossheads and the dateline aside) names an act of the
  attack's type (the lexicon's triggers), and
- the time nearest the trigger in its sentence that may date it (``own_times.own_time``)
  stands after the trigger, in the attack's own telling, and is a day before the article's
  date; a time before it dates the funeral or the condolence («شيع الأهالي أمس جثمان …»).

Told before, or undated, the attack stays the condolence's occasion and is dropped.
"""

from __future__ import annotations

from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.own_times import nearest_own_time
from marsad.eventcoding.time_values import first_day
from marsad.eventcoding.view import View

__all__ = ["first_dated_telling"]


def first_dated_telling(view: View, candidate: Candidate) -> bool:
    """The article's first telling of an act of the candidate's type, dated before the
    article's own day in its sentence."""
    return _dated_before(view, candidate) and not _told_before(view, candidate)


def _told_before(view: View, candidate: Candidate) -> bool:
    """An earlier body sentence holds a trigger of the candidate's type."""
    article = view.article
    sentences = article.sentences
    for hit in view.hits:
        token = view.tokens[hit.first]
        if token.start >= candidate.trigger[0] or token.sentence >= candidate.sentence:
            break
        if hit.trigger.type != candidate.type or token.sentence >= len(sentences):
            continue
        sentence = sentences[token.sentence]
        if not (sentence.heading or sentence.dateline):
            return True
    return False


def _dated_before(view: View, candidate: Candidate) -> bool:
    """The nearest time of the trigger's sentence that may date it stands after the trigger
    and names a day before the article's."""
    article = view.article
    if article.published is None or candidate.sentence >= len(article.sentences):
        return False
    best = nearest_own_time(article, candidate.trigger, article.sentences[candidate.sentence])
    if best is None or best.start < candidate.trigger[1]:
        return False
    day = first_day(best.value or "")
    return day is not None and day < article.published
