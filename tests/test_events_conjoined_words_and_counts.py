"""Events: two word helpers the events modules share instead of each writing its own.

* A leading conjunction «و/ف» comes off a word only when three letters or more remain
  (``prec_words.without_conjunction``): «ويشهد» is «يشهد», «وبعدما» is «بعدما», but «وفي»
  and «وحي» stay whole. ``standing_backdrops``, ``condemned_attacks`` and ``own_times`` read
  their words through it.
* The count before a counted attack (``breakdowns``) is read with the number words of the
  times layer (``lexicons/times_numbers.tsv``), the cardinals of two or more: a total told in
  tens («تسعين غارة») holds the smaller count told after it in the same place.

Our own sentences, through the real chain where a whole event is meant.
"""

from __future__ import annotations

from gold.events.oracle import triggers
from marsad.eventcoding.prec_words import without_conjunction


def test_a_conjunction_comes_off_before_three_letters_or_more() -> None:
    assert [without_conjunction(w) for w in ("ويشهد", "فندد", "وبعدما")] \
        == ["يشهد", "ندد", "بعدما"]


def test_a_short_word_or_one_without_a_conjunction_stays_whole() -> None:
    assert [without_conjunction(w) for w in ("وفي", "وحي", "بعد", "يشهد")] \
        == ["وفي", "وحي", "بعد", "يشهد"]


CAMPAIGN = ("شنت طائرات التحالف الدولي أمس تسعين غارة جوية على مواقع التنظيم في سوريا "
            "والعراق. ")


def test_a_total_counted_in_tens_holds_the_smaller_count_told_after_it() -> None:
    assert triggers(CAMPAIGN + "وقال بيان للقيادة إن ثمانين غارة جوية في سوريا أصابت مخازن "
                    "للأسلحة.", "ASSAULT") == ["غارة"]


def test_a_count_in_another_place_stays_beside_a_total_in_tens() -> None:
    assert triggers(CAMPAIGN + "وقال بيان للقيادة إن ثمانين غارة جوية في ليبيا أصابت مخازن "
                    "للأسلحة.", "ASSAULT") == ["غارة", "غارة"]
