"""A condemnation by an office named by its title (round 24, real news): «استنكر معالي
مساعد رئيس مجلس الشورى الدكتور فلان العمل الإرهابي»، «أدان مدير عام فرع الوزارة الحادث».
The statement layer found the title as the speaker but no entity names it, and the title's
first word («مساعد»، «وزير»، «مدير») is not among the round-22 speaker heads
(``evidence_speakers.yaml``), so the ACCUSE stood without an actor and was dropped. For the
act types of ``event_title_condemners.yaml`` (ACCUSE) these title words count as speaker
heads too; a call by the same titles («داعيا المواطنين إلى…») is left as it was."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.lexicons import load_yaml

__all__ = ["TitleCondemners", "title_condemners", "condemning_title"]


@dataclass(frozen=True, slots=True)
class TitleCondemners:
    types: frozenset[str]  # the act types the titles speak for («ACCUSE»)
    heads: frozenset[str]  # first words of the titles («وزير»، «مساعد»)


@functools.lru_cache(maxsize=1)
def title_condemners() -> TitleCondemners:
    data = load_yaml("event_title_condemners.yaml")
    return TitleCondemners(types=frozenset(data["types"]), heads=folded(data["heads"]))


def condemning_title(event_type: str, first: str) -> bool:
    """Whether a speaker whose folded first word is ``first`` acts in an event of
    ``event_type`` by its title alone («استنكر وزير الداخلية …»)."""
    rules = title_condemners()
    return event_type in rules.types and first in rules.heads
