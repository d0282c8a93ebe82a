"""Events, round 14 (issue 7): triggers the coder did not read at all. Convoys sent in the
plural and by the masdar («سيرسل قوافل»، «إرسال قافلة»), as the verb row «أرسل قافلة» already
read them; and a warning that announces the warner's own act on a condition is a threat
(``trig_warnings.own_threat``: «محذرة من أنها ستقطع العلاقات … إذا …», whoever speaks, named
or not). Each with its look-alike: a warning of what others or things will do, a warning of a
state or a constraint, a warning without a condition, a convoy of ships told, money offered for
a club. Our own sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, names, of_type, types


@pytest.mark.parametrize("text, factuality", [
    ("وأعلن الهلال الأحمر أنه سيرسل قوافل إلى المخيمات خلال الأيام المقبلة.", "future"),
    ("وأرسلت جمعية الهلال الأحمر الكويتي قوافل محملة بالأغذية إلى اليمن.", "asserted"),
    ("وتعتزم جمعية الهلال الأحمر الكويتي إرسال قافلة جديدة إلى مخيم الزعتري الأسبوع المقبل.", "future"),
])
def test_convoys_sent_are_aid(text: str, factuality: str) -> None:
    events = of_type(analyzed(text).events, "AID")
    assert len(events) == 1
    assert events[0].factuality == factuality


@pytest.mark.parametrize("text", [
    "وتمر قوافل السفن التجارية عبر القناة يوميا دون توقف.",  # ships passing, nobody sends them
    "وأطلقت الوزارة قوافل التوعية الصحية في المدارس.",  # an awareness campaign
])
def test_convoys_not_sent_are_no_aid(text: str) -> None:
    assert "AID" not in types(analyzed(text).events)


@pytest.mark.parametrize("text, actor", [
    ("وأعلنت الحكومة طرد السفير، محذرة من أنها ستقطع العلاقات مع الدنمارك إذا تكررت الإساءة.",
     "الحكومة"),
    ("وفي سياق متصل، حذرت الشرطة من أنها ستتدخل بحزم في حال تسجيل أعمال شغب.", "الشرطة"),
    ("وحذرت النقابة من أنها ستعلن الإضراب المفتوح إذا لم تصرف الرواتب.", "النقابة"),
])
def test_a_warning_of_the_warners_own_act_on_a_condition_is_a_threat(text: str,
                                                                       actor: str) -> None:
    article = analyzed(text)
    threats = of_type(article.events, "THREATEN")
    assert len(threats) == 1
    assert actor in names(article, threats[0].actors) + threats[0].actor_text


@pytest.mark.parametrize("text", [
    "وحذرت الهيئة من أن الأسعار سترتفع إذا استمر الجفاف.",  # things, not the warner
    "وحذر الخبير من أنه سيكون من الصعب احتواء الأزمة إذا استمر القتال.",  # a state
    "وحذرت البلدية من أنها ستضطر إلى قطع المياه إذا تأخر الإصلاح.",  # a constraint
    "وحذرت النقابة من أنها قد تعلن الإضراب إذا لم تصرف الرواتب.",  # «قد»: a forecast
    "وحذرت النقابة من أنها ستعلن موقفها النهائي الأسبوع المقبل.",  # no condition
])
def test_other_warnings_are_no_threat(text: str) -> None:
    assert "THREATEN" not in types(analyzed(text).events)


# A named party's warning with a condition is a threat (``act_filters.threat_rule``) — unless
# what it warns of is its own constraint, not an act («ستضطر إلى…»، «ستعجز عن…»).
@pytest.mark.parametrize("text", [
    "حذرت الأمم المتحدة من أنها ستضطر إلى وقف توزيع الغذاء إذا لم تصل التمويلات.",
    "وحذرت نقابة الأطباء من أنها ستعجز عن علاج المرضى إذا تأخرت شحنات الدواء.",
])
def test_a_warning_of_ones_own_constraint_is_no_threat(text: str) -> None:
    assert "THREATEN" not in types(analyzed(text).events)


def test_a_named_partys_warning_of_an_act_on_a_condition_stays_a_threat() -> None:
    text = "وحذر السيسي من أن مصر ستتدخل عسكريا إذا تقدمت القوات نحو سرت."
    assert "THREATEN" in types(analyzed(text).events)
