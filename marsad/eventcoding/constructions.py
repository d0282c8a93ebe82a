"""Constructions that tell two happenings of one type in one sentence, or that name who
acted in a frame the argument finder does not read; their words are the ``constructions``
section of ``event_grammar.yaml``.

* an **adjunct** names another happening than its clause's verb: «قُتل مدنيون جراء قصف …،
  إثر اشتباكات بين الجيش والمسلحين»، «جاءت الضربات بعد أيام من هجوم شنه الحوثيون»، «اقتحمت
  القوات المدينة تحت غطاء من غارات»، «في أول رد على الهجمات» — a masdar right after a lead
  («إثر، عقب، بعد، قبل»), or after «من/على» a few words past one («بعد أيام من»، «تحت غطاء
  من»، «رد عسكري على»);
* a **meeting's parties** follow a verb of gathering or «بمشاركة»: «اجتماعا رباعيا ضم وزراء
  خارجية مصر والسعودية»، «قمة … بمشاركة قادة من 31 دولة».
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.lexicon import _verb_forms
from marsad.eventcoding.matcher import Hit, stems
from marsad.eventcoding.said_words import holds_any
from marsad.eventcoding.view import PLACE_TYPES, Phrase, View
from marsad.model import Entity
from marsad.lexicons import load_words, load_yaml

__all__ = ["Constructions", "constructions", "in_adjunct", "gathering_at", "purpose",
           "subject_in_lead", "opens_content", "possessed", "whoever", "claimed",
           "subject_after_an", "scene"]


@dataclass(frozen=True, slots=True)
class Constructions:
    adjunct_leads: frozenset[str]  # a masdar right after one opens an adjunct («إثر اشتباكات»)
    adjunct_heads: frozenset[str]  # … or a few words before «من/على» («تحت غطاء من غارات»)
    adjunct_links: frozenset[str]  # «من»، «على»
    adjunct_reach: int  # the most words between a lead or head and its link
    gathering: frozenset[str]  # stems of verbs and nouns whose object is a meeting's parties
    gathering_reach: int  # the most words between the meeting noun and the gathering word
    whoever: tuple[tuple[str, ...], ...]  # «كل من», «كل الذين»: + a present verb, anyone who
    whoever_reach: int  # the most words between such a verb and the trigger
    claims: frozenset[str]  # inflections of the verbs that claim an act told before («تبنى»)
    subject_openers: frozenset[str]  # «أن/إن»: a short definite phrase after one is the subject
    subject_words: int  # … of at most this many words
    subject_modes: frozenset[str]  # … of a verb of one of these modes (a meeting)
    headed_skip_modes: frozenset[str]  # modes whose plural verb is as often passive («قتلوا»)


@functools.cache
def constructions() -> Constructions:
    grammar = load_yaml("event_grammar.yaml")
    section = grammar["constructions"]
    words = {key: frozenset(fold(w) for w in section[key])
             for key in ("adjunct_leads", "adjunct_heads", "adjunct_links", "gathering")}
    return Constructions(**words, adjunct_reach=int(section["adjunct_reach"]),
                         gathering_reach=int(section["gathering_reach"]),
                         whoever=tuple(tuple(fold(w).split()) for w in section["whoever"]),
                         whoever_reach=int(section["whoever_reach"]),
                         claims=frozenset(surface for form in section["claims"]
                                          for surface, _, _ in _verb_forms(form, grammar)),
                         subject_openers=frozenset(fold(w) for w in section["subject_openers"]),
                         subject_words=int(section["subject_words"]),
                         subject_modes=frozenset(section["subject_modes"]),
                         headed_skip_modes=frozenset(section["headed_skip_modes"]))


def in_adjunct(view: View, hit: Hit) -> bool:
    """The noun trigger opens an adjunct of its clause («إثر اشتباكات»، «بعد أيام من هجوم»)."""
    if hit.trigger.verbal or hit.first == 0:
        return False
    rules = constructions()
    before = hit.first - 1
    if _one_of(view, before, rules.adjunct_leads):
        return True
    if view.bare(before) not in rules.adjunct_links:
        return False
    first, _ = view.sentence_of(hit.first)
    for at in range(before - 1, max(first, before - 1 - rules.adjunct_reach) - 1, -1):
        if _one_of(view, at, rules.adjunct_leads | rules.adjunct_heads):
            return True  # («بعد» is a clause break too)
        if view.is_break(at):
            return False
    return False


def purpose(view: View, hit: Hit) -> bool:
    """A masdar told as the aim of the verb before it («يزور واشنطن لإجراء محادثات»،
    «توجه الوفد إلى القاهرة للتفاوض»): part of that happening, however sure it is."""
    if hit.trigger.verbal:
        return False
    li = view.lex.prep_li
    for at in (hit.first, hit.first - 1):
        word = view.tokens[at].norm if at >= 0 else ""
        if len(word) > len(li) + 2 and word.startswith(li) and word not in view.lex.surfaces \
                and word[len(li):] in stems(view.tokens[at].text):
            return True
    return False


def subject_in_lead(view: View, first: int) -> int:
    """«نفى أن تكون كتلته قد قاطعت الجلسة»، «أن يكون الوفد قد وافق»: the noun between «أن
    يكون/تكون» and «قد» before the verb at ``first`` is its subject; its token, or -1."""
    lex = view.lex
    at = first - 1
    if at < 2 or view.tokens[at].norm not in lex.speaker_verb_lead:
        return -1
    subject = at - 1
    lead = subject - 1
    if view.tokens[subject].kind != "word" or view.tokens[subject].norm in lex.speaker_verb_lead \
            or view.tokens[lead].norm not in lex.speaker_verb_lead:
        return -1
    while lead >= 0 and view.tokens[lead].norm in lex.speaker_verb_lead:
        lead -= 1
    return subject if lead >= 0 and view.tokens[lead].norm in lex.speaker_verb_opener else -1


def opens_content(view: View, content_first: int, first: int) -> bool:
    """The statement's content opens with the trigger, or with a light verb's masdar right
    before it («أعلنت الرئاسة فرض حظر تجول ليلي»)."""
    if content_first < first and _time_word(view, content_first):
        content_first += 1  # «أعلنت المقاومة لاحقا إطلاق عمليات…»: a time word opens it
    return content_first == first or (content_first == first - 1 and (
        view.light_verb(content_first) == "actor"
        or not _light_masdars().isdisjoint(stems(view.tokens[content_first].text))))


@functools.cache
def _light_masdars() -> frozenset[str]:
    return folded(load_words("event_light_masdars.txt"))


def _time_word(view: View, index: int) -> bool:
    """One word of time («أمس»، «لاحقا»): a time the article reads, or an adverb word."""
    from marsad.eventcoding.argument_phrases import in_time, word_role
    return in_time(view, index) or word_role(view, index) == "adverb"


def possessed(view: View, index: int) -> bool:
    """An indefinite word carrying a pronoun («كتلته»، «قيادته»): the speaker's own."""
    word = view.tokens[index].norm
    return not word.startswith(view.lex.article) and any(
        word.endswith(pronoun) and len(word) > len(pronoun) + 2 for pronoun in view.lex.pronouns)


@functools.cache
def _whoever_firsts() -> frozenset[str]:
    """The first words of the leads of ``whoever`` («كل»): a sentence without one has none."""
    return frozenset(lead[0] for lead in constructions().whoever)


def whoever(view: View, hit: Hit) -> bool:
    """«كل من يشارك في اعتصام»، «كل الذين يشاركون في الاعتصام»: anyone who would do it, no
    happening; the trigger is the present verb after «كل من» or stands a few words on."""
    rules = constructions()
    if not holds_any(view, hit.first, _whoever_firsts()):
        return False  # most sentences: no «كل» at all
    first, _ = view.sentence_of(hit.first)
    for verb in range(hit.first, max(first, hit.first - rules.whoever_reach) - 1, -1):
        if verb < hit.first and view.is_break(verb):
            return False
        word = view.tokens[verb].norm
        if word[:1] not in view.lex.present_prefixes:
            continue
        for lead in rules.whoever:
            at = verb - len(lead)
            if at >= first and all(view.tokens[at + k].norm == w for k, w in enumerate(lead)):
                return True
    return False


def claimed(view: View, light_at: int | None) -> bool:
    """The masdar is carried by a verb of claiming («وتبنى التنظيم الهجوم»): the act it names
    was told before; the claim names its doer."""
    return light_at is not None and any(
        stem in constructions().claims for stem in stems(view.tokens[light_at].text))


def subject_after_an(view: View, first: int) -> Phrase | None:
    """«مؤكدا أن وزراء خارجية المجلس سيجتمعون قريبا»، «أن مجلس الإدارة سيجتمع»: a short
    definite noun phrase between «أن/إن» and the verb at ``first`` is its subject (kept as
    text: no entity names it)."""
    rules = constructions()
    lex = view.lex
    for opener in range(first - 2, max(0, first - 1 - rules.subject_words) - 1, -1):
        word = view.tokens[opener].norm  # «وأن»
        if word not in rules.subject_openers and not (
                word[:1] in lex.conjunctions and word[1:] in rules.subject_openers):
            continue
        words = range(opener + 1, first)
        if any(view.tokens[at].kind != "word" or at in view.entity_at or view.ends_argument(at)
               or view.tokens[at].norm in lex.function_words or view.clitic_prep(at)
               for at in words):
            return None
        if not any(view.tokens[at].norm.startswith(lex.article) for at in words):
            return None  # «أن قوات ستنسحب»: indefinite, no one in particular
        start, end = view.tokens[opener + 1].start, view.tokens[first - 1].end
        return Phrase(opener + 1, first - 1, [], view.article.text[start:end])
    return None


def scene(view: View, index: int) -> Entity | None:
    """«وفي مجلس النواب، اتهم نواب الحكومة الوزير…»: a place (or a body met in) set before a
    comma at the head of a sentence is where the verb right after the comma happens."""
    first, stop = view.sentence_of(index)
    if index >= stop or view.clause_of(index) != first or view.bare(first) not in view.lex.place_words:
        return None
    entity = view.entity_at.get(first + 1)
    if entity is None or entity.type not in PLACE_TYPES | {"ORG"} \
            or view.tokens[first + 1].start != entity.start:
        return None
    after = view.entity_last[entity.id] + 1
    return entity if index == after + 1 and view.tokens[after].norm in view.lex.asides else None


def _one_of(view: View, at: int, words: frozenset[str]) -> bool:
    """The word, or one of its stems («وبعد» → «بعد»), is one of ``words``."""
    return any(stem in words for stem in stems(view.tokens[at].text))


def gathering_at(view: View, hit: Hit, stop: int) -> int:
    """The token after a gathering word that follows a meeting noun («اجتماعا رباعيا ضم …»،
    «بمشاركة …»), or -1."""
    rules = constructions()
    for at in range(hit.end + 1, min(stop, hit.end + 2 + rules.gathering_reach)):
        if view.is_break(at) or view.ends_argument(at):
            return -1
        word = view.tokens[at].norm  # «جمعهما»: the parties were named before
        if word in rules.gathering or (word[:1] in view.lex.conjunctions
                                       and word[1:] in rules.gathering):
            return at + 1
    return -1
