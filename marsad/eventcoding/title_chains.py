"""A person named after a chain of titles is the verb's subject (round 26): «استقبل نائب رئيس
مجلس الوزراء ووزير الخارجية الشيخ صباح الخالد سفير…»، «قرر رئيس المجلس العسكري الفريق أول
عبد الفتاح البرهان إلغاء…». ``argument_core.titled_person`` reads a person a few words after
the verb, and ``arg_titles.title_subject`` a title with its one definite word; a chain of
offices (a deputy's, two posts joined by «و», a rank) puts the name further on. The chain must
open with an office word (``event_args_titles.tsv``) and hold only words up to the person: no
break, no word a preposition opens that no entity names («بجهود»: what was praised), no entity
but a person and the bodies and places the offices govern."""

from __future__ import annotations

from marsad.arabic.titles import office_titles
from marsad.eventcoding.argument_phrases import phrase
from marsad.eventcoding.view import Phrase, View

__all__ = ["chained_person", "person_after_title_chain"]

#: The most words from the first office word to the person's name.
CHAIN_REACH = 10

#: Entities a chain of offices may hold before the person: the bodies and places it governs.
_GOVERNED = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})


def person_after_title_chain(view: View, cursor: int, stop: int) -> Phrase | None:
    """The person named at the end of a chain of titles opening at ``cursor``, or None."""
    if cursor >= stop or cursor in view.entity_at or view.tokens[cursor].kind != "word":
        return None
    heads, whole = office_titles()
    first = view.tokens[cursor].norm
    if first not in heads and not any(first == pair[0] for pair in whole):
        return None
    for at in range(cursor + 1, min(stop, cursor + CHAIN_REACH)):
        if view.tokens[at].kind != "word" or view.ends_argument(at):
            return None
        entity = view.entity_at.get(at)
        if entity is not None and entity.type == "PER":
            return phrase(view, at, stop)
        if entity is not None and entity.type not in _GOVERNED:
            return None
        if entity is None and view.tokens[at].norm.startswith(view.lex.clitic_preps):
            return None
    return None


def chained_person(view: View, cursor: int, masdar: int) -> Phrase | None:
    """A light verb's subject named after a chain of titles, standing right before the masdar
    it carries («قرر رئيس المجلس العسكري الفريق أول عبد الفتاح البرهان إلغاء الاتفاقات»)."""
    found = person_after_title_chain(view, cursor, masdar)
    return found if found is not None and found.last + 1 == masdar else None
