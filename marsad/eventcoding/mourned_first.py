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

Told before, the attack stays the condolence's occasion and is dropped.

Round 27 (C): undated, the first telling is kept too (``first_telling``), when it names one
specific attack: not a plural attack noun («الأعمال الإرهابية»، «هذه الاعتداءات»: attacks in
general) and no demonstrative right before it («لهذا العمل الجبان»: told before). Its time is
its own: a time after the trigger in its sentence («الذي وقع يوم الخميس»), else the article's
day (``first_telling_day``); a time before the trigger dates the condolence or the
condemnation («قدم أمس تعازيه في ضحايا التفجير …»), not the attack. Words are in
``marsad/lexicons/event_mourned_first.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.condemned_attacks import attack_word
from marsad.eventcoding.own_times import nearest_own_time, own_time
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.prec_words import clitic_forms
from marsad.eventcoding.time_values import first_day, is_day
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["first_dated_telling", "first_telling", "first_telling_day", "general_or_pointed",
           "one_specific"]


@dataclass(frozen=True, slots=True)
class _Words:
    plurals: frozenset[str]
    demonstratives: frozenset[str]
    demonstrative_reach: int
    relative_reach: int
    clitic_prepositions: tuple[str, ...]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_mourned_first.yaml")["mourned_first"]
    return _Words(folded(data["plurals"]), folded(data["demonstratives"]),
                  int(data["demonstrative_reach"]), int(data["relative_reach"]),
                  tuple(str(p) for p in data["clitic_prepositions"]))


def _is(word: str, words: frozenset[str]) -> bool:
    """The word, or it without a leading «و/ف», or either without a clitic preposition."""
    return any(form in words for form in clitic_forms(word, _words().clitic_prepositions))


def general_or_pointed(view: View, candidate: Candidate) -> bool:
    """A plural attack noun («الاعتداءات»: attacks in general), or a demonstrative right
    before the noun («هذا العمل الجبان»: the attack told before)."""
    words = _words()
    head = first_token(view, candidate)
    if _is(view.tokens[head].norm, words.plurals):
        return True
    start, _ = view.sentence_of(head)
    return any(_is(view.tokens[at].norm, words.demonstratives)
               for at in range(max(start, head - words.demonstrative_reach), head))


def first_telling(view: View, candidate: Candidate) -> bool:
    """The article's first telling of one specific attack (round 27, C)."""
    return not _told_before(view, candidate) and one_specific(view, candidate)


def one_specific(view: View, candidate: Candidate) -> bool:
    """One specific attack, not told before in its own sentence, not a plural attack noun
    and with no demonstrative before it (round 29: a bare first telling that a later telling
    with arguments hands them to, ``retold_happenings.handed_to_first_tellings``)."""
    return not _told_before_in_sentence(view, candidate) and not general_or_pointed(view, candidate)


def _told_before_in_sentence(view: View, candidate: Candidate) -> bool:
    """A word that tells an attack (``condemned_attacks.attack_word``) earlier in the
    candidate's sentence, outside its own telling (its evidence, the toll it leads: «في
    استشهاد رجال الأمن … في عملية إرهابية», or the noun a relative verb tells of: «الهجوم
    الذي استهدف»): a long funeral sentence told the attack before («… والذي استشهد في عملية
    التفجير …، ومشيرين إلى أن تفجير المسجد عمل إجرامي»). The words right before it that
    tell an attack too are its own noun phrase («حادث التفجير»); a plural («للهجمات
    الإرهابية التي وقعت مؤخرا، حيث هاجم …») tells attacks in general, not this one before."""
    own = [candidate.evidence] + ([candidate.toll_word] if candidate.toll_word else [])
    head = first_token(view, candidate)
    if candidate.relative:  # «الهجوم الذي استهدف …»: the noun the relative verb tells of
        own.append((view.tokens[max(0, head - 1 - _words().relative_reach)].start,
                    candidate.trigger[0]))
    start, _ = view.sentence_of(head)
    while head > start and attack_word(view.tokens[head - 1].norm):
        head -= 1  # «حادث التفجير»، «عملية التفجير»: one noun phrase
    plurals = _words().plurals
    return any(attack_word(view.tokens[at].norm) and not _is(view.tokens[at].norm, plurals)
               and not any(a <= view.tokens[at].start < b for a, b in own)
               for at in range(start, head))


def first_telling_day(view: View, candidate: Candidate) -> str | None:
    """The time of an attack first told in a condolence or a condemnation: the time
    nearest after the trigger in its sentence that may date it, else the article's day."""
    article = view.article
    if candidate.sentence < len(article.sentences):
        sentence = article.sentences[candidate.sentence]
        after = [time for time in article.times
                 if time.value and time.type in ("DATE", "TIME")
                 and candidate.trigger[1] <= time.start < sentence.end
                 and own_time(article, candidate.trigger, time, sentence.start)]
        if after:
            value = min(after, key=lambda time: time.start).value or ""
            return value[:10] if is_day(value) else value
    return article.published.isoformat() if article.published else None


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
