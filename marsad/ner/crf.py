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
import sys
from collections import Counter
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import compress, count
from operator import and_
from pathlib import Path

try:
    from marsad.ner import _fastcrf
except ImportError:  # no C compiler at install: python-crfsuite does the work
    _fastcrf = None  # type: ignore[assignment]

_HEADER = struct.Struct("<4sI4s9I")  # magic, size, type, version, counts, chunk offsets
_CHUNK = struct.Struct("<4sII")  # "FEAT", chunk size, number of features
_FEATURE = struct.Struct("<IIId")  # type (0 state, 1 transition), source, label, weight
_STATE, _TRANSITION = 0, 1
#: a CQDB chunk (crfsuite's string tables): "CQDB", chunk size, flags, byte-order mark, number
#: of ids, offset of the id → record array; 256 hash-table references follow, then records
_CQDB = struct.Struct("<4sIIIII")
_CQDB_BYTEORDER = 0x62445371
_RECORD_HEAD = 8  # a record: its id and its key's size (uint32s), then the key and a NUL


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
    table = _feature_table(path.read_bytes(), path)
    yield from _FEATURE.iter_unpack(table)


def _header(data: bytes, path: Path) -> tuple[int, ...]:
    """The model header's counts and chunk offsets (after its magic, size, type, version)."""
    if len(data) < _HEADER.size:
        raise ModelFormatError(f"{path}: too short for a crfsuite model")
    magic, _size, kind, _version, *rest = _HEADER.unpack_from(data)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelFormatError(f"{path}: not a crfsuite 1-d CRF model")
    return tuple(rest)


def _feature_table(data: bytes, path: Path) -> memoryview:
    """The model's feature records (``_FEATURE``, one after another)."""
    offset = _header(data, path)[3]
    if offset + _CHUNK.size > len(data):
        raise ModelFormatError(f"{path}: no feature table at offset {offset}")
    chunk, _chunk_size, count = _CHUNK.unpack_from(data, offset)
    if chunk != b"FEAT":
        raise ModelFormatError(f"{path}: no feature table at offset {offset}")
    start = offset + _CHUNK.size
    if start + count * _FEATURE.size > len(data):
        raise ModelFormatError(f"{path}: feature table cut short")
    return memoryview(data)[start:start + count * _FEATURE.size]


def _column(table: memoryview, at: int, code: str) -> array:
    """The field at byte ``at`` of every feature record (little-endian, of ``array`` type
    ``code``), gathered by strided byte copies: no Python step per feature."""
    size = array(code).itemsize
    out = bytearray(len(table) // _FEATURE.size * size)
    for k in range(size):
        out[k::size] = table[at + k::_FEATURE.size]
    column = array(code, out)
    if sys.byteorder == "big":
        column.byteswap()
    return column


def _columns(data: bytes, path: Path) -> tuple[array, array, array, array]:
    """The feature table as four columns: types, source ids, label ids, weights (the
    ``read_features`` tuples, read in one go)."""
    table = _feature_table(data, path)
    return (_column(table, 0, "I"), _column(table, 4, "I"), _column(table, 8, "I"),
            _column(table, 12, "d"))


def _strings(data: bytes, offset: int, end: int, count: int, path: Path) -> list[str]:
    """Strings 0 … ``count - 1`` of the CQDB chunk at ``offset`` (ending by ``end``), as
    python-crfsuite's dump parse reads them (``Tagger.info()``: one "id: name" line each,
    decoded as UTF-8, a line's "\\r" ends stripped); a table that parse would read otherwise
    (a name with a line break, a missing id) is a ``ModelFormatError``."""
    if count == 0:
        return []
    if not 0 <= offset <= offset + _CQDB.size <= end <= len(data):
        raise ModelFormatError(f"{path}: no string table at offset {offset}")
    chunk, size, _flags, order, ids, refs_at = _CQDB.unpack_from(data, offset)
    end = min(end, offset + size)
    if chunk != b"CQDB" or order != _CQDB_BYTEORDER or ids < count \
            or offset + refs_at + 4 * count > end:
        raise ModelFormatError(f"{path}: unreadable string table at offset {offset}")
    refs = array("I", data[offset + refs_at:offset + refs_at + 4 * count])
    if sys.byteorder == "big":
        refs.byteswap()
    keys = []
    for ref in refs:  # an id's record: its key runs to the first NUL, as C prints it
        start = offset + ref + _RECORD_HEAD
        stop = data.find(b"\0", start, end) if ref else -1
        if stop < 0:
            raise ModelFormatError(f"{path}: string table at offset {offset} lacks an id")
        keys.append(data[start:stop])
    try:
        text = b"\n".join(keys).decode()
    except UnicodeDecodeError as error:
        raise ModelFormatError(f"{path}: a name is not UTF-8") from error
    del keys  # 70k small bytes objects: gone before the names are made (peak memory)
    names = text.split("\n")
    if len(names) != count or "\r\n" in text or text.endswith("\r"):
        raise ModelFormatError(f"{path}: a name holds a line break")
    return names


def read_tables(path: Path) -> tuple[list[str], list[str], array]:
    """The label names and the attribute names of a crfsuite model, by id, and each
    attribute's strongest state weight (the largest ``abs(weight)``; -1.0 for an attribute
    with no state feature): what the tagger took from ``Tagger.info()``, read from the
    file's own tables instead of a parse of its 170k-line dump (which prints each weight
    ``"%f"``: rounding keeps the order, so the strongest printed is the strongest's print)."""
    data = path.read_bytes()
    _features, n_labels, n_attributes, _at, labels_at, attributes_at, label_refs_at, _ = \
        _header(data, path)
    labels = _strings(data, labels_at, attributes_at, n_labels, path)
    attributes = _strings(data, attributes_at, label_refs_at, n_attributes, path)
    kinds, sources, _targets, weights = _columns(data, path)
    best = array("d", [-1.0]) * n_attributes  # -1: no state feature
    try:
        for source, weight in zip(compress(sources, map(_STATE.__eq__, kinds)),
                                  map(abs, compress(weights, map(_STATE.__eq__, kinds)))):
            if weight > best[source]:
                best[source] = weight
    except IndexError as error:
        raise ModelFormatError(f"{path}: a feature of an unknown attribute") from error
    return labels, attributes, best


def load(path: Path, labels: Mapping[str, int], attributes: Mapping[str, int],
         keep: Iterable[str]) -> CompiledCRF:
    """The weights of the model at ``path`` for the attributes of ``keep`` (others are never
    passed, so they need no weights); ``labels`` and ``attributes`` are the model's name → id
    tables (``read_tables``, or python-crfsuite's ``Tagger.info()``)."""
    n = len(labels)
    names = [""] * n
    for name, label_id in labels.items():
        names[int(label_id)] = name
    kept = array("b", bytes(max(map(int, attributes.values()), default=-1) + 1))
    ids = {name: int(attributes[name]) for name in keep if name in attributes}  # keep's order
    for attr_id in ids.values():
        kept[attr_id] = 1
    kinds, sources, label_ids, all_weights = _columns(path.read_bytes(), path)
    transitions = array("d", bytes(8 * n * n))
    for i in compress(count(), map(_TRANSITION.__eq__, kinds)):
        transitions[sources[i] * n + label_ids[i]] = all_weights[i]
    # the kept attributes' state features, each attribute's together in id order and in
    # file order within it (a stable sort by attribute): where ``index`` says they lie
    picked = compress(count(), map(and_, map(_STATE.__eq__, kinds), map(kept.__getitem__, sources)))
    order = sorted(picked, key=sources.__getitem__)
    targets = array("i", map(label_ids.__getitem__, order))
    weights = array("d", map(all_weights.__getitem__, order))
    owners = array("I", map(sources.__getitem__, order))
    del order, kinds, sources, label_ids, all_weights  # the whole table: no longer needed
    counts = Counter(owners)
    firsts = dict(zip(reversed(owners), range(len(owners) - 1, -1, -1)))  # first place wins
    index = {name.encode(): firsts[attr_id] * 64 + counts[attr_id]
             for name, attr_id in ids.items() if attr_id in firsts}
    return CompiledCRF(names, index, targets, weights, transitions)


def compiled(path: Path, labels: Mapping[str, int], attributes: Mapping[str, int],
             keep: Iterable[str]) -> CompiledCRF | None:
    """``load``, or ``None`` where ``marsad.ner._fastcrf`` was not built."""
    if _fastcrf is None:
        return None
    return load(path, labels, attributes, keep)
