"""An attack's epithet of condemnation after its word («التفجير الغاشم بمسجد …»، «التفجير
الإرهابي الآثم») is no target (``marsad/eventcoding/epithet_targets.py``). Our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, names, of_type


def _targets(text: str) -> list[list[str]]:
    article = analyzed(text)
    return [names(article, e.targets) + e.target_text for e in of_type(article.events, "ASSAULT")]


def test_an_attacks_epithet_is_no_target() -> None:
    assert _targets("واستشهد أربعة من الجنود في التفجير الغاشم بمسجد الحي الشرقي "
                    "بمحافظة بيشة يوم الخميس.") == [[]]


def test_a_named_target_after_the_epithet_stays() -> None:
    assert _targets("وعقب التفجير الآثم الذي استهدف مقر الدفاع المدني في محافظة بيشة يوم الخميس، "
                    "تجمع الأهالي.") == [["مقر الدفاع المدني"]]
