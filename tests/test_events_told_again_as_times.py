"""Events, round 23 (real news): happenings told again (``eventcoding/told_times.py`` and
``eventcoding/described_doubles.py``, words in ``lexicons/event_told_again.yaml``).

* A masdar with a pronoun suffix right after a word of time («قبيل زيارته»، «خلال اجتماعه»،
  «بعد سيطرتها») is the happening told again once one of its type was coded as done in an
  earlier sentence; followed by a word of the past («خلال زيارته الأخيرة») it is background.
* Told first, it stays; a talk refused before is no telling of a meeting.
* A verb right after «الذي/التي» whose head is a coded noun of its type describes that
  happening: one event («العمل الإرهابي الذي استهدف المسجد»).
* A relative verb of another type, or one whose head is no coded happening, stays.
* A past verb right after a relative pronoun whose clause names a past period («الشهر
  الماضي») or a date more than 30 days old describes its antecedent: background
  (``eventcoding/dated_descriptions.py``); dated yesterday it stays.

The real chain on our own sentences. The tests of what is dropped fail without the round's
code; the tests of what stays guard the rules' bounds."""

from __future__ import annotations

from gold.events.oracle import triggers

VISIT = "بدأ وزير الخارجية الألماني أمس زيارة رسمية إلى الأردن تستمر يومين. "
MEETING = "اجتمع وزير الداخلية أمس مع قادة الأجهزة الأمنية في العاصمة. "
CAPTURE = "سيطر الجيش أمس على مدينة القرية الشرقية بعد معارك عنيفة. "


def test_a_visit_told_again_before_a_statement_is_no_new_visit() -> None:
    assert triggers(VISIT + "وأكد الوزير في تصريح قبيل زيارته أن الحوار هو السبيل الوحيد.",
                    "CONSULT") == ["زيارة"]


def test_a_meeting_told_again_as_the_time_of_a_call_is_no_new_meeting() -> None:
    assert triggers(MEETING + "ودعا الوزير خلال اجتماعه قادة الأجهزة إلى رفع الجاهزية.",
                    "CONSULT") == ["اجتمع"]


def test_a_capture_told_again_as_the_time_of_an_advance_is_no_new_capture() -> None:
    assert triggers(CAPTURE + "وأضاف المتحدث أن الجيش تقدم نحو المطار بعد سيطرته على المدينة.",
                    "ASSAULT") == ["سيطر", "تقدم نحو"]


def test_a_visit_followed_by_a_word_of_the_past_is_background() -> None:
    assert triggers("وقال السفير إن البلدين يعملان على تنفيذ ما اتفق عليه الرئيسان خلال "
                    "زيارته الأخيرة إلى بكين.", "CONSULT") == []


def test_a_meeting_told_first_as_a_time_stays() -> None:
    assert triggers("وشدد المبعوث الصيني خلال لقائه الرئيس المصري أمس على عمق العلاقات بين "
                    "البلدين.", "CONSULT") == ["لقائه"]


def test_a_talk_refused_before_is_no_telling_of_the_meeting() -> None:
    assert "لقائه" in triggers("وقال رئيس الحكومة إنه لا تفاوض مع الخاطفين. وأعلن الرئيس "
                               "السابق بعد لقائه الملك في جدة أن المملكة قررت تقديم هبة "
                               "للجيش.", "CONSULT")


def test_a_relative_verb_describing_a_coded_attack_is_one_event() -> None:
    assert triggers("استنكرت رابطة علماء البحرين العمل الإرهابي الذي استهدف حافلة للزوار "
                    "في مدينة كربلاء وخلف عشرات الضحايا.", "ASSAULT") \
        == ["العمل الإرهابي"]


def test_a_relative_verb_of_another_type_stays() -> None:
    assert triggers("رحبت الحكومة بالاتفاق الذي رفضته الحركة أمس.", "REJECT") == ["رفضته"]


def test_a_relative_attack_whose_head_is_no_happening_stays() -> None:
    assert triggers("قتلت قوات الأمن المسلحين الذين هاجموا حاجزا للشرطة أمس.", "ASSAULT") \
        == ["قتلت", "هاجموا"]


def test_an_arrest_after_a_sentence_is_told_first_and_stays() -> None:
    assert "توقيفهم" in triggers("قضت محكمة الجنايات أمس بسجن ثلاثة متهمين في قضية تهريب "
                                 "آثار. وكانت النيابة قد أحالتهم إلى المحاكمة بعد توقيفهم في "
                                 "مطار القاهرة.", "COERCE")


def test_a_relative_capture_dated_last_month_describes_the_place() -> None:
    assert triggers("ويتمركز المقاتلون في مطار المكلا الذي استعادوه من تنظيم القاعدة الشهر الماضي.",
                    "ASSAULT") == []


def test_a_relative_capture_dated_long_ago_describes_the_party() -> None:
    assert triggers("ويقاتل الجيش المتمردين الذين سيطروا على مدينة كيدال في فبراير 2023.",
                    "ASSAULT") == []


def test_a_relative_attack_dated_yesterday_stays() -> None:
    assert triggers("وزار الوزير الجرحى في المستشفى. وكان المسلحون الذين هاجموا الثكنة أمس "
                    "قد فروا إلى الجبال.", "ASSAULT") == ["هاجموا"]
