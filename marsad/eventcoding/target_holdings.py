"""The group that holds what an attack hit is the attack's target.

News tells a strike by the places it hit and names the enemy as their owner: «قصفت مقاتلات
روسية مواقع لتنظيم داعش في ريف حمص»، «نفذت الطائرات غارات ضد أهداف تابعة لجماعة الحوثي»،
«هاجمت القوات الصومالية معاقل حركة الشباب». The argument finder read «مواقع» as an unnamed
object or nothing, and the group was lost. For an event type of
``event_target_holdings.yaml`` that has no named target, the first holding word
(«مواقع»، «أهداف»، «معاقل»…) a few words after the trigger, within its clause, followed by
an organisation (right after it, after «ل», or after «تابعة ل»; a group word the tagger
left outside the name, «لتنظيم داعش», is passed),
makes that organisation the target; an unnamed target that is only the holding's words is
dropped, and any other unnamed target («منزلا قرب مواقع…») keeps the rule from firing. A holding with no organisation after it («مواقع في ريف حلب») changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["holder_target"]


@dataclass(frozen=True, slots=True)
class _Words:
    holdings: frozenset[str]
    owned: frozenset[str]
    heads: frozenset[str]
    types: frozenset[str]
    window: int


@cache
def _words() -> _Words:
    data = load_yaml("event_target_holdings.yaml")
    return _Words(folded(data["holdings"]), folded(data["owned"]), folded(data["heads"]),
                  frozenset(str(t) for t in data["types"]), int(data["window"]))


def holder_target(view: View, hit: Hit, args: Args, stop: int) -> None:
    """Make the owner of the holding an attack hit its target (see the module's words)."""
    words = _words()
    if hit.trigger.type not in words.types or args.targets:
        return
    start = max(hit.last, hit.end) + 1
    for at in range(start, min(stop, start + words.window)):
        if view.ends_argument(at):
            return
        if _holding(view, at, words):
            owner = _owner(view, at + 1, stop, words)
            if owner is None or owner in args.actors:
                return
            text = view.article.text[view.tokens[at].start:view.tokens[at].end]
            kept = [t for t in args.target_text if fold(t) not in _spans(view, at, text)]
            if kept:
                return  # «قصفت المدفعية منزلا قرب مواقع…»: the house was hit
            args.target_text = kept
            args.targets.append(owner)
            return


def _holding(view: View, at: int, words: _Words) -> bool:
    token = view.tokens[at]
    if token.kind != "word" or at in view.entity_at:
        return False
    norm = token.norm
    return norm in words.holdings or (view.bare(at) in words.holdings)


def _owner(view: View, at: int, stop: int, words: _Words) -> Entity | None:
    if at < stop and view.tokens[at].norm in words.owned:
        at += 1
    if at + 1 < stop and at not in view.entity_at and _head(view, at, words):
        at += 1  # «لتنظيم داعش»: the tagger named «داعش» alone
    if at >= stop:
        return None
    entity = view.entity_at.get(at)
    if entity is None or entity.type != "ORG":
        return None
    return entity


def _head(view: View, at: int, words: _Words) -> bool:
    norm, prep = view.tokens[at].norm, view.lex.prep_li
    return norm in words.heads or (norm.startswith(prep) and norm[len(prep):] in words.heads)


def _spans(view: View, at: int, word: str) -> set[str]:
    """The unnamed target texts that are this holding alone («مواقع»، «على مواقع»)."""
    out = {fold(word)}
    if at > 0:
        out.add(fold(view.article.text[view.tokens[at - 1].start:view.tokens[at].end]))
    return out
