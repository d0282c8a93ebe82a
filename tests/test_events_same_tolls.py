"""Events: a toll the report calls the same as one given before («وهي الحصيلة ذاتها»، «الحصيلة
نفسها») is the attack told again, when an attack was told earlier in the report
(``eventcoding/retold_tolls.py``); with no attack before it, it stays an event."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type

_ATTACK = "هاجم مسلحون فندقا في مدينة موبتي وسط مالي صباح الجمعة، وقتلوا سبعة أشخاص."


def _attacks(text: str) -> list[str]:
    """The trigger texts of the ASSAULT events coded in ``text``."""
    article = analyzed(text, published="2024-05-04")
    return [article.text[e.trigger[0]:e.trigger[1]] if e.trigger else ""
            for e in of_type(article.events, "ASSAULT")]


def test_a_toll_called_the_same_as_before_is_no_new_attack() -> None:
    text = _ATTACK + (" وأكد مسؤول في وزارة الأمن مقتل سبعة أشخاص، وهي الحصيلة نفسها التي"
                      " أعلنتها الشرطة أمس.")
    assert "مقتل" not in _attacks(text)


def test_a_toll_called_the_same_with_no_attack_before_stays_an_attack() -> None:
    text = ("أكد مسؤول في وزارة الأمن المالية مقتل سبعة أشخاص في هجوم على فندق في موبتي،"
            " وهي الحصيلة ذاتها التي أعلنتها الشرطة.")
    assert "مقتل" in _attacks(text) or "هجوم" in _attacks(text)
