"""Round 19: a nationality that titles a person named after it.

«زيارة وزير الداخلية الكويتي الشيخ فهد اليوسف»، «بحث مع نظيره الإيراني اللواء محمد باقري»،
«اتهم وزير المياه الإثيوبي سيلشي بيكيلي مصر…»: the nationality adjective is the title's, the
person named a few title words on is the party. An actor or target that is such a nationality
is replaced by that person; the words between may only be titles, honorifics, ranks or
definite words of the title («قائد الإدارة السورية الجديدة أحمد الشرع»), never a noun of
its own («قصفت الطائرات الإسرائيلية منزل…» keeps the planes' nation).
"""

from __future__ import annotations

from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import carries_preposition, word_role
from marsad.eventcoding.view import View
from marsad.model import Entity

__all__ = ["named_after_nation", "person_after"]

#: The most title words between the nationality and the name.
TITLE_WORDS = 4


def named_after_nation(view: View, args: Args) -> None:
    """Replace each nationality actor or target that titles a person by that person."""
    args.actors = _replaced(view, args.actors, args.targets)
    args.targets = _replaced(view, args.targets, args.actors)


def _replaced(view: View, found: list[Entity], other: list[Entity]) -> list[Entity]:
    if not any(e.type == "NORP" for e in found):
        return found
    out: list[Entity] = []
    for entity in found:
        person = _person_after(view, entity) if entity.type == "NORP" else None
        if person is None or person in other:  # «التقى قائد الإدارة السورية … أحمد الشرع
            out.append(entity)  # وفداً»: the name read already as the other side; left as is
        elif person not in out:
            out.append(person)
    return out


def _person_after(view: View, nation: Entity) -> Entity | None:
    """The person a nationality titles. Not a name the tagger began after «و» («الدولة
    التركية ورجب طيب أردوغان»: two parties; the corpus)."""
    last = view.entity_last.get(nation.id)
    return None if last is None else person_after(view, last, TITLE_WORDS, definite=True)


def person_after(view: View, last: int, gap: int, definite: bool = False) -> Entity | None:
    """The person named after the word at ``last`` across at most ``gap`` + 1 title words
    (titles, ranks, skipped words, and with ``definite`` any definite word); never across a
    preposition, «و», or a word that ends an argument."""
    _, stop = view.sentence_of(last)
    lex = view.lex
    for at in range(last + 1, min(stop, last + 2 + gap)):
        named = view.entity_at.get(at)
        if named is not None:
            return named if named.type == "PER" and named.start == view.tokens[at].start else None
        token = view.tokens[at]
        if token.kind != "word" or view.ends_argument(at) or carries_preposition(view, at) \
                or token.norm.startswith(lex.conjunction):
            return None
        if not (view.is_skip(at) or word_role(view, at) in ("title", "rank_word")
                or definite and token.norm.startswith(lex.article)):
            return None
    return None
