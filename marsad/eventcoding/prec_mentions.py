"""Round 12 guards: candidates that name no new happening of their type, read from real news
the coder was not written with (blind9–blind13) — a mention after a word that makes it one
(«بحق قوافل المساعدات»، «وقف العمليات العسكرية»، «فور انتهاء الهدنة»، «في انتهاك لعقوبات»,
«تعليق جزء من العقوبات»), a span of years («تسع سنوات من الانتشار»), a figure of speech («في
مقتل»), a source's description («مصادر مطلعة على سير المفاوضات»), compliance in a condition
(«إذا التزم … بالهدنة»), a warning of a disaster («حذرت … من كارثة إنسانية»), a state
(«مهددة بالمجاعة»), riots one is accused of plotting, what is agreed to («وافق على انسحاب
الجيش»), the custody a death happened in and acts spread over past years. Words in
``event_grammar.yaml`` (``prec_round12``, ``prec_words.py``)."""

from __future__ import annotations

import functools

from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_words import forms, word_before, words
from marsad.eventcoding.view import View

__all__ = ["no_new_happening", "first_token", "last_token"]


def first_token(view: View, candidate: Candidate) -> int:
    """The index of the token the candidate's trigger starts in: some forty rules ask it of
    every candidate, so it is ``View.token_before`` (``bisect_right`` of the tokens' starts,
    less one), which looks each offset up once an article."""
    index = view.token_before(candidate.trigger[0])
    return index if index > 0 else 0


def last_token(view: View, candidate: Candidate) -> int:
    """The index of the token the candidate's trigger ends in: the last token that starts
    before its end (``bisect_left`` of the tokens' starts, less one: ``View.token_before``
    of the offset before the end, for offsets are whole numbers)."""
    index = view.token_before(candidate.trigger[1] - 1)
    return index if index > 0 else 0


def no_new_happening(view: View, candidate: Candidate) -> bool:
    """The candidate is a mention, a figure of speech, a condition or a state (the module's
    list), not a happening of its type."""
    first = first_token(view, candidate)
    return _after_mention_word(view, candidate, first) or _year_span(view, first) \
        or _idiom(view, candidate, first) or _source(view, first) \
        or _compliance_in_condition(view, candidate, first) \
        or _disaster_warning(view, candidate, first) or _state(view, candidate, first) \
        or _plotted(view, candidate, first) or _agreed_content(view, candidate, first) \
        or _in_custody(view, candidate, first) or _over_past_years(view, candidate)


def _after_mention_word(view: View, candidate: Candidate, first: int) -> bool:
    """«بحق قوافل المساعدات»، «وقف العمليات العسكرية»، «انتهاء الهدنة»، «انتهاك لعقوبات»."""
    if candidate.type in words().definite_only and not candidate.definite:
        return False
    before = _past_partitive(view, first - 1)
    if before < 0 or view.tokens[before].kind != "word":
        return False
    wanted = _right_before(candidate.type)
    return any(form in wanted for form in forms(view.tokens[before].norm))


@functools.cache
def _right_before(kind: str) -> frozenset[str]:
    """The words right before a mention of type ``kind``: its own and those of any type
    (``right_before``), joined once per type."""
    table = words().right_before
    return table.get(kind, frozenset()) | table.get("*", frozenset())


def _past_partitive(view: View, at: int) -> int:
    """The word before a partitive «جزء من / مزيد من» ending at ``at``, else ``at``."""
    lex = words()
    if at >= 2 and view.tokens[at].norm == lex.partitive_link \
            and view.tokens[at - 1].norm in lex.partitives:
        return at - 2
    return at


def _year_span(view: View, first: int) -> bool:
    """«منهية تسع سنوات من الانتشار العسكري»: years of it, a span; not a date counted from
    it («بعد نحو عامين من استيلاء…»)."""
    lex = words()
    if not (first > 1 and view.tokens[first - 1].norm == lex.span_preposition
            and view.tokens[first - 2].norm in lex.year_spans):
        return False
    return not any(view.bare(i) in lex.span_dates
                   for i in range(max(0, first - 2 - lex.span_reach), first - 2))


def _idiom(view: View, candidate: Candidate, first: int) -> bool:
    """«ستضرب آلة الحرب في مقتل»: the word right after its lead ends the clause."""
    leads = words().idioms.get(candidate.mode)
    if not leads or first == 0 or view.tokens[first - 1].norm not in leads:
        return False
    after = last_token(view, candidate) + 1
    return after >= len(view.tokens) or view.tokens[after].kind in ("punct", "symbol") \
        or view.tokens[after].sentence != view.tokens[first].sentence


def _source(view: View, first: int) -> bool:
    """«مصادر مطلعة على سير المفاوضات»، «مصادر مقربة من المفاوضات»."""
    lex = words()
    at = first - 1
    if at >= 0 and view.tokens[at].norm in lex.source_frames:
        at -= 1
    return at >= 1 and view.tokens[at].norm in lex.source_links \
        and view.tokens[at - 1].norm in lex.source_words


def _compliance_in_condition(view: View, candidate: Candidate, first: int) -> bool:
    """«إذا التزم التحالف بالهدنة»، «إذا لم يلتزموا بالهدنة»: the condition of another act."""
    lex = words()
    if candidate.type != lex.compliance_type or not any(
            form in lex.compliance for form in forms(view.tokens[first].norm)):
        return False
    return any(view.tokens[i].norm in lex.conditions
               for i in range(max(0, first - lex.condition_reach - 1), first))


def _disaster_warning(view: View, candidate: Candidate, first: int) -> bool:
    """«حذرت الأمم المتحدة من كارثة إنسانية في حال…»: the first «من» after the warning opens
    a disaster, not an act the warner would do."""
    lex = words()
    if candidate.type != lex.warning_type or not any(
            form in lex.warning_stems for form in forms(view.tokens[first].norm)):
        return False
    _, stop = view.sentence_of(first)
    for index in range(first + 1, min(stop - 1, first + 1 + lex.warning_reach)):
        if view.tokens[index].norm == lex.from_word:
            return view.tokens[index + 1].norm in lex.disasters
    return False


def _plotted(view: View, candidate: Candidate, first: int) -> bool:
    """«اتهم … الولايات المتحدة وإسرائيل بالتخطيط لأعمال الشغب»: riots plotted, not held."""
    lex = words()
    if candidate.type not in lex.plot_types:
        return False
    return word_before(view, first, lex.plot_reach, lex.plots)


def _agreed_content(view: View, candidate: Candidate, first: int) -> bool:
    """«نفى … أن يكون قد وافق على انسحاب الجيش»: the act right after «وافق على» is what was
    agreed to (or denied to be), the agreement's content; the agreement is the event."""
    lex = words()
    if candidate.type == lex.compliance_type or first < 2 \
            or view.tokens[first - 1].norm != lex.agreeing_link:
        return False
    return any(form in lex.agreeing for form in forms(view.tokens[first - 2].norm))


def _in_custody(view: View, candidate: Candidate, first: int) -> bool:
    """«وفاة الشابة أثناء احتجازها لدى الشرطة»: the custody a death happened in is a state."""
    lex = words()
    if candidate.mode not in lex.custody_modes or first < 2 \
            or view.tokens[first - 1].norm not in lex.custody_frames:
        return False
    return any(any(form in lex.deaths for form in forms(view.tokens[i].norm))
               for i in range(max(0, first - 1 - lex.custody_reach), first - 1))


def _over_past_years(view: View, candidate: Candidate) -> bool:
    """«جولات الحوار التي استضافتها بغداد ومسقط خلال العامين الماضيين»: acts spread over the
    past years, told after the trigger before the next comma, are background."""
    lex = words()
    last = last_token(view, candidate)
    _, stop = view.sentence_of(last)
    tokens = view.tokens
    for index in range(last + 1, min(stop - 2, last + 1 + lex.past_span_reach)):
        if tokens[index].kind == "punct":
            return False
        if tokens[index].norm == lex.past_span_lead \
                and tokens[index + 1].norm in lex.past_span_units \
                and tokens[index + 2].norm in lex.past_span_tails:
            return True
    return False


def _state(view: View, candidate: Candidate, first: int) -> bool:
    """«آلاف العائلات مهددة بالمجاعة»: a passive participle right after its noun (not after a
    comma or «و», where «، مهددة بالرد» threatens)."""
    lex = words()
    if candidate.type != lex.warning_type or view.tokens[first].norm not in lex.threatened:
        return False
    return first > 0 and view.tokens[first - 1].kind == "word"
