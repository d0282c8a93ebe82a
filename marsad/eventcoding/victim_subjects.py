"""Victims are not doers, and the doer of a verbal noun is its genitive (round 27, G3).

* «استشهد شرطي مصري»، «وعبدالعزيز استشهد»، «لقي رقيب شرطة مصرعه»: the subject of a verb of
  dying is the one who died; the argument finder took it (or the bare nationality in it) as
  the doer. Also «قتل شرطي تركي وأصيب أربعة»، «خمسة جنود أفغان قتلوا في الهجوم»: the
  unvowelled «قتل» with no object after its subject is a passive. The doer is only the one a
  marker names («برصاص»، «على يد») or the one of the attack the death is merged with.
* «في تفجير إرهابي استهدف حافلة جنود»، «استهدفت غارة أخرى مشفى …»: the subject of the verb
  is the attack noun next to it; no party named earlier in the sentence is its doer (the
  look-back read «مصري» of «استشهد شرطي مصري …» as the doer of the attack).
* «إطلاق مسلحين النار على دورية شرطة»، «إطلاق طهران سراح محتجزين»: in a gapped masdar phrase
  of ``gap_doers`` the words in the gap are the masdar's genitive subject, its doer.

Words in ``event_victim_subjects.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import phrase, word_role
from marsad.eventcoding.matcher import Hit, stems
from marsad.eventcoding.prec_words import after_conjunction, without_conjunction
from marsad.eventcoding.view import ACTOR_TYPES, Phrase, View
from marsad.lexicons import load_yaml

__all__ = ["victim_row", "bare_row", "bare_after", "attack_subject", "object_after_noun", "gap_doer",
           "counted_dead", "dead_row"]


@dataclass(frozen=True, slots=True)
class _Words:
    victim_rows: frozenset[str]
    bare_rows: frozenset[str]
    bare_followers: frozenset[str]
    nouns: frozenset[str]
    verbs: frozenset[str]
    before_window: int
    gap_doers: frozenset[str]
    noun_adjectives: frozenset[str]
    dead_counts: frozenset[str]
    dead_count_openers: frozenset[str]
    dead_count_after: frozenset[str]
    dead_doer_marks: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_victim_subjects.yaml")
    return _Words(folded(data["victim_rows"]), folded(data["passive_when_bare"]),
                  folded(data["bare_followers"]), folded(data["subject_nouns"]),
                  folded(data["subject_verbs"]), int(data["before_window"]),
                  folded(data["gap_doers"]), folded(data["noun_adjectives"]),
                  folded(data["dead_counts"]), folded(data["dead_count_openers"]),
                  frozenset(data["dead_count_after"]), folded(data["dead_doer_marks"]))


@functools.cache
def _folded_form(form: str) -> str:
    """A trigger row's form, folded (a lexicon's row: once)."""
    return fold(form)


def victim_row(hit: Hit) -> bool:
    """The row's subject is the one who died («استشهد»، «لقي مصرعه»)."""
    return _folded_form(hit.trigger.form) in _words().victim_rows


def bare_row(hit: Hit) -> bool:
    """The row reads as a passive when no object follows its subject («قتل»)."""
    return not hit.passive and _folded_form(hit.trigger.form) in _words().bare_rows


def dead_row(hit: Hit) -> bool:
    """A row of ``passive_when_bare``, voweled as a passive or not («قُتل 14 راكبا»)."""
    return _folded_form(hit.trigger.form) in _words().bare_rows


def bare_after(view: View, at: int, stop: int) -> bool:
    """No object stands at ``at``: the clause ends, or «و…»، a preposition, a word with
    «ب/ل» or a time follows."""
    if at >= stop or view.ends_argument(at):
        return True
    token = view.tokens[at]
    if token.kind != "word":
        return False
    word = token.norm
    return without_conjunction(word) != word \
        or view.bare(at) in view.lex.prepositions or bool(view.clitic_prep(at)) \
        or word in _words().bare_followers


def counted_dead(view: View, verb: int, at: int, stop: int) -> Phrase | None:
    """Round 30 (S1): «قتل 14 راكبا وأصيب …»، «قتل مئة شخص على الأقل في …»: the subject of a
    bare «قتل» no entity names, a count (a number or a count word, «نحو» before it) and the
    noun counted, with no object after it: the dead, kept as text. ``verb`` opens its sentence
    or follows the dateline's mark (``dead_count_after``), and no doer's fire is told after it
    (``dead_doer_marks``)."""
    words = _words()
    first = at
    start, _ = view.sentence_of(verb)
    if verb > start and view.tokens[verb - 1].text not in words.dead_count_after:
        return None
    if any(view.tokens[k].norm in words.dead_doer_marks for k in range(at, stop)):
        return None
    if at < stop and view.tokens[at].norm in words.dead_count_openers:
        at += 1
    if at >= stop or not (view.tokens[at].kind == "number" or word_role(view, at) == "count"
                          or view.tokens[at].norm in words.dead_counts):
        return None
    last = at + 1  # the counted noun
    if last >= stop or view.tokens[last].kind != "word" or view.ends_argument(last) \
            or bare_after(view, last, stop) or not bare_after(view, last + 1, stop):
        return None
    text = view.article.text[view.tokens[first].start:view.tokens[last].end]
    return Phrase(first, last, [], text)


def _is_noun(view: View, at: int) -> bool:
    return _noun_lead(view, at) is not None


def _noun_lead(view: View, at: int) -> str | None:
    """What stands before the attack noun in its word («ب» of «بقصف»), or None: no noun."""
    word = view.tokens[at].norm
    for stem in stems(view.tokens[at].text):
        if stem in _words().nouns:
            return word[:len(word) - len(stem)] if word.endswith(stem) else ""
    return None


def _subject_noun(view: View, at: int) -> bool:
    """An attack noun with no preposition on it (not «بالصواريخ»: the weapon used)."""
    return at not in view.entity_at and _noun_lead(view, at) in ("", view.lex.article)


def _is_verb(view: View, at: int) -> bool:
    return after_conjunction(view.tokens[at].norm, _words().verbs)


def attack_subject(view: View, hit: Hit) -> bool:
    """The verb's subject is an attack noun: right after it («استهدفت غارة أخرى مشفى»), or
    right before it with only plain words between («في هجوم إرهابي استهدف»، «الغارة التي
    استهدفت»), not carrying «ب» (the means of a doer named before it)."""
    if not _is_verb(view, hit.first):
        return False
    first, stop = view.sentence_of(hit.first)
    after = hit.last + 1
    if after < stop and _subject_noun(view, after):
        return True
    for at in range(hit.first - 1, max(first, hit.first - 1 - _words().before_window) - 1, -1):
        if view.is_break(at) or view.tokens[at].kind != "word" or at in view.entity_at \
                or view.head_at(at) is not None:
            return False
        if _is_noun(view, at):  # not «ردت القوات بقصف مدفعي استهدف»: the weapon of
            return view.lex.prep_bi not in (_noun_lead(view, at) or "")  # the doer before it
    return False


def object_after_noun(view: View, hit: Hit) -> int:
    """Where the object of a verb whose subject is an attack noun begins: right after the
    verb, or past the noun and its adjectives when the noun follows it («استهدفت غارة أخرى
    مشفى»)."""
    at = hit.last + 1
    _, stop = view.sentence_of(hit.first)
    if at < stop and _subject_noun(view, at):
        at += 1
        while at < stop and view.tokens[at].norm in _words().noun_adjectives:
            at += 1
    return at


def gap_doer(view: View, hit: Hit, args: Args) -> None:
    """«إطلاق مجهولين النار»: the words between the masdar and the rest of its phrase name
    its doer, when they name a party (an entity of an actor type, or an unnamed agent)."""
    if args.has_actor or not hit.trigger.rest or hit.trigger.kind != "phrase" \
            or hit.trigger.verbal \
            or _folded_form(hit.trigger.form.split()[0]) not in _words().gap_doers:
        return
    gap_first, gap_last = hit.last + 1, hit.rest_first - 1
    if gap_last < gap_first:
        return
    found = phrase(view, gap_first, gap_last + 1, orgs=True)
    if found is None or found.last != gap_last or found.is_place:
        return
    if found.types() & ACTOR_TYPES or (found.text and not found.entities):
        args.add_actor(found)
