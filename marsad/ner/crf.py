"""The tagger's CRF read straight from its crfsuite file and run without python-crfsuite.

python-crfsuite spends most of a sentence turning each attribute string into a C++ string
and looking it up in the model's tables. ``CompiledCRF`` reads the model file once (its
feature table: every state weight and transition weight, as the exact doubles crfsuite
uses), keeps the state weights of each attribute the features can give (a dict from the
attribute's bytes to where its weights lie in two flat arrays), and tags a sentence in one
compiled call (``marsad/ner/_fastcrf.c``): the same scores added in the same order, the same
Viterbi path and the same marginals as crfsuite. A word's attributes can be looked up once
and kept with its feature record (``pack``, ``Features.packed_parts``), so a sentence costs
no lookup per token (``tag_packed``). ``compiled(...)`` gives ``None`` where the extension
was not built; the tagger then calls python-crfsuite as before, with the same answers.
"""

from __future__ import annotations

import math
import struct
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import compress, count
from pathlib import Path

try:
    from marsad.ner import _fastcrf
except ImportError:  # no C compiler at install: python-crfsuite does the work
    _fastcrf = None  # type: ignore[assignment]

_HEADER = struct.Struct("<4sI4s9I")  # magic, size, type, version, counts, chunk offsets
_CHUNK = struct.Struct("<4sII")  # "FEAT", chunk size, number of features
_FEATURE = struct.Struct("<IIId")  # type (0 state, 1 transition), source, label, weight
_STATE, _TRANSITION = 0, 1


class ModelFormatError(ValueError):
    """A file that is not a crfsuite 1-d CRF model as this module reads it."""


class CompiledCRF:
    """A crfsuite model's weights for the compiled tagger (``tag``)."""

    def __init__(self, labels: Sequence[str], index: dict[bytes, int], targets: array,
                 weights: array, transitions: array) -> None:
        self.labels = tuple(labels)
        self._index = index  # attribute → first feature * 64 + number of features
        self._targets = targets  # each state feature's label
        self._weights = weights  # and its weight
        self._transitions = transitions
        self._exp_transitions = array("d", map(math.exp, transitions))
        self._other = self.labels.index("O") if "O" in self.labels else -1
        #: per label id, as ``marsad.ner.corpus.bio_spans`` reads a label: whether it opens
        #: a name (``B-``) and the type after its first two letters
        self._opens = tuple(label.startswith("B-") for label in self.labels)
        self._types = tuple(label[2:] for label in self.labels)
        self._args = (self._index, self._targets, self._weights, self._transitions,
                      self._exp_transitions, len(self.labels), self._other,
                      _dense_in_order(index, targets, len(self.labels)))
        #: the tables as ``_fastfeat.spans`` hands them to ``_fastcrf`` (its capsule
        #: ``_api``), or ``None`` where that ``_fastcrf`` has none (an older build)
        self.span_tables: tuple[object, ...] | None = (
            (*self._args, self._opens, self._types) if hasattr(_fastcrf, "_api") else None)

    @property
    def index(self) -> dict[bytes, int]:
        """An attribute's bytes → where its weights lie (``first * 64 + count``), as
        ``pack`` packs it."""
        return self._index

    def tag(self, items: list[tuple[bytes, ...]]) -> tuple[list[str], list[float] | None]:
        """The best labels of a sentence (one tuple of attribute bytes per token) and the
        marginal probability of each (``None`` when every label is "O")."""
        return self._named(_fastcrf.tag(items, *self._tables()))

    def pack(self, parts: Sequence[tuple[object, ...]]) -> bytes:
        """The five parts of a word's record (``marsad.ner.features``) as ``tag_packed`` reads
        them: int32s, the end of each part, then each known attribute's place in the tables
        (``first * 64 + count``), in order; an attribute the model lacks is left out, as
        crfsuite leaves it out."""
        return _fastcrf.pack(tuple(parts), self._index)

    def tag_packed(self, packs: list[bytes], extras: Sequence[tuple[object, ...]]
                   ) -> tuple[list[str], list[float] | None]:
        """``tag`` for a sentence as ``Features.packed_parts`` gives it (packed by ``pack``),
        without joining each token's attributes into one tuple."""
        return self._named(self.tag_packed_ids(packs, extras))

    def tag_packed_ids(self, packs: list[bytes], extras: Sequence[tuple[object, ...]]
                       ) -> tuple[list[int], list[float] | None]:
        """``tag_packed`` with the label ids as they come (``labels[id]`` names one): the
        marginals are ``None`` exactly when every label is "O"."""
        return _fastcrf.tag_packed(packs, extras, *self._args)  # ``_tables``, once a sentence

    def spans(self, ids: Sequence[int]) -> list[tuple[int, int, str]]:
        """``marsad.ner.corpus.bio_spans`` of the labels ``ids`` name, read from the ids: only
        the named tokens (not "O") are visited, found by a compiled scan, as a sentence
        holds few names (a stray ``I-`` opens a span, as there)."""
        opens, types = self._opens, self._types
        out: list[tuple[int, int, str]] = []
        start, stop, typ = -1, -1, ""
        for i in compress(count(), map(self._other.__ne__, ids)):
            label = ids[i]
            if start >= 0 and (i != stop or opens[label] or types[label] != typ):
                out.append((start, stop, typ))  # an "O", a ``B-`` or another type ends it
                start = -1
            if start < 0:
                start, typ = i, types[label]
            stop = i + 1
        if start >= 0:
            out.append((start, stop, typ))
        return out

    def _tables(self) -> tuple[dict[bytes, int], array, array, array, array, int, int, bool]:
        """The tables as ``_fastcrf`` takes them (one tuple, made once)."""
        return self._args

    def _named(self, found: tuple[list[int], list[float] | None]
               ) -> tuple[list[str], list[float] | None]:
        ids, probs = found
        names = self.labels
        return [names[i] for i in ids], probs


def _dense_in_order(index: Mapping[bytes, int], targets: array, n: int) -> bool:
    """Whether every attribute with a weight for each of the ``n`` labels has them in label
    order (as crfsuite writes them): ``_fastcrf`` then adds such a row of weights as one,
    the same sums for each label (most of a token's weights are in such rows)."""
    in_order = array("i", range(n))
    return all(targets[ref >> 6:(ref >> 6) + n] == in_order
               for ref in index.values() if ref & 63 == n)


def read_features(path: Path) -> Iterator[tuple[int, int, int, float]]:
    """``(type, source id, label id, weight)`` of each feature of a crfsuite model file."""
    data = path.read_bytes()
    if len(data) < _HEADER.size:
        raise ModelFormatError(f"{path}: too short for a crfsuite model")
    magic, _size, kind, _version, _n, _labels, _attrs, offset, *_rest = _HEADER.unpack_from(data)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelFormatError(f"{path}: not a crfsuite 1-d CRF model")
    chunk, _chunk_size, count = _CHUNK.unpack_from(data, offset)
    if chunk != b"FEAT":
        raise ModelFormatError(f"{path}: no feature table at offset {offset}")
    start = offset + _CHUNK.size
    yield from _FEATURE.iter_unpack(memoryview(data)[start:start + count * _FEATURE.size])


def load(path: Path, labels: Mapping[str, int], attributes: Mapping[str, int],
         keep: Iterable[str]) -> CompiledCRF:
    """The weights of the model at ``path`` for the attributes of ``keep`` (others are never
    passed, so they need no weights); ``labels`` and ``attributes`` are the model's name → id
    tables (python-crfsuite's ``Tagger.info()``)."""
    n = len(labels)
    names = [""] * n
    for name, label_id in labels.items():
        names[int(label_id)] = name
    kept = array("b", bytes(max((int(i) for i in attributes.values()), default=-1) + 1))
    for name in keep:
        if name in attributes:
            kept[int(attributes[name])] = 1
    # two passes over the table: how many state features each kept attribute has, then
    # each feature into its attribute's place (attributes in id order)
    counts = array("i", bytes(4 * len(kept)))
    transitions = array("d", bytes(8 * n * n))
    for kind, source, label, weight in read_features(path):
        if kind == _STATE and kept[source]:
            counts[source] += 1
        elif kind == _TRANSITION:
            transitions[source * n + label] = weight
    firsts = array("i", bytes(4 * len(kept)))
    total = 0
    for attr_id, count in enumerate(counts):
        firsts[attr_id] = total
        total += count
    targets, weights = array("i", bytes(4 * total)), array("d", bytes(8 * total))
    filled = array("i", firsts)
    for kind, source, label, weight in read_features(path):
        if kind == _STATE and kept[source]:
            targets[filled[source]] = label
            weights[filled[source]] = weight
            filled[source] += 1
    index = {name.encode(): firsts[int(attributes[name])] * 64 + counts[int(attributes[name])]
             for name in keep if name in attributes and counts[int(attributes[name])]}
    return CompiledCRF(names, index, targets, weights, transitions)


def compiled(path: Path, labels: Mapping[str, int], attributes: Mapping[str, int],
             keep: Iterable[str]) -> CompiledCRF | None:
    """``load``, or ``None`` where ``marsad.ner._fastcrf`` was not built."""
    if _fastcrf is None:
        return None
    return load(path, labels, attributes, keep)
