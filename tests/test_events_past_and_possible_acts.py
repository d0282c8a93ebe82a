"""Events, round 22: what fresh news tells that is no happening of its report
(``eventcoding/prec_news.py``, words in ``lexicons/event_news_prec.yaml``).

* An act told as the past's («في الماضي»، «في مراحل سابقة» after its trigger).
* What a party can do («تستطيع»، «بإمكان»، «يمكن»، «قادرة على» before a trigger that is no
  past verb); a past «تمكنت من» is a deed.
* The closing link line that repeats the headline («رابط الخبر بصحيفة …:»).
* A sentence opened by a reminder («يذكر أن»، «يشار إلى أن»); a plan told there stays.

The real chain on our own sentences. Each test of a candidate dropped fails without the
round's code; the tests of what stays guard the rules' bounds."""

from __future__ import annotations

from gold.events.oracle import analyzed, types

LEAD = "أعلنت وزارة الداخلية اليوم أن دوريات الأمن اعتقلت خمسة مهربين قرب الحدود الشمالية. "


def _types(text: str) -> list[str]:
    return types(analyzed(text).events)


def test_an_act_told_as_the_pasts_is_no_event() -> None:
    assert _types(LEAD + "وقال المتحدث إن الأجهزة الأمنية أحبطت مخططات كثيرة في الماضي.") \
        == ["COERCE"]


def test_a_mediation_in_earlier_stages_is_no_event() -> None:
    assert _types("أشار الوزير إلى الاتفاق الذي توسطت فيه مصر وقطر في مراحل سابقة من الأزمة.") \
        == []


def test_what_the_authorities_can_do_is_no_arrest() -> None:
    assert _types(LEAD + "وبموجب قانون الطوارئ، تستطيع الشرطة اعتقال أي شخص لمدة شهر دون "
                  "محاكمة.") == ["COERCE"]


def test_what_may_come_is_no_aid() -> None:
    assert _types("قال مسؤول الإغاثة إنه بعد افتتاح الميناء يمكن أن تصل سفن المساعدات إلى "
                  "الحديدة.") == []


def test_able_to_arrest_is_no_arrest() -> None:
    assert _types(LEAD + "وأكد المدير أن رجال الأمن قادرون على اعتقال كل المهربين.") \
        == ["COERCE"]


def test_managed_to_arrest_stays_an_arrest() -> None:  # guard: a past «تمكنت من» is done
    assert _types("وتمكنت الشرطة من اعتقال المشتبه به في مدينة جدة أمس.") == ["COERCE"]


def test_the_link_line_repeats_the_headline() -> None:
    events = analyzed("قال مصدر مطلع اليوم إن وفدا من الحكومة سيلتقي المبعوث الدولي بعد ساعات "
                      "في الدوحة. رابط الخبر بصحيفة الوطن: وفد حكومي يلتقي المبعوث الدولي في "
                      "الدوحة").events
    assert [(e.type, e.factuality) for e in events] == [("CONSULT", "future")]


def test_a_reminder_tells_background() -> None:
    assert _types(LEAD + "يذكر أن مسلحين هاجموا مركزا حدوديا في المنطقة نفسها في مارس "
                  "الماضي.") == ["COERCE"]


def test_a_reminder_with_the_conjunction_tells_background() -> None:
    assert _types(LEAD + "ويشار إلى أن الوزير التقى قادة حرس الحدود في أبريل الماضي.") \
        == ["COERCE"]


def test_a_plan_told_in_a_reminder_stays() -> None:  # guard: a plan is told first there
    events = analyzed(LEAD + "يذكر أن الوزارة أعلنت خطة أمنية جديدة، ومن المقرر أن يعقد "
                      "الوزير اجتماعا مع قادة الحدود في الرياض.").events
    assert [(e.type, e.factuality) for e in events if e.type == "CONSULT"] \
        == [("CONSULT", "future")]


def test_the_victims_of_the_bombing_told_again_are_no_second_attack() -> None:
    assert _types("استهدف هجوم انتحاري مسجدا في مدينة جازان يوم الجمعة وقتل فيه أربعة مصلين. "
                  "وفي سياق متصل، غادرت صباح اليوم تسع حالات من مصابي تفجير مسجد جازان المستشفى، "
                  "ولم يبق فيه سوى ثلاث حالات.") == ["ASSAULT"]


def test_the_victims_of_a_bombing_told_first_stay_an_attack() -> None:  # guard: none before
    assert _types("غادرت صباح اليوم تسع حالات من مصابي تفجير مسجد جازان المستشفى، ولم يبق فيه "
                  "سوى ثلاث حالات.") == ["ASSAULT"]
