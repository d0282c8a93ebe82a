"""The words of ``prec_senses`` (``event_senses.yaml``), loaded once, and the one test the
match frame shares with it: a sentence that tells violence (a killing, a bombing, gunmen) and
recalls no anniversary — a match word in it frames nothing (``act_filters.framed``: «قتل ثلاثة
في هجوم انتحاري استهدف مدخل الملعب» is an attack). Arabic words folded as tokens are read."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.said_words import holds_any
from marsad.eventcoding.view import View
from marsad.eventcoding.word_gates import LastArticle
from marsad.lexicons import load_yaml
from marsad.pipeline import register_cache

__all__ = ["Objects", "Words", "about_sport", "words", "tells_violence"]


@dataclass(frozen=True)
class Objects:
    modes: frozenset[str]
    reach: int
    words: frozenset[str]
    after: frozenset[str]  # when set, the reach begins after the first of these («على»)
    lead: int  # … found within this many tokens of the trigger


@dataclass(frozen=True)
class Words:
    objects: dict[str, tuple[Objects, ...]]  # mode -> its rows
    skips: frozenset[str]
    stops: frozenset[str]
    sport_least: int
    sport_words: frozenset[str]
    sport_modes: frozenset[str]
    meet_words: frozenset[str]
    meet_type: str
    fans_type: str
    fans: frozenset[str]
    violence: frozenset[str]
    memory: frozenset[str]


@functools.cache
def words() -> Words:
    """The lists of ``event_senses.yaml``, folded."""
    data = load_yaml("event_senses.yaml")
    sport = data["sport"]
    rows = [Objects(frozenset(row["modes"]), int(row["reach"]), folded(row["words"]),
                    folded(row.get("after", ())), int(row.get("lead", 0)))
            for row in data["objects"]]
    return Words(
        objects={mode: tuple(row for row in rows if mode in row.modes)
                 for mode in set().union(*(row.modes for row in rows))},
        skips=folded(data["skips"]), stops=folded(data["stops"]),
        sport_least=int(sport["least"]), sport_words=folded(sport["words"]),
        sport_modes=frozenset(sport["modes"]), meet_words=folded(sport["meet_words"]),
        meet_type=str(sport["meet_type"]), fans_type=str(sport["fans_type"]),
        fans=folded(sport["fans"]), violence=folded(sport["violence"]),
        memory=folded(sport["memory"]))


def tells_violence(view: View, index: int) -> bool:
    """The sentence of token ``index`` tells violence (a killing, a bombing, gunmen) and
    recalls no anniversary: a match word in it frames nothing."""
    lex = words()
    return holds_any(view, index, lex.violence) and not holds_any(view, index, lex.memory)


def about_sport(view: View) -> bool:
    """At least ``sport.least`` of the article's words are sport words (``event_senses.yaml``);
    kept for the last article asked about (round 22's senses and round 24's other senses ask)."""
    cached = _SPORT.get(view)
    if cached is not None:
        return cached
    lex = words()
    return _SPORT.set(view, not lex.sport_words.isdisjoint(view.norms)
                      and sum(map(lex.sport_words.__contains__, view.norms)) >= lex.sport_least)


#: Whether the last view asked about is about sport (held by a weak reference: holding the
#: view would keep its whole article alive until the next article asks, and free it inside
#: this stage's time).
_SPORT: LastArticle[bool] = register_cache(LastArticle())
