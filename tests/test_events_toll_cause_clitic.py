"""An act told as a toll's cause by «بـ» on its word: whether the «ب» is a proclitic is read
from the matcher's clitic analysis of the word (``matcher.proclitics``), not from a list of
words that start with «ب» themselves. Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type
from marsad.eventcoding.matcher import proclitics


def test_the_bi_of_bi_qasf_is_a_proclitic() -> None:
    assert "ب" in proclitics("بقصف")
    assert any(p.startswith("ب") for p in proclitics("بالقصف"))


def test_a_word_that_spells_its_trigger_whole_has_no_proclitic() -> None:
    assert proclitics("براميل") == frozenset({""})
    assert proclitics("بسط") == frozenset({""})


def test_a_toll_told_with_bi_and_its_shelling_is_the_shelling() -> None:
    article = analyzed("قتل ستة مدنيين بقصف مدفعي على قرية في ريف حماة أمس.",
                       published="2015-08-09")
    triggers = [article.text[slice(*e.trigger)] for e in of_type(article.events, "ASSAULT")]
    assert triggers == ["بقصف"]
