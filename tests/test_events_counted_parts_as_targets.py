"""Events, round 21: a counted part of a group is the whole target of an arrest
(``eventcoding/target_partitives.py``): «اثنين من المطلوبين»، «9 من المتهمين»، «عدد من قياديي
النقابة», not the bare count or nothing. The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import first_coded


def test_a_number_word_before_min_keeps_the_group() -> None:
    _, event = first_coded("اعتقلت قوات الأمن اثنين من المطلوبين بتهم إرهابية.", "COERCE")
    assert event.target_text == ["اثنين من المطلوبين"]


def test_a_digit_before_min_is_an_object_with_its_group() -> None:
    _, event = first_coded("ألقت الشرطة القبض على 9 من المتهمين في القضية.", "COERCE")
    assert event.target_text == ["9 من المتهمين"]


def test_adad_before_min_opens_a_counted_part() -> None:
    _, event = first_coded("ونفت وزارة الداخلية اعتقال عدد من قياديي النقابة.", "COERCE")
    assert event.target_text == ["عدد من قياديي النقابة"]


def test_a_group_named_by_an_entity_is_not_crossed_into() -> None:
    _, event = first_coded("اعتقلت الشرطة عشرة من عناصر حزب الله في بيروت.", "COERCE")
    assert event.target_text == ["عشرة"]


def test_a_count_without_min_is_read_as_before() -> None:
    _, event = first_coded("اعتقلت الشرطة خمسة أشخاص في المدينة.", "COERCE")
    assert event.target_text == ["خمسة أشخاص"]
