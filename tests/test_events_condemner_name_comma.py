"""Events, round 27 (R): a comma right after the condemner's name does not cut the condemned
attack off its cue (``marsad/eventcoding/condemned_attacks.py``, ``subject_commas`` and
``subject_types`` in ``marsad/lexicons/event_condemned_attacks.yaml``).

* «استنكر … <اسم شخص>، التفجير الإرهابي الذي …»: the report's first telling of the
  attack, kept as an ASSAULT (the first two tests fail without the rule);
* a comma after a word that names no person still ends the clause.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import timed_triggers


def _assaults(text: str) -> list[tuple[str, str | None]]:
    return timed_triggers(text, "ASSAULT", "2015-08-09")


def test_a_comma_after_the_condemners_name_keeps_the_condemned_bombing() -> None:
    assert [t for t, _ in _assaults(
        "استنكر رئيس المجلس البلدي في جازان سالم بن محمد الزهراني، التفجير الإرهابي الجبان "
        "الذي وقع في مسجد بمدينة نجران.")] == ["التفجير"]


def test_a_comma_after_two_named_condemners_keeps_the_attack_with_its_day() -> None:
    assert _assaults(
        "أدان الشيخ خالد بن سعد العمري و الدكتور فهد بن علي القحطاني، الاعتداء الآثم الذي "
        "وقع في مسجد بمحافظة الخرج يوم الجمعة الماضي.") == [("الاعتداء", "2015-08-07")]


def test_a_comma_after_no_name_still_ends_the_clause() -> None:
    # «وقع» as in the first test («طال» + a past verb is a described attack of its own since
    # round 29: event_needs.yaml, described_done)
    assert _assaults("استنكر الأهالي ما جرى في السوق، التفجير الغادر الذي وقع داخل مسجد "
                     "بمدينة جازان.") == []
