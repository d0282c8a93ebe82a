"""Events, round 22: trigger words taken in another sense (``eventcoding/prec_senses.py``,
words in ``lexicons/event_senses.yaml``).

* What follows the trigger fixes its sense: a fire or a feeling «brought under control» /
  «taking hold» is no seizure, flights, applications or refugees «received» are no meeting, a
  player's withdrawal from a tournament is no retreat, a company's notice to its customers is
  no request, a cold air mass's «attack» is no assault, an asylum «seeker» is no demand, a
  minister «bombarded» with questions is not shelled, a way of thinking «regained» is no
  place taken.
* In an article about sport, the game's «هجوم», «سيطر», «انسحاب», «اللقاء» (the match) and
  the fans' demands are no events, unless the sentence tells violence; a match word in a
  sentence that tells violence frames nothing (``act_filters.framed``).

The real chain on our own sentences. Each test of a word dropped fails without the round's
code; the tests of what stays (a battle, a head of state received, a call to citizens, a town
seized) guard the rules' bounds."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type, types

MATCH = ("فاز الهلال على النصر بهدفين في مباراة قوية ضمن الدوري السعودي مساء أمس، وسجل "
         "اللاعب سالم الدوسري الهدف الأول. ")
FINAL = ("خسر منتخب الإمارات أمام عُمان في مباراة نهائي البطولة أمس، وغاب اللاعب علي مبخوت. ")


def _types(text: str) -> list[str]:
    return types(analyzed(text).events)


def test_a_match_reports_attack_is_no_assault() -> None:
    assert _types(MATCH + "وهاجم سالم الدوسري دفاع النصر مرارا في النصف الثاني.") == []


def test_a_match_reports_control_is_no_seizure() -> None:
    assert _types(MATCH + "وسيطر ميتروفيتش على منطقة جزاء النصر طوال النصف الثاني.") == []


def test_a_keepers_withdrawal_in_a_match_report_is_no_retreat() -> None:
    assert _types("تعادل ريال مدريد مع برشلونة في مباراة الدوري الإسباني أمس، وتألق اللاعب "
                  "فينيسيوس. وأعلن الحارس تيبو كورتوا انسحابه من قائمة بلجيكا بسبب الإصابة.") == []


def test_a_players_withdrawal_from_a_tournament_is_no_retreat() -> None:
    assert _types("أعلنت الأمريكية سيرينا ويليامز انسحابها من بطولة مدريد المفتوحة بسبب إصابة في "
                  "الركبة.") == []


def test_the_same_words_in_a_battle_report_stay_events() -> None:
    article = analyzed("شن مسلحو تنظيم داعش هجوما على مواقع الجيش العراقي قرب مدينة بيجي أمس. "
                       "وسيطرت القوات العراقية على البلدة بعد معارك عنيفة، فيما انسحب المسلحون "
                       "من الأحياء الشرقية.")
    modes = [e.mode for e in article.events]
    assert "attack" in modes and "seize" in modes and "withdraw" in modes


def test_a_stadium_bombing_after_a_match_is_still_an_assault() -> None:
    article = analyzed("فاز فريق الكرخ على ضيفه في مباراة الدوري مساء الجمعة. وفجر انتحاري "
                       "نفسه عند مدخل الملعب بعد نهاية المباراة، ما أسفر عن مقتل ثلاثة أشخاص.")
    assert of_type(article.events, "ASSAULT")


def test_gunmen_attacking_a_team_bus_in_a_match_report_is_an_assault() -> None:
    article = analyzed(MATCH + "وهاجم مسلحون حافلة الفريق الضيف بعد خروجها من الملعب.")
    assert [e.mode for e in of_type(article.events, "ASSAULT")] == ["attack"]


def test_a_feeling_that_takes_hold_is_no_seizure() -> None:
    assert _types("وقال الطبيب إن سكان الحي سيطر عليهم الخوف بعد انهيار المبنى المجاور.") == []


def test_a_fire_brought_under_control_is_no_seizure() -> None:
    assert _types("سيطرت فرق الدفاع المدني في جدة اليوم على حريق اندلع في مستودع للأخشاب.") == []


def test_a_town_seized_before_a_fire_is_still_a_seizure() -> None:
    article = analyzed("سيطرت القوات العراقية على مدينة الرمادي بعد اندلاع حريق في مقر "
                       "الحكومة المحلية.")
    assert [e.mode for e in article.events] == ["seize"]


def test_flights_and_refugees_received_are_no_meeting() -> None:
    assert _types("أعلنت هيئة الطيران المدني بدء استقبال مطار صنعاء الرحلات التجارية "
                  "الأسبوع المقبل.") == []
    assert _types("استقبلت السويد العام الماضي أكثر من مئة ألف لاجئ من سوريا والعراق.") == []


def test_a_head_of_state_received_is_still_a_meeting() -> None:
    article = analyzed("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم وزير الخارجية "
                       "الأمريكي.")
    assert [e.mode for e in article.events] == ["host"]


def test_a_companys_notice_to_its_customers_is_no_request() -> None:
    assert _types("ودعت شركة الاتصالات السعودية عملاءها إلى زيارة موقعها الإلكتروني للحصول "
                  "على تفاصيل العروض.") == []


def test_an_authoritys_advice_to_citizens_is_no_request() -> None:
    # round 24 (advice): an advice to the public is no event (it was a REQUEST before)
    assert _types("ودعت وزارة الداخلية المواطنين إلى الإبلاغ عن أي نشاط مشبوه.") == []


def test_the_fans_demand_in_a_match_report_is_no_request() -> None:
    assert _types(FINAL + "وطالبت الجماهير الإماراتية اتحاد الكرة بإقالة المدرب.") == []


def test_the_match_called_the_meeting_is_no_consult() -> None:
    assert _types("خسر النصر أمام الشباب في مباراة الدوري أمس، وغاب اللاعب كريستيانو رونالدو. "
                  "وفي نهاية اللقاء أكد فيصل بن تركي ثقته في الفريق.") == []


def test_a_cold_air_mass_attack_is_no_assault() -> None:
    assert _types("تتعرض المملكة لهجوم كتلة هوائية باردة قادمة من شمال أوروبا خلال الأيام "
                  "المقبلة.") == []


def test_a_war_on_speculators_is_no_assault() -> None:
    assert _types("شنت الحكومة حربا على المضاربين والمحتكرين بعد اختفاء السلع الأساسية من "
                  "الأسواق.") == []


def test_an_asylum_seeker_is_no_demand() -> None:
    assert _types("وسجلت السويد وصول نحو ثمانين ألف طالب لجوء خلال الأشهر الستة الأولى.") == []


def test_bombarding_a_minister_with_questions_is_no_assault() -> None:
    assert _types("وقصف الصحفيون وزير المالية بالأسئلة خلال المؤتمر الصحفي أمس.") == []


def test_shelling_positions_with_rockets_stays_an_assault() -> None:
    article = analyzed("قصفت الطائرات الحربية مواقع المسلحين في ريف إدلب بالصواريخ أمس.")
    assert [e.mode for e in article.events] == ["shell"]


def test_regaining_a_way_of_thinking_is_no_seizure() -> None:
    assert _types("ولن تنهض الأمة في هذا الطريق إلا إذا استعاد العالم العربي، واستعاد العرب "
                  "منطق الحوار، وتعاملوا مع التراث بهذا المنطق.") == []
