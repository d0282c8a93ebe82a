"""Round 11 guards: spellings and frames that make a trigger or a statement's cue no
happening — a «و» that is the verb's own letter («ودّعت» bade farewell, not «و + دعت»), a
second-person pronoun («لقاءك»), a present verb offered as an alternative («يقبله العرب أو
يرفضونه»), a kind of act made a subject («استهداف المساجد يهدف إلى…») and a topic heading
(«وعن رفع العقوبات قال: …»)."""

from __future__ import annotations

import bisect
import functools
import operator
from dataclasses import dataclass

from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import ACTOR_TYPES, View
from marsad.lexicons import load_yaml
from marsad.model import Article

__all__ = ["own_waw", "no_happening", "topic_heading"]


@dataclass(frozen=True)
class _Frames:
    second_person: tuple[str, ...]
    vocatives: frozenset[str]
    alternatives: frozenset[str]
    generic_predicates: frozenset[str]
    generic_reach: int
    topic_openers: frozenset[str]


@functools.cache
def _frames() -> _Frames:
    data = load_yaml("event_grammar.yaml")["not_happenings"]
    return _Frames(tuple(data["second_person"]), frozenset(data["vocatives"]),
                   frozenset(data["alternatives"]),
                   frozenset(data["generic_predicates"]), int(data["generic_reach"]),
                   frozenset(data["topic_openers"]))


@functools.cache
def _own_waw() -> tuple[str, frozenset[str], frozenset[str]]:
    data = load_yaml("event_grammar.yaml")["own_waw"]
    return data["letter"], frozenset(data["marks"]), frozenset(data["vowels"])


def own_waw(text: str, start: int) -> bool:
    """The word read from ``start`` on follows a «و» of its own word, and its first letter is
    doubled («ودّعت»، «ودَّع»): the «و» is the verb's first letter, not the conjunction, so the
    reading from ``start`` is none."""
    letter, marks, vowels = _own_waw()
    if start < 1 or start + 1 >= len(text) or text[start - 1] != letter:
        return False
    for char in text[start + 1:start + 4]:
        if char in marks:
            return True
        if char not in vowels:
            return False
    return False


def no_happening(view: View, hit: Hit) -> bool:
    """A trigger addressed to «you», a present verb offered as an alternative, or an indefinite
    masdar made the subject of a verb that tells what such acts are."""
    return _addressed(view, hit) or _alternative(view, hit) or _kind_of_act(view, hit)


def _addressed(view: View, hit: Hit) -> bool:
    """«سأفتقد لقاءك»: a pronoun of the second person on the trigger's word, and no party
    named after it in its clause but the one addressed («لقاءكم بالرئيس الفرنسي» tells a
    meeting; «يا لطيفة» names who is spoken to)."""
    if not (hit.pronoun and view.tokens[hit.first].norm.endswith(_frames().second_person)):
        return False
    _, stop = view.sentence_of(hit.first)
    for index in range(hit.end + 1, min(stop, hit.end + 1 + view.lex.marker_window)):
        if view.is_break(index):
            return True
        entity = view.entity_at.get(index)
        if entity is not None and entity.type in ACTOR_TYPES \
                and view.tokens[index - 1].norm not in _frames().vocatives:  # «يا لطيفة»
            return False
    return True


def _alternative(view: View, hit: Hit) -> bool:
    """«خيارا يقبله العرب أو يرفضونه»: a present verb right after or before «أو»."""
    if hit.tense != "present" or hit.future:
        return False
    words = _frames().alternatives
    tokens = view.tokens
    return (hit.first > 0 and tokens[hit.first - 1].norm in words) \
        or (hit.end + 1 < len(tokens) and tokens[hit.end + 1].norm in words)


def _kind_of_act(view: View, hit: Hit) -> bool:
    """«أن استهداف المساجد يهدف إلى…»: an indefinite masdar and, in its clause, soon after it,
    a verb that tells what it is or aims at, with no date between."""
    if hit.trigger.kind != "masdar" or hit.definite or hit.pronoun:
        return False
    frames = _frames()
    _, stop = view.sentence_of(hit.first)
    agent = view.lex.agent
    for index in range(hit.end + 1, min(stop, hit.end + 1 + frames.generic_reach)):
        in_agent = len(agent) == 2 and view.tokens[index].norm == agent[1] \
            and view.tokens[index - 1].norm == agent[0]  # «من قبل الإرهابيين» is no break
        if view.is_break(index) and not in_agent:
            return False
        if view.tokens[index].norm in frames.generic_predicates:
            start, end = view.tokens[hit.end].end, view.tokens[index].start
            return not any(start <= t.start < end for t in view.article.times)
    return False


#: A token's start, read in C as ``bisect`` probes the tokens.
_START = operator.attrgetter("start")


def topic_heading(article: Article, trigger: int, sentence: int) -> bool:
    """«وعن رفع الحظر عن الواردات قال: …»: a sentence opening with «وعن/عن» whose trigger
    stands before the cue of a statement of the sentence names the topic of what is said."""
    if sentence >= len(article.sentences):
        return False
    span = article.sentences[sentence]
    at = bisect.bisect_left(article.tokens, span.start, key=_START)
    if at >= len(article.tokens) or article.tokens[at].start >= span.end \
            or article.tokens[at].norm not in _frames().topic_openers:
        return False
    return any(span.start <= s.cue[0] < span.end and trigger < s.cue[0]
               for s in article.statements)
