"""Events: a date that tells since when a state holds is not the act's time, and acts of
remote history told with a figure of long ago are no events.

- «منذ» after a participle of a standing state («المسجون منذ»، «القائمة منذ»، «المغلقة منذ»)
  dates that state, not the act told before it (``own_times._held_since``); a tally rising
  after the act («ليرتفع عدد القتلى منذ …») is a clause of its own. After a verb, a place or
  an indefinite word the «منذ» date stays the act's (``held_since`` in
  ``event_own_times.yaml``).
- An act told with a caliph or another figure of long ago in reach of its trigger is history
  (``eventcoding/historic_figures.py``); a mosque or a brigade named after such a figure is a
  place or a body of today.

The real chain on our own sentences, dated 2024-05-01."""

from __future__ import annotations

from gold.events.oracle import analyzed, first_coded, of_type

PUBLISHED = "2024-05-01"


def test_since_after_a_held_prisoner_dates_the_prison_not_the_protest() -> None:
    _, event = first_coded("وفي باريس، تظاهر مئات الأشخاص للمطالبة بالإفراج عن الزعيم "
                           "المعارض المسجون منذ العام 2016.", "PROTEST")
    assert event.time == PUBLISHED


def test_since_after_a_standing_truce_dates_the_truce_not_the_accusation() -> None:
    _, event = first_coded("واتهم المتحدث باسم الحركة الجيش بخرق الهدنة القائمة منذ العام "
                           "2019.", "ACCUSE")
    assert event.time == PUBLISHED


def test_a_rising_tally_after_a_killing_does_not_date_it() -> None:
    _, event = first_coded("وقتل مسلحون ثلاثة جنود في هجوم على حاجز عسكري ليرتفع عدد قتلى "
                           "الجيش منذ 12 مارس إلى 40 قتيلا.", "ASSAULT")
    assert event.time == PUBLISHED


def test_since_after_a_verb_still_dates_the_act() -> None:
    _, event = first_coded("وكانت قوات الأمن قد اعتقلت الناشطين منذ 12 مارس الماضي.",
                           "COERCE")
    assert event.time == "2024-03-12"


def test_a_killing_in_the_era_of_a_caliph_is_no_event() -> None:
    article = analyzed("وخرج الوالي على الدولة فقتل في عهد الخليفة العباسي هارون الرشيد "
                       "في معركة قرب بغداد.", published=PUBLISHED)
    assert of_type(article.events, "ASSAULT") == []


def test_a_mosque_named_after_a_caliph_is_a_target_of_today() -> None:
    _, event = first_coded("وهاجم مسلحون أمس مسجد عمر بن الخطاب في المدينة وقتلوا ثلاثة "
                           "مصلين.", "ASSAULT", published=PUBLISHED)
    assert event.time == "2024-04-30"
