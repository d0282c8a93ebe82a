"""Events, round 22: an attack told again in a later sentence by words that point back at it
is no event of its own; the first telling is (``eventcoding/retold_attacks.py``,
``merge.merge_anaphora``):

* its toll: «… وقال الوزير إن الهجوم أسفر عن مقتل 21 شخصا»، «وأدى الانفجار إلى مقتل…»;
* who did it: «منفذ عملية التفجير»، «مسؤولية شن الهجوم»، «… بتنفيذ الهجوم»;
* a demonstrative: «وأكدت الوزارة مقتل اثنين من رعاياها في هذا الهجوم»;
* the dead counted before, told again: «… إن الجنود الأربعة قتلوا أثناء…».

A second attack told in a later sentence, a toll with no attack told before, and a plan stay
events of their own.

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import triggers

HOTEL = "اقتحم مسلحون فندقا في العاصمة مقديشو مساء الجمعة واحتجزوا النزلاء ساعات. "


def _assaults(text: str) -> list[str]:
    """The triggers of the attacks coded in ``text``, in order."""
    return triggers(text, "ASSAULT")


def test_the_toll_of_an_attack_told_before_is_no_new_attack() -> None:
    assert _assaults(HOTEL + "وقال وزير الصحة إن الهجوم أسفر عن مقتل 21 شخصا.") == ["اقتحم"]


def test_a_toll_verb_before_the_attack_is_no_new_attack() -> None:
    assert _assaults("استهدف انتحاري مسجدا في مدينة أبها ظهر الخميس. "
                     "وقال مصدر أمني إنه أدى التفجير إلى مقتل خمسة عشر مصليا.") == ["استهدف"]


def test_an_attack_whose_doer_is_named_is_the_one_told_before() -> None:
    assert _assaults("استهدف انتحاري مسجدا لقوات الأمن في مدينة القطيف ظهر الجمعة. "
                     "وأوضح مسؤول أمني أن منفذ عملية التفجير بمسجد الأمن في القطيف تأثر "
                     "بأفكار شقيقه.") == ["استهدف"]


def test_an_attack_blamed_on_a_group_is_the_one_told_before() -> None:
    assert _assaults("قتل 19 شخصا في تفجير استهدف سوقا شعبيا في مدينة ديار بكر جنوب شرق "
                     "تركيا الأسبوع الماضي. وحملت أنقرة تنظيم داعش مسؤولية شن "
                     "الهجوم.") == ["تفجير"]


def test_a_killing_in_this_attack_is_the_attack_told_before() -> None:
    assert _assaults("شن مسلحون هجوما على فندق في مدينة سيفاري يوم الجمعة. "
                     "وأكدت وزارة الخارجية البلجيكية مقتل اثنين من رعاياها في هذا "
                     "الهجوم.") == ["هجوما"]


def test_a_toll_far_from_this_attack_is_the_attack_told_before() -> None:
    assert _assaults("نفذ الطيران التركي أمس غارات على مواقع للمتمردين شمال العراق. "
                     "وقتل على الأقل خمسة وأربعون مسلحا وجرح قرابة سبعين في هذه الغارات "
                     "بحسب الجيش.") == ["غارات"]


def test_the_dead_counted_before_are_told_again() -> None:
    assert _assaults("أعلن الجيش البحريني استشهاد أربعة من جنوده على الحدود. "
                     "وقال في بيان إن الجنود الأربعة قتلوا أثناء تأمين مواقعهم "
                     "هناك.") == ["استشهاد"]


def test_a_second_attack_in_a_later_sentence_stays_its_own_event() -> None:
    assert _assaults("شن مسلحون هجوما على فندق في مدينة سيفاري يوم الجمعة. "
                     "وفي حادث آخر، قتل ثلاثة جنود في هجوم على حاجز في مدينة موبتي "
                     "أمس.") == ["هجوما", "هجوم"]


def test_a_killing_in_this_week_is_no_retold_attack() -> None:
    assert _assaults("شن مسلحون هجوما على فندق في مدينة سيفاري يوم الجمعة. "
                     "وقتل جنديان في كمين قرب مدينة موبتي هذا الأسبوع.") == ["هجوما", "كمين"]


def test_a_toll_with_no_attack_told_before_is_the_attack() -> None:
    assert _assaults("قال وزير الصحة الصومالي إن الهجوم على فندق حياة في مقديشو أسفر عن "
                     "مقتل 21 شخصا.") != []
