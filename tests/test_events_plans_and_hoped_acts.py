"""Events, round 21: how sure the report is (factuality), and acts that are only hoped for.

* A plan is ``future`` whoever tells it: «على أن + present», a noun after «أن/إن» whose verb
  is future, a noun a future verb governs, a meeting held in the present tense, a date after
  the article's in a report (``eventcoding/fact_plans.py``, ``events.PLANNABLE``).
* «ما لم تنسحب» is a condition, not the denial «لم» (``event_factuality.tsv``).
* A source that closes the sentence reports the act before it, unless a toll stands between
  them; a toll taken into the act does not make the act reported (``fact_sources.py``).
* A hoped-for or required act is no event (``fact_wishes.py``).
* A stance the speaker affirms as its own is asserted (``fact_stances.py``).
* The occasion of a statement («خلال لقائه»، «على خلفية أعمال شغب») is the reporter's, not
  the speaker's report (``fact_occasions.py``).

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, first_coded, of_type


@pytest.mark.parametrize("text, kind", [
    ("وينص الاتفاق على أن ينسحب الجيش من المدينة خلال ثلاثين يوما.", "RETREAT"),
    ("ووقع الطرفان اتفاقا لوقف القتال، على أن تسير القوات التركية والروسية دوريات مشتركة شرق "
     "النهر.", "COOPERATE"),
])
def test_a_term_told_by_ala_an_and_a_present_verb_is_future(text: str, kind: str) -> None:
    _, event = first_coded(text, kind)
    assert event.factuality == "future"


@pytest.mark.parametrize("text, kind", [
    ("وأعلن الوسيط القطري أن جولة محادثات جديدة بين الطرفين ستعقد في الدوحة.", "CONSULT"),
    ("وقالت مصادر أمنية إن تعزيزات عسكرية كبيرة ستصل إلى المدينة.", "MOBILIZE"),
])
def test_a_noun_whose_verb_is_future_is_a_plan_not_a_report(text: str, kind: str) -> None:
    _, event = first_coded(text, kind)
    assert event.factuality == "future"


def test_a_noun_a_future_verb_governs_is_a_plan() -> None:
    _, event = first_coded("وأكد رئيس الوزراء أن العراق سيعزز التعاون الأمني مع واشنطن بعد "
                           "انسحاب التحالف.", "COOPERATE")
    assert event.factuality == "future"


def test_a_meeting_held_in_the_present_tense_is_on_the_agenda() -> None:
    _, event = first_coded("ويعقد مجلس الأمن الدولي اليوم الاثنين اجتماعا طارئا لبحث التصعيد.",
                           "CONSULT")
    assert event.factuality == "future"


def test_meetings_held_in_the_past_are_not_plans() -> None:
    # a guard: this holds without round 21 too; it pins what the meeting rule leaves alone
    _, event = first_coded("وعقد مجلس الأمن الدولي أمس اجتماعا طارئا لبحث التصعيد.", "CONSULT")
    assert event.factuality == "asserted"


def test_meetings_held_as_a_habit_are_no_plan() -> None:
    # round 31 (BD): held at regular times, a habit and no event at all (it was asserted
    # before); in no case a plan
    article = analyzed("ويعقد الاتحاد الأوروبي اجتماعات منتظمة مع دول الجوار.")
    assert all(e.factuality != "future" for e in of_type(article.events, "CONSULT"))


def test_an_announced_act_dated_after_the_article_is_future() -> None:
    _, event = first_coded("وأعلن الرئيس الفرنسي انسحاب قواته من مالي الشهر المقبل.", "RETREAT")
    assert event.factuality == "future"


def test_ma_lam_is_a_condition_not_a_denial() -> None:
    article = analyzed("وقال القائد إن قواته لن تنسحب من المدينة ما لم تنسحب قوات المعارضة من "
                       "الأحياء السكنية.")
    assert sorted(e.factuality for e in of_type(article.events, "RETREAT")) == [
        "denied", "hypothetical"]


@pytest.mark.parametrize("text, kind", [
    ("واعتقلت الشرطة عشرين شخصا في وسط المدينة، بحسب ما أفاد به شهود عيان.", "COERCE"),
    ("ودخلت قافلة مساعدات إلى المدينة المحاصرة أمس، وفق ما أعلنته الأمم المتحدة.", "AID"),
])
def test_a_source_closing_the_sentence_reports_the_act(text: str, kind: str) -> None:
    _, event = first_coded(text, kind)
    assert event.factuality == "reported"


@pytest.mark.parametrize("text", [
    "شنت طائرات حربية فجر اليوم غارات جوية على بلدات في ريف حماة، ما أسفر عن مقتل ستة مدنيين، "
    "بحسب الدفاع المدني السوري.",
    "قصفت مروحيات الجيش أمس أحياء في شرق المدينة، ما أدى إلى مقتل عشرين شخصا، وفق المرصد "
    "السوري لحقوق الإنسان.",
])
def test_a_sourced_toll_leaves_the_act_before_it_told(text: str) -> None:
    _, event = first_coded(text, "ASSAULT")
    assert (event.factuality, event.by) == ("asserted", None)


@pytest.mark.parametrize("text, kind", [
    ("وقال رئيس الهيئة: نأمل أن تتم محاسبة المسؤولين عن قصف المستشفى في أقرب وقت.", "ASSAULT"),
    ("وكتب المحلل أنه يجب أن تنسحب القوات الأجنبية من البلاد فورا.", "RETREAT"),
    ("وقال الوزير إن الحكومة تأمل اختتام المفاوضات مع صندوق النقد قريبا.", "CONSULT"),
])
def test_a_hoped_or_required_act_is_no_event(text: str, kind: str) -> None:
    assert of_type(analyzed(text).events, kind) == []


def test_a_condemnation_stays_when_its_content_is_required() -> None:
    # a guard: the wish rule drops the required act, never the speech act around it
    article = analyzed("وأدان البيان الهجوم، وقال إنه يجب أن يتوقف القصف على المدنيين.")
    assert [e.factuality for e in of_type(article.events, "ACCUSE")] == ["asserted"]


def test_a_stance_the_speaker_affirms_as_its_own_is_asserted() -> None:
    _, event = first_coded("ورفضت الحركة المبادرة، مؤكدة رفضها لأي اتفاق لا يضمن حقوق الشعب.",
                           "REJECT")
    assert event.factuality == "asserted"


@pytest.mark.parametrize("text, kind", [
    ("وأعلن الرئيس حل البرلمان، وذلك إثر احتجاجات شهدتها عدة مدن.", "PROTEST"),
    ("وأعلن الوزير توقيف ثلاثين شخصا على خلفية أعمال شغب شهدتها العاصمة.", "PROTEST"),
])
def test_the_occasion_of_a_statement_is_the_reporters(text: str, kind: str) -> None:
    _, event = first_coded(text, kind)
    assert (event.factuality, event.by) == ("asserted", None)


def test_an_occasion_inside_the_speakers_clause_stays_reported() -> None:
    # a guard: inside «أن …» the speaker tells the occasion too
    _, event = first_coded("وأعلنت الحكومة أنها اعتقلت ثلاثين شخصا إثر أعمال شغب شهدتها "
                           "العاصمة.", "PROTEST")
    assert event.factuality == "reported"
