"""Round 33 (entities): the compiled paths added this round give what the Python ones give.

``_fastfeat.sentence`` adds a sentence's gazetteer tags to its extras itself (as
``Features._add_gazetteer`` does), tags on the first and last word and side by side
included; ``_fastcrf``'s AVX2 kernels end a row of labels with one masked vector (the
label counts that leave one to three over are in ``tests/test_ner_crf_kernels.py``)."""

from __future__ import annotations

import random

import pytest

from marsad.arabic.normalise import fold
from marsad.ner import features as ft
from marsad.ner import tagger
from marsad.ner.features import Features

pytestmark = pytest.mark.skipif(
    ft._fastfeat is None or not tagger.available() or tagger._compiled() is None,
    reason="no compiled extension or no NER model")

WORDS = [fold(w) for w in
         "قال وزير الخارجية السعودي عادل الجبير في الرياض إن المملكة تدعم الحل".split()]
TYPES = ["", "", "", "B-PER", "I-PER", "B-GPE", "I-GPE", "B-ORG", "B-MISC", "B-XYZ"]


def _python(features: Features, words: list[str], tags: list[str],
            monkeypatch: pytest.MonkeyPatch) -> object:
    """``packed_parts`` by the Python loops (the extension switched off)."""
    with monkeypatch.context() as m:
        m.setattr(ft, "_fastfeat", None)
        return features.packed_parts(words, tags)


@pytest.mark.parametrize("seed", range(40))
def test_gazetteer_tags_added_in_c_equal_the_python_loop(seed: int,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    shipped = tagger._features()
    compiled = Features(shipped.known)
    compiled.pack, compiled.index = shipped.pack, shipped.index
    python = Features(shipped.known)
    python.pack = shipped.pack
    words = WORDS[:rng.randrange(1, len(WORDS) + 1)]
    tags = [rng.choice(TYPES) for _ in words]
    if seed % 4 == 0:  # a tag on both ends
        tags[0], tags[-1] = "B-GPE", "I-GPE"
    expected = _python(python, words, tags, monkeypatch)
    assert compiled.packed_parts(words, tags) == expected
    assert compiled.packed_parts(words, tags) == expected  # the tags' records kept
    blank = [""] * len(words)
    assert compiled.packed_parts(words, blank) == _python(python, words, blank, monkeypatch)
