"""A part of a counted campaign told before is no new attack (round 24, doubles).

Wire reports on air campaigns give a total and then break it down: «شنت طائرات التحالف
الدولي أمس 25 غارة جوية على مواقع التنظيم في سوريا والعراق» and, a sentence later, «وقال
بيان للقيادة إن ثماني غارات جوية في سوريا أصابت مخازن للأسلحة» and «… 17 غارة قرب مدن
العراق». The counted strikes of the later sentences are parts of the 25 told first; they
are no new events.

A candidate is such a part when

- its type is listed (attacks), it is told as done, and a count stands right before its
  trigger («ثماني غارات»، «خمس ضربات»);
- an attack of the same type and kind (``mode``) was kept from an earlier sentence with a
  larger count before its trigger (the total);
- its sentence names a place that the total's sentence names («في سوريا» after «في سوريا
  والعراق»);
- no word right after it makes it another attack («وغارة رابعة»، «هجوم آخر»).

A noun of the kind with no count that names one of the total's places right after it
(«إن غارات العراق شملت سبع غارات قرب الموصل»، «الغارات في سوريا أصابت …») names that part
too and is dropped the same way.

Counts in the same sentence as the total («15 غارة جوية … في العراق وست غارات في سوريا») are parts
told side by side: each stays. Words are in ``marsad/lexicons/event_same_happening.yaml``
(``breakdown``); a count is digits or a cardinal number word of two or more from the number
words of the times layer (``marsad/lexicons/times_numbers.tsv``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.clitics import ARTICLE
from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate, kept_in_order
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_table, load_yaml

__all__ = ["a_part_told_before", "without_breakdowns"]


@dataclass(frozen=True)
class _Words:
    types: frozenset[str]
    told: frozenset[str]
    numbers: dict[str, int]
    other: frozenset[str]
    within: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_same_happening.yaml")["breakdown"]
    return _Words(frozenset(data["types"]), frozenset(data["told"]), _count_words(),
                  folded(data["other"]), folded(data["within"]))


#: The kinds of number word in ``times_numbers.tsv`` that count things (not a clock's fraction).
_COUNT_KINDS = frozenset({"unit", "teen", "tens", "hundred"})


def _count_words() -> dict[str, int]:
    """The indefinite cardinal number words of two or more, folded, with their values
    («ثماني» → 8، «عشرين» → 20); no ordinal («الثالث»), no definite count («الثلاثة») and no
    «واحد/أحد»: one strike is no count."""
    return {fold(row["word"]): int(row["value"]) for row in load_table("times_numbers.tsv")
            if row["kind"] in _COUNT_KINDS and row["ordinal"] != "yes"
            and not row["word"].startswith(ARTICLE) and int(row["value"]) >= 2}


def _count(view: View, candidate: Candidate, words: _Words) -> int | None:
    """The count right before the trigger («25 غارة»، «ثماني غارات»), if any."""
    first = first_token(view, candidate)
    before = first - 1
    if before < 0 or view.tokens[before].sentence != view.tokens[first].sentence:
        return None
    token = view.tokens[before]
    if token.kind == "number":
        digits = token.text.translate(_DIGITS)
        return int(digits) if digits.isdigit() else None
    return words.numbers.get(token.norm)


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _places(view: View, sentence: int) -> frozenset[str]:
    """The folded names of the places an article's sentence names."""
    bounds = view.article.sentences[sentence] if sentence < len(view.article.sentences) else None
    if bounds is None:
        return frozenset()
    return frozenset(fold(entity.text) for entity in view.article.entities
                     if entity.type in ("GPE", "LOC") and bounds.start <= entity.start < bounds.end)


def _other_after(view: View, candidate: Candidate, words: _Words) -> bool:
    after = last_token(view, candidate) + 1
    return after < len(view.tokens) and (view.tokens[after].norm in words.other
                                         or view.bare(after) in words.other)


def _place_after(view: View, candidate: Candidate, words: _Words) -> frozenset[str]:
    """The place a noun trigger names right after it, or after «في» («غارات العراق»،
    «الغارات في سوريا»)."""
    if candidate.kind != "masdar":
        return frozenset()
    after = last_token(view, candidate) + 1
    if after < len(view.tokens) and view.tokens[after].norm in words.within:
        after += 1
    entity = view.entity_at.get(after)
    if entity is None or entity.type not in ("GPE", "LOC") \
            or view.tokens[after].sentence != view.tokens[after - 1].sentence:
        return frozenset()
    return frozenset({fold(entity.text)})


def a_part_told_before(view: View, candidate: Candidate, kept: list[Candidate]) -> bool:
    """A counted attack smaller than a counted total of its kind told in an earlier sentence
    whose places its sentence names again."""
    words = _words()
    if candidate.type not in words.types or candidate.factuality not in words.told:
        return False
    count = _count(view, candidate, words)
    if _other_after(view, candidate, words):
        return False
    here = _places(view, candidate.sentence) if count is not None \
        else _place_after(view, candidate, words)
    if not here:
        return False
    for other in kept:
        if other.type != candidate.type or other.mode != candidate.mode \
                or other.sentence >= candidate.sentence:
            continue
        total = _count(view, other, words)
        if total is not None and (count is None or count < total) \
                and here & _places(view, other.sentence):
            return True
    return False


def without_breakdowns(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: drop the parts of a campaign told before."""
    if not any(c.type in _words().types for c in found):
        return found
    return kept_in_order(view, found, a_part_told_before)
