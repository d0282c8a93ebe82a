"""Events, round 30: a protest or a battle told again lower down by its place is the event told
before (``eventcoding/retold_happenings.py``, ``_retold_gathering``; ``gathering_kinds``,
``city_kinds``, ``site_types``, ``site_unlinked``, ``back_parties`` in
``event_retold_happenings.yaml``).

The later telling's places are the earlier event's own place, or sites (a square, a street, a
quarter) of the city it was told in; its parties are named before, a counted crowd or «الطرفين»;
it tells no other day. Another city (even one the earlier sentence named beside the coded one),
another day, «أيضا», or a party of its own keep it an event.

The real chain on our own sentences. The tests of what is dropped fail without the round's
code; the tests of what stays guard the rule's bounds."""

from __future__ import annotations

from gold.events.oracle import triggers

CITY = "تظاهر آلاف المواطنين أمس في مدينة دمشق احتجاجا على ارتفاع الأسعار. " \
    "وأغلقت المحال أبوابها في الأسواق. "
TWO = "تظاهر آلاف المواطنين أمس في مدينة حلب ومدينة دمشق احتجاجا على ارتفاع الأسعار. " \
    "وأغلقت المحال أبوابها في الأسواق. "
FRIDAY = "خرج آلاف المحتجين في بغداد مساء الجمعة للمطالبة بتحسين الكهرباء. " \
    "وقال ناشطون إن المطالب واضحة. "
FIGHT = "تشهد مدينة الحديدة معارك شرسة في عدد من أحيائها بين القوات الحكومية والمتمردين. " \
    "وقال شهود إن الوضع صعب. "


def test_the_same_city_told_again_is_one_protest() -> None:
    assert triggers(CITY + "وفي دمشق، تظاهر نحو خمسمائة شخص رافعين لافتات تطالب بخفض "
                    "الأسعار.", "PROTEST") == ["تظاهر"]


def test_a_square_of_the_city_is_one_protest() -> None:
    assert triggers(FRIDAY + "وتظاهر الآلاف في ساحة الفردوس.", "PROTEST") == ["خرج"]


def test_quarters_of_the_city_are_one_battle() -> None:
    assert triggers(FIGHT + "وشهدت مناطق جبل النور وشارع الميناء معارك عنيفة بين الطرفين "
                    "أسفرت عن سقوط قتلى من المتمردين.", "ASSAULT") == ["معارك"]


def test_a_sit_in_told_with_its_square_is_one_sit_in() -> None:
    # the date after the clause is the killing's night, not the sit-in's
    assert triggers("قال المرصد إن نحو ألف شخص بدأوا اعتصاما في مدينة حمص للمطالبة بمحاسبة "
                    "قاتل ضابط في الجيش. وأضاف المرصد: «نظم ما يزيد على ألف شخص اعتصاما عند دوار "
                    "الساعة في مدينة حمص احتجاجا على قتل الضابط - قرب دوار الجامعة - ليل "
                    "الخامس من أغسطس».", "PROTEST") == ["اعتصاما"]


def test_a_city_named_but_not_coded_stays() -> None:
    assert triggers(TWO + "وفي دمشق، تظاهر نحو خمسمائة شخص رافعين لافتات تطالب بخفض "
                    "الأسعار.", "PROTEST") == ["تظاهر", "تظاهر"]


def test_another_city_stays() -> None:
    assert triggers(CITY + "وفي حمص، تظاهر نحو خمسمائة شخص رافعين لافتات تطالب بخفض "
                    "الأسعار.", "PROTEST") == ["تظاهر", "تظاهر"]


def test_another_day_stays() -> None:
    assert triggers(CITY + "وفي دمشق، تظاهر نحو خمسمائة شخص يوم الأحد الماضي رافعين "
                    "لافتات.", "PROTEST") == ["تظاهر", "تظاهر"]


def test_another_protest_stays() -> None:
    assert triggers(CITY + "وفي دمشق، تظاهر أيضا نحو خمسمائة شخص رافعين لافتات.",
                    "PROTEST") == ["تظاهر", "تظاهر"]


def test_a_party_of_its_own_stays() -> None:
    assert triggers(CITY + "وفي دمشق، تظاهر أنصار حزب البعث تأييدا للحكومة.",
                    "PROTEST") == ["تظاهر", "تظاهر"]


def test_a_square_of_another_city_stays() -> None:
    assert triggers(FRIDAY + "وتظاهر الآلاف في ساحة الحبوبي بمدينة الناصرية.",
                    "PROTEST") == ["خرج", "وتظاهر"]


def test_a_battle_in_another_city_stays() -> None:
    assert triggers(FIGHT + "وشهدت مدينة تعز معارك عنيفة بين الطرفين أسفرت عن سقوط قتلى من "
                    "المتمردين.", "ASSAULT") == ["معارك", "معارك"]


def test_a_sit_in_of_another_day_stays() -> None:
    assert triggers("قال المرصد إن نحو ألف شخص بدأوا اعتصاما في مدينة حماة للمطالبة بمحاسبة "
                    "قاتل ضابط في الجيش. وأضاف المرصد أن أكثر من ألف شخص نفذوا اعتصاما عند "
                    "دوار الساعة في مدينة حماة يوم الخامس من أغسطس.",
                    "PROTEST") == ["اعتصاما", "اعتصاما"]
