"""CoNLL-style scoring: a predicted name counts when its span and type are both exact."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marsad.ner.corpus import bio_spans

#: Report groups: each type alone, locations together, and everything.
GROUPS: dict[str, frozenset[str]] = {
    "PER": frozenset({"PER"}),
    "ORG": frozenset({"ORG"}),
    "LOC-all": frozenset({"GPE", "LOC"}),
    "overall": frozenset({"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC"}),
    "PER+ORG+LOC-all": frozenset({"PER", "ORG", "GPE", "LOC"}),
}


@dataclass(frozen=True, slots=True)
class Score:
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]
          ) -> dict[str, Score]:
    """Micro P/R/F1 per group of ``GROUPS`` over paired BIO sequences."""
    counts: dict[str, Counter[str]] = {name: Counter() for name in GROUPS}
    for gold_tags, pred_tags in zip(gold, predicted, strict=True):
        gold_spans = set(bio_spans(list(gold_tags)))
        pred_spans = set(bio_spans(list(pred_tags)))
        for name, types in GROUPS.items():
            g = {s for s in gold_spans if s[2] in types}
            p = {s for s in pred_spans if s[2] in types}
            counts[name].update(gold=len(g), predicted=len(p), correct=len(g & p))
    return {name: Score(c["gold"], c["predicted"], c["correct"]) for name, c in counts.items()}
