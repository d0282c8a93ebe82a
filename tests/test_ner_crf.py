"""The compiled CRF (``marsad.ner.crf``, ``marsad/ner/_fastcrf.c``) against python-crfsuite on
the shipped model: the same labels and the same marginals, to the bit, whether a sentence
comes as one tuple of attributes per token or as the packed records of its words."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest

from marsad.arabic.normalise import fold
from marsad.ner import crf, tagger
from marsad.ner.features import Features
from marsad.ner.gazetteer import sentence_gazetteer

pytestmark = pytest.mark.skipif(tagger._compiled() is None if tagger.available() else True,
                                reason="no NER model or no compiled extension")

SENTENCES = [
    "قال وزير الخارجية السعودي عادل الجبير في الرياض إن المملكة تدعم الحل السياسي",
    "وصل الرئيس المصري عبد الفتاح السيسي الى باريس امس في زيارة رسمية",
    "اعلنت الامم المتحدة ان منظمة الصحة العالمية سترسل فريقا الى اليمن",
    "ذهب الولد الى المدرسة صباحا",
    "و",
]


def _items(sentence: str) -> tuple[list[str], list]:
    words = [fold(w) for w in sentence.split()]
    return words, tagger._features()(words, sentence_gazetteer(words))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_labels_and_marginals_are_those_of_python_crfsuite(sentence: str) -> None:
    _words, items = _items(sentence)
    reference = tagger._tagger()
    expected = list(reference.tag(items))
    labels, probs = tagger._compiled().tag(items)  # type: ignore[union-attr]
    assert labels == expected
    if all(label == "O" for label in expected):
        assert probs is None
    else:
        assert probs == [reference.marginal(label, i) for i, label in enumerate(expected)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_packed_records_tag_as_the_joined_attributes(sentence: str) -> None:
    words, items = _items(sentence)
    features, fast = tagger._model()
    assert fast is not None
    packs, extras = features.packed_parts(words, sentence_gazetteer(words))
    assert len(packs) == len(words) + 4 and len(extras) == len(words)
    assert fast.tag_packed(packs, extras) == fast.tag(items)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_is_its_parts_joined(sentence: str) -> None:
    words = [fold(w) for w in sentence.split()]
    features = tagger._features()
    gazetteer = sentence_gazetteer(words)
    recs, extras = features.parts(words, gazetteer)
    joined = [recs[k + 2][0] + recs[k][1] + recs[k + 1][2] + recs[k + 3][3] + recs[k + 4][4]
              + extras[k] for k in range(len(words))]
    assert joined == features(words, gazetteer)


def test_pack_gives_the_ends_of_the_parts_then_the_known_attributes_in_order() -> None:
    fast = tagger._compiled()
    assert fast is not None
    index = fast._index
    known = sorted(index)[:3]
    parts = ((known[0], b"no-such-attribute", known[1]), (), (known[2],), (), (known[0],))
    packed = array("i", fast.pack(parts))
    assert list(packed) == [2, 2, 3, 3, 4, index[known[0]], index[known[1]], index[known[2]],
                            index[known[0]]]


def test_packed_parts_need_a_pack_function() -> None:
    with pytest.raises(ValueError):
        Features(frozenset({"sh=ar"})).packed_parts(["بغداد"])


def test_a_sentence_with_names_gets_spans_with_confidences() -> None:
    words, _items_ = _items(SENTENCES[1])
    spans = tagger.tag_spans(words)
    assert any(typ == "PER" for _first, _stop, typ, _conf in spans)
    assert all(0.0 < conf <= 1.0 for *_rest, conf in spans)


def test_an_empty_sentence_has_no_labels() -> None:
    assert tagger._compiled().tag([]) == ([], None)  # type: ignore[union-attr]


def test_an_attribute_the_model_does_not_know_is_skipped() -> None:
    _words, items = _items(SENTENCES[3])
    fast = tagger._compiled()
    assert fast is not None
    padded = [item + (b"no-such-attribute",) for item in items]
    assert fast.tag(padded) == fast.tag(items)


def test_read_features_gives_the_weights_crfsuite_dumps(tmp_path: Path) -> None:
    info = tagger._tagger().info()
    attrs = {int(i): name for name, i in info.attributes.items()}
    labels = {int(i): name for name, i in info.labels.items()}
    seen = 0
    for kind, source, label, weight in crf.read_features(tagger.MODEL_PATH):
        if kind == 0:
            assert info.state_features[(attrs[source], labels[label])] == pytest.approx(
                weight, abs=1e-6)
        else:
            assert info.transitions[(labels[source], labels[label])] == pytest.approx(
                weight, abs=1e-6)
        seen += 1
    assert seen == len(info.state_features) + len(info.transitions)
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model at all, just some bytes here")
    with pytest.raises(crf.ModelFormatError):
        list(crf.read_features(bad))
