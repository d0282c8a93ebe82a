"""The NER tagger: a linear-chain CRF (python-crfsuite) shipped in the package.

``tag(words)`` takes the folded words of one sentence, looks them up in the KB's names
(``marsad.ner.gazetteer``) and returns BIO tags over PER ORG GPE LOC FAC NORP MISC.
The model is ``marsad/ner/model.crfsuite``, built by ``scripts/train_ner.py`` from
NewsFANE (CC BY-SA 3.0) and the Wojood sample (MIT); see ``marsad/ner/README.md``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from marsad.ner.corpus import bio_spans
from marsad.ner.features import Features
from marsad.ner.features import clear_caches as clear_feature_caches
from marsad.ner.gazetteer import sentence_gazetteer

MODEL_PATH = Path(__file__).with_name("model.crfsuite")
#: Attributes whose every weight is weaker than this are not passed to the CRF: they barely
#: move a score, and each costs a lookup (dev F1 unchanged at 0.1; docs/ner.md).
MIN_WEIGHT = 0.1


class ModelMissing(RuntimeError):
    """The shipped model file is absent (rebuild it with scripts/train_ner.py)."""


@functools.cache
def _tagger(path: Path = MODEL_PATH) -> pycrfsuite.Tagger:
    if not path.is_file():
        raise ModelMissing(f"NER model not found at {path}; run scripts/train_ner.py")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@functools.cache
def _features(path: Path = MODEL_PATH) -> Features:
    """The feature builder for a model: it passes on only the attributes the model knows
    with a weight of at least ``MIN_WEIGHT`` for some label."""
    strongest: dict[str, float] = {}
    for (attribute, _label), weight in _tagger(path).info().state_features.items():
        strongest[attribute] = max(strongest.get(attribute, 0.0), abs(weight))
    return Features(known=frozenset(a for a, w in strongest.items() if w >= MIN_WEIGHT))


def clear_caches() -> None:
    """Forget the cached words of every loaded model (benchmarks of a cold start)."""
    clear_feature_caches()
    if _features.cache_info().currsize:
        _features().clear()


def available(path: Path = MODEL_PATH) -> bool:
    return path.is_file()


def tag(words: Sequence[str], model: Path = MODEL_PATH) -> list[str]:
    """BIO tags for one sentence of folded ``words``."""
    if not words:
        return []
    return list(_tagger(model).tag(_features(model)(words, sentence_gazetteer(words))))


def tag_spans(words: Sequence[str], model: Path = MODEL_PATH) -> list[tuple[int, int, str, float]]:
    """``[(first, stop, type, confidence)]`` name spans of one sentence; the confidence is
    the lowest marginal probability of the span's labels."""
    tags = tag(words, model)
    if tags.count("O") == len(tags):
        return []
    crf = _tagger(model)
    return [(first, stop, typ, min(crf.marginal(tags[i], i) for i in range(first, stop)))
            for first, stop, typ in bio_spans(tags)]
