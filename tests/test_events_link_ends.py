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


def test_the_ends_of_a_highway_named_before_a_clash_are_no_sides() -> None:
    article, event = first_coded(
        "وفي هجوم على الطريق الدولي بين حلب ودمشق، قتل مسلحون ثلاثة جنود.", "ASSAULT")
    assert "حلب" not in names(article, event.actors)
    assert "دمشق" not in names(article, event.actors)


def test_the_distance_between_two_towns_names_no_sides() -> None:
    article, event = first_coded(
        "وهاجم مسلحون قافلة عسكرية قطعت المسافة بين الموصل وكركوك صباح اليوم.", "ASSAULT")
    assert "الموصل" not in names(article, event.actors)
    assert "كركوك" not in names(article, event.actors)


def test_a_road_reopened_between_two_towns_is_reopened_at_its_first_end() -> None:
    article, event = first_coded(
        "وقالت البلدية إنه سيعاد فتح الطريق الجبلي بين إدلب وجسر الشغور أمام المسافرين.",
        "CONCEDE")
    assert names(article, event.actors) == []
    assert event.place is not None
