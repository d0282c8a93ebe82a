"""Places and adjuncts around a trigger: the times, adverbs and stated place that stand
between a verb and its subject or object («استقبل الأمير في قصر السلام بجدة مساء أمس
الرئيس…»), and a definite place noun pointing back to the place it named («مدينة سنجة …
انسحبوا من المدينة»)."""

from __future__ import annotations

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_phrases import in_time, stem_role, word_role
from marsad.eventcoding.view import PLACE_TYPES, Phrase, View
from marsad.model import Entity

__all__ = ["skip_adjuncts", "place_antecedent", "is_medium"]

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
