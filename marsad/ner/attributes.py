"""A word's tagger attributes built straight from a model's known attributes, no strings made.

``marsad.ner.features`` names every feature of a word as a string (``p2=وز``, ``-1:sh=ar``)
and keeps those the model knows. For a model, ``KnownAttributes`` splits each known
attribute at its first ``=`` into a family (``p2=``, ``-1:sh=``) and a value, and keeps one
dict per family from value to the attribute's UTF-8 bytes, so a word's feature is one dict
lookup of its value: no concatenation, no set lookup, no encoding for the many features a
model has no weight for. It gives the same attributes in the same order as the string path
(``tests/test_ner_features.py`` pins this on the shipped model). Where the optional extension
``marsad/ner/_fastfeat.c`` was built, ``parts`` runs compiled: the same lookups in the same
tables, the same attributes in the same order (``parts_py`` is the Python twin); so does
``packed``, which gives straight away the packed record a compiled tagger reads.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping
from typing import Any

try:
    from marsad.ner import _fastfeat
except ImportError:  # no C compiler at install: the Python twin does the work
    _fastfeat = None  # type: ignore[assignment]

#: (stem, prefix, suffix, trigger, shape) of a word, as ``marsad.ner.features._facts``.
Facts = tuple[str, str, str, str, str]
Parts = tuple[tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...],
              tuple[bytes, ...]]
_Get = Callable[[str], "bytes | None"]
#: families looked up at the word's own position only
_OWN_ONLY = ("p2=", "p3=", "x1=", "x3=", "len=", "pre=", "suf=")
_LENGTHS = tuple(str(n) for n in range(9))
#: offsets a family is looked up at: own, -2, -1, +1, +2 (``w=``, ``t=``); own, -1, +1
_ALL = ("", "-2:", "-1:", "1:", "2:")
_OWN_NEAR = ("", "-1:", "1:")
_NONE5: tuple[None, ...] = (None,) * 5
_NONE3: tuple[None, ...] = (None,) * 3


class KnownAttributes:
    """The known attributes of one model, by family, for building a word's features."""

    def __init__(self, known: frozenset[str]) -> None:
        families: dict[str, dict[str, bytes]] = {}
        for attribute in known:
            head, sep, value = attribute.partition("=")
            if sep:
                families.setdefault(head + sep, {})[value] = attribute.encode()

        def merged(name: str, tags: tuple[str, ...]) -> dict[str, tuple[bytes | None, ...]]:
            # value -> its attribute in each of the families tag + name (None where absent)
            out: dict[str, tuple[bytes | None, ...]] = {}
            tables = [families.get(tag + name, {}) for tag in tags]
            for table in tables:
                for value in table:
                    if value not in out:
                        out[value] = tuple(t.get(value) for t in tables)
            return out

        own_only = tuple(families.get(name, {}) for name in _OWN_ONLY)
        merged_tables = (merged("w=", _ALL), merged("t=", _ALL), merged("sh=", _OWN_NEAR),
                         merged("x2=", _OWN_NEAR), merged("s=", _OWN_NEAR))
        #: the tables in the order the compiled ``parts`` reads them
        self._tables = (*own_only, *merged_tables, _LENGTHS)
        self._own_only = tuple(table.get for table in own_only)
        self._word, self._trigger, self._shape, self._ending, self._stem = (
            table.get for table in merged_tables)
        self._compiled = _fastfeat is not None
        self._places_of: Mapping[bytes, int] | None = None
        self._places_tables: tuple[object, ...] = ()

    def parts(self, word: str, facts: Facts) -> Parts:
        """(own, as -2, as -1, as +1, as +2) known attributes of a word (not ``<s>``).

        The families a word lends at several offsets (``w=``, ``s=``, ``sh=``, ``x2=``,
        ``t=``) are one lookup each, giving the attribute of every offset at once."""
        if self._compiled:
            return _fastfeat.parts(word, facts, self._tables)
        return self.parts_py(word, facts)

    def packed(self, word: str, facts: Facts, index: Mapping[bytes, int]) -> bytes:
        """The word's ``parts`` packed as a compiled tagger reads them (``marsad.ner.crf``:
        int32s, the end of each part, then the ``index`` value of each attribute ``index``
        holds, in order), in one compiled call where the extension was built: no tuple of
        attributes is made for a word only the compiled tagger will read."""
        if self._compiled:
            return _fastfeat.packed(word, facts, self.places(index))
        return self.packed_py(word, facts, index)

    @property
    def compiled(self) -> bool:
        """Whether ``packed`` runs compiled (``_fastfeat.packed``, which takes ``places``)."""
        return self._compiled

    def places(self, index: Mapping[bytes, int]) -> tuple[object, ...]:
        """The tables as the compiled ``packed`` reads them: each attribute replaced by its
        ``index`` value (``None`` where ``index`` lacks it), so a word costs no lookup in
        ``index``; made once per index."""
        if self._places_of is not index:
            def place(value: bytes | None) -> int | None:
                return None if value is None else index.get(value)

            def places(table: Any) -> Any:
                return {key: (tuple(map(place, value)) if type(value) is tuple
                              else place(value)) for key, value in table.items()}

            *tables, lengths = self._tables  # the lengths are keys, kept as they are
            self._places_tables = (*(places(table) for table in tables), lengths)
            self._places_of = index
        return self._places_tables

    def packed_py(self, word: str, facts: Facts, index: Mapping[bytes, int]) -> bytes:
        """``packed`` by the Python twin (the same bytes)."""
        ends: list[int] = []
        refs: list[int] = []
        for part in self.parts_py(word, facts):
            refs += [index[a] for a in part if a in index]
            ends.append(len(refs))
        return array("i", ends + refs).tobytes()

    def parts_py(self, word: str, facts: Facts) -> Parts:
        """``parts`` by the Python twin (where the extension was not built; the same)."""
        stem, prefix, suffix, trigger, shape = facts
        p2, p3, x1, x3, length, pre, suf = self._own_only
        w = self._word(word, _NONE5)
        t = self._trigger(trigger, _NONE5) if trigger else _NONE5
        sh = self._shape(shape, _NONE3)
        x2 = self._ending(stem[-2:], _NONE3)
        s = self._stem(stem, _NONE3) if stem != word else self._stem_own(stem)
        own = (w[0], sh[0], p2(stem[:2]), p3(stem[:3]), x1(stem[-1:]), x2[0],
               x3(stem[-3:]), s[0], length(_LENGTHS[min(len(stem), 8)]),
               pre(prefix) if prefix else None, suf(suffix) if suffix else None, t[0])
        return (tuple(filter(None, own)), _present(w[1], t[1]),
                tuple(filter(None, (w[2], sh[1], x2[1], s[1], t[2]))),
                tuple(filter(None, (w[3], sh[2], x2[2], s[2], t[3]))),
                _present(w[4], t[4]))

    def _stem_own(self, stem: str) -> tuple[bytes | None, None, None]:
        """A stem equal to its word is named at the word's own position only."""
        return (self._stem(stem, _NONE3)[0], None, None)


def _present(word: bytes | None, trigger: bytes | None) -> tuple[bytes, ...]:
    """``(word, trigger)`` less the ``None``s (``tuple(filter(None, …))`` of two, faster)."""
    if word is None:
        return () if trigger is None else (trigger,)
    return (word,) if trigger is None else (word, trigger)
