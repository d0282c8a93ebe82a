"""The speaker as the doer of an act it names as its own:

* a **unit it owns** («قواته»، «بعثتها»، «عناصره»): «قال الاتحاد الأفريقي إن بعثته ستعزز
  انتشارها» (the unit between «أن/إن» and the verb), «أعلن الجيش انتهاء عمليته وانسحاب
  قواته من المخيم» (the unit right after a masdar);
* a **link it denies** («أي صلة/علاقة لها بـ»): «نفت الكتائب أي صلة لها بالهجمات» — the
  denier is the one who would have done the attacks.

The words are the ``own_acts`` section of ``event_grammar.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold
from marsad.eventcoding.view import ACTOR_TYPES, PLACE_TYPES, View
from marsad.lexicons import load_yaml

__all__ = ["own_unit", "party_between", "speaker_owns"]


@dataclass(frozen=True, slots=True)
class OwnActs:
    units: frozenset[str]  # stems of a force or a mission before a pronoun («قوات»، «بعثت»)
    pronouns: frozenset[str]  # the third-person suffixes that make it the speaker's own
    openers: frozenset[str]  # «أن/إن»: the unit after one is the verb's subject
    links: frozenset[str]  # «صلة»، «علاقة»: … + «له/لها» + «بـ» + the act denied
    link_pronouns: frozenset[str]  # «له»، «لها»، «لهم»


@functools.cache
def _rules() -> OwnActs:
    section = load_yaml("event_grammar.yaml")["own_acts"]
    return OwnActs(*(frozenset(fold(w) for w in section[key])
                     for key in ("units", "pronouns", "openers", "links", "link_pronouns")))


def own_unit(view: View, index: int) -> bool:
    """The word at ``index`` is a unit with a third-person pronoun («قواته»، «بعثتها»)."""
    if not 0 <= index < len(view.tokens):
        return False
    rules, token = _rules(), view.tokens[index]
    if token.suffix not in rules.pronouns or token.prefix:
        return False
    return token.stem in rules.units


def speaker_owns(view: View, first: int, kind: str, content: int) -> bool:
    """The act at token ``first`` is told with the speaker's own unit as its doer, or as a
    link the speaker denies; ``content`` is the first token of the statement's content."""
    rules = _rules()
    if kind == "verb":  # «إن بعثته ستعزز»
        return first >= 2 and own_unit(view, first - 1) and view.bare(first - 2) in rules.openers
    if kind == "participle":
        return False
    if own_unit(view, first + 1):  # «وانسحاب قواته من المخيم»; not «مع حفتر قبل انسحاب
        return not party_between(view, content, first)  # قواته»: the pronoun is Haftar's
    return first >= 2 and view.norm(first - 1) in rules.link_pronouns \
        and view.bare(first - 2) in rules.links \
        and view.tokens[first].prefix[:1] == view.lex.prep_bi  # «بالهجمات»


def party_between(view: View, start: int, stop: int) -> bool:
    """An entity that can act stands between the content's start and the act: a pronoun
    after it may point to it rather than to the speaker."""
    return any(view.entity_at.get(at) is not None and view.entity_at[at].type in ACTOR_TYPES
               and view.entity_at[at].type not in PLACE_TYPES for at in range(start, stop))
