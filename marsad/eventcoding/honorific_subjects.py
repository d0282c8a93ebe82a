"""A verbal act told with an honorific pronoun as its subject is done by the person it stands for.

Gulf news names a dignitary once and then calls him by an honorific pronoun: «وعبر سموه عن
استنكاره الشديد لهذا الاعتداء»، «وأشاد معاليه بجهود رجال الأمن»، «وطالب سماحته
بمحاسبة…». The statements layer takes such a pronoun as a speaker that can act
(``unnamed_speakers``), but a trigger row read without a statement («عبر عن استنكاره» is a
phrase of ``event_triggers.tsv``) found no actor in it and was dropped for want of evidence.
Here, when a trigger of a verbal act (``types``) has no actor and the word right after its
verb is one of ``pronouns``, its actor is the person the pronoun stands for: the nearest
person named before it with an honorific of ``speaker_honorifics.txt`` among the
``honorific_reach`` words before the name («رفع صاحب السمو الأمير فهد بن سلطان … ، وعبر سموه»);
a person named in between without one («لخادم الحرمين الشريفين الملك سلمان») is passed. With
no such person the pronoun is its unnamed actor, as a statement's speaker is. Visits and
receptions («واستقبل سموه…») are not among the types and are left alone. Words:
``event_honorific_subjects.yaml``.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.speakers import token_at
from marsad.eventcoding.view import View
from marsad.lexicons import load_words, load_yaml
from marsad.model import Entity

__all__ = ["honorific_subject", "honorific_pronoun"]


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("event_honorific_subjects.yaml")
    pronouns = frozenset(fold(w) for w in load_words("honorific_pronouns.txt"))
    return pronouns, frozenset(data["types"])


@functools.cache
def _honorifics() -> tuple[frozenset[str], int]:
    words = {fold(word) for line in load_words("speaker_honorifics.txt")
             for word in line.split()}
    data = load_yaml("event_honorific_subjects.yaml")
    holders = {fold(str(word)) for word in data["holders"]}
    return frozenset(words - holders), int(data["honorific_reach"])


def honorific_pronoun(view: View, at: int) -> bool:
    """The word at ``at`` is an honorific pronoun («سموه»، «معاليه»)."""
    return fold(view.tokens[at].norm) in _words()[0]


def honorific_subject(view: View, hit: Hit, args: Args) -> None:
    """Give the act the person its honorific pronoun stands for (module docstring)."""
    pronouns, types = _words()
    if args.has_actor or hit.trigger.type not in types \
            or hit.trigger.kind not in ("verb", "phrase"):
        return
    at = hit.first + 1
    if at >= len(view.tokens) or fold(view.tokens[at].norm) not in pronouns:
        return
    person = _honoured_before(view, view.tokens[hit.first].start)
    if person is not None:
        args.actors = [person]
    else:
        args.actor_text = [view.tokens[at].text]


def _honoured_before(view: View, offset: int) -> Entity | None:
    """The nearest person named before ``offset`` with an honorific just before the name."""
    honorifics, reach = _honorifics()
    for entity in reversed([e for e in view.article.entities
                            if e.type == "PER" and e.end <= offset]):
        first = token_at(view, entity.start)
        if any(fold(view.tokens[k].norm) in honorifics
               for k in range(max(first - reach, 0), first)):
            return entity
    return None
