"""Round 22: five ways fresh news tells no happening of its report (words in
``marsad/lexicons/event_news_prec.yaml``). A candidate is dropped when

- the act is told as the past's: «في الماضي»، «في مراحل سابقة» follows its trigger in its
  clause («أحبطت الأجهزة عشرات المحاولات في الماضي»);
- it is only what a party can do: a word of ability («تستطيع»، «بإمكان»، «يمكن»، «قادر»)
  stands a few tokens before a trigger that is no past verb, in its clause («تستطيع الشرطة
  اعتقال أي شخص لمدة أسبوع»). A past «تمكنت من» (managed to) is a deed and stays;
- its sentence is the closing link line that repeats the headline («رابط الخبر بصحيفة …:»);
- it is an attack masdar right after an incident's or its victims' word («حادث»، «مصابي
  تفجير المسجد») and an attack was coded in an earlier sentence: the same attack told again;
- its sentence opens with a reminder («يذكر أن»، «يشار إلى أن»، «الجدير بالذكر أن»): the
  story's background, told before («يذكر أن المسلحين استولوا على البلدة في مارس الماضي»). A plan
  told there stays («…، ومن المقرر أن يعقد الوزراء أول اجتماع لهم»).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_dates import past_verb
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.prec_words import forms, word_before
from marsad.eventcoding.view import View
from marsad.eventcoding.word_gates import phrases_by_first
from marsad.lexicons import load_yaml

__all__ = ["no_news_happening", "without_incidents_told_again", "without_news_non_events"]


@dataclass(frozen=True)
class _Words:
    past_reach: int
    past: tuple[tuple[str, ...], ...]
    ability_reach: int
    ability: frozenset[str]
    links: tuple[tuple[str, ...], ...]
    reminders: tuple[tuple[str, ...], ...]
    incident_types: frozenset[str]
    incident_heads: frozenset[str]
    past_firsts: frozenset[str] = frozenset()  # the first words of ``past``: a quick first test


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(word) for word in str(item).split()) for item in items)


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_news_prec.yaml")
    past = _phrases(data["past_markers"]["phrases"])
    return _Words(int(data["past_markers"]["reach"]), past,
                  int(data["ability"]["reach"]), folded(data["ability"]["words"]),
                  _phrases(data["link_lines"]), _phrases(data["reminder_leads"]),
                  frozenset(data["incident_heads"]["types"]),
                  folded(data["incident_heads"]["heads"]),
                  past_firsts=frozenset(phrase[0] for phrase in past))


def _phrase_at(view: View, at: int, phrase: tuple[str, ...]) -> bool:
    tokens = view.tokens
    return at + len(phrase) <= len(tokens) and all(
        tokens[at + i].norm == word for i, word in enumerate(phrase))


def _told_as_past(view: View, candidate: Candidate, words: _Words) -> bool:
    last = last_token(view, candidate)
    stop = min(len(view.tokens), last + 1 + words.past_reach)
    for at in range(last + 1, stop):
        if view.is_break(at):
            return False
        if view.tokens[at].norm in words.past_firsts \
                and any(_phrase_at(view, at, phrase) for phrase in words.past):
            return True
    return False


def _only_able(view: View, candidate: Candidate, words: _Words) -> bool:
    if past_verb(view, candidate):
        return False  # «استطاعت القوات اعتقال …»: what a past verb tells is done
    return word_before(view, first_token(view, candidate), words.ability_reach, words.ability)


def _opened_by(view: View, candidate: Candidate, phrases: tuple[tuple[str, ...], ...]) -> bool:
    first, _ = view.sentence_of(first_token(view, candidate))
    if first < len(view.tokens) and view.tokens[first].norm == "و":
        first += 1
    word = view.tokens[first].norm if first < len(view.tokens) else ""
    opening = phrases_by_first(phrases)  # the phrases a word opens: most sentences' first, none
    found = opening.get(word)
    if found is not None and any(_phrase_at(view, first, phrase) for phrase in found):
        return True
    found = opening.get(word[1:]) if word.startswith("و") else None
    return found is not None and any(  # «ويذكر أن …»: the conjunction on the word
        _phrase_at(view, first + 1, phrase[1:]) for phrase in found)


def no_news_happening(view: View, candidate: Candidate) -> bool:
    """The candidate is told as the past's, as an ability, in a link line or after a reminder."""
    words = _words()
    return _told_as_past(view, candidate, words) or _only_able(view, candidate, words) \
        or _opened_by(view, candidate, words.links) \
        or (candidate.factuality != "future" and _opened_by(view, candidate, words.reminders))


def without_incidents_told_again(view: View, found: list[Candidate]) -> list[Candidate]:
    """Drop an attack masdar right after an incident's or its victims' word («حادث»،
    «مصابي») when an attack of its type was coded in an earlier sentence."""
    words = _words()
    kept: list[Candidate] = []
    for candidate in found:
        at = first_token(view, candidate)
        if candidate.type in words.incident_types and candidate.kind != "verb" and at > 0 \
                and any(form in words.incident_heads for form in forms(view.tokens[at - 1].norm)) \
                and any(other.type == candidate.type and other.sentence < candidate.sentence
                        for other in kept):
            continue
        kept.append(candidate)
    return kept


def without_news_non_events(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: both guards above."""
    return without_incidents_told_again(view, [c for c in found if not no_news_happening(view, c)])
