"""An envoy summoned or called home (round 23, spurious events).

The gold sets and diplomatic news tell two acts with «استدعى … سفير»: a state summons another
state's envoy to protest (ACCUSE ``summon``: «استدعت الخارجية السفير التركي لدى بغداد»), or
calls its own envoy home (SANCTION ``recall``: «استدعت سفيرها للتشاور»). The trigger rows tell
them apart by the envoy word, which fails in two shapes:

* **a woman ambassador.** Folding writes «سفيرة» as «سفيره» («his ambassador»), so «واستدعت
  مدريد سفيرة المملكة» was read as Madrid's own envoy called home. An envoy word written with
  «ة» is read as summoned, unless a mark below says home.
* **called home, told after the envoy.** «استدعاء السفير الأردني من تل أبيب»، «استدعت
  الخارجية السفير للتشاور»، «استدعاء سفير بلاده»: a summon row read the envoy alone. When, at
  most ``reach`` words after the envoy and in its clause, «للتشاور» stands, or «من» and a
  place, or «بلاده» right after it, the envoy is the caller's own and the act is a recall.

* **called home, by its own side, from a post «لدى» names.** «استدعاء سفير المملكة لدى
  إسرائيل»، «استدعت الخارجية القطرية السفير القطري لدى القاهرة»: the envoy's country is
  named before it in the sentence (or is the home press's «المملكة»), the post's is not.

Other readings stay: «سفيرها/سفيره» is a recall, «سفير فرنسا لدى الجزائر» with no caller of
France's named a summons, and so is «استدعت طهران سفير المملكة لدى إيران» (the post's country
calls). The words and the two readings are data: ``marsad/lexicons/event_envoys.yaml``.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded, unmarked
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import PLACE_TYPES, View
from marsad.lexicons import load_yaml
from marsad.ner.country_epithets import is_epithet

__all__ = ["envoy_call"]

@dataclass(frozen=True, slots=True)
class _Reading:
    type: str
    mode: str
    target: frozenset[str]
    needs: str


@dataclass(frozen=True, slots=True)
class _Table:
    summon: _Reading
    recall: _Reading
    feminine_endings: tuple[str, ...]
    misfolded: frozenset[str]
    home_marks: frozenset[str]
    home_owners: frozenset[str]
    from_words: frozenset[str]
    post_words: frozenset[str]
    reach: int


def _reading(data: dict[str, object]) -> _Reading:
    target = data["target"]
    assert isinstance(target, list)
    return _Reading(str(data["type"]), str(data["mode"]), frozenset(map(str, target)),
                    str(data["needs"]))


@functools.cache
def _table() -> _Table:
    data = load_yaml("event_envoys.yaml")
    return _Table(_reading(data["summon"]), _reading(data["recall"]),
                  tuple(data["feminine_endings"]), folded(data["misfolded"]),
                  folded(data["home_marks"]),
                  folded(data["home_owners"]), folded(data["from_words"]),
                  folded(data["post_words"]), int(data["reach"]))


def _is(hit: Hit, reading: _Reading) -> bool:
    return hit.trigger.type == reading.type and hit.trigger.mode == reading.mode \
        and bool(hit.trigger.rest)


def _as(hit: Hit, reading: _Reading) -> Hit:
    trigger = dataclasses.replace(hit.trigger, type=reading.type, mode=reading.mode,
                                  target=reading.target, needs=reading.needs)
    return dataclasses.replace(hit, trigger=trigger)


def _called_home(view: View, envoy: int, table: _Table) -> bool:
    """A mark after the envoy word at ``envoy`` that says it is the caller's own."""
    tokens = view.tokens
    if envoy + 1 < len(tokens) and view.bare(envoy + 1) in table.home_owners:
        return True
    if _posted_abroad(view, envoy, table):
        return True
    _, stop = view.clause_bounds(envoy)
    for at in range(envoy + 1, min(envoy + 1 + table.reach, stop)):
        if view.is_break(at):
            return False
        word = view.bare(at)
        if word in table.home_marks or tokens[at].norm in table.home_marks:
            return True
        if word in table.from_words and at + 1 < stop:
            entity = view.entity_at.get(at + 1)
            return entity is not None and entity.type in PLACE_TYPES
    return False


def _posted_abroad(view: View, envoy: int, table: _Table) -> bool:
    """«سفير المملكة لدى إسرائيل»، «السفير الأردني لدى تل أبيب»: the envoy of a named country
    at a post in another one, called by its own side: the country itself named before it in
    the sentence («استدعت وزارة الخارجية الأردنية …»), or named by the home press's own word
    for it («المملكة»); never where the post's country is named before it (who would be
    summoning a foreign envoy: «استدعت طهران سفير المملكة لدى إيران»)."""
    owner = view.entity_at.get(envoy + 1)
    if owner is None or owner.link is None or not owner.link.country:
        return False
    at = view.entity_last[owner.id] + 1
    if at + 1 >= len(view.tokens) or view.bare(at) not in table.post_words:
        return False
    post = view.entity_at.get(at + 1)
    if post is None or post.type not in PLACE_TYPES or post.link is None \
            or post.link.country in ("", owner.link.country):
        return False
    first, _ = view.sentence_of(envoy)
    start = view.token_starts[first]
    callers = {e.link.country for e in view.article.entities
               if start <= e.start and view.entity_first[e.id] < envoy and e.link is not None}
    return post.link.country not in callers \
        and (owner.link.country in callers or is_epithet(owner))


def envoy_call(view: View, hit: Hit) -> Hit:
    """The hit, read as a summons or a recall by the envoy word and what follows it."""
    table = _table()
    trigger = hit.trigger
    if not trigger.rest or (trigger.type != table.summon.type
                            and trigger.type != table.recall.type):
        return hit  # neither reading (``_is``) can match: most hits, tested without a call
    summon, recall = _is(hit, table.summon), _is(hit, table.recall)
    if not (summon or recall):
        return hit
    envoy = hit.end
    home = _called_home(view, envoy, table)
    if summon and home:
        return _as(hit, table.recall)
    if recall and not home and _feminine(view, hit, table):
        return _as(hit, table.summon)
    return hit


def _feminine(view: View, hit: Hit, table: _Table) -> bool:
    """The row's «سفيره» (his ambassador) written «سفيرة» (an ambassador, a woman) in the
    text; not another word («بعثتها الدبلوماسية»)."""
    rest = hit.trigger.rest
    first = hit.end - len(rest) + 1
    for k, word in enumerate(rest):
        text = unmarked(view.tokens[first + k].text)
        if word in table.misfolded and text.endswith(table.feminine_endings):
            return True
    return False
