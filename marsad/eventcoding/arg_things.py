"""Round 19: a target kept as text that names a thing, not a party.

«أدانت الوزارة الهجوم»، «رفضت الحكومة المبادرة»، «وافق الطرفان على هدنة»، «عززت القوات
مواقعها»: after a condemnation, a refusal, an agreement, a word of support or a reinforcement
(the modes marked `thing_target` in event_args_words.tsv) the object is most often a deed or a
proposal. Such an object, kept as text, names no one the event is about: it is dropped unless
its first word names people or a body («أدان المستوطنين»), a nationality in it names its owner
(«دان التدخلات الإيرانية») or «مع» stands before it («تضامنها مع القاتل»); and it is kept
where the event stands by it alone (the evidence test reads it).
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import arg_words
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import Hit, stems
from marsad.eventcoding.view import View

__all__ = ["drop_thing_targets"]

#: event_args_stems.tsv roles whose words name people or a body.
PARTY_ROLES = ("agent", "body", "civilian", "unit", "org_head", "member", "construct")


@functools.cache
def _thing_modes() -> frozenset[str]:
    return frozenset(word for word, role in arg_words().words.items() if role == "thing_target")


@functools.cache
def _party_stems() -> frozenset[str]:
    sets = arg_words().stem_sets
    found: set[str] = set(lexicon().heads)
    for role in PARTY_ROLES:
        found |= sets.get(role, frozenset())
    return frozenset(found)


def drop_thing_targets(view: View, hit: Hit, args: Args) -> None:
    """Keep only the targets kept as text that can be a party, for a `thing_target` mode."""
    if not args.target_text or hit.trigger.mode not in _thing_modes() \
            or not _told_without(hit, args):
        return
    args.target_text = [text for text in args.target_text
                        if _names_party(view, text) or _after_with(view, hit, text)]


def _told_without(hit: Hit, args: Args) -> bool:
    """Whether the event stands without its text target: the evidence test
    (``merge.has_evidence``) reads «وافقت الحكومة على هدنة» by that text when the trigger needs
    a target and no entity is one; it stays there."""
    if hit.trigger.needs == "target":
        return bool(args.targets)
    return args.has_actor or bool(args.targets)


def _after_with(view: View, hit: Hit, text: str) -> bool:
    """«أعلنت تضامنها مع القاتل»، «تضامن تركيا مع المملكة»: the one stood with is a party."""
    first, stop = view.sentence_of(hit.first)
    at = view.article.text.find(text, view.tokens[first].start)
    if at < 0:
        return False
    for index in range(first, stop):
        if view.tokens[index].end > at:
            return index > first and view.bare(index - 1) == view.lex.prep_with
    return False


def _names_party(view: View, text: str) -> bool:
    words = text.split()
    if not words:
        return False
    party = _party_stems()
    if any(stem in party for stem in stems(words[0])):
        return True
    nations = {fold(e.text) for e in view.article.entities if e.type == "NORP"}
    return any(fold(word) in nations for word in words[1:])
