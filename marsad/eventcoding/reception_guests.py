"""The guest of a reception named past an unnamed place or a time (round 24).

«استقبل الرئيس في مكتبه وزير الخارجية»، «واستقبل رئيس الحكومة نجيب ميقاتي في السراي
الحكومي قائد قوات اليونيفيل»، «استقبل … بمقر الوزارة في الرياض اليوم سفير فرنسا»: between
the host and the guest stands where and when the host received him. The object reader stops
at the place word, and a place no entity names is not passed (``argument_places``), so the
guest is lost. For a reception verb (types and modes of ``target_guests.yaml``) with a host
and no target read: past commas, times, named places and one unnamed place phrase — a place
word («في»، or «بـ» on a place noun) and up to a few definite, named or suffixed words — the
first word that heads a guest (``reception_guests.yaml``: «وزير»، «سفير»، «قائد»، «وفدا» …)
begins the target: the person or body it names (not a person it names as its owner: «مبعوث
الرئيس الصيني، السيد لوه شي شينغ» is the envoy, named after the comma), else its words as
text (a nationality in them is no guest: «وفدا من رجال الأعمال الكوريين»), or the person who
leads them («وفدا عسكريا برئاسة وزير الدفاع ساديو كامارا»). Nothing changes when the host's
name is followed by a comma and a title (his own: «، وزير الخارجية، …»), when
no place or time stands there, when the word after it heads no guest, or when the sentence
breaks first.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.argument_core import Args, titled_person
from marsad.eventcoding.argument_phrases import in_time, phrase, word_role
from marsad.eventcoding.argument_places import skip_adjuncts
from marsad.eventcoding.matcher import Hit, stems
from marsad.eventcoding.target_guests import receives_guests
from marsad.eventcoding.target_partitives import object_or_part
from marsad.eventcoding.view import Phrase, View
from marsad.lexicons import load_yaml

__all__ = ["guest_past_place"]


@dataclass(frozen=True)
class _Rules:
    heads: frozenset[str]
    place_words: int
    places: frozenset[str]
    led_by: frozenset[str]


@functools.cache
def _rules() -> _Rules:
    data = load_yaml("reception_guests.yaml")
    return _Rules(folded(data["guest_heads"]), int(data["place_words"]), folded(data["places"]),
                  folded(data["led_by"]))


def guest_past_place(view: View, hit: Hit, args: Args, stop: int) -> None:
    """Read the guest named past the place and time of a reception (see the module)."""
    if not receives_guests(hit) or args.targets or args.target_text or not args.has_actor:
        return
    rules = _rules()
    start = max(hit.last, args.last) + 1
    if start + 1 >= stop or (view.tokens[start].kind == "punct"
                             and _heads_guest(view, start + 1, rules)):
        return  # «استقبل الشيخ عبدالله بن زايد، وزير الخارجية، …»: the host's own title
    at = _past_place_and_time(view, start, stop, rules)
    if at <= start or at >= stop or not _heads_guest(view, at, rules):
        return
    guest = titled_person(view, at, stop) or phrase(view, at, stop)
    if guest is not None and guest.entities:
        first = view.entity_first.get(guest.entities[0].id, -1)
        if first == at or (first > at and guest.entities[0].type not in ("PER", "NORP")):
            args.add_target(guest)  # «وزير الخارجية أنطونيو تاياني»، «قائد قوات اليونيفيل»
            return
        named = _apposed(view, guest.last + 1, stop)  # «مبعوث الرئيس الصيني، السيد لوه…»:
        if first > at and named is not None:  # the owner's a person, the guest named after
            args.add_target(named)
            return
        if first > at and guest.entities[0].type == "PER":
            return
    args.object_at = at
    found = object_or_part(view, args, stop)
    if found is None:
        return
    leader = _leader(view, found.last + 1, stop, rules)
    args.add_target(leader or found)


def _apposed(view: View, at: int, stop: int) -> Phrase | None:
    """A person named after a comma right after the guest's title («، السيد لوه شي شينغ»)."""
    if at + 1 >= stop or view.tokens[at].norm not in view.lex.asides:
        return None
    return titled_person(view, at + 1, stop)


def _leader(view: View, at: int, stop: int, rules: _Rules) -> Phrase | None:
    """«وفدا عسكريا ماليا برئاسة وزير الدفاع ساديو كامارا»: the person leading the guests."""
    for at in range(at, min(stop, at + 2)):
        if view.bare(at) in rules.led_by or view.tokens[at].norm in rules.led_by:
            return titled_person(view, at + 1, stop)
    return None


def _heads_guest(view: View, at: int, rules: _Rules) -> bool:
    token = view.tokens[at]
    return token.kind == "word" and (token.norm in rules.heads or view.bare(at) in rules.heads)


def _past_place_and_time(view: View, at: int, stop: int, rules: _Rules) -> int:
    """Past commas, times, adverbs, named places and one unnamed place phrase; ``at`` itself
    when no unnamed place, time or named place stands there."""
    unnamed = False
    while at < stop:
        token = view.tokens[at]
        if token.kind == "punct" and token.norm in view.lex.asides:
            at += 1
            continue
        if token.kind != "word":
            return at
        if in_time(view, at) or word_role(view, at) == "adverb":
            at += 1
            continue
        after, _ = skip_adjuncts(view, at, stop)
        if after > at:
            at = after
            continue
        if unnamed or not _place_word(view, at, rules):
            return at
        unnamed = True
        at = _place_end(view, at + 1 if view.bare(at) in view.lex.place_words else at, stop, rules)
    return at


def _place_word(view: View, at: int, rules: _Rules) -> bool:
    """«في»، «داخل» or a place noun behind «بـ» («بمقر إقامته»، «بقصر قرطاج»)."""
    norm = view.tokens[at].norm
    return view.bare(at) in view.lex.place_words \
        or (norm.startswith(view.lex.prep_bi) and _place_noun(view, at, rules))


def _place_noun(view: View, at: int, rules: _Rules) -> bool:
    return view.is_place_noun(at) or any(stem in rules.places for stem in stems(view.tokens[at].text))


def _place_end(view: View, at: int, stop: int, rules: _Rules) -> int:
    """Past the place noun and the definite, named or suffixed words that go on with it
    («مكتبه»، «السراي الحكومي»، «مقر الوزارة»، «قصر اليمامة»)."""
    first = at
    while at < stop and at < first + rules.place_words:
        token = view.tokens[at]
        if token.kind != "word" or (at > first and _heads_guest(view, at, rules)):
            return at
        entity = view.entity_at.get(at)
        if entity is not None and at > first:
            if entity.type == "PER":
                return at
            at = view.entity_last[entity.id] + 1
            continue
        if at > first and not token.norm.startswith(view.lex.article) \
                and not token.prefix and not _place_noun(view, at, rules):
            return at
        at += 1
    return at
