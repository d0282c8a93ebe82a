"""The time grammar's vocabulary, compiled once from the ``times_*.tsv`` lexicons.

Every word is folded (``marsad.arabic.normalise.fold``) and stored with its glued-prefix
variants («والجمعة»، «بالأمس»، «للعام»), so recognising a token is one dict lookup on its
``norm``. A word may play several roles; multi-word names («كانون الأول»، «أول أمس») are
kept as phrases under their first word.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from marsad.arabic.normalise import fold
from marsad.lexicons import load_table


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of a word or phrase: ``role`` and its data; ``length`` in words."""

    role: str  # month weekday unit rel pod mod dir num signal season
    data: tuple[Any, ...]
    length: int = 1


Vocab = dict[str, tuple[Entry, ...]]


def _clitic_rules() -> list[tuple[str, str]]:
    return [(row["prefix"], row["replace"]) for row in load_table("times_clitics.tsv")]


def _variants(word: str, rules: list[tuple[str, str]]) -> list[str]:
    """``word`` and the glued forms that a reader may meet («العام» → «للعام»، «والعام»)."""
    out = [word]
    if len(word) < 2:
        return out
    for prefix, replace in rules:
        if replace:
            if word.startswith(replace):
                out.append(prefix + word[len(replace):])
        else:
            out.append(prefix + word)
    return out


def _rows() -> list[tuple[str, Entry]]:
    """(surface, entry) for every row of every time lexicon, surfaces not yet folded."""
    rows: list[tuple[str, Entry]] = []
    for r in load_table("months.tsv"):
        rows.append((r["name"], Entry("month", (int(r["month"]), r["calendar"]))))
    for r in load_table("weekdays.tsv"):
        rows.append((r["name"], Entry("weekday", (int(r["weekday"]),))))
    for r in load_table("times_units.tsv"):
        count = 0 if r["count"] == "n" else int(r["count"])
        rows.append((r["form"], Entry("unit", (r["unit"], count))))
    for r in load_table("times_relative.tsv"):
        offset = int(r["offset"]) if r["offset"] else 0
        rows.append((r["phrase"], Entry("rel", (r["kind"], offset, r["value"] or None,
                                                r["part_of_day"] or None))))
    for r in load_table("times_parts_of_day.tsv"):
        rows.append((r["word"], Entry("pod", (r["part_of_day"], r["clock"]))))
    for r in load_table("times_modifiers.tsv"):
        rows.append((r["word"], Entry("mod", (r["mod"],))))
    for r in load_table("times_directions.tsv"):
        rows.append((r["word"], Entry("dir", (int(r["offset"]), r["position"]))))
    for r in load_table("times_numbers.tsv"):
        rows.append((r["word"], Entry("num", (int(r["value"]), r["kind"], r["ordinal"] == "yes"))))
    for r in load_table("times_seasons.tsv"):  # a time only with a year (``seasons.py``)
        rows.append((r["word"], Entry("season", (int(r["month"]),))))
    for r in load_table("times_signals.tsv"):
        rows.append((r["word"], Entry("signal", (r["role"],))))
    return rows


def _blockers() -> dict[str, dict[str, frozenset[str]]]:
    """target word → {"after": words, "before": words} that cancel it."""
    rules = _clitic_rules()
    found: dict[str, dict[str, set[str]]] = {}
    for r in load_table("times_blockers.tsv"):
        for target in _variants(fold(r["target"]), rules):
            found.setdefault(target, {}).setdefault(r["position"], set()).add(fold(r["word"]))
    return {t: {p: frozenset(ws) for p, ws in d.items()} for t, d in found.items()}


def _compile() -> tuple[Vocab, dict[str, tuple[tuple[tuple[str, ...], Entry], ...]]]:
    rules = _clitic_rules()
    words: dict[str, list[Entry]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    for surface, entry in _rows():
        parts = tuple(fold(surface).split())
        if len(parts) == 1:
            for form in _variants(parts[0], rules):
                bucket = words.setdefault(form, [])
                if entry not in bucket:
                    bucket.append(entry)
            continue
        phrase_entry = Entry(entry.role, entry.data, len(parts))
        for form in _variants(parts[0], rules):
            phrases.setdefault(form, []).append((parts[1:], phrase_entry))
    frozen_words = {w: tuple(es) for w, es in words.items()}
    frozen_phrases = {w: tuple(sorted(ps, key=lambda p: -len(p[0]))) for w, ps in phrases.items()}
    return frozen_words, frozen_phrases


WORDS, PHRASES = _compile()

def _by_role() -> dict[str, dict[str, tuple[Entry, ...]]]:
    """role (or ``signal:<kind>``) → word → its entries of that role: one dict lookup per test."""
    out: dict[str, dict[str, list[Entry]]] = {}
    for word, entries in WORDS.items():
        for e in entries:
            key = f"signal:{e.data[0]}" if e.role == "signal" else e.role
            out.setdefault(key, {}).setdefault(word, []).append(e)
    return {k: {w: tuple(es) for w, es in d.items()} for k, d in out.items()}


BY_ROLE = _by_role()


def _openers() -> dict[str, frozenset[str]]:
    """role (or ``signal:<kind>``) → every word that can open a reading of it, alone or as
    a phrase's first word: a miss in the grammar's lookups is one set test."""
    out: dict[str, set[str]] = {key: set(words) for key, words in BY_ROLE.items()}
    for first, phrases in PHRASES.items():
        for _, e in phrases:
            out.setdefault(f"signal:{e.data[0]}" if e.role == "signal" else e.role, set()).add(first)
    out.setdefault("signal", set()).update(*(w for k, w in out.items() if k.startswith("signal:")))
    return {k: frozenset(ws) for k, ws in out.items()}


OPENERS = _openers()
_DIGITS = frozenset("0123456789")


@functools.lru_cache(maxsize=16384)
def roles_of(norm: str) -> frozenset[str]:
    """The roles a word can open (signals by their kind; ``digits`` for a number), cached."""
    if norm[:1] in _DIGITS:
        return frozenset({"digits"})
    roles = {e.data[0] if e.role == "signal" else e.role for e in WORDS.get(norm, ())}
    roles.update(e.data[0] if e.role == "signal" else e.role for _, e in PHRASES.get(norm, ()))
    return frozenset(roles)
#: Folded words as the lexicons write them, before any glued prefix («فجر» is a word, not «ف+جر»).
BASE: frozenset[str] = frozenset(fold(surface).split()[0] for surface, _ in _rows())
BLOCKERS = _blockers()
_STRONG_ROLES = ("month", "weekday", "unit", "rel", "pod")


def _triggers() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """Words without which no expression exists: month and weekday names, units, relative
    words, «الساعة»; a phrase's first word only when no other word of it is one. The second
    part maps the words that are triggers only as a phrase's first word («حتى»، «الوقت»،
    «الفترة») to the rests of those phrases: they trigger only when one follows."""
    words = {w for w, entries in WORDS.items()
             if any(e.role in _STRONG_ROLES or e.data[0] == "clock" for e in entries)}
    by_phrase: dict[str, list[tuple[str, ...]]] = {}
    for first, phrases in PHRASES.items():
        for rest, entry in phrases:
            if entry.role in _STRONG_ROLES and not any(w in words for w in rest):
                by_phrase.setdefault(first, []).append(rest)
    only = {w: tuple(rests) for w, rests in by_phrase.items() if w not in words}
    return frozenset(words | set(by_phrase)), only


#: Four-digit numbers read as years (Gregorian and Hijri) without a word before them.
YEARS: frozenset[str] = frozenset(str(y) for y in range(1000, 2200))
#: The cheap first pass looks only for these (and for the pieces of split dates and times).
_WORD_TRIGGERS, PHRASE_TRIGGERS = _triggers()
TRIGGERS = _WORD_TRIGGERS | YEARS
