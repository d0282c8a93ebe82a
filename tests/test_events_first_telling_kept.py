"""Round 27: a happening told twice is coded once, at its first telling, also when that first
telling lacks the arguments its trigger needs: a mention that points back at an attack told in
an earlier sentence (``retold_attacks``) joins it when that attack has no arguments of its own
(«الذين استشهدوا أمس» … «أعلنت استشهادهم»); the first telling is the event and takes the
mention's arguments (``merge.merge_anaphora``). Before, the mention stood in its place.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import triggers


def _assaults(text: str) -> list[str]:
    return triggers(text, "ASSAULT")


def test_a_death_told_again_by_its_pronoun_is_coded_at_the_first_telling() -> None:
    text = ("نعت وزارة الدفاع الجنود الثلاثة من الكتيبة الرابعة، الذين استشهدوا أمس، وقررت "
            "صرف معونة لأسرهم. وكانت القيادة العامة قد أعلنت صباح أمس استشهادهم في "
            "مدينة الرمادي.")
    assert _assaults(text) == ["استشهدوا"]
