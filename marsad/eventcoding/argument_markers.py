"""The arguments a trigger's markers name: its target after «على/ضد/مع», its place after
«في/قرب/شمال» («منها» points back to the place before it, a definite place noun to the place
it named: «من المدينة»), extra actors after «بين… و…» and «من قبل»; a time set off by commas
does not end them («تظاهر مئات، صباح اليوم، أمام…»). Towns at the ends of a road are no
parties («بين مدينتي غاو وتمبكتو»), and a topic's «في» is not where a meeting was held
(«بحث الجانبان الأوضاع في غزة»). The medium of a statement is no place («اتهمت الحكومة في
بيان بغداد…»), a meeting «بـ» a city was held there («اجتماع وزاري بالرياض»), and «بحق» names
whom an arrest, an attack or a sanction was done to («حملة اعتقالات بحق عشرات الشبان»)."""

from __future__ import annotations

import functools

from marsad.eventcoding.argument_core import Args, place_before
from marsad.eventcoding.argument_phrases import (arg_words, in_time, phrase, stem_role,
                                                unnamed_object, word_role)
from marsad.eventcoding.argument_places import is_medium, place_antecedent
from marsad.eventcoding.link_ends import link_ends, road_acted_on
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import Phrase, View
from marsad.arabic.normalise import fold
from marsad.lexicons import load_table, load_yaml
from marsad.pipeline import register_cache

__all__ = ["markers"]

#: How many words before a place marker a topic noun may stand («الأوضاع الإنسانية في غزة»).
TOPIC_REACH = 2


def markers(view: View, hit: Hit, args: Args, end: int) -> None:
    """Arguments after markers that stand before ``end`` (their phrase may run on)."""
    trigger = hit.trigger
    lex = view.lex
    tokens = view.tokens
    clitic_preps = lex.clitic_preps
    agents = _agents()
    _, stop = view.sentence_of(hit.first)
    index = max(hit.last + 1, args.markers_from)
    right = hit.trigger.type in _right_types()  # «بحق» names whom it was done to
    while index < end:
        norm = tokens[index].norm
        facts = _FACTS.get(norm)
        if facts is None:
            facts = _facts(view, index)
        plain, joiner, ends, word, pronoun, right_marker = facts
        if plain and word not in trigger.place:
            index += 1  # most words: no marker, no break, nothing below to read
            continue
        after_time = _inserted_time(view, index, stop) if joiner else 0
        if after_time:
            index = after_time
            continue
        if ends:
            break
        if right and right_marker:
            index = _right_of(view, args, index + 1, stop)  # «اعتقالات بحق عشرات الشبان»
            continue
        at = index + 1
        # ``clitic_prep`` is '' for a word that opens with none of the clitic prepositions
        clitic = view.clitic_prep(index) if norm.startswith(clitic_preps) else ""
        if clitic and word not in lex.function_words:
            word, at = clitic, index
        if pronoun:
            if pronoun in trigger.place or pronoun in lex.place_words:
                place_before(view, hit.first, args, stated=True)
            index += 1
            continue
        seconds = agents.get(word)  # «من قبل»، «على يد»
        agent = seconds is not None and index + 1 < end and view.bare(index + 1) in seconds
        if agent:
            at = index + 2
        if word in lex.place_words and is_medium(view, at, stop):
            index = at + 1  # «في بيان»: a statement's medium, no place («اتهمت … في بيان بغداد»)
            continue
        found = phrase(view, at, stop) if word in lex.function_words else None
        if found is None and word in trigger.target and word in lex.function_words \
                and args.object_at < 0 and at < stop:
            args.object_at = at  # «ألقت الشرطة القبض على عصابة»
        if found is not None and _not_a_party(view, hit, word, index, found):
            if word == lex.between and road_acted_on(view, hit.last, index):
                args.set_place(found)  # «سيعاد فتح الطريق بين مصراتة وسرت»: at its first end
            index = max(index + 1, found.last + 1)
            continue
        if found is not None:
            _assign(view, hit, args, lex.between if agent else word, found)
            if word == lex.between:
                _second_party(view, args, found.last + 1, stop,
                              target=hit.trigger.type in lex.between_is_target)
            index = max(index + 1, found.last + 1)
            continue
        if at < stop and (word in trigger.place or word in lex.place_words):
            _place_pointed_back(view, args, at)
        index += 1


#: A word's ``norm`` -> what ``markers`` reads of the word alone: whether it joins
#: (``lex.joiners``: a time set off by commas may follow), whether it ends an argument
#: (``View.ends_argument``), the word without its conjunction (``View.bare``) and the
#: preposition it carries with a pronoun (``View.pronoun_prep``), and whether it is «بحق»
#: (``word_role`` right_marker); first, whether it is plain: none of these, no clitic
#: preposition, no first word of «من قبل», no place word and no function word — a word
#: ``markers`` passes over unless the trigger's place words hold it. Kept across articles
#: (the same few thousand words); emptied when it holds ``_FACTS_LIMIT`` words.
_FACTS: dict[str, tuple[bool, bool, bool, str, str, bool]] = register_cache({})
_FACTS_LIMIT = 1 << 13


def _facts(view: View, index: int) -> tuple[bool, bool, bool, str, str, bool]:
    if len(_FACTS) >= _FACTS_LIMIT:
        _FACTS.clear()
    lex, norm = view.lex, view.norm(index)
    joiner, ends = norm in lex.joiners, view.ends_argument(index)
    word, pronoun = view.bare(index), view.pronoun_prep(index)
    right_marker = word_role(view, index) == "right_marker"
    plain = not (joiner or ends or pronoun or right_marker or norm.startswith(lex.clitic_preps)
                 or word in _agents() or word in lex.place_words
                 or word in lex.function_words)
    found = _FACTS[norm] = (plain, joiner, ends, word, pronoun, right_marker)
    return found


@functools.cache
def _agents() -> dict[str, frozenset[str]]:
    """The two-word markers of a passive's doer, first word -> second words: «من قبل» and
    «على يد/أيدي» (``agent_marker`` and ``agent_markers`` of ``event_grammar.yaml``)."""
    grammar = load_yaml("event_grammar.yaml")
    markers = (grammar["agent_marker"], *grammar["agent_markers"])
    pairs = [fold(marker).split() for marker in markers]
    return {first: frozenset(second for head, second in pairs if head == first)
            for first, _ in pairs}


def _right_of(view: View, args: Args, at: int, stop: int) -> int:
    """«حملة اعتقالات بحق عشرات الشبان»: the one named after «بحق» suffered the act, named
    or kept as text; the index after it."""
    found = (phrase(view, at, stop) or unnamed_object(view, at, stop)) if at < stop else None
    if found is None or (found.entities and found.is_place):
        return at
    args.add_target(found)
    return found.last + 1


def _not_a_party(view: View, hit: Hit, word: str, index: int, found: Phrase) -> bool:
    """A phrase after a marker that is neither a party nor the event's place: towns «بين
    مدينتي غاو وتمبكتو» (a road's ends, not two sides), and the place of a topic after «في»
    («بحث الجانبان الأوضاع في غزة»: the talks were not held in Gaza)."""
    if not found.is_place:
        return False
    lex = view.lex
    if word == lex.between:
        return link_ends(view, index) or view.is_place_noun(found.first) or (
            found.first > 0 and view.is_place_noun(found.first - 1)) \
            or all(e.type in ("LOC", "FAC") for e in found.entities)
    if word not in lex.place_words or hit.trigger.type not in arg_words().topic_types:
        return False
    return any(stem_role(view, at, "topic") and at not in view.entity_at
               for at in range(max(hit.last + 1, index - TOPIC_REACH), index))


def _inserted_time(view: View, index: int, stop: int) -> int:
    """«تظاهر مئات الخريجين، صباح اليوم، أمام…»: a time set off by commas; the index after
    its closing comma, else 0."""
    if view.norm(index) not in view.lex.joiners or index + 1 >= stop \
            or not in_time(view, index + 1):
        return 0
    at = index + 1
    while at < stop and in_time(view, at):
        at += 1
    return at + 1 if at < stop and view.norm(at) in view.lex.joiners else 0


def _second_party(view: View, args: Args, index: int, end: int, target: bool = False) -> None:
    """«بين مسلحين محليين وقوات الأمن»: the party after «و» is an actor too (a target for
    a verbal act: «رحبت الجامعة بالاتفاق بين أرمينيا وأذربيجان»)."""
    for at in range(index, min(end, index + 3)):
        if view.tokens[at].norm.startswith(view.lex.conjunction):
            found = phrase(view, at, end)
            if found is not None:
                (args.add_target if target else args.add_actor)(found)
            return


def _assign(view: View, hit: Hit, args: Args, word: str, found: Phrase) -> None:
    trigger = hit.trigger
    lex = view.lex
    if word == lex.between and trigger.type in lex.between_is_target:
        args.add_target(found)
        return
    if word in trigger.actor or word == lex.between:
        args.add_actor(found)
        return
    only_place = found.is_place and trigger.type not in lex.target_is_place and (
        word in trigger.place or (word == lex.prep_bi and trigger.type in _bi_place_types()))
    if word in trigger.target and not only_place:  # «زيارة إلى أبوظبي» is where, not whom
        args.add_target(found)
    if word in trigger.place or (word in lex.place_words and (
            word not in trigger.target or only_place)):
        args.set_place(found, marked=word in lex.place_words)


def _bi_place_types() -> frozenset[str]:
    """Types whose «بـ» + a place is where (``bi_place`` in event_args_words.tsv)."""
    return _types_of("bi_place")


def _right_types() -> frozenset[str]:
    """Types whose «بحق» names the one it was done to (``right_of`` in event_args_words.tsv)."""
    return _types_of("right_of")


@functools.cache
def _types_of(role: str) -> frozenset[str]:
    return frozenset(row["word"] for row in load_table("event_args_words.tsv")
                     if row["role"] == role)


def _place_pointed_back(view: View, args: Args, at: int) -> None:
    """«انسحبوا من المدينة»: a definite place noun names the place it named before."""
    entity = place_antecedent(view, at)
    if entity is not None:
        args.set_place(Phrase(at, at, [entity]))
