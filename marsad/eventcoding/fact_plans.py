"""Round 21: an act told as a plan is ``future``, whoever reports it.

Four shapes the cue table cannot hold, each read inside the trigger's clause:

- a term or a plan told by «أن» and a present verb after a plan's head: «ينص الاتفاق على أن
  ينسحب الجيش»، «على أن تسيّر القوات التركية والروسية بعدها دوريات مشتركة»، «قرر أن يرسل»;
- a noun trigger told right after «أن/إن» whose first verb is a future one: «أعلن أن جولة
  محادثات جديدة ستعقد الأحد المقبل»، «وإن تعزيزات عسكرية ستصل إلى العريش»؛
- a noun trigger a future verb governs: «ستواصل منع السفن»، «سيعزز التعاون الأمني»،
  «سيترأس غدا اجتماعا» (round 29: a masdar that reads as a past verb too, right after the
  future verb: «سيواصل دعمها»);
- a meeting a body holds in the present tense: «ويعقد سفراء الحلف اجتماعا طارئا اليوم»;
- round 29: a masdar a term or a pledge names, «بـ» or «على» right before it: «تفاهم يقضي
  بانسحاب الوحدات»، «وينص الاتفاق على انسحاب جميع الوحدات»، «أن الطرفين تعهدا بالسماح
  بمرور المساعدات»، and a masdar joined to such a term by «و» («يقضي بتسليم حمزة إلى جهة
  محايدة وسحب الآليات»; ``_term``);
- round 29 (fourth wave): the act named as the purpose of a future verb, a masdar with «لـ»
  (the trigger, or a purpose head just before it): «سيتوجه الوفد إلى العاصمة للمشاركة في
  محادثات»، «ستوجه الإدارة قريبا دعوة إلى زعيم الحزب لزيارة واشنطن» (``_future_purpose``).

The words are in ``event_plans.yaml``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import Hit, proclitics
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["done_by_relative", "planned", "plan_words"]


@dataclass(frozen=True, slots=True)
class PlanWords:
    plan_heads: frozenset[str]
    plan_reach: int
    subject_openers: frozenset[str]
    predicate_reach: int
    governor_reach: int
    meeting_verbs: frozenset[str]
    meeting_types: frozenset[str]
    meeting_reach: int
    future_proclitic: str  # «سـ»: the future on a present verb
    future_persons: frozenset[str]  # «ي، ت، ن»: the persons a report tells a plan in
    not_future_last: frozenset[str]  # «ه، ء»: last letters of nouns like «سيطرة»
    noun_endings: tuple[str, ...]  # «ات، ول، ها…»: nouns that begin like a future verb
    future_verbs: frozenset[str]  # «سيتوجه»: a future verb that ends like those nouns
    term_heads: frozenset[str]
    term_reach: int
    term_links: frozenset[str]
    term_preposition: str  # «بـ»: the proclitic of a term's masdar («بانسحاب»)
    term_not_types: frozenset[str]
    term_conjunct_reach: int
    relative_past: frozenset[str]  # «أ»: a past verb's first letter after «التي» («أجراها»)
    not_done: frozenset[str]  # «كان»: a past verb after «الذي» that tells no deed
    purpose_heads: frozenset[str]  # «للمشاركة»، «لإجراء»: a purpose before a noun trigger
    purpose_lam: frozenset[str]  # «ل، لل»: the proclitics of a purpose trigger («لزيارة»)
    purpose_gap: int
    purpose_reach: int


@functools.cache
def plan_words() -> PlanWords:
    data = load_yaml("event_plans.yaml")
    future = data["future_verb"]

    def words(key: str) -> frozenset[str]:
        return folded(data[key])

    return PlanWords(words("plan_heads"), int(data["plan_reach"]), words("subject_openers"),
                     int(data["predicate_reach"]), int(data["governor_reach"]),
                     words("meeting_verbs"),
                     frozenset(data["meeting_types"]), int(data["meeting_reach"]),
                     future["proclitic"], frozenset(future["persons"]),
                     frozenset(future["not_last"]), tuple(future["noun_endings"]),
                     folded(future["verbs"]),
                     words("term_heads"), int(data["term_reach"]), words("term_links"),
                     fold(str(data["term_preposition"])),
                     frozenset(data["term_not_types"]), int(data["term_conjunct_reach"]),
                     frozenset(data["told_done"]["past_letters"]), words("told_done_not"),
                     words("purpose_heads"), frozenset(data["purpose_lam"]),
                     int(data["purpose_gap"]), int(data["purpose_reach"]))


def planned(view: View, hit: Hit) -> bool:
    """The act of ``hit`` is told as a plan (see the module's docstring)."""
    return _subjunctive_plan(view, hit) or _future_predicate(view, hit) \
        or _future_governor(view, hit) or _meeting_held(view, hit) or _term(view, hit) \
        or _future_purpose(view, hit)


def _present_verb(view: View, at: int) -> bool:
    """A word that reads as a present verb: a present prefix, no article, not in a name."""
    word = view.tokens[at].norm
    return len(word) >= 3 and word[:1] in view.lex.present_prefixes \
        and not word.startswith(view.lex.article) and at not in view.entity_at \
        and not view.in_name(at)


def _subjunctive_plan(view: View, hit: Hit) -> bool:
    """«على أن ينسحب»، «على أن تسيّر القوات … دوريات»: «أن» after a plan's head, then a
    present verb, and the trigger is that verb or follows it in the clause."""
    words = plan_words()
    first, _ = view.sentence_of(hit.first)
    lowest = max(first, hit.first - words.plan_reach - 1)
    if _that().isdisjoint(view.norms[lowest:hit.first]):
        return False  # most triggers: no «أن» before them at all
    for at in range(hit.first - 1, lowest - 1, -1):
        if view.is_break(at):
            return False
        if view.bare(at) != "ان" or at == first or view.bare(at - 1) not in words.plan_heads:
            continue
        verb = at + 1
        return (verb == hit.first and hit.tense == "present") or \
            (verb < hit.first and _present_verb(view, verb))
    return False


@functools.cache
def _that() -> frozenset[str]:
    """The words whose ``View.bare`` may be «ان»: it, or it after a conjunction."""
    return frozenset({"ان"} | {c + "ان" for c in lexicon().conjunctions})


def _future_predicate(view: View, hit: Hit) -> bool:
    """«أن جولة محادثات جديدة … ستعقد»: a noun right after «أن/إن» whose first verb is
    future."""
    if hit.tense != "noun" or hit.first == 0 \
            or view.tokens[hit.first - 1].norm not in plan_words().subject_openers:
        return False
    _, stop = view.sentence_of(hit.first)
    for at in range(hit.last + 1, min(stop, hit.last + 1 + plan_words().predicate_reach)):
        if _future(view, at):
            return True
        if view.bare(at) == "ان" or view.tokens[at].norm in plan_words().subject_openers:
            return False
    return False


def _future_governor(view: View, hit: Hit) -> bool:
    """«ستواصل منع السفن»، «سيترأس غدا اجتماعا»: a future verb just before a noun."""
    if hit.tense not in ("noun", "past") or (hit.last + 1 < len(view.tokens)
                                             and view.bare(hit.last + 1) in view.lex.relatives):
        return False  # «ستستكمل المباحثات التي أجراها …»: talks held before
    first, _ = view.sentence_of(hit.first)
    # a past verb never follows a future one: «ستواصل منع السفن»، «سيواصل دعمها» read as
    # verbs are masdars there (round 29); further off, a past verb is a deed of its own
    reach = plan_words().governor_reach if hit.tense == "noun" else 1
    lowest = max(first, hit.first - reach)
    return _maybe_future(view, lowest, hit.first) and _nearest(
        view, hit.first - 1, lowest, lambda at: _future(view, at)) is not None


def _future_purpose(view: View, hit: Hit) -> bool:
    """«سيتوجه الوفد إلى العاصمة للمشاركة في محادثات»، «ستوجه … دعوة … لزيارة واشنطن»: the
    purpose («لـ» + masdar) of a future verb of its clause is a plan."""
    words = plan_words()
    if hit.tense != "noun":
        return False
    first, _ = view.sentence_of(hit.first)
    # the future verb stands at most ``purpose_reach`` words before the purpose, itself at
    # most ``purpose_gap`` before the trigger: most triggers have no word like one there
    if not _maybe_future(view, max(first, hit.first - words.purpose_gap - words.purpose_reach),
                         hit.first):
        return False
    purpose = hit.first if proclitics(view.tokens[hit.first].text) & words.purpose_lam \
        else _nearest(view, hit.first - 1, max(first, hit.first - words.purpose_gap),
                      lambda at: _is_head(view, at, words.purpose_heads))
    return purpose is not None and _nearest(
        view, purpose - 1, max(first, purpose - words.purpose_reach),
        lambda at: _future(view, at)) is not None


def _meeting_held(view: View, hit: Hit) -> bool:
    """«يعقد مجلس الوزراء اليوم الأحد اجتماعا»: a present «يعقد» before one meeting."""
    words = plan_words()
    if hit.tense != "noun" or view.tokens[hit.first].norm.endswith("ات") \
            or hit.trigger.type not in words.meeting_types:
        return False  # «وتعقد روسيا اجتماعات منتظمة»: a habit, not a date
    first, _ = view.sentence_of(hit.first)
    return _head_before(view, hit.first - 1, max(first, hit.first - words.meeting_reach),
                        words.meeting_verbs)


def _term(view: View, hit: Hit) -> bool:
    """«يقضي بانسحاب»، «ينص الاتفاق على انسحاب»، «تعهدا بالسماح»: a term's or a pledge's head
    at most ``term_reach`` words before the masdar, which «بـ» opens or «على» precedes."""
    words = plan_words()
    if hit.tense not in ("noun", "past") or hit.first == 0 \
            or hit.trigger.type in words.term_not_types:
        return False  # «اتفاق يقضي بوقف إطلاق النار»: the deal itself, told once
    if hit.tense == "noun" and _term_at(view, hit.first):
        return True
    # «يقضي بتسليم حمزة إلى جهة محايدة وسحب الآليات»: «وسحب» reads as a verb too
    word = view.tokens[hit.first].norm
    if word[:1] not in view.lex.conjunctions or word[1:2] == words.term_preposition:
        return False
    first, _ = view.sentence_of(hit.first)
    return _nearest(view, hit.first - 1, max(first, hit.first - words.term_conjunct_reach),
                    lambda at: view.tokens[at].norm.startswith(words.term_preposition)
                    and _term_at(view, at)) is not None


def _term_at(view: View, at: int) -> bool:
    """The word at ``at`` opens a term: «بـ» on it, or «على» before it, after a head."""
    words = plan_words()
    word = view.tokens[at].norm
    if word[:1] in view.lex.conjunctions and word[1:2] == words.term_preposition:
        word = word[1:]
    if at > 0 and view.tokens[at - 1].norm in words.term_links:
        head_end = at - 2
    elif word.startswith(words.term_preposition):  # «بانسحاب»، «وبالسماح»
        head_end = at - 1
    else:
        return False
    first, _ = view.sentence_of(at)
    return _head_before(view, head_end, max(first, head_end - words.term_reach + 1),
                        words.term_heads)


def _head_before(view: View, start: int, lowest: int, heads: frozenset[str]) -> bool:
    """One of ``heads`` (bare or after «و/ف») from ``start`` back to ``lowest``, no break
    between."""
    if _heads_as_read(heads).isdisjoint(view.norms[max(lowest, 0):start + 1]):
        return False  # most clauses: none of the heads there at all
    return _nearest(view, start, lowest, lambda at: _is_head(view, at, heads)) is not None


@functools.cache
def _heads_as_read(heads: frozenset[str]) -> frozenset[str]:
    """The words ``_is_head`` may find one of ``heads`` in: it, or it after «و/ف»."""
    return heads | {c + head for c in lexicon().conjunctions for head in heads}


def _is_head(view: View, at: int, heads: frozenset[str]) -> bool:
    """The word at ``at`` is one of ``heads``, bare or after «و/ف»."""
    word = view.tokens[at].norm
    return word in heads or (word[:1] in view.lex.conjunctions and word[1:] in heads)


def _nearest(view: View, start: int, lowest: int, test: Callable[[int], bool]) -> int | None:
    """The nearest position from ``start`` back to ``lowest`` that passes ``test``, with no
    break between (``None``: a break or none)."""
    for at in range(start, lowest - 1, -1):
        if view.is_break(at):
            return None
        if test(at):
            return at
    return None


def _maybe_future(view: View, lowest: int, stop: int) -> bool:
    """A word among tokens ``lowest`` … ``stop - 1`` may be a future verb (``_future``): it
    opens with «سـ», bare or after a conjunction."""
    # ``str.startswith`` mapped over the words in C: no Python step for each word
    return any(map(str.startswith, view.norms[lowest:stop], repeat(_future_openings())))


@functools.cache
def _future_openings() -> tuple[str, ...]:
    sa = plan_words().future_proclitic
    return (sa, *(c + sa for c in lexicon().conjunctions))


def _future(view: View, at: int) -> bool:
    """A present verb with the future «سـ» («ستعقد»، «وسيصل»), not a noun that looks like one
    («سيارة»، «ستة»، «سيطرة»، «سيول»، «فساد»، «سيرها»، «سنجار»)."""
    words = plan_words()
    sa = words.future_proclitic
    word = view.tokens[at].norm
    if word[:1] in view.lex.conjunctions and word[1:2] == sa:
        word = word[1:]
    return word[:1] == sa and word[1:2] in words.future_persons and len(word) >= 4 \
        and (word in words.future_verbs or (word[-1] not in words.not_future_last
                                            and not word.endswith(words.noun_endings))) \
        and at not in view.entity_at and not view.in_name(at)


def done_by_relative(view: View, last: int) -> bool:
    """Round 29: the noun ending at token ``last`` is told done by the relative clause right
    after it («ستتابع الجولة المحادثات التي أجراها الوزير …»): a future verb or a later date of
    its sentence is another act's. «الاجتماع الذي كان مقررا» tells no deed."""
    at = last + 1
    if at + 1 >= len(view.tokens) or view.bare(at) not in view.lex.relatives \
            or at + 1 in view.entity_at:
        return False
    token = view.tokens[at + 1]
    word = token.text[len(token.prefix):] if token.prefix else token.text
    return len(word) >= 3 and view.bare(at + 1) not in plan_words().not_done \
        and (word[0] not in view.lex.present_prefixes
             or word[0] in plan_words().relative_past) and not _future(view, at + 1)
