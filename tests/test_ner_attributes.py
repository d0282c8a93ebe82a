"""``KnownAttributes.parts`` gives, for any set of known attributes, exactly the string
features of ``marsad.ner.features`` that the set holds, in the same order (one merged
lookup per family serves every offset the family is named at)."""

from __future__ import annotations

import pytest

from marsad.ner.attributes import KnownAttributes
from marsad.ner.features import _facts, context_features, own_features

# words of my own: a conjunction + article, a title (a trigger), a bare stem, a suffix
WORDS = ("والوزير", "وزير", "الرئيس", "بغداد", "كتابهم", "فلسطين", "2024", "،")


def _all_strings(word: str) -> list[tuple[str, ...]]:
    facts = _facts(word)
    return [own_features(word, facts), *(context_features(word, offset, facts)
                                         for offset in (-2, -1, 1, 2))]


def _expected(word: str, known: frozenset[str]) -> tuple[tuple[bytes, ...], ...]:
    return tuple(tuple(a.encode() for a in part if a in known) for part in _all_strings(word))


def _every_attribute() -> list[str]:
    return sorted({a for word in WORDS for part in _all_strings(word) for a in part})


@pytest.mark.parametrize("keep", ["all", "even", "odd", "none"])
def test_parts_are_the_known_string_features_in_order(keep: str) -> None:
    every = _every_attribute()
    chosen = {"all": every, "even": every[::2], "odd": every[1::2], "none": []}[keep]
    known = frozenset(chosen)
    attributes = KnownAttributes(known)
    for word in WORDS:
        assert attributes.parts(word, _facts(word)) == _expected(word, known), word


def test_a_family_known_at_one_offset_only_is_not_lent_at_the_others() -> None:
    facts = _facts("وزير")
    known = frozenset({"-1:w=وزير"})  # the word is known only as the left neighbour
    own, far_left, left, right, far_right = KnownAttributes(known).parts("وزير", facts)
    assert (own, far_left, right, far_right) == ((), (), (), ())
    assert left == ("-1:w=وزير".encode(),)


def test_a_stem_equal_to_its_word_is_not_lent_to_the_neighbours() -> None:
    stem = _facts("بغداد")[0]
    assert stem == "بغداد"
    known = frozenset({"s=بغداد", "-1:s=بغداد", "1:s=بغداد"})
    own, _far_left, left, right, _far_right = KnownAttributes(known).parts("بغداد",
                                                                          _facts("بغداد"))
    assert own == ("s=بغداد".encode(),)
    assert left == right == ()
