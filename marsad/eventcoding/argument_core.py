"""The arguments of one trigger as they are gathered (``Args``), and the readers every part
of the argument finder shares: the actor before a trigger, the object after a verb, a person
named after a long title, and the place stated before the trigger in its sentence."""

from __future__ import annotations

import bisect
import weakref
from dataclasses import dataclass, field

from marsad.eventcoding.arg_bounds import target_bounds
from marsad.eventcoding.argument_phrases import extend_back, head_ending, phrase
from marsad.eventcoding.argument_places import skip_adjuncts
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import ACTOR_TYPES, PLACE_TYPES, Phrase, View
from marsad.model import Entity
from marsad.ner.headed_places import headed_only, site_only

__all__ = ["Args", "actor_before", "phrase_ending", "titled_person", "past_adjuncts",
           "object_of", "place_before", "after_place_word", "dateline_like", "governed"]


@dataclass(slots=True)
class Args:
    first: int
    last: int
    actors: list[Entity] = field(default_factory=list)
    actor_text: list[str] = field(default_factory=list)
    targets: list[Entity] = field(default_factory=list)
    place: Entity | None = None
    place_stated: bool = False  # found by a marker of this trigger, not from context
    target_text: list[str] = field(default_factory=list)  # unnamed targets («مع مسلحين»)
    future: bool = False  # a light verb with the future «سـ» («ستستضيف القاهرة مفاوضات»)
    light_at: int | None = None  # the light verb's token («من المتوقع أن تعقد … مفاوضات»)
    markers_from: int = 0  # markers are read from here (past a long title: «بوزارة الخارجية»)
    object_at: int = -1  # where an object was due and no entity stood («قصفت الطائرات منزلا»)
    evidence_text: list[str] = field(default_factory=list)  # a deed told, no party: evidence only (round 20)
    announced: bool = False  # the actor announced the act («أعلن رئيس المجلس … وقف…», round 26)
    known_before: bool = False  # a known place is stated before a headed town taken (round 27)

    def add_actor(self, phrase: Phrase) -> None:
        for entity in phrase.entities:  # a town known only from its head word is no party
            if entity.type in ACTOR_TYPES and entity not in self.actors \
                    and not headed_only(entity):
                self.actors.append(entity)
        if phrase.text and not phrase.entities and phrase.text not in self.actor_text:
            self.actor_text.append(phrase.text)
        self._cover(phrase)

    def add_target(self, phrase: Phrase) -> None:
        text = target_bounds(phrase.text) if phrase.text and not phrase.entities else ""
        if text and text not in self.target_text:
            self.target_text.append(text)  # Event.target_text
        for entity in phrase.entities:
            if site_only(entity):
                continue  # a site known only from its head word («قاعدة عين الأسد», round
                # 30) is a place, no party and no evidence that a happening was told
            if entity not in self.targets and entity not in self.actors:
                self.targets.append(entity)
        self._cover(phrase)

    def set_place(self, phrase: Phrase, stated: bool = True, marked: bool = False) -> None:
        if self.place is None and (phrase.is_marked_place if marked else phrase.is_place):
            self.place, self.place_stated = phrase.entities[0], stated
            self._cover(phrase)

    def _cover(self, phrase: Phrase) -> None:
        self.first, self.last = min(self.first, phrase.first), max(self.last, phrase.last)

    @property
    def has_actor(self) -> bool:
        return bool(self.actors or self.actor_text)

    @property
    def named_place(self) -> bool:
        """A place stated by this trigger that the KB or the tagger knows: evidence that a
        happening is told. A town known only from the head word before it («ببلدة سيلوبي»,
        ``marsad.ner.headed_places``) is the event's place, never that evidence (round 27:
        «حملة اختطافات … في مديرية أرحب» is no happening for it)."""
        return self.place_stated and self.place is not None \
            and (self.known_before or not headed_only(self.place))


def governed(view: View, found: Phrase) -> bool:
    """A phrase after a preposition («من الحكومة»، «للحكومة») is no subject."""
    return bool(view.clitic_prep(found.first)) or (
        found.first > 0 and view.bare(found.first - 1) in view.lex.prepositions)


def titled_person(view: View, cursor: int, stop: int) -> Phrase | None:
    """«يزور وزير الدولة بوزارة الخارجية محمد الخليفي طهران»: a person named after a long
    title that the view does not skip."""
    end = min(stop, cursor + view.lex.object_window + 2)
    persons = _person_starts(view)
    nearest = bisect.bisect_left(persons, cursor)
    if nearest == len(persons) or persons[nearest] >= end:
        return None  # no person begins in reach: the words need not be read
    for at in range(cursor, end):
        if view.ends_argument(at) or view.tokens[at].kind != "word":
            return None
        entity = view.entity_at.get(at)
        if entity is not None and entity.type == "PER":
            return phrase(view, at, stop)
    return None


#: Per article view: the tokens where a person entity begins (``entity_at``), in order.
_PERSON_STARTS: weakref.WeakKeyDictionary[View, list[int]] = weakref.WeakKeyDictionary()


def _person_starts(view: View) -> list[int]:
    found = _PERSON_STARTS.get(view)
    if found is None:
        found = _PERSON_STARTS[view] = sorted(at for at, entity in view.entity_at.items()
                                              if entity.type == "PER")
    return found


def past_adjuncts(view: View, args: Args, cursor: int, stop: int) -> int:
    """«استقبل الأمير في قصر السلام بجدة مساء أمس الرئيس…»: times and a stated place stand
    between the verb and its arguments; the place is the event's."""
    after, place = skip_adjuncts(view, cursor, stop)
    if after > cursor and (after >= stop or view.ends_argument(after)):
        return cursor  # nothing follows: the markers read what was passed
    if place is not None:
        args.set_place(place, marked=True)
    return after


def object_of(view: View, hit: Hit, args: Args, found: Phrase) -> None:
    """What the verb was done to; a place visited («زار القاهرة») is only where it was."""
    trigger = hit.trigger
    if found.is_place and "obj" in trigger.place and trigger.type not in view.lex.target_is_place:
        args.set_place(found)
        return
    args.add_target(found)
    if "obj" in trigger.place:
        args.set_place(found)


def actor_before(view: View, index: int) -> Phrase | None:
    """The nearest actor before the trigger in its sentence, not itself a place phrase."""
    first, _ = view.sentence_of(index)
    floor = max(first, index - view.lex.subject_window - 1)
    for at in range(index - 1, floor - 1, -1):
        if view.ends_argument(at) and view.norm(at) not in view.lex.joiners:
            return None
        found = phrase_ending(view, at, index)
        if found is None:
            continue
        if after_place_word(view, found.first, first) or dateline_like(view, found, first):
            continue
        if found.text or found.types() & ACTOR_TYPES:
            return extend_back(view, found, first)
    return None


def phrase_ending(view: View, at: int, stop: int) -> Phrase | None:
    entity = view.entity_ending_at.get(at)
    if entity is not None:
        begin = view.entity_first[entity.id]
        return Phrase(begin, at, [entity])
    first, _ = view.sentence_of(at)
    head = view.head_at(at)
    if head is not None and head[0] < stop:
        for begin in range(max(first, at - 2), at):  # «عناصر الميليشيا»: the members, not the body
            longer = view.head_at(begin)
            if longer is not None and longer[0] >= head[0]:
                return view.phrase_at(begin, stop)
        return view.phrase_at(at, stop)
    return head_ending(view, at, first)


def dateline_like(view: View, phrase: Phrase, first: int) -> bool:
    """«دمشق، التقى…»: a place opening the sentence before a comma is a dateline."""
    after = phrase.last + 1
    return phrase.first == first and phrase.is_place and after < len(view.tokens) \
        and view.norm(after) in view.lex.joiners


def after_place_word(view: View, index: int, floor: int) -> bool:
    at = index
    if view.clitic_prep(at) == view.lex.prep_bi:
        return True
    at -= 1
    while at >= floor and view.is_skip(at):
        if view.is_place_noun(at):  # not the last word of a name: «مجلس أمن الإقليم تركيا»
            return at not in view.entity_ending_at
        at -= 1
    return at >= floor and (view.bare(at) in view.lex.place_words
                            or view.clitic_prep(at + 1) in view.lex.place_words)


def place_before(view: View, index: int, args: Args, stated: bool = False) -> None:
    """The nearest place before the trigger in its sentence; stated when it is close and in
    the trigger's clause («انطلقت في بغداد أعمال القمة»)."""
    first, _ = view.sentence_of(index)
    floor = max(first, index - 3 * view.lex.marker_window)
    ends = _place_ends(view)
    near = True
    read = index  # the words from here to the trigger were read for a break (``near``)
    subject: Phrase | None = None  # a town named after an unmarked head, taken last
    for place in range(bisect.bisect_left(ends, index) - 1, -1, -1):  # the places back to
        at = ends[place]  # ``floor``, nearest first; not every word between
        if at < floor:
            break
        if near:  # a break between the place and the trigger: the place is not near
            for between in range(read - 1, at - 1, -1):
                if view.ends_argument(between):
                    near = False
                    break
            read = at
        entity = view.entity_ending_at[at]
        begin = view.entity_first[entity.id]
        if headed_only(entity):  # a town named after its head word (round 27)
            earlier = _first_conjunct(view, begin)
            listed = earlier is not None
            while earlier is not None:  # «عقب تحرير مدينة الضالع ومنطقة دمت»: al-Dhale
                entity, begin = earlier, view.entity_first[earlier.id]
                earlier = _first_conjunct(view, begin)
            if not listed and not stated and not after_place_word(view, begin - 1, first):
                subject = subject or Phrase(begin, at, [entity])
                continue  # «وفي مدينة حلب، تعرض حي الشعار لقصف»: the head is no place marked
        if stated or after_place_word(view, begin, first):
            close = near and index - at <= view.lex.place_window
            args.set_place(Phrase(begin, view.entity_last[entity.id], [entity]),
                           stated=stated or close)
            return
    if subject is not None:  # «إن بلدة المخيسة تعرضت لقصف»: no other place before it
        args.set_place(subject, stated=False)


#: Per article view: the tokens where a place entity ends (``entity_ending_at``), in order.
_PLACE_ENDS: weakref.WeakKeyDictionary[View, list[int]] = weakref.WeakKeyDictionary()


def _place_ends(view: View) -> list[int]:
    found = _PLACE_ENDS.get(view)
    if found is None:
        found = _PLACE_ENDS[view] = sorted(at for at, entity in view.entity_ending_at.items()
                                           if entity.type in PLACE_TYPES)
    return found


def _first_conjunct(view: View, begin: int) -> Entity | None:
    """The first place of a list a headed town ends («مدينة قعطبة ومنطقة مريس»): the place
    right before the town's head word when that head opens with «و» — the list's first place
    is the event's, as before the town was known."""
    head = begin - 1
    if head <= 0 or view.tokens[head].norm[:1] not in view.lex.conjunctions \
            or not view.is_place_noun(head):
        return None
    before = view.entity_ending_at.get(head - 1)
    return before if before is not None and before.type in PLACE_TYPES else None
