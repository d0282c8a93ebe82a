"""Events, round 22, recall on long reports: two more warnings that are threats.

A conditional warning by one official of a party that the tagger names no entity for («حذر
مسؤول عسكري…»، «قيادي في الحركة»، «المتحدث باسم…») is a threat, as a named party's is; a
warning to a party of the consequences it will face («محذرا طهران من عواقب…») is a threat too
and so is a warning whose content opens with «أي» + a deed and then a future act, a condition
in disguise («من أن أي وجود أجنبي سيعامل كقوة احتلال»)
(``eventcoding/warned_threats.py``, words in ``event_warning_threats.yaml``). A warning by
experts or activists, one told as a possibility («قد»), consequences foreseen for nobody in
particular, and «أي» + a harm foreseen («أي تأخير سيعرض…») stay warnings.

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, first_coded, of_type


def test_an_unnamed_officials_conditional_warning_is_a_threat() -> None:
    article, event = first_coded("وحذر مسؤول عسكري في الجماعة من أن مقاتليها سيهاجمون مواقع "
                                 "الجيش إذا لم تنسحب القوات من البلدة خلال يومين.", "THREATEN")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "حذر"


def test_a_leaders_conditional_warning_with_a_title_is_a_threat() -> None:
    article, event = first_coded("وقال البيان إن الحصار مستمر منذ أشهر. وحذر قيادي في الحركة "
                                 "من أن الفصائل ستستأنف القصف إذا لم يرفع الحصار.", "THREATEN")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "حذر"


def test_experts_conditional_warning_stays_a_warning() -> None:
    article = analyzed("وحذر أطباء في المستشفى من أن المرضى سيموتون إذا لم يصل الوقود خلال "
                       "أيام.")
    assert of_type(article.events, "THREATEN") == []


def test_an_officials_warning_told_as_a_possibility_is_no_threat() -> None:
    article = analyzed("وحذر مسؤول في الوزارة من أن المخزون قد ينفد إذا استمر إغلاق "
                       "المعابر.")
    assert of_type(article.events, "THREATEN") == []


def test_a_party_warned_of_consequences_is_threatened() -> None:
    article, event = first_coded("ودان وزير الخارجية البريطاني جيريمي هنت احتجاز السفينة، "
                                 "محذرا طهران من «عواقب وخيمة».", "THREATEN")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "محذرا"


def test_consequences_foreseen_for_nobody_stay_a_warning() -> None:
    article = analyzed("وحذر وزير الخارجية البريطاني جيريمي هنت من أن استمرار الحرب ستكون له "
                       "عواقب على اقتصاد المنطقة.")
    assert of_type(article.events, "THREATEN") == []


def test_any_deed_met_by_a_future_act_is_a_threat() -> None:
    article, event = first_coded("وحذر زعيم التيار الصدري مقتدى الصدر من أن أي وجود أجنبي في "
                                 "المدينة سيعامل كقوة احتلال.", "THREATEN")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "حذر"


def test_any_delay_foreseen_as_a_harm_stays_a_warning() -> None:
    article = analyzed("وحذر زعيم التيار الصدري مقتدى الصدر من أن أي تأخير في تشكيل الحكومة "
                       "سيعرض البلاد للخطر.")
    assert of_type(article.events, "THREATEN") == []
