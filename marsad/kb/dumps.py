"""Reading the full GeoNames dumps (``allCountries.txt`` and ``alternateNamesV2.txt`` from
download.geonames.org/export/dump/) for users who want every place in the world.

Both files are streamed. Arabic names come from the alternate names tagged ``ar`` (and the
untagged Arabic-script names of ``allCountries``); populated places, admin units, and
natural features (mountains, seas, regions) are kept when they have one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from marsad.kb.records import MENA, RANK_ADMIN1, RANK_ADMIN2, RANK_MENA_PLACE, RANK_WORLD_PLACE, Entry
from marsad.kb.sources import NON_ARAB, WEAK_BELOW_POPULATION, WORLD_SINGLE_WORD_MIN_POPULATION, Row, _names, place_rank

#: GeoNames feature class / code → (mention type, kind).
FEATURES = {"P": ("GPE", "place"), "T": ("LOC", "mountain"), "H": ("LOC", "sea"),
            "L": ("LOC", "region")}
ADMIN_CODES = {"ADM1": "admin1", "ADM2": "admin2"}


def arabic_alternate_names(path: Path) -> dict[str, set[str]]:
    """geonameid → names tagged ``ar`` in ``alternateNamesV2.txt`` (historic names left out)."""
    out: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) > 3 and fields[2] == "ar" and not (len(fields) > 7 and fields[7] == "1"):
                out.setdefault(fields[1], set()).add(fields[3])
    return out


def _kind(feature_class: str, feature_code: str) -> tuple[str, str] | None:
    if feature_class == "A":
        kind = ADMIN_CODES.get(feature_code)
        return ("GPE", kind) if kind else None
    return FEATURES.get(feature_class)


def dump_places(all_countries: Path, alternate_names: Path,
                common: frozenset[str] = frozenset()) -> Iterator[Row]:
    """Entries and names for every dump row with an Arabic name."""
    arabic = arabic_alternate_names(alternate_names)
    with all_countries.open(encoding="utf-8") as handle:
        for line in handle:
            f = line.rstrip("\n").split("\t")
            if len(f) < 15 or f[0] not in arabic:
                continue
            typed = _kind(f[6], f[7])
            if typed is None:
                continue
            type_, kind = typed
            country, population = f[8], int(f[14] or 0)
            arab = country in MENA and country not in NON_ARAB
            if kind == "place" and not arab and population < WORLD_SINGLE_WORD_MIN_POPULATION:
                continue
            base = {"admin1": RANK_ADMIN1, "admin2": RANK_ADMIN2}.get(
                kind, RANK_MENA_PLACE if arab else RANK_WORLD_PLACE)
            entry = Entry(f"geonames:{f[0]}", type_, kind, f[1], country or None, float(f[4]),
                          float(f[5]), population, place_rank(base, population),
                          f"{country}.{f[10]}")
            yield entry
            yield from _names(entry, arabic[f[0]], common=common,
                              weak_single=kind != "admin1" and population < WEAK_BELOW_POPULATION)
