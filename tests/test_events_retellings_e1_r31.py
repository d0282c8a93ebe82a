"""Events, round 31 (E1, judged corpus events): three shapes of a happening told again.

* a deed a demonstrative points back at, with the act told in its relative clause or after
  «في» («إن هذه الجريمة الآثمة التي استهدفت المصلين …»: ``retold_attacks._pointed_deed``);
* a killing told with the manner a kinsman praises («إن ابنه استشهد مدافعا عن وطنه»:
  ``retold_attacks._eulogy``);
* a meeting still to come told again as still to come, each party it names named where the
  plan was first told (``retold_happenings._retold_plan``).

Our own sentences, through the real chain, dated Friday 10 May 2024."""

from __future__ import annotations

from gold.events.oracle import triggers

PUBLISHED = "2024-05-10"


def _triggers(text: str, type_: str) -> list[str]:
    return triggers(text, type_, PUBLISHED)


# a deed a demonstrative points back at

def test_a_deed_pointed_back_at_after_fi_is_the_attack_told_again() -> None:
    text = ("دان الأمير الاعتداء الإرهابي الذي نفذه مجرمون على مسجد بمدينة أبها. "
            "وقال الأمير إن بشاعة هذا العمل الغادر في استهدافه لرجال الأمن تكشف حقد الفاعلين.")
    assert _triggers(text, "ASSAULT") == ["الاعتداء"]


def test_a_crime_condemned_before_uncoded_is_told_again_all_the_same() -> None:
    text = ("دان المحافظ الجريمة الإرهابية التي ارتكبها مجرمون في مسجد بمدينة أبها. "
            "وقال المحافظ إن هذه الجريمة الآثمة التي استهدفت المصلين لن تثني الناس عن صلاتهم.")
    assert "استهدفت" not in _triggers(text, "ASSAULT")


def test_forces_a_demonstrative_points_at_may_strike_anew() -> None:
    text = ("هاجم مسلحون مركزا للشرطة في مدينة العريش فجر اليوم. "
            "وقال الضابط إن هذه القوات التي قصفت مواقع المسلحين أمس في رفح تستعد لمرحلة تالية.")
    assert len(_triggers(text, "ASSAULT")) == 2


# a killing praised in a eulogy

def test_a_death_a_father_praises_is_the_attack_told_again() -> None:
    text = ("قتل جندي في هجوم شنه مسلحون على نقطة حدودية في جازان أمس. "
            "وقال والد الجندي إن ابنه استشهد مدافعا عن وطنه وإن العائلة فخورة به.")
    assert _triggers(text, "ASSAULT") == ["هجوم"]


def test_a_death_praised_after_a_martyr_was_mourned_is_told_again() -> None:
    text = ("ازدحم المعزون في منزل أسرة الشهيد سالم الذي توفي وهو يصلي في مسجد المعسكر. "
            "وقال شقيقه إن سالم استشهد مدافعا عن وطنه.")
    assert _triggers(text, "ASSAULT") == []


# a meeting still to come told again

_PLAN = "قال مصدر مطلع إن وفدا من الحركة سيلتقي المبعوث الأممي في الدوحة مساء اليوم. "


def test_a_planned_meeting_told_again_is_one_plan() -> None:
    text = _PLAN + "وأضاف المصدر أن المبعوث سيصل إلى الدوحة بعد ساعات وسيجتمع بوفد الحركة لبحث التهدئة."
    assert _triggers(text, "CONSULT") == ["سيلتقي"]


def test_a_planned_meeting_with_other_parties_stays_apart() -> None:
    text = _PLAN + "وأضاف المصدر أن السفير الفرنسي سيجتمع مع رئيس البرلمان غدا."
    assert len(_triggers(text, "CONSULT")) == 2
