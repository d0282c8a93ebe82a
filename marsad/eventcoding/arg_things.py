"""Round 19: a target kept as text that names a thing, not a party.

«أدانت الوزارة الهجوم»، «رفضت الحكومة المبادرة»، «وافق الطرفان على هدنة»، «عززت القوات
مواقعها»: after a condemnation, a refusal, an agreement, a word of support or a reinforcement
(the modes marked `thing_target` in event_args_words.tsv) the object is most often a deed or a
proposal. Such an object, kept as text, names no one the event is about: it is dropped unless
its first word names people or a body («أدان المستوطنين»), a nationality in it names its owner
(«دان التدخلات الإيرانية») or «مع» stands before it («تضامنها مع القاتل»). Round 20: a
dropped text moves to ``Args.evidence_text``, which the evidence test (``merge.has_evidence``)
reads as it reads a target text, so an event that stands by its deed alone («وافقت الحكومة على
هدنة») stays, without the deed as its target.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import arg_words
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import Hit, stems
from marsad.eventcoding.view import View

__all__ = ["drop_thing_targets", "is_thing_mode", "split_things"]

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
    if not args.target_text or hit.trigger.mode not in _thing_modes():
        return
    args.target_text, dropped = split_things(view, hit.first, args.target_text)
    args.evidence_text += dropped  # still tells the act to ``merge.has_evidence`` (round 20)


def is_thing_mode(mode: str) -> bool:
    """Whether ``mode``'s object is most often a thing (`thing_target`)."""
    return mode in _thing_modes()


def split_things(view: View, first: int, texts: list[str]) -> tuple[list[str], list[str]]:
    """The texts that can be a party and those that name a thing, for the act whose trigger
    is token ``first``."""
    kept = [text for text in texts if _names_party(view, text) or _after_with(view, first, text)]
    return kept, [text for text in texts if text not in kept]


def _after_with(view: View, trigger: int, text: str) -> bool:
    """«أعلنت تضامنها مع القاتل»، «تضامن تركيا مع المملكة»: the one stood with is a party."""
    first, stop = view.sentence_of(trigger)
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
