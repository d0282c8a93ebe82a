"""Round 20: a body under a title is not the doer; the person the title names is.

«ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش…»، «وطالب الأمين العام لحزب الله حسن نصر
الله…»، «واتهم محافظ عدن نايف البكري…»: the body or place an office belongs to stands between
the office word and the holder's name. An actor that is such a body — an office word
(``event_args_titles.tsv``) right before it, across at most a definite word of the title
(«العام»), and a person named after it across at most a few title words — gives way to that
person; it is dropped when the person is an actor already. Left as is when no person is
named after it («قال المتحدث باسم الجيش…»: the army), or when that person is the other side.
"""

from __future__ import annotations

from marsad.arabic.titles import office_titles
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.arg_nations import person_after
from marsad.eventcoding.view import View
from marsad.model import Entity

__all__ = ["person_for_body"]

#: The most words between the office word and the body («الأمين العام لـ…»: one).
OFFICE_GAP = 1
#: The most title words between the body and the name.
NAME_GAP = 3
#: Entity types that may be a person's body of office.
BODY_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC"})


def person_for_body(view: View, args: Args) -> None:
    """Replace each actor that is a titled person's body by that person."""
    if not any(e.type in BODY_TYPES for e in args.actors):
        return
    out: list[Entity] = []
    for entity in args.actors:
        person = _holder(view, entity) if entity.type in BODY_TYPES else None
        if person is None or person in args.targets:
            out.append(entity)
        elif person not in out:
            out.append(person)  # its own place, or dropped when named later in the list
    args.actors = [e for n, e in enumerate(out) if e not in out[:n]]


def _holder(view: View, body: Entity) -> Entity | None:
    first, last = view.entity_first.get(body.id), view.entity_last.get(body.id)
    if first is None or last is None or not _office_before(view, first):
        return None
    return person_after(view, last, NAME_GAP)


def _office_before(view: View, first: int) -> bool:
    """An office word right before the body, across a definite word of its title."""
    heads, whole = office_titles()
    article = view.lex.article
    floor = view.sentence_of(first)[0]
    for at in range(first - 1, max(floor, first - 2 - OFFICE_GAP) - 1, -1):
        token = view.tokens[at]
        if token.kind != "word" or at in view.entity_at:
            return False
        word = token.norm
        bare = word[len(article):] if word.startswith(article) else word
        if bare in heads or (at > floor and (view.tokens[at - 1].norm, word) in whole):
            return True
        if not word.startswith(article):
            return False
    return False
