"""Places after «بين» that are the two ends of a link («جسر يربط بين …»، «الطريق الرابط بين
…») are no parties of the event told before them (``eventcoding/link_ends.py``). The real
chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import first_coded, names


def test_a_bridge_linking_two_countries_names_no_parties_to_the_deal() -> None:
    article, event = first_coded(
        "وتم خلال الزيارة الاتفاق على بناء جسر جديد يربط بين السعودية والبحرين.", "AGREE")
    assert names(article, event.actors) == []


def test_a_road_linking_two_towns_names_no_attackers() -> None:
    article, event = first_coded(
        "وقتل مسلحون مجهولون سائق شاحنة على الطريق الرابط بين الموصل ودهوك مساء أمس.",
        "ASSAULT")
    assert "الموصل" not in names(article, event.actors)
    assert "دهوك" not in names(article, event.actors)


def test_talks_between_two_countries_keep_their_parties() -> None:
    article, event = first_coded("وعقدت أمس محادثات بين السعودية والبحرين في الرياض.",
                                 "CONSULT")
    assert names(article, event.actors) == ["السعودية", "البحرين"]
