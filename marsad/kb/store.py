"""Loading the KB artefact (``marsad/kb/data/kb.sqlite``) into lookup tables, once.

``KB.load()`` reads the artefact into dicts keyed by the normalised name (``name_key``) and
by entry id; ``kb()`` is the module-level cached instance. Entries are kept as small tuples;
a candidate list for a key is ordered best first (the build's ranking).
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from marsad.kb.paths import DataPathError, artefact
from marsad.model import Link


class KBError(RuntimeError):
    """The artefact is missing or unreadable (run ``marsad kb build``)."""


@dataclass(frozen=True, slots=True)
class Info:
    id: str
    type: str
    kind: str
    name_en: str
    country: str | None
    lat: float | None
    lon: float | None
    admin: str


class Candidate(NamedTuple):
    entry: str
    type: str    # mention type: the entry's, or NORP for a demonym
    form: str    # full | short | weak | headonly | demonym_m | demonym_f | demonym_pl
    rank: float


@dataclass(frozen=True, slots=True)
class Tenure:
    entry: str
    start: str   # ISO date, "" when unknown
    end: str     # ISO date, "" while in office


class KB:
    """The loaded knowledge base: names → candidates and entries (in memory), offices, and
    the admin units by GeoNames admin code."""

    def __init__(self, con: sqlite3.Connection, names: dict[str, tuple[Candidate, ...]],
                 offices: dict[tuple[str, str], tuple[Tenure, ...]], meta: dict[str, str],
                 admin1: dict[str, str], common: frozenset[str] = frozenset(),
                 entries: dict[str, Info] | None = None) -> None:
        self._con = con
        self._entries: dict[str, Info | None] = dict(entries or {})
        self.names = names
        self.offices = offices
        self.meta = meta
        self.admin1 = admin1
        #: common words («بلاد», «بيان»): never read as a proclitic + a name («ب» + «لاد»)
        self.common = common
        self.prefixes = _prefixes(names)
        #: ``rank.link_of``'s links by (entry, read as a demonym, score), made once each
        self.links: dict[tuple[str, bool, float], Link | None] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> KB:
        """The artefact at ``path``; by default ``$MARSAD_DATA/kb.sqlite`` or the shipped one."""
        if path is None:
            try:
                path = artefact()
            except DataPathError as exc:
                raise KBError(str(exc)) from None
        if not path.is_file():
            raise KBError(f"KB artefact {path} not found (run `marsad kb build`)")
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            meta = dict(con.execute("SELECT key, value FROM meta"))
            rows = con.execute("SELECT key, entry, type, form, rank FROM name").fetchall()
            names = {key: tuple(Candidate(*row[1:]) for row in group)
                     for key, group in groupby(rows, itemgetter(0))}
            offices: dict[tuple[str, str], list[Tenure]] = {}
            for entry, role, country, start, end in con.execute(
                    "SELECT entry, role, country, start, end FROM office ORDER BY start"):
                offices.setdefault((role, country), []).append(Tenure(entry, start, end))
            admin1 = dict(con.execute("SELECT admin, id FROM entry WHERE kind = 'admin1'"))
            common = frozenset(word for (word,) in con.execute("SELECT word FROM common"))
            entries = {row[0]: Info(*row) for row in con.execute(
                "SELECT id, type, kind, name_en, country, lat, lon, admin FROM entry")}
        except sqlite3.Error as exc:
            raise KBError(f"KB artefact {path} unreadable: {exc}") from None
        return cls(con, names, {k: tuple(v) for k, v in offices.items()}, meta, admin1, common,
                   entries)

    @property
    def entries(self) -> dict[str, Info | None]:
        """The entries read so far, by id (None: no such entry); ``entry`` reads the others."""
        return self._entries

    def lookup(self, key: str) -> tuple[Candidate, ...]:
        return self.names.get(key, ())

    def entry(self, entry_id: str) -> Info | None:
        """The entry ``entry_id`` (all are read at load: about 16,000 small rows)."""
        found = self._entries.get(entry_id)
        if found is not None:
            return found
        if entry_id not in self._entries:
            row = self._con.execute("SELECT id, type, kind, name_en, country, lat, lon, admin "
                                    "FROM entry WHERE id = ?", (entry_id,)).fetchone()
            self._entries[entry_id] = Info(*row) if row else None
        return self._entries[entry_id]

    def holder(self, role: str, country: str, on: str | None) -> str | None:
        """The entry id of whoever held ``role`` in ``country`` on the ISO date ``on``
        (the current holder when ``on`` is None); None when unknown."""
        for tenure in reversed(self.offices.get((role, country), ())):
            if on is None:
                if not tenure.end:
                    return tenure.entry
            elif (not tenure.start or tenure.start <= on) and (not tenure.end or on <= tenure.end):
                return tenure.entry
        return None


def _prefixes(names: dict[str, tuple[Candidate, ...]]) -> frozenset[str]:
    """Every proper token prefix of a multi-word key («دير» of «دير الزور»)."""
    out: set[str] = set()
    for key in names:
        if " " not in key:
            continue
        parts = key.split(" ")
        for end in range(1, len(parts)):
            out.add(" ".join(parts[:end]))
    return frozenset(out)


@functools.cache
def kb() -> KB:
    """The knowledge base (``$MARSAD_DATA``'s or the shipped one), loaded once per process."""
    return KB.load()
