"""Round 34, U1: the NER model's tables read from the model file (``crf.read_tables``)
instead of python-crfsuite's ``Tagger.info()`` dump parse, and ``crf.load`` over feature
columns: the same tables, the same ``known`` set (in the same order) and the same weights."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest

from marsad.ner import crf, tagger

pytestmark = pytest.mark.skipif(not tagger.MODEL_PATH.is_file(), reason="no shipped model")


def test_the_tables_equal_info_s_exactly() -> None:
    labels, attributes, known = tagger._tables(tagger.MODEL_PATH)
    info_labels, info_attributes, info_known = tagger._info_tables(tagger.MODEL_PATH)
    assert list(labels.items()) == list(info_labels.items())
    assert list(attributes.items()) == list(info_attributes.items())
    assert known == info_known
    assert list(known) == list(info_known)  # built in the same order: the same set layout


def test_the_strongest_weights_are_info_s_printed_weights() -> None:
    _labels, names, strongest = crf.read_tables(tagger.MODEL_PATH)
    info = tagger._tagger().info()
    printed: dict[str, float] = {}
    for (attribute, _label), weight in info.state_features.items():
        printed[attribute] = max(printed.get(attribute, 0.0), abs(weight))
    mine = {names[i]: float(f"{w:f}") for i, w in enumerate(strongest) if w >= 0.0}
    assert list(mine.items()) == list(printed.items())


def _reference_load(path: Path, labels: dict[str, int], attributes: dict[str, int],
                    keep: frozenset[str]) -> crf.CompiledCRF:
    """``crf.load`` as round 33 wrote it: two passes over ``read_features``."""
    n = len(labels)
    names = [""] * n
    for name, label_id in labels.items():
        names[label_id] = name
    kept = array("b", bytes(max(attributes.values(), default=-1) + 1))
    for name in keep:
        if name in attributes:
            kept[attributes[name]] = 1
    counts = array("i", bytes(4 * len(kept)))
    transitions = array("d", bytes(8 * n * n))
    for kind, source, label, weight in crf.read_features(path):
        if kind == 0 and kept[source]:
            counts[source] += 1
        elif kind == 1:
            transitions[source * n + label] = weight
    firsts = array("i", bytes(4 * len(kept)))
    total = 0
    for attr_id, number in enumerate(counts):
        firsts[attr_id] = total
        total += number
    targets, weights = array("i", bytes(4 * total)), array("d", bytes(8 * total))
    filled = array("i", firsts)
    for kind, source, label, weight in crf.read_features(path):
        if kind == 0 and kept[source]:
            targets[filled[source]] = label
            weights[filled[source]] = weight
            filled[source] += 1
    index = {name.encode(): firsts[attributes[name]] * 64 + counts[attributes[name]]
             for name in keep if name in attributes and counts[attributes[name]]}
    return crf.CompiledCRF(names, index, targets, weights, transitions)


def test_load_over_columns_equals_the_two_pass_load() -> None:
    labels, attributes, known = tagger._tables(tagger.MODEL_PATH)
    new = crf.load(tagger.MODEL_PATH, labels, attributes, known)
    old = _reference_load(tagger.MODEL_PATH, labels, attributes, known)
    assert new.labels == old.labels
    assert list(new._index.items()) == list(old._index.items())
    assert new._targets == old._targets and new._weights == old._weights
    assert new._transitions == old._transitions
    assert new._args[-1] == old._args[-1]


def test_the_columns_are_read_features() -> None:
    data = tagger.MODEL_PATH.read_bytes()
    columns = crf._columns(data, tagger.MODEL_PATH)
    assert list(zip(*columns)) == list(crf.read_features(tagger.MODEL_PATH))


def test_a_file_that_reads_oddly_falls_back_to_info(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = tagger._tables(tagger.MODEL_PATH)

    def odd(path: Path) -> tuple[list[str], list[str], array]:
        raise crf.ModelFormatError(f"{path}: odd")

    monkeypatch.setattr(crf, "read_tables", odd)
    assert tagger._tables(tagger.MODEL_PATH) == expected


@pytest.mark.parametrize("cut", [b"XXXX", b"\xff\xff\xff\xff"])
def test_a_broken_string_table_is_a_format_error(tmp_path: Path, cut: bytes) -> None:
    data = bytearray(tagger.MODEL_PATH.read_bytes())
    labels_at = int.from_bytes(data[32:36], "little")
    data[labels_at:labels_at + 4] = cut  # the label chunk's "CQDB" id
    path = tmp_path / "odd.crfsuite"
    path.write_bytes(bytes(data))
    with pytest.raises(crf.ModelFormatError):
        crf.read_tables(path)


def test_names_with_a_line_break_are_a_format_error(tmp_path: Path) -> None:
    data = bytearray(tagger.MODEL_PATH.read_bytes())
    labels_at = int.from_bytes(data[32:36], "little")
    refs_at = labels_at + int.from_bytes(data[labels_at + 20:labels_at + 24], "little")
    first = labels_at + int.from_bytes(data[refs_at:refs_at + 4], "little") + 8
    data[first] = ord("\n")  # label 0's first letter
    path = tmp_path / "odd.crfsuite"
    path.write_bytes(bytes(data))
    with pytest.raises(crf.ModelFormatError):
        crf.read_tables(path)
