"""The tagger on its held-out NewsFANE dev blocks, scored CoNLL-style (``score.py``)."""

from __future__ import annotations

from pathlib import Path

from marsad.ner.corpus import read_newsfane, split_dev
from marsad.ner.score import Score, score
from marsad.ner.tagger import MODEL_PATH, tag

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner-train"


def evaluate(data: Path = DATA, model: Path = MODEL_PATH) -> dict[str, Score]:
    """Scores per group (PER, ORG, LOC-all, overall, …) on the dev blocks."""
    _train, dev = split_dev(read_newsfane(data / "newsfane-train.tsv"))
    gold = [[t for _, t in sentence] for sentence in dev]
    predicted = []
    for sentence in dev:
        predicted.append(tag([w for w, _ in sentence], model=model))
    return score(gold, predicted)
