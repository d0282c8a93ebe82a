"""Events, round 24 (doubles): a meeting named again by its parties is one event
(``eventcoding/same_happening.py``, words in ``lexicons/event_same_happening.yaml``).

* A talks, meeting or visit masdar right before the name of a party of a meeting coded in an
  earlier sentence («لقاء كيري …»، «مباحثات كيري …»، «لقائه مع كيري») is that meeting told
  again.
* It stays an event when a word after the name makes it another one («المقبلة»), when the
  name is no party of the earlier meeting, when nothing was told before it, and when it is
  denied.
* A counted attack smaller than a counted total of its kind told in an earlier sentence, in a
  sentence naming one of the total's places, is a part of that campaign
  (``eventcoding/breakdowns.py``): «25 غارة … في سوريا والعراق» then «ثماني غارات جوية في
  سوريا»; so is an uncounted noun naming one of those places («غارات العراق»).
* A part in another place, a larger count, a total with no count, and counts told side by
  side in one sentence stay.
* An attack verb whose subject right after it is a definite attack noun («واستهدف القصف
  المدارس») tells what an attack kept before it hit (``eventcoding/attack_subjects.py``); told
  first it stays, and so does a verb whose subject is a doer («وقصفت الطائرات الحربية …»).

The real chain on our own sentences. The tests of what is dropped fail without the round's
code; the tests of what stays guard the rule's bounds."""

from __future__ import annotations

from gold.events.oracle import triggers

MEETING = ("استقبل العاهل الأردني الملك عبدالله الثاني في عمان أمس وزير الخارجية الأمريكي "
           "جون كيري وبحث معه تطورات الأوضاع في المنطقة. ")


def test_a_meeting_named_again_by_its_parties_is_no_new_meeting() -> None:
    assert triggers(MEETING + "وقالت مصادر دبلوماسية إن لقاء كيري والعاهل الأردني يأتي في "
                    "إطار جولة إقليمية تشمل القاهرة.", "CONSULT") == ["استقبل"]


def test_talks_named_again_by_a_party_are_no_new_talks() -> None:
    assert triggers(MEETING + "وأكد المتحدث أن مباحثات كيري مع المسؤولين الأردنيين تركزت "
                    "على الأزمة السورية.", "CONSULT") == ["استقبل"]


def test_a_meeting_named_again_with_a_party_after_ma3a_is_no_new_meeting() -> None:
    assert triggers(MEETING + "وكانت الخارجية الأمريكية قد ذكرت أن الوزير سيركز في لقائه مع "
                    "كيري على الأزمة السورية.", "CONSULT") == ["استقبل"]


def test_a_visit_still_to_come_is_another_happening() -> None:
    assert triggers(MEETING + "وقالت مصادر دبلوماسية إن زيارة كيري المقبلة إلى المنطقة "
                    "ستشمل القاهرة.", "CONSULT") == ["استقبل", "زيارة"]


def test_a_name_that_is_no_party_of_the_earlier_meeting_stays() -> None:
    assert triggers(MEETING + "وقالت مصادر دبلوماسية إن لقاء لافروف والعاهل الأردني يأتي في "
                    "إطار جولة إقليمية.", "CONSULT") == ["استقبل", "لقاء"]


def test_a_meeting_named_first_stays() -> None:
    assert triggers("وقالت مصادر دبلوماسية إن لقاء كيري والعاهل الأردني يأتي في إطار جولة "
                    "إقليمية تشمل القاهرة.", "CONSULT") == ["لقاء"]


def test_denied_talks_stay() -> None:
    assert triggers(MEETING + "ونفى المتحدث أن تكون مباحثات كيري مع المسؤولين الأردنيين قد "
                    "تناولت الأزمة السورية.", "CONSULT") == ["استقبل", "مباحثات"]


CAMPAIGN = "شنت طائرات التحالف الدولي أمس 25 غارة جوية على مواقع التنظيم في سوريا والعراق. "


def test_a_counted_part_of_a_campaign_told_before_is_no_new_attack() -> None:
    assert triggers(CAMPAIGN + "وقال بيان للقيادة إن ثماني غارات جوية في سوريا أصابت مخازن "
                    "للأسلحة قرب الرقة.", "ASSAULT") == ["غارة"]


def test_the_strikes_of_a_place_of_the_campaign_are_no_new_attack() -> None:
    assert triggers(CAMPAIGN + "وقال بيان للقيادة إن غارات العراق شملت سبع غارات قرب الموصل.",
                    "ASSAULT") == ["غارة"]


def test_a_counted_attack_in_another_place_stays() -> None:
    assert triggers(CAMPAIGN + "وقال بيان للقيادة إن ثماني غارات جوية في ليبيا أصابت مخازن "
                    "للأسلحة قرب سرت.", "ASSAULT") == ["غارة", "غارات"]


def test_a_larger_count_is_no_part() -> None:
    assert triggers(CAMPAIGN + "وقال بيان للقيادة إن 40 غارة جوية في سوريا أصابت مخازن "
                    "للأسلحة قرب الرقة.", "ASSAULT") == ["غارة", "غارة"]


def test_a_part_after_an_uncounted_campaign_stays() -> None:
    assert triggers("شنت طائرات التحالف الدولي أمس غارات جوية على مواقع التنظيم في سوريا "
                    "والعراق. وقال بيان للقيادة إن ثماني غارات جوية في سوريا أصابت مخازن "
                    "للأسلحة قرب الرقة.", "ASSAULT") == ["غارات", "غارات"]


def test_counts_told_side_by_side_in_one_sentence_stay() -> None:
    assert triggers("شنت طائرات التحالف الدولي أمس 15 غارة جوية على مواقع التنظيم في العراق "
                    "وست غارات في سوريا.", "ASSAULT") == ["غارة", "غارات"]


SHELLING = "شن الجيش أمس حملة قصف عنيف على الأحياء الشرقية للمدينة"


def test_what_the_strikes_destroyed_is_no_new_attack() -> None:
    assert triggers("شنت الطائرات الحربية أمس غارات على بلدة القصير. ودمرت الغارات منازل "
                    "المدنيين في وسط البلدة.", "ASSAULT") == ["غارات"]


def test_what_the_shelling_hit_in_a_later_sentence_is_no_new_attack() -> None:
    assert triggers(SHELLING + ". واستهدف القصف المدارس والأسواق وأدى إلى مقتل خمسة مدنيين.",
                    "ASSAULT") == ["قصف"]


def test_an_attack_named_as_a_subject_told_first_stays() -> None:
    assert triggers("واستهدف القصف المدارس والأسواق في الأحياء الشرقية للمدينة.",
                    "ASSAULT") == ["واستهدف"]


def test_a_verb_whose_subject_is_a_doer_stays() -> None:
    assert triggers(SHELLING + ". وقصفت الطائرات الحربية مواقع المسلحين في الريف الغربي.",
                    "ASSAULT") == ["قصف", "وقصفت"]
