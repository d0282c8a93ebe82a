"""Events: unnamed groups of countries and parents are actors kept as text.

«وأعربت دول إفريقية عن دعمها…»، «وعبر أولياء الأمور عن تأييدهم…»: no entity names them, and a
support or a demand they voice needs an actor, so they are read as unnamed actors
(``event_actor_heads.tsv``), like «دول عربية» already was.

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import first_coded


def test_unnamed_countries_of_a_region_voice_support() -> None:
    article, event = first_coded(
        "وأعربت دول إفريقية عن دعمها لقرار الاتحاد بتعليق عضوية غينيا.", "SUPPORT")
    assert event.actor_text == ["دول إفريقية"]


def test_parents_voice_support_for_a_strike() -> None:
    article, event = first_coded(
        "وعبر أولياء الأمور في إربد عن تأييدهم لإضراب المعلمين.", "SUPPORT")
    assert event.actor_text == ["أولياء الأمور"]
