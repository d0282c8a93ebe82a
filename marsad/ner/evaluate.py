"""The tagger on its held-out NewsFANE dev blocks, scored CoNLL-style (``score.py``).

Each dev block is tagged as one document: sentence by sentence, then the second pass of
``marsad.ner.consistency`` (as the entities stage does per article).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from marsad.ner.consistency import Span, propagate
from marsad.ner.corpus import read_newsfane, split_dev_blocks
from marsad.ner.score import Score, score
from marsad.ner.tagger import MODEL_PATH, tag_spans

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner-train"


def evaluate(data: Path = DATA, model: Path = MODEL_PATH, second_pass: bool = True
             ) -> dict[str, Score]:
    """Scores per group (PER, ORG, LOC-all, overall, …) on the dev blocks."""
    _train, blocks = split_dev_blocks(read_newsfane(data / "newsfane-train.tsv"))
    gold: list[list[str]] = []
    predicted: list[list[str]] = []
    for block in blocks:
        sentences = [[w for w, _ in sentence] for sentence in block]
        spans = [tag_spans(words, model) for words in sentences]
        if second_pass:
            spans = propagate(sentences, spans)
        gold += [[t for _, t in sentence] for sentence in block]
        predicted += [_bio(len(words), found) for words, found in zip(sentences, spans)]
    return score(gold, predicted)


def _bio(size: int, spans: Sequence[Span]) -> list[str]:
    tags = ["O"] * size
    for first, stop, typ, _confidence in spans:
        tags[first:stop] = ["B-" + typ] + ["I-" + typ] * (stop - first - 1)
    return tags
