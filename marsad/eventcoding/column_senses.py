"""Calls, threats and sanctions that local news, columns and surveys tell without a happening.

- A vox pop: a report whose lead (its first ``lead_sentences`` sentences, headings and
  datelines left out) has an opinion verb with «a number of citizens» right after it («رأى عدد
  من سكان الحي أن الحديقة الجديدة…»، «انتقد عدد من أهالي القرية خدمات البلدية»); the calls it
  tells («طالب بـ…»، «دعا إلى…»، «مطالبين بـ…») are opinions in a survey, not REQUEST events.
  Only the lead is read: the quotes that follow it are not looked at.
- A standing warning to whoever breaks the rules: «لن تتهاون الأمانة مع أي مخالف لاشتراطات
  السلامة»، «توعدت الإدارة من يخالف التعليمات بالغرامة» tell a rule, not a threat to a party (a
  warning to a named party, or to «كل من تسول له نفسه المساس بأمن الوطن», stays a THREATEN).
- Talks as a means or a file: «لا حل للأزمة إلا عبر طريق المفاوضات»، «طوي ملف المفاوضات بعد
  التوقيع»، «تغليب لغة الحوار» name no round of talks held.
- Sanctions as a backdrop: the bare definite «العقوبات» with nobody who imposes them, after a
  word of a state or its weight («تحت وطأة العقوبات»، «سنوات اشتداد العقوبات»، «لتجنب العقوبات»)
  is a state of things, not a SANCTION event («أقر الاتحاد حزمة العقوبات» stays one).

Words in ``event_column_senses.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.prec_words import forms, listed, spelled
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["column_sense"]


@dataclass(frozen=True)
class _Words:
    vox_types: frozenset[str]
    lead_sentences: int
    opinion_verbs: frozenset[str]
    number: frozenset[str]
    people: frozenset[str]
    warning_types: frozenset[str]
    violators: frozenset[str]
    who: frozenset[str]
    breaking: frozenset[str]
    backdrop_types: frozenset[str]
    backdrop_words: frozenset[str]
    backdrop_states: frozenset[str]
    means_types: frozenset[str]
    means_kinds: frozenset[str]
    means_before: frozenset[str]


@functools.cache
def _words() -> _Words:
    """The lists of ``event_column_senses.yaml``, folded."""
    data = load_yaml("event_column_senses.yaml")
    vox, warning, backdrop = data["vox_pop"], data["standing_warning"], data["backdrop_sanctions"]
    means = data["means_talks"]
    return _Words(
        vox_types=frozenset(vox["types"]), lead_sentences=int(vox["lead_sentences"]),
        opinion_verbs=folded(vox["opinion_verbs"]), number=folded(vox["number"]),
        people=folded(vox["people"]),
        warning_types=frozenset(warning["types"]), violators=folded(warning["violators"]),
        who=folded(warning["who"]), breaking=folded(warning["breaking"]),
        backdrop_types=frozenset(backdrop["types"]), backdrop_words=folded(backdrop["words"]),
        backdrop_states=folded(backdrop["states"]),
        means_types=frozenset(means["types"]), means_kinds=frozenset(means["kinds"]),
        means_before=folded(means["before"]))


def column_sense(view: View, candidate: Candidate) -> bool:
    """The candidate is a survey's opinion, a standing warning to violators, sanctions as a
    backdrop or talks as a means: no happening of its type."""
    return _vox_pop_call(view, candidate) or _standing_warning(view, candidate) \
        or _backdrop_sanctions(view, candidate) or _means_talks(view, candidate)


def _vox_pop_call(view: View, candidate: Candidate) -> bool:
    """A call in a report whose lead gives «a number of citizens»' view."""
    lex = _words()
    return candidate.type in lex.vox_types and view.vox_pop


def read_vox_pop(view: View) -> bool:
    """The article opens on an opinion verb with «عدد من المواطنين/الأهالي…» after it in its
    first sentences (headings and datelines left out); ``View.vox_pop`` keeps the answer, read
    once per article."""
    lex = _words()
    verbs = spelled(lex.opinion_verbs)  # ``listed(word, lex.opinion_verbs)``: one lookup
    if verbs.isdisjoint(view.norms):
        return False  # most articles: no opinion verb at all
    article = view.article
    lead = [n for n, s in enumerate(article.sentences) if not (s.heading or s.dateline)]
    wanted = frozenset(lead[:lex.lead_sentences])
    last = max(wanted, default=-1)
    for at, token in enumerate(view.tokens):
        if token.sentence > last:
            return False
        if token.sentence in wanted and view.norms[at] in verbs \
                and _people_after(view, at):
            return True
    return False


def _people_after(view: View, at: int) -> bool:
    """«عدد من المواطنين» within a few words after token ``at``."""
    lex = _words()
    _, stop = view.sentence_of(at)
    for n in range(at + 1, min(stop - 2, at + 4)):
        if view.norms[n] in lex.number and view.norms[n + 1] == "من" \
                and listed(view.norms[n + 2], lex.people):
            return True
    return False


def _standing_warning(view: View, candidate: Candidate) -> bool:
    """A threat in a sentence aimed at «أي مخالف»، «المخالفين» or «من يخالف …»."""
    lex = _words()
    if candidate.type not in lex.warning_types:
        return False
    first, stop = view.sentence_of(first_token(view, candidate))
    norms = view.norms
    # ``listed(word, …)`` of each list as one lookup in its spellings (``spelled``)
    violators, breaking = spelled(lex.violators), spelled(lex.breaking)
    if violators.isdisjoint(norms[first:stop]) and breaking.isdisjoint(norms[first:stop]):
        return False  # most sentences: no word of either list
    for at in range(first, stop):
        if norms[at] in violators:
            return True
        if at > first and norms[at] in breaking and norms[at - 1] in lex.who:
            return True
    return False


def _backdrop_sanctions(view: View, candidate: Candidate) -> bool:
    """The bare definite «العقوبات» with no actor, right after a word of a state
    («وطأة العقوبات»)."""
    lex = _words()
    if candidate.type not in lex.backdrop_types or candidate.args.actors \
            or candidate.args.actor_text:
        return False
    first = first_token(view, candidate)
    return first > 0 and first == last_token(view, candidate) \
        and any(form in lex.backdrop_words for form in forms(view.norms[first])) \
        and listed(view.norms[first - 1], lex.backdrop_states)


def _means_talks(view: View, candidate: Candidate) -> bool:
    """«عبر طريق المفاوضات»، «ملف المفاوضات»: a word of a means or a file right before the
    talks, in the trigger's clause."""
    lex = _words()
    if candidate.type not in lex.means_types or candidate.kind not in lex.means_kinds:
        return False
    first = first_token(view, candidate)
    return first > 0 and not view.is_break(first - 1) \
        and listed(view.norms[first - 1], lex.means_before)

