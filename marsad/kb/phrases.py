"""The KB's phrase tables from the lexicons: office titles, ministry portfolios, place heads,
directions and connectors, each keyed by ``name_key`` with the set of its token prefixes; and
its word lists: locatives, names that are everyday words, words never split into a proclitic
+ a name, and how newspapers are quoted."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Generic, TypeVar

from marsad.kb.keys import name_key
from marsad.lexicons import LexiconError, load_table, load_words, load_yaml

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Portfolio:
    key: str
    name_en: str
    elliptic: bool


@dataclass(frozen=True, slots=True)
class Table(Generic[V]):
    """Multi-word keys → values, with every proper token prefix for longest-match scans."""

    values: dict[str, V]
    prefixes: frozenset[str]

    @classmethod
    def of(cls, values: dict[str, V]) -> Table[V]:
        prefixes = {" ".join(k.split(" ")[:n]) for k in values for n in range(1, k.count(" ") + 1)}
        return cls(values, frozenset(prefixes))

    def firsts(self) -> set[str]:
        return {key.split(" ")[0] for key in self.values}


@dataclass(frozen=True, slots=True)
class Phrases:
    titles: Table[str]             # title -> role
    portfolios: Table[Portfolio]   # «الدفاع» -> Ministry of Defence
    heads: Table[str]              # «ريف» -> admin, «مدينة» -> settlement, «وزارة» -> ministry
    directions: Table[str]         # «شمال» -> north
    connectors: frozenset[str]     # «في», «لدى»
    particles: frozenset[str]      # «بن», «أبو»: name words after which no short form is learnt
    locatives: frozenset[str]      # «في», «جمهورية»: before a country, it is the country
    homographs: frozenset[str]     # «المالية», «مشهد»: names that are mostly everyday words
    whole_words: frozenset[str]    # «فرقة», «فاطمة»: never a proclitic + a name
    media_heads: tuple[str, ...]   # «صحيفة », «قناة »: a media actor's name less its head
    quotes: frozenset[str]         # the quotation marks around a newspaper's bare title


def _table(name: str, key_column: str, value_column: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for row in load_table(name):
        key = name_key(row[key_column])
        if not key or not row[value_column]:
            raise LexiconError(f"{name}: empty {key_column} or {value_column} in {row!r}")
        out[key] = row[value_column]
    return out


@functools.cache
def phrases() -> Phrases:
    """The phrase tables, loaded once."""
    portfolios = {name_key(row["word"]): Portfolio(row["key"], row["name_en"],
                                                   row["elliptic"] == "yes")
                  for row in load_table("ministries.tsv")}
    media = load_yaml("kb_media.yaml")  # how newspapers are quoted
    return Phrases(
        titles=Table.of(_table("offices.tsv", "title", "role")),
        portfolios=Table.of(portfolios),
        heads=Table.of(_table("kb_heads.tsv", "head", "kind")),
        directions=Table.of(_table("kb_directions.tsv", "word", "direction")),
        connectors=frozenset(name_key(r["word"]) for r in load_table("kb_connectors.tsv")),
        particles=frozenset(name_key(r["word"]) for r in load_table("kb_name_particles.tsv")),
        locatives=_words("kb_locatives.txt"),
        homographs=_words("kb_homographs.txt"),
        # the personal names of the NER tagger's list are never split either
        whole_words=_words("kb_whole_words.txt") | _words("ner_person_names.txt"),
        media_heads=tuple(name_key(str(head)) + " " for head in media["heads"]),
        quotes=frozenset(str(mark) for mark in media["quotes"]),
    )


def _words(name: str) -> frozenset[str]:
    """The words of a one-word-a-line lexicon, keyed like names."""
    return frozenset(name_key(word) for word in load_words(name))
