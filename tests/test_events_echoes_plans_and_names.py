"""Events, round 21 (precision): acts that echo another act, plans, and names.

* A demand a protest carries: the participle «مطالبين» after a protest told in its sentence is
  the protest's content, no request of its own; a request with no protest before it stays
  (``eventcoding/prec_echoes.py``).
* A refusal led by «لن» after a refusal told in its sentence is that refusal said again
  (``eventcoding/prec_echoes.py``).
* An attack a cell plotted or prepared for («خططت لاستهداف») is planned, not done
  (``eventcoding/prec_plans.py``).
* Crowds out in the streets to celebrate or to congratulate make no protest
  (``context_blockers`` in ``event_grammar.yaml``).
* A trigger in a name in construct: a court case («في قضية اقتحام …»), a force («قوات الحزام
  الأمني»), a district («مديرية أرحب») (``eventcoding/prec_names.py``).
* A masdar after «إثر/بعد» that follows a date of long ago is history
  (``eventcoding/history.py``).
* A habit («عادة ما ترفض») is no happening (``eventcoding/prec_habits.py``).
* The attack a condolence is offered for was told before (``eventcoding/prec_condolences.py``);
  round 27 (C): only when the report told it before.

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type, types


@pytest.mark.parametrize("text", [
    "وتجمع مئات المحتجين أمام مبنى البرلمان في الرباط مساء أمس، مطالبين بإقالة وزير الصحة.",
    "وخرج آلاف المتظاهرين في شوارع البصرة بعد صلاة الجمعة، مطالبين بتوفير الكهرباء والماء.",
    "واعتصم عشرات المعلمين أمام وزارة التربية في عمان، مطالبين برفع رواتبهم.",
])
def test_a_demand_a_protest_carries_is_no_request_of_its_own(text: str) -> None:
    events = analyzed(text).events
    assert of_type(events, "PROTEST"), types(events)
    assert not of_type(events, "REQUEST"), types(events)


def test_a_demand_with_no_protest_before_it_stays_a_request() -> None:
    events = analyzed("وطالب وزير الخارجية المصري الأطراف الليبية بوقف القتال فوراً.").events
    assert of_type(events, "REQUEST"), types(events)


@pytest.mark.parametrize("text", [
    "ورفض رئيس الوزراء العراقي الشروط، مؤكدا أن بغداد لن تقبل بأي تدخل في شؤونها الداخلية.",
])
def test_a_refusal_said_again_is_one_refusal(text: str) -> None:
    events = analyzed(text).events
    assert len(of_type(events, "REJECT")) == 1, types(events)


@pytest.mark.parametrize("text", [
    "وأعلنت وزارة الداخلية القبض على خلية من خمسة أشخاص كانت تعد لاستهداف مراكز الشرطة في المدينة.",
    "وقضت المحكمة بسجن أربعة متهمين بالانضمام إلى جماعة خططت لاستهداف كنائس في الإسكندرية.",
])
def test_an_attack_only_prepared_is_no_attack(text: str) -> None:
    events = analyzed(text).events
    assert events, "the arrest or the verdict is still an event"
    assert not of_type(events, "ASSAULT"), types(events)


@pytest.mark.parametrize("text", [
    "وخرج آلاف الأهالي إلى الشوارع في بنغازي ليلاً احتفالاً بالاتفاق.",
    "واحتشد الطلاب وذووهم أمام المدارس في الخرطوم لتهنئة الناجحين في الامتحانات.",
])
def test_crowds_out_to_celebrate_make_no_protest(text: str) -> None:
    events = analyzed(text).events
    assert not of_type(events, "PROTEST"), types(events)


@pytest.mark.parametrize("text, kind", [
    ("وقضت المحكمة بسجن ستة متهمين في قضية اقتحام مقر الحزب بالقاهرة.", "ASSAULT"),
    ("وقال شهود إن قوات الحزام الأمني أطلقت النار في الهواء قرب ساحة العروض في عدن.", "MOBILIZE"),
    ("ودارت اشتباكات بين الطرفين في مديرية أرحب شمال صنعاء.", "SUPPORT"),
])
def test_a_trigger_in_a_name_in_construct_is_no_happening(text: str, kind: str) -> None:
    events = analyzed(text).events
    assert not of_type(events, kind), types(events)


def test_a_masdar_after_an_old_date_and_its_antecedent_word_is_history() -> None:
    text = "وأعلن الجيش عزل الرئيس من منصبه في يوليو 2013 إثر احتجاجات شعبية واسعة على حكمه."
    events = analyzed(text, published="2015-08-09").events
    assert not of_type(events, "PROTEST"), types(events)


def test_the_same_masdar_after_a_recent_date_stays() -> None:
    text = "وأعلن الجيش عزل الرئيس من منصبه في يوليو 2015 إثر احتجاجات شعبية واسعة على حكمه."
    events = analyzed(text, published="2015-08-09").events
    assert of_type(events, "PROTEST"), types(events)


@pytest.mark.parametrize("text, kind", [
    ("ويقول المزارعون إن الري صعب لأن السلطات عادة ما ترفض منح تراخيص حفر الآبار في المنطقة.",
     "REJECT"),
    ("وغالبا ما تشن القوات حملات دهم في القرى المحيطة بالمدينة.", "COERCE"),
])
def test_a_habit_is_no_happening(text: str, kind: str) -> None:
    events = analyzed(text).events
    assert not of_type(events, kind), types(events)


@pytest.mark.parametrize("text", [
    "ونقل المحافظ تعازي القيادة لذوي الجنود الذين استشهدوا في حادث التفجير الإرهابي بالمسجد.",
    "وعبر مدير الجامعة عن مواساته لذوي الضحايا الذين قضوا في التفجير الإرهابي الذي ضرب المسجد.",
    "وقدم المحافظ العزاء لأسرة الشهيد الذي استشهد في تفجير مسجد قوات الأمن بأبها.",
])
def test_the_attack_a_condolence_is_offered_for_is_told_before(text: str) -> None:
    # round 27 (C): the condolence that first tells the attack codes it
    # (test_events_first_told_in_condolences.py); told before, it codes nothing more
    lead = "انفجرت عبوة ناسفة داخل مسجد قوات الأمن في أبها أمس وقتل عدد من المصلين. "
    article = analyzed(lead + text)
    assert of_type(article.events, "ASSAULT"), types(article.events)
    assert all(e.trigger and e.trigger[0] < len(lead)
               for e in of_type(article.events, "ASSAULT")), types(article.events)
