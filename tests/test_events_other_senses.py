"""Events, round 24 (other senses): trigger words in a sense that tells no happening, read from
the trigger's doer or object (``marsad/eventcoding/other_senses.py``, words in
``marsad/lexicons/event_other_senses.yaml``).

* an aim after «استهدف»: a course or a campaign that «targets» bettering something
  («استهدفت تطوير مهارات المعلمين») attacks nobody; an attack that targets a patrol stays;
* a place that receives: an airport or a city as the doer of «استقبل» meets nobody; a king who
  receives a president stays a CONSULT;
* a club's row in a match report: a club president who accuses the referee and asks the
  referees' committee for an inquiry is the game's quarrel; the authorities who accuse FIFA
  officials in the same report stay an ACCUSE;
* a notice to a company's customers («دعت الهيئة عملاءها») is no REQUEST; a ministry's call to
  consumers to report violations stays one;
* an illness that «raids» the heart is no raid; a police unit that raids a house is;
* a player as the doer: a striker who «storms» the penalty area storms nothing; settlers who
  storm the mosque's yards do;
* a state of emergency raised «تحسبا لسيول» is not lifted (no CONCEDE); one lifted after three
  years is;
* a company's apology to its customers is a courtesy; a prime minister's formal apology for
  his country's deeds stays a CONCEDE.

Our own sentences, through the real chain. Each guarded sentence is coded as an event without
the module (checked when the tests were written); each test also codes the event sense in a
sentence of the same shape."""

from __future__ import annotations

from gold.events.oracle import triggers


def _coded(text: str, type_: str, trigger: str) -> bool:
    """Whether ``text`` has an event of ``type_`` whose trigger text holds ``trigger``."""
    return any(trigger in found for found in triggers(text, type_))


_MATCH = "خسر الهلال أمام النصر في مباراة الدوري أمس. "
_COACH = " وقال المدرب إن اللاعبين قدموا مباراة كبيرة."


def test_a_course_that_targets_skills_attacks_nobody() -> None:
    assert not triggers("ونظمت الجامعة دورة تدريبية استمرت ثلاثة أسابيع استهدفت تطوير مهارات "
                        "المعلمين في الرياض.", "ASSAULT")


def test_a_campaign_that_targets_awareness_attacks_nobody() -> None:
    assert not triggers("وأطلقت وزارة الصحة حملة وطنية استهدفت رفع الوعي الصحي لدى الأسر في "
                        "جدة.", "ASSAULT")


def test_an_attack_that_targets_a_patrol_stays() -> None:
    assert _coded("وأكدت الشرطة أن الهجوم استهدف دورية أمنية في حي السلام بالرياض.",
                  "ASSAULT", "الهجوم")


def test_an_airport_that_receives_a_flight_meets_nobody() -> None:
    assert not triggers("واستقبل مطار الملك خالد الدولي أمس أول رحلة للناقل الجديد قادمة من "
                        "دبي.", "CONSULT")


def test_a_city_that_receives_a_minister_meets_nobody() -> None:
    assert not triggers("واستقبلت مدينة جدة أمس وزير السياحة الفرنسي في مستهل جولة خليجية.",
                        "CONSULT")


def test_a_king_who_receives_a_president_is_a_meeting() -> None:
    assert _coded("واستقبل الملك سلمان أمس في الرياض الرئيس الفرنسي فرانسوا هولاند.",
                  "CONSULT", "واستقبل")


def test_a_club_presidents_row_with_the_referee_is_no_accusation_or_demand() -> None:
    text = ("خسر الهلال أمام النصر في مباراة الدوري أمس، واتهم رئيس نادي الهلال الحكم بظلم "
            "فريقه، مطالبا لجنة الحكام بفتح تحقيق." + _COACH)
    assert not triggers(text, "ACCUSE")
    assert not triggers(text, "REQUEST")


def test_the_authorities_accusing_fifa_officials_in_a_match_report_stay() -> None:
    text = _MATCH + "واتهمت السلطات السويسرية مسؤولين في الفيفا بتلقي رشى." + _COACH
    assert _coded(text, "ACCUSE", "اتهمت")


def test_a_utilitys_notice_to_its_customers_is_no_request() -> None:
    assert not triggers("دعت هيئة كهرباء ومياه دبي «ديوا» عملاءها إلى الحذر من الرسائل "
                        "الاحتيالية.", "REQUEST")


def test_a_ministrys_advice_to_consumers_to_report_is_no_request() -> None:
    # round 24 (advice): an advice to the public is no event (it was a REQUEST before)
    assert not triggers("ودعت وزارة التجارة المستهلكين إلى الإبلاغ عن المخالفات عبر الرقم "
                        "المجاني.", "REQUEST")


def test_a_heart_attack_that_raids_the_heart_is_no_raid() -> None:
    assert not triggers("وتوفي الشاعر الكبير فجر اليوم بعد جلطة داهمت قلبه في باريس، حيث "
                        "كان يتلقى العلاج.", "COERCE")


def test_a_police_unit_that_raids_a_house_is_a_raid() -> None:
    assert _coded("وقالت الشرطة إن قوة أمنية داهمت منزل المطلوب في حي الشفا بالرياض فجر أمس.",
                  "COERCE", "داهمت")


def test_a_striker_who_storms_the_penalty_area_storms_nothing() -> None:
    assert not triggers("واقتحم مهاجم برشلونة ليونيل ميسي منطقة جزاء ريال مدريد في الدقيقة "
                        "التسعين.", "ASSAULT")


def test_settlers_who_storm_the_mosque_yards_assault() -> None:
    assert _coded("واقتحم مستوطنون باحات المسجد الأقصى صباح أمس بحماية الشرطة الإسرائيلية.",
                  "ASSAULT", "واقتحم")


def test_an_emergency_raised_against_floods_is_not_lifted() -> None:
    assert not triggers("وأهابت الهيئة بالمواطنين تجنب الأودية، فيما رفعت محافظة تبوك حالة "
                        "الطوارئ تحسبا لسيول محتملة في الوادي.", "CONCEDE")


def test_an_emergency_lifted_after_three_years_is_a_concession() -> None:
    assert _coded("ورفعت الحكومة المصرية حالة الطوارئ في شمال سيناء بعد ثلاث سنوات من فرضها.",
                  "CONCEDE", "ورفعت")


def test_a_companys_apology_to_its_customers_is_a_courtesy() -> None:
    assert not triggers("واعتذرت شركة الاتصالات السعودية لعملائها عن انقطاع الخدمة في الرياض "
                        "أمس.", "CONCEDE")


def test_a_formal_apology_for_a_countrys_deeds_stays() -> None:
    assert _coded("وقدم رئيس الوزراء الهولندي اعتذارا رسميا عن دور بلاده في تجارة الرقيق.",
                  "CONCEDE", "اعتذارا")
