"""Events, round 24 (retold): a happening told again in a denial or a condemnation is one
event (``eventcoding/denied_retellings.py`` and ``eventcoding/condemned_masdars.py``, words in
``lexicons/event_denied_retellings.yaml``).

* A denied masdar right after a denial verb («ونفت … استهداف المستشفى»، «نفت … اعتقال أي
  متظاهر») is the attack or arrest told in an earlier sentence, told again by the other side.
* It stays an event when nothing of its type was told before, when the denial is of a report
  («نفى ما تداولته المواقع عن مقتل …»), and when the trigger is a verb («نفى أن تكون قواته
  قد قصفت …»).
* An attack masdar a condemnation cue names («ودانت الخارجية القصف التركي») after the attack
  was told is that attack again; told first in the condemnation it stays.

The real chain on our own sentences. The tests of what is dropped fail without the round's
code; the tests of what stays guard the rule's bounds."""

from __future__ import annotations

from gold.events.oracle import triggers

SHELLING = ("قصفت قوات الدعم السريع مستشفى النساء والتوليد في مدينة الأبيض صباح السبت "
            "ما أدى إلى مقتل ثلاثة مرضى. ")
ARRESTS = ("واعتقلت قوات الأمن العراقية عشرات المتظاهرين في ساحة التحرير ببغداد مساء "
           "الجمعة. ")
DRONE = "قصفت طائرة مسيرة تركية سيارة قرب بلدة سنوني شمال العراق يوم الأحد. "


def test_a_denied_attack_masdar_after_the_attack_is_no_new_attack() -> None:
    assert triggers(SHELLING + "ونفت قوات الدعم السريع في بيان استهداف المستشفى، واتهمت "
                    "الجيش بنشر قناصة على سطحه.", "ASSAULT") == ["قصفت"]


def test_a_denied_arrest_masdar_after_the_arrests_is_no_new_arrest() -> None:
    assert triggers(ARRESTS + "في المقابل، نفت قيادة العمليات اعتقال أي متظاهر، مؤكدة أن "
                    "قواتها التزمت بضبط النفس.", "COERCE") == ["واعتقلت"]


def test_a_denied_attack_told_first_stays() -> None:
    assert triggers("ونفت قوات الدعم السريع في بيان استهداف مستشفى الأبيض، واتهمت الجيش "
                    "بنشر قناصة على سطحه.", "ASSAULT") == ["استهداف"]


def test_a_denied_report_of_a_killing_stays() -> None:
    found = triggers(SHELLING + "ونفى المتحدث ما تداولته مواقع التواصل عن مقتل طبيب في "
                     "المستشفى.", "ASSAULT")
    assert found == ["قصفت", "مقتل"]


def test_a_condemned_attack_masdar_after_the_attack_is_no_new_attack() -> None:
    assert triggers("قتل ثلاثة من عناصر وحدات مقاومة سنجار بقصف نفذته طائرة مسيرة تركية استهدف "
                    "سيارتهم قرب سنوني يوم الأحد. ودانت وزارة الخارجية العراقية القصف التركي، "
                    "واعتبرته انتهاكا صارخا للسيادة الوطنية.", "ASSAULT") == ["بقصف"]


def test_an_attack_a_president_denounces_after_it_is_no_new_attack() -> None:
    assert triggers("اقتحم مسلحون فندقا في وسط مقديشو مساء الجمعة وقتلوا تسعة أشخاص. وندد "
                    "الرئيس الصومالي بالهجوم ووصفه بأنه جريمة بحق الأبرياء.",
                    "ASSAULT") == ["اقتحم"]


def test_a_condemned_attack_far_after_the_cue_is_no_new_attack() -> None:
    assert triggers("هاجم مستوطنون قرية المغير شرق رام الله فجر السبت وأحرقوا منازل وسيارات. "
                    "ودانت وزارة الخارجية الأردنية بأشد العبارات اعتداءات المستوطنين، وطالبت "
                    "بوقفها.", "ASSAULT") == ["هاجم"]


def test_a_denied_attack_verb_stays() -> None:
    assert triggers(SHELLING + "ونفى المتحدث باسم الجيش أن تكون طائراته قد قصفت مستشفى "
                    "آخر في المدينة.", "ASSAULT") == ["قصفت", "قصفت"]


def test_a_condemned_attack_with_no_attack_before_it_stays() -> None:
    assert triggers("ودانت وزارة الخارجية العراقية القصف التركي على بلدة سنوني يوم الأحد.",
                    "ASSAULT") == ["القصف"]


# Round 29: the attack named as what a party took part in, or had a link with.

def test_a_part_claimed_in_the_strikes_after_them_is_no_new_attack() -> None:
    assert triggers("شنت مقاتلات أمريكية فجر الثلاثاء غارات على مخازن سلاح قرب مدينة البوكمال. "
                    "وأوضح البنتاغون أن طائرات بحرينية وأردنية شاركت في الضربات.",
                    "ASSAULT") == ["غارات"]


def test_a_link_denied_with_the_attacks_after_them_is_no_new_attack() -> None:
    assert triggers("سقطت ثلاثة صواريخ على قاعدة عسكرية قرب مطار أربيل مساء الأحد. ونفت "
                    "«عصائب أهل الحق» أي صلة لها بالهجمات، محذرة من أي تصعيد.",
                    "ASSAULT") == ["سقطت"]


def test_a_part_denied_in_the_attack_after_it_is_no_new_attack() -> None:
    assert triggers("قصفت طائرات مسيرة مواقع للجيش قرب مدينة الفاشر يوم الخميس. ونفى مسؤول في "
                    "الحركة أن تكون قواتها قد شاركت في الهجوم على المواقع.",
                    "ASSAULT") == ["قصفت"]


def test_an_indefinite_attack_a_party_will_not_join_stays() -> None:
    found = triggers("شنت مقاتلات أمريكية فجر الثلاثاء غارات على مخازن سلاح قرب مدينة البوكمال. "
                     "وقال الوزير إن بلاده لن تشارك في أي هجوم بري على المدينة.", "ASSAULT")
    assert found == ["غارات", "هجوم"]


# Round 29 (third wave): a condemned masdar's place keeps it apart only when it is its own and
# new: a later clause's place is none of it, and a country holding the earlier place is no
# new place.

def test_a_condemned_strike_on_the_country_of_the_town_struck_is_no_new_attack() -> None:
    assert triggers("قصفت طائرات مسيرة مخازن سلاح قرب مدينة القائم مساء الجمعة. ودانت الحكومة "
                    "العراقية القصف على العراق، ووصفته بأنه خرق فاضح للسيادة.",
                    "ASSAULT") == ["قصفت"]


def test_a_place_of_a_later_clause_gives_the_condemned_strikes_no_place() -> None:
    assert triggers("شنت مقاتلات التحالف ليل الخميس غارات على معسكر للمتمردين قرب مدينة صعدة. "
                    "وفي العاصمة، أدانت الحركة الغارات وأكدت عزمها الرد على السعودية.",
                    "ASSAULT") == ["غارات"]


def test_condemned_strikes_on_another_town_stay() -> None:
    found = triggers("شنت طائرات حربية غارات على مخازن في شمال إدلب ليل الأربعاء. ودانت "
                     "المعارضة الغارات على بلدة كفرنبل، وقالت إنها قتلت مدنيين.", "ASSAULT")
    assert found[:2] == ["غارات", "الغارات"]
