"""Events, round 28 (K): a launch told by a relative verb after what it launched.

* «مقذوفات أطلقتها الميليشيات على…»، «طائرات مسيرة أطلقتها الميليشيا باتجاه…»: the verb «أطلق»
  alone is an ASSAULT when a projectile or drone word stands next to it (before it in its
  clause, or right after it), read by its doer like the motion verbs of round 23
  (``lexicons/event_subject_triggers.yaml``: ``forms.ASSAULT``, group ``projectiles``; the row
  in ``event_triggers.tsv``); its doer is the subject after it, its place the town it was aimed
  at («باتجاه»).
* Not «أطلق» with no such word («أطلقت الوزارة حملة»، «أطلقت الجمعية مبادرة»), nor the release
  of prisoners («أطلقت السلطات سراح…», a CONCEDE).

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import first_coded, names, triggers


def test_a_drone_launch_after_its_interception_is_an_assault() -> None:
    text = "وأعلن التحالف اعتراض وتدمير خمس طائرات مسيرة مفخخة أطلقتها ميليشيا الحوثي باتجاه مدينة أبها."
    assert triggers(text, "ASSAULT") == ["أطلقتها"]
    article, event = first_coded(text, "ASSAULT")
    assert names(article, event.actors) == ["ميليشيا الحوثي"]
    assert names(article, [event.place] if event.place else []) == ["أبها"]


def test_the_launcher_of_fallen_shells_is_their_doer() -> None:
    article, event = first_coded("وسقطت عدة قذائف أطلقتها ميليشيات الحوثي على قرى حدودية في جازان.",
                                 "ASSAULT")
    assert names(article, event.actors) == ["ميليشيات الحوثي"]


@pytest.mark.parametrize("text", [
    "وأطلقت الوزارة حملة للتوعية بمخاطر السباحة في السدود.",
    "وأطلقت الجمعية الخيرية مبادرة لدعم الأسر المحتاجة في جازان.",
    "وأطلقت السلطات سراح ثلاثة معتقلين مساء أمس.",
])
def test_a_launch_without_a_projectile_is_no_attack(text: str) -> None:
    assert triggers(text, "ASSAULT") == []
