"""Round 27 (C): an attack first told inside a condolence or a condemnation is an event
(``marsad/eventcoding/mourned_first.py``: ``first_telling``, ``first_telling_day``; read by
``prec_condolences.mourned`` and, for the time, by ``events._event``).

The report's first telling of one specific attack is coded even when it stands inside a
condolence («قدم تعازيه في ضحايا التفجير …») or a condemnation («دان فيها الاعتداء …»), with
its own time when the sentence gives one after the trigger, else the article's day; a time
before the trigger dates the condolence or the condemnation. A plural attack noun (attacks in
general), a demonstrative before the noun, and a second telling (in an earlier sentence or
earlier in the same sentence) stay out. Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import timed_triggers

PUBLISHED = "2015-08-09"


def _assaults(text: str) -> list[tuple[str, str | None]]:
    return timed_triggers(text, "ASSAULT", PUBLISHED)


def test_an_attack_first_told_in_a_condolence_is_coded_with_the_articles_day() -> None:
    text = ("قدم المحافظ أمس التعازي لأسر الجنود الذين سقطوا في الهجوم الذي استهدف نقطة "
            "التفتيش في نجران.")
    assert _assaults(text) == [("الهجوم", PUBLISHED)]  # «أمس» is the condolence's day


def test_an_attack_first_told_in_a_condolence_telegram_is_coded() -> None:
    text = ("بعث الوزير برقية عزاء إلى أمير المنطقة دان فيها الاعتداء الآثم الذي استهدف "
            "دورية أمنية في نجران.")
    assert _assaults(text) == [("الاعتداء", PUBLISHED)]


def test_a_condemned_attack_takes_its_own_day_not_the_condemnations() -> None:
    own_day = ("استنكر المحافظ أمس التفجير الغادر الذي شهده مسجد بالقطيف يوم الخميس "
               "الماضي.")
    no_day = "استنكر المحافظ أمس التفجير الغادر الذي شهده مسجد بالقطيف."
    assert _assaults(own_day) == [("التفجير", "2015-08-06")]
    assert _assaults(no_day) == [("التفجير", PUBLISHED)]


def test_attacks_in_general_and_an_attack_pointed_back_at_stay_out() -> None:
    one = "قدم المحافظ تعازيه لأسر ضحايا الهجوم الإرهابي على المسجد في نجران."
    plural = "قدم المحافظ تعازيه لأسر ضحايا الهجمات الإرهابية على المساجد في نجران."
    bare = "قدم المحافظ تعازيه لأسر ضحايا الاعتداء الجبان على المسجد في نجران."
    pointed = "قدم المحافظ تعازيه لأسر ضحايا هذا الاعتداء الجبان على المسجد في نجران."
    assert [trigger for trigger, _ in _assaults(one)] == ["الهجوم"]
    assert _assaults(plural) == []
    assert [trigger for trigger, _ in _assaults(bare)] == ["الاعتداء"]
    assert _assaults(pointed) == []


def test_the_condemnation_after_a_condolence_is_the_same_attack_told_again() -> None:
    text = ("رفع الأمير التعازي للملك في استشهاد رجال الأمن في مسجد المعسكر في أبها. وعبر "
            "عن استنكاره الشديد لهذا الاعتداء الغادر الذي استهدف المصلين.")
    assert _assaults(text) == [("استشهاد", PUBLISHED)]


def test_a_second_telling_later_in_a_funeral_sentence_stays_out() -> None:
    text = ("شيع الأهالي جثمان الجندي الذي استشهد في الهجوم على مسجد المعسكر بأبها، مؤكدين "
            "أن تفجير مسجد المعسكر بأبها عمل إجرامي دنيء.")
    assert _assaults(text) == [("استشهد", PUBLISHED)]
