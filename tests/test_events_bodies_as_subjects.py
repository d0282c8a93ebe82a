"""Events, round 16 (issue 7): events that dropped for want of a subject or an object.

* right after its verb, an unnamed noun phrase headed by a plural or a collective of people or
  bodies («كتائب»، «الحاضرون»، «وزراء»، «المحامون»، «قيادة») is the verb's subject, kept as
  text up to a preposition, a named place, a time or the object («داهمت فرق أمنية منازل…»);
* such a phrase between «كان» and «قد» is the subject of the verb after «قد»;
* in «نفى أن يكون قد + verb» the one who speaks did it;
* a masdar made passive by «تم/جرى» takes the phrase after it as its target;
* an unnamed target kept as text stops before «بـ/لـ + ال», «دون/حتى/رغم» and a describing verb,
  and a «ما اعتبرته…» phrase is no target.

And the counter-cases: a verb with the plural ending carries its own subject, a head with a
pronoun names no one by itself. Our own sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type


@pytest.mark.parametrize("text, type_, actor", [
    ("وفي تطور لاحق، دفعت كتائب من مدينة الزاوية بتعزيزات إلى خطوط المواجهة.", "MOBILIZE",
     "كتائب"),
    ("واتفق المشاركون على تشكيل لجنة مشتركة لمراقبة الهدنة.", "AGREE", "المشاركون"),
    ("وسيجتمع وزراء خارجية دول الخليج في الكويت الأسبوع المقبل.", "CONSULT", "وزراء خارجية"),
    ("وانسحبت ألوية عسكرية من أطراف المدينة فجر اليوم.", "RETREAT", "ألوية"),
    ("وعززت قيادة القوات البرية للجيش انتشار وحداتها على الحدود الجنوبية.", "MOBILIZE",
     "قيادة القوات البرية للجيش"),
])
def test_a_body_right_after_its_verb_is_its_subject(text: str, type_: str, actor: str) -> None:
    events = of_type(analyzed(text).events, type_)
    assert len(events) == 1
    assert events[0].actor_text == [actor]


def test_the_subject_stops_where_the_object_begins() -> None:
    events = of_type(analyzed("وداهمت فرق أمنية منازل ناشطين في المدينة.").events, "COERCE")
    assert len(events) == 1
    assert events[0].actor_text == ["فرق أمنية"]
    assert events[0].target_text and "منازل" in events[0].target_text[0]


def test_a_body_between_kana_and_qad_is_the_subject() -> None:
    text = "وكانت فرق أمنية قد داهمت مقر الجمعية ليلة الخميس."
    events = of_type(analyzed(text).events, "COERCE")
    assert len(events) == 1
    assert events[0].actor_text == ["فرق أمنية"]


@pytest.mark.parametrize("text, type_, actor", [
    ("ونفت الوزارة أن تكون قد وافقت على تمديد الهدنة مع المعارضة.", "AGREE", "الوزارة"),
    ("ونفت الحكومة أن تكون قد وافقت على تقاسم عائدات الموانئ مع المتمردين.", "AGREE",
     "الحكومة"),
])
def test_who_denies_having_done_it_is_the_subject(text: str, type_: str, actor: str) -> None:
    article = analyzed(text)
    events = of_type(article.events, type_)
    assert len(events) == 1
    named = [article.entity(i).text for i in events[0].actors if article.entity(i)]
    assert actor in named + events[0].actor_text


@pytest.mark.parametrize("text, type_, target", [
    ("واعتقلت الشرطة ثمانية متهمين بالانتماء إلى عصابة مسلحة.", "COERCE", "ثمانية متهمين"),
    ("واستهدفت طائرات حربية منازل مأهولة دون سابق إنذار.", "ASSAULT", "منازل مأهولة"),
])
def test_an_unnamed_target_stops_where_it_should(text: str, type_: str, target: str) -> None:
    events = of_type(analyzed(text).events, type_)
    assert len(events) == 1
    assert events[0].target_text == [target]


def test_what_one_called_so_is_no_target() -> None:
    events = of_type(analyzed("ورفضت الحكومة ما اعتبرته تدخلا في شؤونها الداخلية.").events,
                     "REJECT")
    assert len(events) == 1
    assert not any(text.startswith("ما") for text in events[0].target_text)


@pytest.mark.parametrize("text, target", [
    ("وتم مساء الأحد ترحيل عشرات المهاجرين من المدينة.", "عشرات المهاجرين"),
    ("وجرى أمس ترحيل عشرات الأسر من الحي القديم.", "عشرات الأسر"),
])
def test_a_masdar_after_tamma_takes_its_object_as_target(text: str, target: str) -> None:
    events = of_type(analyzed(text).events, "COERCE")
    assert len(events) == 1
    assert events[0].target_text == [target]


@pytest.mark.parametrize("text, type_", [
    # a head with a pronoun names no one by itself
    ("وانسحب مقاتلوه من الموقع بعد الاشتباك.", "RETREAT"),
    # a plural verb carries its subject: the words after it are no subject
    ("واتفقوا المشاركون على الهدنة.", "AGREE"),
    # lawyers who leave a courtroom walk out: no withdrawal by a civilian body
    ("وانسحب المحامون من قاعة المحكمة احتجاجا على القرار.", "RETREAT"),
])
def test_no_body_subject(text: str, type_: str) -> None:
    for event in of_type(analyzed(text).events, type_):
        assert not any(word in " ".join(event.actor_text)
                       for word in ("مقاتلوه", "المشاركون", "المحامون"))
