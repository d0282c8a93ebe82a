"""The rows the build writes: entries (one per place, country or actor), their names
(lookup keys), and the offices actors held."""

from __future__ import annotations

from dataclasses import dataclass

#: Ranking bases (lower ranks first). A place's rank falls with its population
#: (``POPULATION_WEIGHT`` per power of ten), so a city of 775,000 outranks its governorate of
#: the same name, while a US town called "Lebanon" never outranks the country.
RANK_COUNTRY = -10.0
RANK_ACTOR = -6.0
RANK_DEMONYM = -5.0
RANK_ADMIN1 = 1.0
RANK_LONE_ADMIN1 = -1.0  # a governorate with no town of its name inside it
RANK_ADMIN2 = 2.0
RANK_MENA_PLACE = 3.0
RANK_WORLD_PLACE = 4.5
POPULATION_WEIGHT = 0.5
SUPPLEMENT_RANKS = {"0": RANK_COUNTRY, "1": 0.5, "2": 2.5}

#: Countries counted as "MENA" (the Arab League states plus Iran, Turkey and Israel).
MENA = frozenset("AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE IR TR IL"
                 .split())


@dataclass(frozen=True, slots=True)
class Entry:
    id: str          # geonames:169577 | country:SY | actor:fuad-hussein | place:golan-heights
    type: str        # PER ORG GPE LOC FAC
    kind: str        # country admin1 admin2 place region sea ... | politician armed_group ...
    name_en: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    rank: float
    admin: str = ""  # GeoNames admin code of a place ("SY.11"), for «ريف X» / «محافظة X»


@dataclass(frozen=True, slots=True)
class Name:
    key: str         # marsad.kb.keys.name_key of the name
    entry: str       # Entry.id
    type: str        # the mention's type: the entry's, or NORP for a demonym
    form: str        # full | short | weak | headonly | demonym_m | demonym_f | demonym_pl
    rank: float


@dataclass(frozen=True, slots=True)
class OfficeRow:
    entry: str
    role: str
    country: str
    start: str       # ISO date or ""
    end: str         # ISO date or "" (still in office)
