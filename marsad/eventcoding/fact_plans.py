"""Round 21: an act told as a plan is ``future``, whoever reports it.

Four shapes the cue table cannot hold, each read inside the trigger's clause:

- a term or a plan told by «أن» and a present verb after a plan's head: «ينص الاتفاق على أن
  ينسحب الجيش»، «على أن تسيّر القوات التركية والروسية بعدها دوريات مشتركة»، «قرر أن يرسل»;
- a noun trigger told right after «أن/إن» whose first verb is a future one: «أعلن أن جولة
  محادثات جديدة ستعقد الأحد المقبل»، «وإن تعزيزات عسكرية ستصل إلى العريش»؛
- a noun trigger a future verb governs: «ستواصل منع السفن»، «سيعزز التعاون الأمني»،
  «سيترأس غدا اجتماعا»;
- a meeting a body holds in the present tense: «ويعقد سفراء الحلف اجتماعا طارئا اليوم».

The words are in ``event_plans.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["planned", "plan_words"]


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
                     frozenset(future["not_last"]), tuple(future["noun_endings"]))


def planned(view: View, hit: Hit) -> bool:
    """The act of ``hit`` is told as a plan (see the module's docstring)."""
    return _subjunctive_plan(view, hit) or _future_predicate(view, hit) \
        or _future_governor(view, hit) or _meeting_held(view, hit)


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
    for at in range(hit.first - 1, max(first, hit.first - words.plan_reach - 1) - 1, -1):
        if view.is_break(at):
            return False
        if view.bare(at) != "ان" or at == first or view.bare(at - 1) not in words.plan_heads:
            continue
        verb = at + 1
        return (verb == hit.first and hit.tense == "present") or \
            (verb < hit.first and _present_verb(view, verb))
    return False


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
    if hit.tense != "noun" or (hit.last + 1 < len(view.tokens)
                               and view.bare(hit.last + 1) in view.lex.relatives):
        return False  # «ستستكمل المباحثات التي أجراها …»: talks held before
    first, _ = view.sentence_of(hit.first)
    for at in range(hit.first - 1, max(first, hit.first - plan_words().governor_reach) - 1, -1):
        if view.is_break(at):
            return False
        if _future(view, at):
            return True
    return False


def _meeting_held(view: View, hit: Hit) -> bool:
    """«يعقد مجلس الوزراء اليوم الأحد اجتماعا»: a present «يعقد» before one meeting."""
    words = plan_words()
    if hit.tense != "noun" or view.tokens[hit.first].norm.endswith("ات") \
            or hit.trigger.type not in words.meeting_types:
        return False  # «وتعقد روسيا اجتماعات منتظمة»: a habit, not a date
    first, _ = view.sentence_of(hit.first)
    for at in range(hit.first - 1, max(first, hit.first - words.meeting_reach) - 1, -1):
        if view.is_break(at):
            return False
        word = view.tokens[at].norm
        if word in words.meeting_verbs or (word[:1] in view.lex.conjunctions
                                           and word[1:] in words.meeting_verbs):
            return True
    return False


def _future(view: View, at: int) -> bool:
    """A present verb with the future «سـ» («ستعقد»، «وسيصل»), not a noun that looks like one
    («سيارة»، «ستة»، «سيطرة»، «سيول»، «فساد»، «سيرها»، «سنجار»)."""
    words = plan_words()
    sa = words.future_proclitic
    word = view.tokens[at].norm
    if word[:1] in view.lex.conjunctions and word[1:2] == sa:
        word = word[1:]
    return word[:1] == sa and word[1:2] in words.future_persons and len(word) >= 4 \
        and word[-1] not in words.not_future_last and not word.endswith(words.noun_endings) \
        and at not in view.entity_at and not view.in_name(at)
