"""A definite attack noun described by «الذي/التي» and a past verb of hitting is one attack
already done, and its first telling, though its target is a plain noun the argument finder
does not read (round 29: ``event_needs.yaml`` rule ``described_done``; the words in
``event_described_attacks.yaml``, read by ``marsad/eventcoding/described_attacks.py``).

* «أحد ضحايا الانفجار الذي أصاب مركز الشرطة الخميس الماضي» (a mourning lead) is ASSAULT,
  dated by its own day;
* «الضربات التي تستهدف مواقع المتمردين كل أسبوع» (a present verb) is a habit, no happening.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import timed_triggers

PUBLISHED = "2015-08-09"


def _assaults(text: str) -> list[tuple[str, str | None]]:
    return timed_triggers(text, "ASSAULT", PUBLISHED)


def test_a_definite_blast_described_by_a_past_verb_is_told_where_first_named() -> None:
    text = "شيع أهالي القرية أمس الشرطي سالم الدوري أحد ضحايا الانفجار الذي أصاب مركز الشرطة الخميس الماضي."
    assert _assaults(text) == [("الانفجار", "2015-08-06")]


def test_strikes_described_by_a_present_verb_are_a_habit() -> None:
    text = "وتحدث الوزير عن الضربات التي تستهدف مواقع المتمردين كل أسبوع."
    assert _assaults(text) == []
