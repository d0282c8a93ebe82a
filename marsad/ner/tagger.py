"""The NER tagger: a linear-chain CRF (python-crfsuite) shipped in the package.

``tag(words)`` takes the folded words of one sentence, looks them up in the KB's names
(``marsad.ner.gazetteer``) and returns BIO tags over PER ORG GPE LOC FAC NORP MISC.
The model is ``marsad/ner/model.crfsuite``, built by ``scripts/train_ner.py`` from
NewsFANE (CC BY-SA 3.0) and the Wojood sample (MIT); see ``marsad/ner/README.md``.
Where ``marsad/ner/_fastcrf.c`` was built, a sentence is tagged by it (``marsad.ner.crf``:
the model's own weights, the same labels and marginals); else by python-crfsuite. The
entities stage tags an article's sentences in one compiled call (``sentence_spans``). The
model's tables are read from the file itself (``crf.read_tables``); python-crfsuite is
imported and its ``Tagger`` opened only where it tags, or where the file reads oddly.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from marsad.ner import crf as compiled_crf
from marsad.ner import features as feature_module
from marsad.ner import gazetteer as gazetteer_module
from marsad.ner.corpus import bio_spans
from marsad.ner.features import Features
from marsad.ner.features import clear_caches as clear_feature_caches
from marsad.ner.gazetteer import sentence_gazetteer

if TYPE_CHECKING:  # imported where first needed: the compiled tagger needs no python-crfsuite
    import pycrfsuite

MODEL_PATH = Path(__file__).with_name("model.crfsuite")
#: Attributes whose every weight is weaker than this are not passed to the CRF: they barely
#: move a score, and each costs a lookup (dev F1 unchanged at 0.1; docs/ner.md).
MIN_WEIGHT = 0.1
#: below every weight that prints (``"%f"``) as ``MIN_WEIGHT`` or more
_NEAR_MIN_WEIGHT = MIN_WEIGHT * 0.99


class ModelMissing(RuntimeError):
    """The shipped model file is absent (rebuild it with scripts/train_ner.py)."""


def _require(path: Path) -> None:
    """A model that is not there is a ``ModelMissing`` that says how to make it."""
    if not path.is_file():
        raise ModelMissing(f"NER model not found at {path}; run scripts/train_ner.py")


@functools.cache
def _tagger(path: Path = MODEL_PATH) -> pycrfsuite.Tagger:
    _require(path)
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@functools.cache
def _model(path: Path = MODEL_PATH) -> tuple[Features, compiled_crf.CompiledCRF | None]:
    """The feature builder for a model, which passes on only the attributes the model knows
    with a weight of at least ``MIN_WEIGHT`` for some label, and the compiled tagger with
    the weights of those attributes (``None`` where the extension was not built); both
    from the model's tables as ``_tables`` reads them."""
    labels, attributes, known = _tables(path)
    features, fast = Features(known=known), compiled_crf.compiled(path, labels, attributes, known)
    if fast is not None:
        features.pack, features.index = fast.pack, fast.index
    return features, fast


def _tables(path: Path) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    """A model's label and attribute name → id tables and its attributes with a weight of at
    least ``MIN_WEIGHT``: read from the file's own tables (``crf.read_tables``), which is
    much cheaper than python-crfsuite's ``Tagger.info()`` (a text dump of the whole model,
    parsed line by line); ``info()`` only where the file reads oddly. Both give the same
    tables and the same set, made in the same order (attributes by id)."""
    _require(path)
    try:
        label_names, attribute_names, strongest = compiled_crf.read_tables(path)
    except compiled_crf.ModelFormatError:
        return _info_tables(path)
    # info() read each weight back from its "%f" print: a weight a hair under MIN_WEIGHT
    # counts where it prints as MIN_WEIGHT (only those near it are printed here)
    known = frozenset(name for name, w in zip(attribute_names, strongest)
                      if w >= _NEAR_MIN_WEIGHT and float(f"{w:f}") >= MIN_WEIGHT)
    return (dict(zip(label_names, range(len(label_names)))),
            dict(zip(attribute_names, range(len(attribute_names)))), known)


def _info_tables(path: Path) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    """``_tables`` from python-crfsuite's ``Tagger.info()`` (a parse of the model's dump)."""
    info = _tagger(path).info()
    strongest: dict[str, float] = {}
    for (attribute, _label), weight in info.state_features.items():
        strongest[attribute] = max(strongest.get(attribute, 0.0), abs(weight))
    known = frozenset(a for a, w in strongest.items() if w >= MIN_WEIGHT)
    return ({name: int(i) for name, i in info.labels.items()},
            {name: int(i) for name, i in info.attributes.items()}, known)


@functools.cache
def _shipped() -> tuple[Features, compiled_crf.CompiledCRF | None]:
    """``_model`` of the shipped model: the stage asks for it once a sentence, and looking
    ``MODEL_PATH`` up in ``_model``'s cache hashes the path by a Python call each time."""
    return _model(MODEL_PATH)


def _features(path: Path = MODEL_PATH) -> Features:
    """The feature builder of a model (``_model``)."""
    return _model(path)[0]


def _compiled(path: Path = MODEL_PATH) -> compiled_crf.CompiledCRF | None:
    """The compiled tagger of a model, or ``None`` (``_model``)."""
    return _model(path)[1]


def clear_caches() -> None:
    """Forget the cached words of every loaded model (benchmarks of a cold start)."""
    clear_feature_caches()
    if _model.cache_info().currsize:
        _features().clear()


def available(path: Path = MODEL_PATH) -> bool:
    if path in _FOUND:
        return True
    found = path.is_file()
    if found:
        _FOUND.add(path)
    return found


#: Model files found on disk: the stage asks once an article, and a ``stat`` each time was
#: half a percent of it (a model once loaded stays loaded anyway: ``_tagger``, ``_model``).
_FOUND: set[Path] = set()


def tag(words: Sequence[str], model: Path = MODEL_PATH) -> list[str]:
    """BIO tags for one sentence of folded ``words``."""
    return _tag(words, model)[0]


def _tag(words: Sequence[str], model: Path) -> tuple[list[str], list[float] | None]:
    """The tags of a sentence and, when the compiled tagger gave them, the marginal
    probability of each (``None`` when every tag is "O" or python-crfsuite tagged it)."""
    if not words:
        return [], None
    features, fast = _model(model)
    if fast is not None:
        return fast.tag_packed(*features.packed_parts(words, sentence_gazetteer(words)))
    return list(_tagger(model).tag(features(words, sentence_gazetteer(words)))), None


def tag_spans(words: Sequence[str], model: Path = MODEL_PATH) -> list[tuple[int, int, str, float]]:
    """``[(first, stop, type, confidence)]`` name spans of one sentence; the confidence is
    the lowest marginal probability of the span's labels."""
    if words:
        features, fast = _shipped() if model is MODEL_PATH else _model(model)
        if fast is not None:  # the compiled tagger: spans straight from its label ids
            ids, marginals = fast.tag_packed_ids(
                *features.packed_parts(words, sentence_gazetteer(words)))
            if marginals is None:  # every label is "O"
                return []
            return [(first, stop, typ, min(marginals[first:stop]))
                    for first, stop, typ in fast.spans(ids)]
    tags, probs = _tag(words, model)
    if tags.count("O") == len(tags):
        return []
    if probs is None:
        crf = _tagger(model)
        probs = [crf.marginal(label, i) for i, label in enumerate(tags)]
    return [(first, stop, typ, min(probs[first:stop])) for first, stop, typ in bio_spans(tags)]


#: ``tag_spans`` as defined here (``sentence_spans`` asks a replaced one instead)
_TAG_SPANS = tag_spans


def sentence_spans(sentences: Sequence[Sequence[str]], model: Path = MODEL_PATH
                   ) -> list[list[tuple[int, int, str, float]]]:
    """``[tag_spans(words, model) for words in sentences]`` (an article's sentences): where
    both extensions were built, in one compiled call (``_fastfeat.spans``), which takes each
    sentence from its words to its spans with no list or tuple made between (packed
    records, gazetteer tags, extras, label ids, marginals: the per-sentence path's steps in
    its order, the same answers). A ``tag_spans`` put in its place (a test's stand-in
    tagger) is the one asked, sentence by sentence."""
    if sentences and tag_spans is _TAG_SPANS:
        features, fast = _shipped() if model is MODEL_PATH else _model(model)
        fastfeat = feature_module._fastfeat
        if fast is not None and fast.span_tables is not None and fastfeat is not None \
                and gazetteer_module._fastfeat is not None and hasattr(fastfeat, "spans"):
            gazetteer = gazetteer_module.compiled_args()
            args = features.sentence_args(None if gazetteer is None else gazetteer[2])
            if args is not None:
                return fastfeat.spans(list(sentences), args, gazetteer, fast.span_tables)
    if model is MODEL_PATH:  # as the stage asked before (a stand-in takes the words alone)
        return [tag_spans(words) for words in sentences]
    return [tag_spans(words, model) for words in sentences]
