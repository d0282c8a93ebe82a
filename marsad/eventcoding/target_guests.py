"""Whom a host received, past his titles (round 21, targets).

«استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء، في قصر اليمامة
بالرياض اليوم، رئيس مجلس القيادة الرئاسي رشاد العليمي»: the host is named right after the
verb, his titles run on («ولي العهد رئيس مجلس الوزراء»، «بن عبدالعزيز آل سعود»، «أمير منطقة
جازان»), then come the place and the time, then the guest. The object reader takes the first
phrase after the name, a piece of the host's own titles. For a meeting verb (types and modes
in ``target_guests.yaml``) whose actor is a person named right after it, with no second person
and no «و» in the title words after that name before a place or time adjunct: the guest is
the first person named past those adjuncts, and replaces the targets read inside the titles
(and the unnamed text read there). Nothing changes when a target was read past the adjuncts
already, or when no adjunct or no person follows.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.argument_core import Args, titled_person
from marsad.eventcoding.argument_phrases import in_time, word_role
from marsad.eventcoding.argument_places import skip_adjuncts
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import PLACE_TYPES, View
from marsad.lexicons import load_yaml

__all__ = ["guest_after_titles", "receives_guests"]


@dataclass(frozen=True)
class _Guests:
    types: frozenset[str]
    modes: frozenset[str]
    name_links: frozenset[str]
    tail_words: int
    adjunct_words: int
    honorific_words: int


@functools.cache
def _guests() -> _Guests:
    data = load_yaml("target_guests.yaml")
    return _Guests(frozenset(data["types"]), frozenset(data["modes"]),
                   folded(data["name_links"]), int(data["tail_words"]),
                   int(data["adjunct_words"]), int(data["honorific_words"]))


def receives_guests(hit: Hit) -> bool:
    """A reception or meeting verb told in the active voice (the types and modes of
    ``target_guests.yaml``): the verbs whose guest this module and ``reception_guests`` read."""
    rules = _guests()
    return hit.trigger.verbal and not hit.passive and hit.trigger.type in rules.types \
        and hit.trigger.mode in rules.modes


def guest_after_titles(view: View, hit: Hit, args: Args, stop: int) -> None:
    """Replace the targets read inside a host's titles by the guest named past the place and
    time that follow them."""
    if not receives_guests(hit):
        return
    rules = _guests()
    host = next((e for e in args.actors if e.type == "PER"), None)
    if host is None or host.id not in view.entity_first:
        return
    first, last = view.entity_first[host.id], view.entity_last[host.id]
    if not hit.last < first <= hit.last + 1 + rules.honorific_words:
        return
    tail = _tail_end(view, last + 1, stop, rules)
    if tail < 0:
        return
    cursor = _past_adjuncts(view, tail, stop, rules.adjunct_words)
    if cursor <= tail:
        return
    if any(view.entity_first.get(e.id, -1) >= tail
           and not (e.type in PLACE_TYPES and view.entity_first[e.id] < cursor)
           for e in args.targets):
        return  # read past the adjuncts already (not the adjunct's own place: «برام الله»)
    guest = titled_person(view, cursor, stop)
    if guest is None:
        return
    person = next((e for e in guest.entities if e.type == "PER"), None)
    if person is None or person is host or _owned(view, view.entity_first.get(person.id, -1),
                                                   cursor):
        return
    args.targets, args.target_text = [person], []


def _owned(view: View, at: int, cursor: int) -> bool:
    """«مبعوث الرئيس الصيني»: a person named right after an indefinite noun is its owner in
    the genitive, not the guest (the corpus)."""
    before = at - 1
    if at < 0 or before < cursor or before in view.entity_at:
        return at < 0
    token = view.tokens[before]
    return token.kind == "word" and not token.prefix.endswith(view.lex.article)


def _tail_end(view: View, at: int, stop: int, rules: _Guests) -> int:
    """Where the host's titles end and an adjunct (a comma, a place, a time) begins; -1 when
    a second person, a «و» or a clause break comes first, or the titles run too long."""
    lex = view.lex
    for at in range(at, min(stop, at + rules.tail_words)):
        token = view.tokens[at]
        if token.kind == "punct" or _opens_adjunct(view, at, stop):
            return at
        if token.kind != "word" or view.ends_argument(at) \
                or (at not in view.entity_at and token.prefix[:1] == lex.conjunction):
            return -1
        entity = view.entity_at.get(at)
        if entity is not None and entity.type == "PER" and view.entity_first[entity.id] == at \
                and not (at > 0 and view.bare(at - 1) in rules.name_links):
            return -1
    return -1


def _opens_adjunct(view: View, at: int, stop: int) -> bool:
    return in_time(view, at) or _place_word(view, at) or skip_adjuncts(view, at, stop)[0] > at


def _place_word(view: View, at: int) -> bool:
    """«في»، «قرب» or a place noun behind «بـ» («بالقصر الرئاسي»)."""
    token = view.tokens[at]
    return view.bare(at) in view.lex.place_words \
        or (token.prefix[:1] == view.lex.prep_bi and view.is_place_noun(at))


def _past_adjuncts(view: View, at: int, stop: int, reach: int) -> int:
    """Past commas, times, adverbs and stated places («، في قصر اليمامة بالرياض اليوم،»), and
    an unnamed place up to the time after it («في مكتبه بديوان الإمارة أمس»)."""
    while at < stop:
        if view.tokens[at].kind == "punct":
            at += 1
            continue
        after, _ = skip_adjuncts(view, at, stop)
        if after > at:
            at = after
            continue
        if not _place_word(view, at):
            return at
        timed = next((k for k in range(at + 1, min(stop, at + 1 + reach)) if in_time(view, k)
                      or view.tokens[k].kind == "punct"), None)
        if timed is None:
            return at
        at = timed
        while at < stop and (in_time(view, at) or word_role(view, at) == "adverb"):
            at += 1
    return at
