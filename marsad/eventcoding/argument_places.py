"""Places and adjuncts around a trigger: the times, adverbs and stated place that stand
between a verb and its subject or object («استقبل الأمير في قصر السلام بجدة مساء أمس
الرئيس…»), and a definite place noun pointing back to the place it named («مدينة سنجة …
انسحبوا من المدينة»)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.argument_phrases import in_time, stem_role, word_role
from marsad.eventcoding.view import PLACE_TYPES, Phrase, View
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["skip_adjuncts", "place_antecedent", "is_medium", "clause_place", "directions",
           "way_words", "place_at"]

#: How far before a definite place noun its antecedent may stand (characters).
ANAPHOR_REACH = 3000


def skip_adjuncts(view: View, index: int, stop: int) -> tuple[int, Phrase | None]:
    """Past the times, adverbs and stated place that stand between a verb and its subject or
    object: the index where the argument may begin, and the place passed on the way."""
    place: Phrase | None = None
    while index < stop:
        entity = view.entity_at.get(index)
        if entity is not None:
            if view.clitic_prep(index) == view.lex.prep_bi and entity.type in PLACE_TYPES:  # «بجدة»
                place = place or Phrase(index, view.entity_last[entity.id], [entity])
                index = view.entity_last[entity.id] + 1
                continue
            return index, place
        if in_time(view, index) or word_role(view, index) == "adverb":
            index += 1
            continue
        stated, after = _stated_place(view, index, stop)
        if after <= index:
            return index, place
        place = place or stated
        index = after
    return index, place


def _stated_place(view: View, index: int, stop: int) -> tuple[Phrase | None, int]:
    """«في قصر السلام بجدة»: a place word and the place it names within a few words, and the
    index after them. Unnamed («في قصر لوسيل»), the phrase ends where a time or a person
    begins; else nothing is passed (the index comes back)."""
    if view.bare(index) not in view.lex.place_words or is_medium(view, index + 1, stop):
        return None, index
    for at in range(index + 1, min(stop, index + 1 + view.lex.object_window)):
        entity = view.entity_at.get(at)
        if entity is not None:
            if entity.type == "PER" and at > index + 1:
                return None, at
            if entity.type not in PLACE_TYPES:
                return None, index
            last = view.entity_last[entity.id]
            while last + 1 < stop and view.clitic_prep(last + 1) == view.lex.prep_bi \
                    and view.entity_at.get(last + 1) is not None \
                    and view.entity_at[last + 1].type in PLACE_TYPES:
                entity = view.entity_at[last + 1]  # «في قصر السلام بجدة»: the city
                last = view.entity_last[entity.id]
            return Phrase(index, last, [entity]), last + 1
        if in_time(view, at) and at > index + 1:
            return None, at
        if view.ends_argument(at) or view.tokens[at].kind != "word":
            return None, index
    return None, index


def is_medium(view: View, index: int, stop: int) -> bool:
    """«في بيان»، «في تصريحات»: what a statement is made in (``medium`` in
    event_args_stems.tsv); the «في» before it names no place, nor does the name after it."""
    return index < stop and stem_role(view, index, "medium")


def place_antecedent(view: View, index: int) -> Entity | None:
    """«انسحبوا من المدينة»: the place the definite noun named before («مدينة سنجة»)."""
    word = view.tokens[index].norm
    article = view.lex.article
    at = word.find(article)
    if at < 0 or at > 2 or word[at + len(article):] not in view.lex.place_nouns:
        return None
    noun = word[at + len(article):]
    start = view.tokens[index].start
    for entity in reversed(view.article.entities):
        if entity.end > start or entity.type not in PLACE_TYPES:
            continue
        if start - entity.end > ANAPHOR_REACH:
            return None
        first = view.entity_first[entity.id]
        words = fold(entity.text).split()
        if (words and words[0] == noun) \
                or (first > 0 and view.tokens[first - 1].norm.endswith(noun)):
            return entity
    return None


def clause_place(view: View, span: tuple[int, int],
                 dateline: Entity | None) -> tuple[bool, Entity | None]:
    """«وكانت القوات قد انتشرت في معبر الكركرات» under a Rabat dateline: the first place the
    trigger's own clause states right after a place word («في/ب/عند/قرب…», through a place
    noun: «في منطقة الجهراء») when it is not the dateline's; none when the clause states
    the dateline's own place, a topic's («التطورات في جنوب لبنان») or a way taken
    («نحو ريف دير الزور»). The clause ends at a «فيما» aside and, after the event's words
    (``span``: the trigger's start, the evidence's end), at a break («،», «التي», «أن»).
    Returns whether the clause names another place, and that place when it is the act's
    own: not when it only locates an unnamed place before it («في بقيق وخريص شرق
    السعودية»: the act was at Abqaiq, not all over Saudi Arabia)."""
    index, end = view.token_before(span[0]), view.token_before(span[1] - 1)
    if index < 0:
        return False, None
    first, stop = view.sentence_of(index)
    start = view.clause_of(index)
    stop = next((at for at in view.clause_starts.get(first, []) if at > start), stop)
    wanted = fold(dateline.text) if dateline is not None else ""
    at = start
    while at < stop:
        if at > end and view.ends_argument(at):
            break  # «… اتفاق لوقف إطلاق النار في قطاع غزة»: a place of what follows
        place, after = place_at(view, at, stop)
        if place is not None and not _aside(view, at, first):
            if fold(place.text) == wanted:
                return False, None
            return True, None if _relative(view, at, first) else place
        at = max(after, at + 1)
    return False, None


def _relative(view: View, at: int, first: int) -> bool:
    """«… قرب بلدة كومبري في إقليم ياتنغا»، «… وخريص شرق السعودية»: a direction after a
    word that is no place word, or a second place phrase after a place noun's name — the
    place named locates one before it."""
    if at <= first:
        return False
    before = view.bare(at - 1)
    if view.entity_at.get(at - 1) is None and at - 2 >= first and view.is_place_noun(at - 2):
        return True  # «قرب بلدة كومبري في إقليم ياتنغا»: the town's name was not known
    return view.bare(at) in directions() and before not in view.lex.place_words \
        and view.tokens[at - 1].kind == "word"


@functools.cache
def directions() -> frozenset[str]:
    """«شمال»، «شرقي»…: place words that locate a place relative to another
    (``directions`` in event_grammar.yaml)."""
    return folded(load_yaml("event_grammar.yaml").get("directions", []))


@functools.cache
def way_words() -> frozenset[str]:
    """Words of the way taken, before a place that is no place of the act
    (``way_words`` in event_grammar.yaml)."""
    return folded(load_yaml("event_grammar.yaml").get("way_words", []))


def _aside(view: View, at: int, first: int) -> bool:
    """A place word after a topic noun or a word of the way («نحو», «باتجاه»)."""
    return at > first and (stem_role(view, at - 1, "topic")
                           or view.bare(at - 1) in way_words())


def place_at(view: View, at: int, stop: int) -> tuple[Entity | None, int]:
    """The place stated at token ``at`` and the index after it: «بجدة», «في جدة», «في
    منطقة الجهراء», «في جنوب البحر الأحمر», «بمدينة سرت»."""
    entity = view.entity_at.get(at)
    if entity is not None:
        last = view.entity_last[entity.id] + 1
        if entity.type in PLACE_TYPES and view.clitic_prep(at) == view.lex.prep_bi:
            return entity, last
        return None, last
    if view.bare(at) in view.lex.place_words \
            or (view.clitic_prep(at) == view.lex.prep_bi and view.is_place_noun(at)):
        after = at + 1
        while after < stop and after - at <= 2 and view.entity_at.get(after) is None \
                and (view.is_place_noun(after) or view.bare(after) in view.lex.place_words
                     or view.bare(after) in view.lex.org_places):
            after += 1
        entity = view.entity_at.get(after) if after < stop else None
        if entity is not None and entity.type in PLACE_TYPES:
            return entity, view.entity_last[entity.id] + 1
    return None, at + 1
