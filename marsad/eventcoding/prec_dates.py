"""Round 16: a verb in the past is done, whatever date its sentence names. «ودعت نقابة
المعلمين أعضاءها إلى إضراب عام يبدأ الاثنين المقبل»، «التقى سموه مدير الجامعة الذي قدم له
الدعوة لرعاية حفل الشهر المقبل»: the date after the article's is the called-for strike's or
the ceremony's, not the call's or the meeting's (a statement's cue likewise: what was said
is said, the date is its content's). The date makes a plan only of nouns and
present verbs («تعقد القمة في الرابع من مارس المقبل»). A present verb begins with one of
``verb.present_prefixes`` of ``event_grammar.yaml``, read on the written word (the «أ» of
«أعلن» is no present «أ» once folded away, so a hamza-less «ا» is a past verb's).

Round 29: a noun a relative clause tells in the past is done too («ستستكمل المباحثات التي
أجراها الأمير … في يونيو الماضي»: ``told_done``); the later date is another act's (the visit
«المرتقبة … بعد غد» before it), not its, and it does not hold that date from the act before
it. «كان» opens no deed («الاجتماع الذي كان مقررا»: ``verb.not_done`` of the grammar)."""

from __future__ import annotations

import functools

from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.fact_plans import done_by_relative
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["past_verb", "told_done"]


@functools.cache
def _present_letters() -> frozenset[str]:
    return frozenset(load_yaml("event_grammar.yaml")["verb"]["present_prefixes"])


def past_verb(view: View, candidate: Candidate) -> bool:
    """The candidate's trigger is a verb in the past tense («ودعت»، «رفض»، «التقى»), or the
    cue of a statement that is not a present verb (a call's «داعيا» is its main verb's)."""
    if candidate.kind not in ("verb", "statement"):
        return False
    token = view.tokens[first_token(view, candidate)]
    word = token.text[len(token.prefix):] if token.prefix else token.text
    return bool(word) and word[0] not in _present_letters()


def told_done(view: View, candidate: Candidate) -> bool:
    """A noun trigger right before a relative whose verb is past («المباحثات التي أجراها»)."""
    return candidate.kind not in ("verb", "statement") \
        and done_by_relative(view, last_token(view, candidate))
