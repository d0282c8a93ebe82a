"""Who did it, to whom, where: the arguments of one trigger, read from the entities and
unnamed actors around it.

* a verb's subject follows it («سيطرت الجماعات»), or stands before it in its sentence
  («الجيش موجود في حمص… وينتشر»); its object follows the subject;
* a masdar's genitive is its object when the trigger takes one («اعتقال الناشط»), else its
  actor («انسحاب الجيش»); a nationality adjective is the actor («الاعتداءات الإسرائيلية»);
* the trigger's prepositions mark its target («على/ضد/مع»), its place («في/قرب/شمال»، «من»
  after a withdrawal) and extra actors («اجتماع لوزراء…»، «بين… و…»، «من قبل»);
* «منها» points back to the place before it; failing all, the place is the nearest place
  stated before the trigger in its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import ACTOR_TYPES, PLACE_TYPES, Phrase, View
from marsad.model import Entity

__all__ = ["Args", "find_arguments"]


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

    def add_actor(self, phrase: Phrase) -> None:
        for entity in phrase.entities:
            if entity.type in ACTOR_TYPES and entity not in self.actors:
                self.actors.append(entity)
        if phrase.text and not phrase.entities and phrase.text not in self.actor_text:
            self.actor_text.append(phrase.text)
        self._cover(phrase)

    def add_target(self, phrase: Phrase) -> None:
        if phrase.text and not phrase.entities and phrase.text not in self.target_text:
            self.target_text.append(phrase.text)  # Event.target_text
        for entity in phrase.entities:
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


def find_arguments(view: View, hit: Hit, previous: Args | None = None) -> Args:
    """The arguments of ``hit``; ``previous`` are those of the verb before it in its
    sentence, whose subject a coordinated verb shares («داهمت القوات المخيم واعتقلت…»)."""
    args = Args(hit.first, hit.end)
    _, stop = view.sentence_of(hit.first)
    cursor = hit.end + 1 if hit.end > hit.last else hit.last + 1
    if hit.trigger.rest and hit.end == hit.last:
        cursor = _after_phrase(view, hit, args, cursor, stop)  # «طرد دبلوماسيين فرنسيين»
        _light_verb(view, hit, args)
    elif hit.trigger.verbal:
        cursor = _subject_and_object(view, hit, args, hit.last + 1, stop)
    else:
        cursor = _genitive(view, hit, args, cursor, stop)
        _light_verb(view, hit, args)
        if not args.has_actor:
            _light_verb_after(view, hit, args, stop)
    _markers(view, hit, args, min(stop, max(cursor, hit.end + 1) + view.lex.marker_window))
    if hit.trigger.verbal and not args.has_actor and not hit.passive:
        if previous is not None and view.tokens[hit.first].norm[:1] in view.lex.conjunctions:
            args.actors, args.actor_text = list(previous.actors), list(previous.actor_text)
        else:
            before = _antecedent(view, hit) or _actor_before(view, hit.first)
            if before is not None:
                args.add_actor(before)
    _target_as_place(view, hit, args)
    args.actors = [e for e in args.actors if e not in args.targets]  # one side each
    if args.place is None:
        _place_before(view, hit.first, args)
    return args


def _after_phrase(view: View, hit: Hit, args: Args, cursor: int, stop: int) -> int:
    """What follows a phrase whose last word is its object qualifies that object."""
    phrase = view.phrase_at(cursor, min(stop, cursor + view.lex.object_window))
    if phrase is None or "obj" not in hit.trigger.target:
        return cursor
    _object(hit, args, phrase)
    return phrase.last + 1


def _target_as_place(view: View, hit: Hit, args: Args) -> None:
    if hit.trigger.type not in view.lex.target_is_place:
        return
    place = next((e for e in args.targets if e.type in PLACE_TYPES), None)
    if place is not None:
        args.place, args.place_stated = place, True


def _light_verb(view: View, hit: Hit, args: Args) -> None:
    """«شنت طائرات إسرائيلية غارات»: the light verb's subject is the masdar's actor."""
    first, _ = view.sentence_of(hit.first)
    for at in range(hit.first - 1, max(first, hit.first - view.lex.light_window) - 1, -1):
        if view.ends_argument(at):
            return
        role = view.light_verb(at)
        if not role:
            continue
        args.future, args.light_at = view.future_verb(at), at
        subject = view.phrase_at(at + 1, hit.first)
        if subject is None and role == "actor" and not args.has_actor:
            subject = _actor_before(view, at)
        if subject is None:
            return
        if role == "target":
            args.add_target(subject)
        elif role == "place":
            args.set_place(subject)
        elif not args.has_actor:
            args.add_actor(subject)
        return


def _light_verb_after(view: View, hit: Hit, args: Args, stop: int) -> None:
    """«قصف شنته طائرات التحالف»، «الغارات التي يشنها الجيش»: a light verb after the
    masdar, carrying it as an object pronoun, has the masdar's actor as subject."""
    lex = view.lex
    for at in range(hit.end + 1, min(stop, hit.end + 1 + lex.object_window)):
        if view.bare(at) in lex.relatives:
            continue
        if view.ends_argument(at):
            return
        role = _light_with_pronoun(view, view.tokens[at].norm)
        if not role:
            continue
        if role == "actor":
            subject = view.phrase_at(at + 1, min(stop, at + 1 + lex.object_window))
            if subject is not None and (subject.text or subject.types() & ACTOR_TYPES):
                args.add_actor(subject)
        return


def _light_with_pronoun(view: View, word: str) -> str:
    for pronoun in view.lex.pronouns:
        if word.endswith(pronoun) and len(word) - len(pronoun) >= 2:
            role = view.lex.light_verbs.get(word[: -len(pronoun)])
            if role:
                return role
    return ""


def _subject_and_object(view: View, hit: Hit, args: Args, cursor: int, stop: int) -> int:
    takes_object = "obj" in hit.trigger.target
    if cursor < stop and view.pronoun_prep(cursor):
        cursor += 1  # «انسحب منها الجيش»: the marker is read with the others
    first = view.phrase_at(cursor, min(stop, cursor + view.lex.object_window))
    if first is None:
        if takes_object and cursor + 1 < stop and view.tokens[cursor].kind == "word" \
                and not view.ends_argument(cursor):
            # «قصفت المدفعية بلدة مارع»: an unknown subject noun, then the object
            after = view.phrase_at(cursor + 1, min(stop, cursor + 1 + view.lex.object_window))
            if after is not None and not hit.plural:
                _object(hit, args, after)
                return after.last + 1
        return cursor
    if hit.passive:  # «قُصفت المدينة»: the one named after a passive verb suffered it
        args.add_target(first)
        return first.last + 1
    if hit.plural:  # «دانوا الاعتداءات»: the subject is in the verb; this is its object
        if takes_object:
            _object(hit, args, first)
        return first.last + 1 if takes_object else cursor
    second = None
    if takes_object:
        next_at = first.last + 1
        second = view.phrase_at(next_at, min(stop, next_at + view.lex.object_window))
    if takes_object and second is None and first.is_place:
        _object(hit, args, first)  # «قصف حلب»: a lone place is what was hit
        return first.last + 1
    if first.entities and not first.types() & ACTOR_TYPES:
        return cursor
    args.add_actor(first)
    if second is not None:
        _object(hit, args, second)
        return second.last + 1
    return first.last + 1


def _object(hit: Hit, args: Args, phrase: Phrase) -> None:
    args.add_target(phrase)
    if "obj" in hit.trigger.place:
        args.set_place(phrase)


def _genitive(view: View, hit: Hit, args: Args, cursor: int, stop: int) -> int:
    phrase = view.phrase_at(cursor, min(stop, cursor + view.lex.object_window))
    if phrase is None:
        return cursor
    if phrase.entities and phrase.types() == {"NORP"} and view.entity_at.get(cursor) is not None:
        args.add_actor(phrase)  # «القصف الإسرائيلي» (not «استهداف منزل فلسطيني»)
    elif "obj" in hit.trigger.target:
        _object(hit, args, phrase)
        _nationality_after(view, args, phrase.last + 1, stop)
    elif phrase.is_place and ("obj" in hit.trigger.place
                              or hit.trigger.type in view.lex.target_is_place):
        args.set_place(phrase)  # «زيارة دمشق»، «هجمات كابول»
    else:
        args.add_actor(phrase)  # «انسحاب الجيش»
    return phrase.last + 1


def _nationality_after(view: View, args: Args, index: int, stop: int) -> None:
    entity = view.entity_at.get(index) if index < stop else None
    if entity is not None and entity.type == "NORP":
        args.add_actor(Phrase(index, view.entity_last[entity.id], [entity]))


def _markers(view: View, hit: Hit, args: Args, end: int) -> None:
    """Arguments after markers that stand before ``end`` (their phrase may run on)."""
    trigger = hit.trigger
    lex = view.lex
    _, stop = view.sentence_of(hit.first)
    index = hit.last + 1
    while index < end:
        if view.ends_argument(index):
            break
        word, at = view.bare(index), index + 1
        clitic = view.clitic_prep(index)
        if clitic and word not in lex.function_words:
            word, at = clitic, index
        pronoun = view.pronoun_prep(index)
        if pronoun:
            if pronoun in trigger.place or pronoun in lex.place_words:
                _place_before(view, hit.first, args, stated=True)
            index += 1
            continue
        agent = (word == lex.agent[0] and index + 1 < end
                 and view.bare(index + 1) == lex.agent[-1])  # «من قبل»
        if agent:
            at = index + 2
        phrase = view.phrase_at(at, stop) if word in lex.function_words else None
        if phrase is not None:
            _assign(view, hit, args, lex.between if agent else word, phrase)
            if word == lex.between:
                _second_party(view, args, phrase.last + 1, stop,
                              target=hit.trigger.type in lex.between_is_target)
            index = max(index + 1, phrase.last + 1)
            continue
        index += 1


def _second_party(view: View, args: Args, index: int, end: int, target: bool = False) -> None:
    """«بين مسلحين محليين وقوات الأمن»: the party after «و» is an actor too (a target for
    a verbal act: «رحبت الجامعة بالاتفاق بين أرمينيا وأذربيجان»)."""
    for at in range(index, min(end, index + 3)):
        if view.tokens[at].norm.startswith(view.lex.conjunction):
            phrase = view.phrase_at(at, end)
            if phrase is not None:
                (args.add_target if target else args.add_actor)(phrase)
            return


def _assign(view: View, hit: Hit, args: Args, word: str, phrase: Phrase) -> None:
    trigger = hit.trigger
    if word == view.lex.between and trigger.type in view.lex.between_is_target:
        args.add_target(phrase)
        return
    if word in trigger.actor or word == view.lex.between:
        args.add_actor(phrase)
        return
    if word in trigger.target:
        args.add_target(phrase)
    if word in trigger.place or (word in view.lex.place_words and word not in trigger.target):
        args.set_place(phrase, marked=word in view.lex.place_words)


def _actor_before(view: View, index: int) -> Phrase | None:
    """The nearest actor before the trigger in its sentence, not itself a place phrase."""
    first, _ = view.sentence_of(index)
    floor = max(first, index - view.lex.subject_window - 1)
    for at in range(index - 1, floor - 1, -1):
        if view.ends_argument(at) and view.norm(at) not in view.lex.joiners:
            return None
        phrase = _phrase_ending(view, at, index)
        if phrase is None:
            continue
        if _after_place_word(view, phrase.first, first) or _dateline_like(view, phrase, first):
            continue
        if phrase.text or phrase.types() & ACTOR_TYPES:
            return phrase
    return None


def _antecedent(view: View, hit: Hit) -> Phrase | None:
    """«المسلحين الذين اقتحموا البلدة»: the noun before a relative pronoun is the subject
    of a verb with no object pronoun («التي يشنها»، «التي سيطروا عليها» take it as object),
    when it is no place and no preposition governs it («القادمون من إيران الذين…»)."""
    at = hit.first - 1
    if at < 1 or hit.pronoun or view.bare(at) not in view.lex.relatives:
        return None
    after = hit.last + 1
    if after < len(view.tokens) and view.pronoun_prep(after):
        return None
    first, _ = view.sentence_of(hit.first)
    phrase = _phrase_ending(view, at - 1, at)
    if phrase is None or phrase.first < first or phrase.types() & PLACE_TYPES:
        return None
    governed = phrase.first > first and view.bare(phrase.first - 1) in view.lex.function_words
    if governed or view.clitic_prep(phrase.first):
        return None
    return phrase if phrase.text or phrase.types() & ACTOR_TYPES else None


def _dateline_like(view: View, phrase: Phrase, first: int) -> bool:
    """«دمشق، التقى…»: a place opening the sentence before a comma is a dateline."""
    after = phrase.last + 1
    return phrase.first == first and phrase.is_place and after < len(view.tokens) \
        and view.norm(after) in view.lex.joiners


def _phrase_ending(view: View, at: int, stop: int) -> Phrase | None:
    entity = view.entity_ending_at.get(at)
    if entity is not None:
        begin = view.entity_first[entity.id]
        return Phrase(begin, at, [entity])
    head = view.head_at(at)
    if head is not None and head[0] < stop:
        return view.phrase_at(at, stop)
    return None


def _after_place_word(view: View, index: int, floor: int) -> bool:
    at = index
    if view.clitic_prep(at) == "ب":
        return True
    at -= 1
    while at >= floor and view.is_skip(at):
        if view.is_place_noun(at):
            return True
        at -= 1
    return at >= floor and (view.bare(at) in view.lex.place_words
                            or view.clitic_prep(at + 1) in view.lex.place_words)


def _place_before(view: View, index: int, args: Args, stated: bool = False) -> None:
    """The nearest place before the trigger in its sentence; stated when it is close and in
    the trigger's clause («انطلقت في بغداد أعمال القمة»)."""
    first, _ = view.sentence_of(index)
    near = True
    for at in range(index - 1, max(first, index - 3 * view.lex.marker_window) - 1, -1):
        if view.ends_argument(at):
            near = False
        entity = view.entity_ending_at.get(at)
        if entity is None or entity.type not in PLACE_TYPES:
            continue
        begin = view.entity_first[entity.id]
        if stated or _after_place_word(view, begin, first):
            close = near and index - at <= view.lex.place_window
            args.set_place(Phrase(begin, at, [entity]), stated=stated or close)
            return
