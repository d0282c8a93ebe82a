"""``prec_words.clitic_forms``: the forms of a word with its «و/ف» and one clitic preposition
taken off, shared by the condemned-attack and the first-telling readers (round 27 review:
the two modules each had their own copy)."""

from __future__ import annotations

from marsad.arabic.normalise import fold
from marsad.eventcoding.prec_words import clitic_forms


def _forms(word: str, prepositions: tuple[str, ...]) -> list[str]:
    return clitic_forms(fold(word), prepositions)


def test_a_conjunction_and_a_preposition_come_off() -> None:
    assert _forms("وبالهجوم", ("ب", "ل")) == [fold(w) for w in ("وبالهجوم", "بالهجوم", "الهجوم")]


def test_a_long_preposition_ending_in_lam_leaves_the_article() -> None:
    assert fold("العمل") in _forms("للعمل", ("لل", "ل"))
    assert fold("الهجوم") in _forms("بالهجوم", ("بال", "ب"))
    assert fold("لعمل") in _forms("للعمل", ("لل", "ل"))  # a single «ل» takes no article


def test_a_short_word_keeps_its_letters() -> None:
    assert _forms("وفي", ("ب", "ل")) == [fold("وفي")]
    assert _forms("بها", ("ب", "ل")) == [fold("بها")]
