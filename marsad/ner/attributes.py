"""A word's tagger attributes built straight from a model's known attributes, no strings made.

``marsad.ner.features`` names every feature of a word as a string (``p2=وز``, ``-1:sh=ar``)
and keeps those the model knows. For a model, ``KnownAttributes`` splits each known
attribute at its first ``=`` into a family (``p2=``, ``-1:sh=``) and a value, and keeps one
dict per family from value to the attribute's UTF-8 bytes, so a word's feature is one dict
lookup of its value: no concatenation, no set lookup, no encoding for the many features a
model has no weight for. It gives the same attributes in the same order as the string path
(``tests/test_ner_features.py`` pins this on the shipped model).
"""

from __future__ import annotations

from collections.abc import Callable

#: (stem, prefix, suffix, trigger, shape) of a word, as ``marsad.ner.features._facts``.
Facts = tuple[str, str, str, str, str]
Parts = tuple[tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...],
              tuple[bytes, ...]]
_Get = Callable[[str], "bytes | None"]
_OWN = ("w=", "sh=", "p2=", "p3=", "x1=", "x2=", "x3=", "s=", "len=", "pre=", "suf=", "t=")
_NEAR = ("w=", "sh=", "x2=", "s=", "t=")
_FAR = ("w=", "t=")
_LENGTHS = tuple(str(n) for n in range(9))


class KnownAttributes:
    """The known attributes of one model, by family, for building a word's features."""

    def __init__(self, known: frozenset[str]) -> None:
        families: dict[str, dict[str, bytes]] = {}
        for attribute in known:
            head, sep, value = attribute.partition("=")
            if sep:
                families.setdefault(head + sep, {})[value] = attribute.encode()

        def getters(tag: str, names: tuple[str, ...]) -> tuple[_Get, ...]:
            return tuple(families.get(tag + name, {}).get for name in names)

        self._own = getters("", _OWN)
        self._near = (getters("-1:", _NEAR), getters("1:", _NEAR))
        self._far = (getters("-2:", _FAR), getters("2:", _FAR))

    def parts(self, word: str, facts: Facts) -> Parts:
        """(own, as -2, as -1, as +1, as +2) known attributes of a word (not ``<s>``)."""
        stem, prefix, suffix, trigger, shape = facts
        w, sh, p2, p3, x1, x2, x3, s, length, pre, suf, t = self._own
        ending = stem[-2:]
        own = (w(word), sh(shape), p2(stem[:2]), p3(stem[:3]), x1(stem[-1:]), x2(ending),
               x3(stem[-3:]), s(stem), length(_LENGTHS[min(len(stem), 8)]),
               pre(prefix) if prefix else None, suf(suffix) if suffix else None,
               t(trigger) if trigger else None)
        near = []
        for w, sh, x2, s, t in self._near:
            near.append(tuple(filter(None, (
                w(word), sh(shape), x2(ending), s(stem) if stem != word else None,
                t(trigger) if trigger else None))))
        far = [tuple(filter(None, (w(word), t(trigger) if trigger else None)))
               for w, t in self._far]
        return tuple(filter(None, own)), far[0], near[0], near[1], far[1]
