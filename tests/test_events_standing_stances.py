"""Events: a verbal stance told as continuing is a standing position, no speech act of the day
(round 28).

«لا تزال الحكومة ترفض…»، «ترفض واشنطن باستمرار…»، «وكعادتها تتهم طهران…»: a request,
rejection, support, accusation or threat told by a present verb with a mark of continuing in
its clause tells where a party stands, not what it said that day
(``eventcoding/standing_backdrops.py``: ``stances`` in ``event_standing_backdrops.yaml``).
So does a present verb with «منذ مدة/فترة» («تطالب أنقرة منذ مدة…»), not with a short while.
A present-tense statement of the day, with no such mark, stays.

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type


def test_a_refusal_told_as_still_going_on_is_no_event() -> None:
    article = analyzed("لا تزال الحكومة السودانية ترفض دخول القوات الدولية إلى الإقليم.")
    assert of_type(article.events, "REJECT") == []


def test_a_refusal_told_as_constant_is_no_event() -> None:
    article = analyzed("ترفض واشنطن باستمرار الاعتراف بالحكومة الجديدة في كابول.")
    assert of_type(article.events, "REJECT") == []


def test_an_accusation_told_as_the_party_s_habit_is_no_event() -> None:
    article = analyzed("وكعادتها تتهم طهران الرياض بدعم الجماعات المسلحة.")
    assert of_type(article.events, "ACCUSE") == []


def test_an_accusation_told_as_always_made_is_no_event() -> None:
    article = analyzed("وتتهم المعارضة السورية دائما نظام الأسد بحصار المدن.")
    assert of_type(article.events, "ACCUSE") == []


def test_a_threat_told_as_constant_is_no_event() -> None:
    article = analyzed("وتهدد إيران باستمرار بإغلاق مضيق هرمز أمام ناقلات النفط.")
    assert of_type(article.events, "THREATEN") == []


def test_a_threat_of_yesterday_stays() -> None:
    article = analyzed("وهددت إيران أمس بإغلاق مضيق هرمز أمام ناقلات النفط.")
    assert of_type(article.events, "THREATEN") != []


def test_support_that_goes_on_is_no_event() -> None:
    article = analyzed("وقال لافروف إن موسكو لا تزال تؤيد الحل السياسي في سوريا.")
    assert of_type(article.events, "SUPPORT") == []


def test_a_demand_made_for_a_while_is_no_event() -> None:
    article = analyzed("تطالب أنقرة منذ مدة بإقامة منطقة آمنة في شمال سوريا.")
    assert of_type(article.events, "REQUEST") == []


def test_a_demand_of_a_short_while_stays() -> None:
    article = analyzed("وتطالب الحكومة منذ فترة قصيرة بإقامة منطقة آمنة على الحدود.")
    assert of_type(article.events, "REQUEST") != []


def test_a_present_demand_in_a_statement_of_the_day_stays() -> None:
    article = analyzed("ويطالب وزير الخارجية المصري في بيان اليوم مجلس الأمن بالتدخل.")
    assert of_type(article.events, "REQUEST") != []


def test_a_present_refusal_told_as_said_today_stays() -> None:
    article = analyzed("قالت الجزائر اليوم الأحد إنها ترفض تدخل فرنسا في شؤونها الداخلية.")
    assert of_type(article.events, "REJECT") != []


def test_a_refusal_held_persistently_is_no_event() -> None:
    article = analyzed("وقال الوزير إن بعض الدول ترفض بإصرار التفاوض مع الحكومة الجديدة.")
    assert of_type(article.events, "REJECT") == []


def test_a_past_persistent_refusal_of_the_day_stays() -> None:
    article = analyzed("ورفض رئيس الوزراء بإصرار أمس التفاوض مع قادة المعارضة.")
    assert of_type(article.events, "REJECT") != []
