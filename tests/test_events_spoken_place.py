"""Two small rules of the events stage, pinned through the real chain:

* an event whose sentence names no place takes the dateline's («غزة - وكالات:»), but a
  spoken act (condemnation, call, threat, support, refusal) is said wherever its speaker
  is, so it never does;
* a threat read from a statement is aimed at the subject of its condition («إذا لم تغير
  إيران سلوكها»)."""

from __future__ import annotations

import marsad


def _events(text: str) -> list[tuple[str, str | None, list[str]]]:
    article = marsad.analyze(text, published="2025-02-10")
    out = []
    for event in article.events:
        place = article.entity(event.place) if event.place else None
        targets = [e.text for e in (article.entity(i) for i in event.targets) if e is not None]
        out.append((event.type, place.text if place else None, targets))
    return out


def test_a_condemnation_said_in_tehran_does_not_take_the_brussels_dateline() -> None:
    text = ("بروكسل - وكالات: أعلن الاتحاد الأوروبي فرض عقوبات على شركات إيرانية. "
            "ودانت وزارة الخارجية الإيرانية القرار الأوروبي.")
    found = _events(text)
    assert ("SANCTION", "بروكسل", []) in [(t, p, []) for t, p, _ in found if t == "SANCTION"]
    accusations = [p for t, p, _ in found if t == "ACCUSE"]
    assert accusations and all(p is None for p in accusations)


def test_an_attack_told_under_a_dateline_still_takes_its_place() -> None:
    found = _events("غزة - وكالات: قصفت طائرات إسرائيلية منزلا فجر اليوم.")
    assert [p for t, p, _ in found if t == "ASSAULT"] == ["غزة"]


def test_a_threat_is_aimed_at_the_subject_of_its_condition() -> None:
    found = _events("وهدد الرئيس الأمريكي بفرض عقوبات جديدة إذا لم تغير إيران سلوكها في المنطقة.")
    assert [targets for t, _, targets in found if t == "THREATEN"] == [["إيران"]]


def test_a_phone_call_joins_two_places_and_takes_none_from_the_dateline():
    from marsad.api import analyze
    article = analyze("الرياض - واس: تلقى ولي العهد اتصالا هاتفيا من الرئيس الفرنسي.")
    calls = [e for e in article.events if e.type == "CONSULT"]
    assert calls and all(e.place is None for e in calls)
