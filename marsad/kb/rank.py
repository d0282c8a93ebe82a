"""Choosing one candidate per mention, with the article's countries as context, and the
link it yields.

Countries count as context when a mention names one without doubt (a country, a demonym, a
ministry, an office). A town then beats a same-named town elsewhere when its country is in
the article («طرابلس» with «لبنان» nearby is Tripoli, Lebanon); a country yields only to a
major city of an article country («عمان» beside «الأردن» is Amman).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from marsad.kb.store import KB, Candidate
from marsad.model import Link

#: A place ranked better than this is a major city (about 600,000 people or more).
MAJOR_CITY_RANK = 0.3
#: Context may pick a town ranked at most this much below the top candidate (a town about 30
#: times smaller: Tripoli, Lebanon for Tripoli, Libya; not a village for Doha).
CONTEXT_REACH = 0.75
SCORE_ALONE = 0.95
SCORE_SHORT = 0.9  # a short form after its full name in the same article
SCORE_CONTEXT = 0.75
CERTAIN = 0.9  # a link scored this or more is certain unless its pattern says otherwise
#: Candidate forms that link only with their country in the article: a small town's one-word
#: name ("weak") and a name that is mostly an everyday word (``kb_homographs.txt``), which
#: may also take its country from a place the article names without doubt.
HOMOGRAPH = "homograph"
WEAK_FORMS = frozenset({"weak", HOMOGRAPH})
_LINKS_LIMIT = 100_000
_UNSEEN = Link("", "")  # a link no cache holds


@dataclass(slots=True)
class Pending:
    """A mention found by the scan, before a candidate is chosen."""

    first: int
    stop: int
    skip: int
    cands: tuple[Candidate, ...]
    via: str = "name"
    role: str | None = None
    score: float | None = None
    certain: bool | None = None
    fixed: Link | None = None      # a link made by a pattern (ministries)
    fixed_type: str | None = None
    weak: bool = False             # some candidate is a weak name (see ``_usable``)
    other: Pending | None = None   # another reading of the token, when this one is unusable


def _country(entry: str) -> str | None:
    return entry.split(":", 1)[1] if entry.startswith("country:") else None


def article_countries(store: KB, pending: Iterable[Pending]) -> set[str]:
    """Countries the article names without doubt: a country name with no major city of the
    same name («لبنان» yes, «عمان» no: Amman), a demonym, a ministry, and the country of an
    actor named without doubt."""
    out: set[str] = set()
    for p in pending:
        if p.fixed is not None:
            if p.fixed.country:
                out.add(p.fixed.country)
            continue
        if not p.cands:
            continue
        top = p.cands[0]
        if top.form in WEAK_FORMS:  # a weak name needs the country named another way
            continue
        if top.entry.startswith("country:"):
            if len(p.cands) == 1 or not any(c.rank < MAJOR_CITY_RANK and not _country(c.entry)
                                            for c in p.cands[1:]):
                out.add(top.entry[8:])
        elif top.type in ("PER", "ORG") and len(p.cands) == 1:
            info = store.entry(top.entry)
            if info and info.country:
                out.add(info.country)
    return out


def place_countries(store: KB, pending: Iterable[Pending], countries: set[str]) -> set[str]:
    """``countries`` and the countries of the places the article names without doubt (one
    candidate, or a major city first: «باماكو», «الرباط»; not weak): the context an
    everyday-word name needs («المالي» is Malian only beside Mali's capital or another
    name of Mali)."""
    out = set(countries)
    for p in pending:
        if p.fixed is not None or not p.cands:
            continue
        top = p.cands[0]
        if top.form in WEAK_FORMS or top.type not in ("GPE", "LOC"):
            continue
        if len(p.cands) == 1 or top.rank < MAJOR_CITY_RANK:
            info = store.entry(top.entry)
            if info and info.country:
                out.add(info.country)
    return out


def choose(store: KB, cands: Sequence[Candidate], countries: set[str]) -> tuple[Candidate, bool]:
    """The candidate to link and whether context (not rank) chose it."""
    top = cands[0]
    if len(cands) == 1 or top.type == "NORP":
        return top, False
    if top.type in ("PER", "ORG"):  # «حزب العدالة والتنمية»: Türkiye's or Morocco's
        for cand in cands:
            info = store.entry(cand.entry)
            if cand.type == top.type and info and info.country in countries:
                return cand, cand is not top
        return top, False
    top_country = _country(top.entry)
    if top_country is not None:
        if top_country in countries:
            return top, False
        for cand in cands[1:]:
            info = store.entry(cand.entry)
            if cand.rank < MAJOR_CITY_RANK and info and info.country in countries:
                return cand, True
        return top, False
    info = store.entry(top.entry)
    if info is None or info.country in countries:
        return top, False
    for cand in cands[1:]:
        other = store.entry(cand.entry)
        if cand.rank - top.rank > CONTEXT_REACH:
            break
        if other and other.country in countries and other.kind != "country":
            return cand, True
    return top, False


def _score(store: KB, cands: Sequence[Candidate], chosen: Candidate, by_context: bool) -> float:
    """Link confidence: high when no other candidate comes close in rank. The governorate
    that contains the chosen town («حمص» the city, in Homs governorate) is no rival."""
    if by_context:
        return SCORE_CONTEXT
    if len(cands) == 1:
        return SCORE_SHORT if chosen.form == "short" else SCORE_ALONE
    info = store.entry(chosen.entry)
    own_unit = store.admin1.get(info.admin) if info and info.kind == "place" else None
    others = [c.rank for c in cands if c.entry not in (chosen.entry, own_unit)]
    if not others:
        return SCORE_SHORT if chosen.form == "short" else SCORE_ALONE
    gap = min(others) - chosen.rank
    return round(0.6 + 0.35 * max(0.0, min(1.0, gap / 3.0)), 3)


def link_of(store: KB, cand: Candidate, score: float) -> Link | None:
    """The link to ``cand`` at ``score``: one shared ``Link`` per entry, reading and score
    (links are values: nothing downstream changes one in place)."""
    key = (cand.entry, cand.type == "NORP", score)
    try:
        return store.links[key]
    except KeyError:
        pass
    info = store.entry(cand.entry)
    link = None if info is None else Link(info.id, info.name_en, info.country, info.lat,
                                          info.lon, score,
                                          "country" if key[1] else info.kind)
    if len(store.links) > _LINKS_LIMIT:
        store.links.clear()
    store.links[key] = link
    return link


Maker = Callable[[Pending, Link, str, bool], Any]
#: A mention's choice: the mention, its link, type and certainty (``Maker``'s arguments).
Choice = tuple[Pending, Link, str, bool]


def _usable(store: KB, p: Pending, countries: set[str], around: set[str]
            ) -> tuple[Candidate, ...]:
    """The candidates left once weak names (small towns named by one word; names that are
    mostly everyday words) whose country the article does not name are dropped; a head word
    («بلدة») keeps them all. An everyday-word name («المالي», «وجدة») may also take its
    country from a place the article names without doubt (``around``: «باماكو», «الرباط»)."""
    if not p.weak or p.via == "head":
        return p.cands
    out = []
    for cand in p.cands:
        if cand.form in WEAK_FORMS:
            info = store.entry(cand.entry)
            named = around if cand.form == HOMOGRAPH else countries
            if info is None or info.country not in named:
                continue
        out.append(cand)
    return tuple(out)


class Resolver:
    """One article's pending mentions, resolved one at a time (``one``), in text order: the
    article's countries are judged at the first mention that needs them."""

    def __init__(self, store: KB, pending: Sequence[Pending], make: Maker) -> None:
        self.store, self.pending, self.make = store, pending, make
        self._countries: set[str] | None = None
        self._weak_context: set[str] | None = None  # ``place_countries``, at the first weak name

    @property
    def countries(self) -> set[str]:
        if self._countries is None:
            self._countries = article_countries(self.store, self.pending)
        return self._countries

    def one(self, p: Pending) -> Any:
        """The match of ``p`` (``make``'s), or None when no candidate is usable or linked."""
        found = self.choice(p)
        return None if found is None else self.make(*found)

    def choice(self, p: Pending) -> Choice | None:
        """What ``make`` needs for the match of ``p``: the mention (``p`` or its other
        reading), its link, type and certainty; None when no candidate is usable or linked.
        The compiled ``resolve`` (``marsad/kb/_fastresolve.c``) judges the common mentions
        itself (no fixed link or homograph, every entry read, the link made) and calls this
        for the rest."""
        store = self.store
        if p.fixed is not None:
            return p, p.fixed, p.fixed_type or "ORG", bool(p.certain)
        cands = p.cands
        if p.weak:
            countries = self.countries
            if self._weak_context is None and any(c.form == HOMOGRAPH for c in cands):
                self._weak_context = place_countries(store, self.pending, countries)
            around = countries if self._weak_context is None else self._weak_context
            cands = _usable(store, p, countries, around)
            if not cands and p.other is not None:  # «وجدة»: not Oujda here, so «و» + Jeddah
                p = p.other
                cands = _usable(store, p, countries, around) if p.weak else p.cands
        if not cands:
            return None
        score = p.score
        if len(cands) == 1:  # most mentions: no choice to make
            chosen = cands[0]
            if score is None:
                score = SCORE_SHORT if chosen.form == "short" else SCORE_ALONE
        else:
            chosen, by_context = choose(store, cands, self.countries)
            if score is None:
                score = _score(store, cands, chosen, by_context)
        link = store.links.get((chosen.entry, chosen.type == "NORP", score), _UNSEEN)
        if link is _UNSEEN:
            link = link_of(store, chosen, score)
        if link is None:
            return None
        certain = p.certain
        return p, link, chosen.type, score >= CERTAIN if certain is None else certain


def resolve(store: KB, pending: Sequence[Pending], make: Maker) -> list[Any]:
    """One match per pending mention (``make`` builds it), in text order."""
    one = Resolver(store, pending, make).one
    return [m for m in map(one, pending) if m is not None]
