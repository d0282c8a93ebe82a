"""Round 19: a nationality that titles a person named after it.

«زيارة وزير الداخلية الكويتي الشيخ فهد اليوسف»، «بحث مع نظيره الإيراني اللواء محمد باقري»،
«اتهم وزير المياه الإثيوبي سيلشي بيكيلي مصر…»: the nationality adjective is the title's, the
person named a few title words on is the party. An actor or target that is such a nationality
is replaced by that person; the words between may only be titles, honorifics, ranks or
definite words of the title («قائد الإدارة السورية الجديدة أحمد الشرع»), never a noun of
its own («قصفت الطائرات الإسرائيلية منزل…» keeps the planes' nation).

Round 27: a definite title with the nationality and no name after it («أشاد الوزير الألماني
بالحكومة…»، «وقال المبعوث الصيني إن…») is the person the article named before with the same
title and a word of the same country («وزير الخارجية الألماني فلان»، «المبعوث الخاص لرئيس
الصين … فلان»); with no such person the nationality is kept. Titles are data:
``event_nation_titles.yaml``.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import carries_preposition, word_role
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["named_after_nation", "person_after", "titled_before"]

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
    if last is None:
        return None
    return person_after(view, last, TITLE_WORDS, definite=True)


def titled_before(view: View, args: Args) -> None:
    """Replace each nationality actor or target that a definite title heads, with no name
    after it, by the person the article named before with that title, and each person
    entity that is only a title followed by ranks and a name by that name («وزير الداخلية
    المصري اللواء …»: ``_named_after_title``); round 27. The arguments of every event,
    whichever reader found them («وقال المبعوث الصيني إن…، مشيداً…» takes its actor from the
    speaker). Where that person is already a party of the event, the entity stays as it is."""
    for role in ("actors", "targets"):
        found: list[Entity] = getattr(args, role)
        if not any(e.type in ("NORP", "PER") for e in found):
            continue
        out: list[Entity] = []
        for entity in found:
            if entity.type == "PER":
                person = _named_after_title(view, entity)
            else:
                person = _titled_before(view, entity) if entity.type == "NORP" \
                    and _person_after(view, entity) is None else None
            chosen = entity if person is None or person in args.actors + args.targets else person
            if chosen not in out:
                out.append(chosen)
        setattr(args, role, out)


def _named_after_title(view: View, entity: Entity) -> Entity | None:
    """«وزير الداخلية المصري اللواء مجدي عبدالغفار»: a person entity that is only a title,
    with at most two ranks or definite words and then a name after it, is that person."""
    first, last = view.entity_first.get(entity.id), view.entity_last.get(entity.id)
    if first is None or last is None or not view.is_skip(first) \
            or view.tokens[first].norm in view.lex.honorifics:
        return None
    return person_after(view, last, 1, definite=True)


@functools.cache
def _nation_titles() -> tuple[frozenset[str], int]:
    data = load_yaml("event_nation_titles.yaml")
    return frozenset(fold(word) for word in data["titles"]), int(data["name_words"])


def _title_word(view: View, index: int) -> str:
    """The title a word names, without «و» and «ال» («والوزير» → «وزير»), else ''."""
    titles, _ = _nation_titles()
    word = view.bare(index)
    if word.startswith(view.lex.conjunction) and word[len(view.lex.conjunction):] in titles:
        word = word[len(view.lex.conjunction):]
    article = view.lex.article
    word = word[len(article):] if word.startswith(article) else word
    return word if word in titles else ""


def _titled_before(view: View, nation: Entity) -> Entity | None:
    """«الوزير الألماني» with no name after it: the person named before with that title and a
    word of the same country between the title and the name; the latest such. The title must
    be definite («شرطي مصري» is some policeman)."""
    first = view.entity_first[nation.id]
    country = nation.link.country if nation.link is not None else None
    if first < 1 or country is None or not view.tokens[first - 1].norm.startswith(
            (view.lex.article, view.lex.conjunction + view.lex.article)):
        return None
    title = _title_word(view, first - 1)
    if not title:
        return None
    for at in range(first - 2, -1, -1):
        if _title_word(view, at) == title:
            person = _person_of_title(view, at, country)
            if person is not None:
                return person
    return None


def _person_of_title(view: View, at: int, country: str) -> Entity | None:
    """The first person named after the title at ``at`` within a few words of its sentence,
    when a word of ``country`` stands from the title to the name."""
    _, stop = view.sentence_of(at)
    _, reach = _nation_titles()
    seen = False
    index = at
    while index < min(stop, at + reach + 1):
        entity = view.entity_at.get(index)
        if index > at and view.ends_argument(index):
            return None
        if entity is not None:
            begin = view.entity_first[entity.id]
            if entity.type == "PER" and begin > at and not view.is_skip(begin):  # not «رئيس
                # الصين»; not a name the tagger began inside a word («وليام» read «و» + «ليام»)
                named = seen or _of_country(entity, country)
                return entity if named and entity.start == view.tokens[begin].start else None
            seen = seen or _of_country(entity, country)
            index = view.entity_last[entity.id] + 1
            continue
        index += 1
    return None


def _of_country(entity: Entity, country: str) -> bool:
    return entity.link is not None and entity.link.country == country


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
