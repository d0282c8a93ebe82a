"""Events, round 29: plans the factuality reading used to tell as done.

* A masdar a term of a deal or a pledge names is ``future``: «تفاهم يقضي بانسحاب»، «ينص
  الاتفاق على انسحاب»، «تعهد الطرفان بالسماح بمرور»، and a masdar «و» joins to such a term
  («يقضي بتسليم … وسحب الآليات»); a deal's own ceasefire stays the deal
  (``fact_plans._term``).
* A masdar that reads as a past verb too, right after a future verb, is governed by it
  («ستواصل منع السفن»، «سيواصل دعمها»: ``fact_plans._future_governor``).
* A noun a past relative clause tells («المباحثات التي أجراها الأمير») is done: neither the
  «سوف» before it nor a later date of its sentence makes it a plan, and it does not take
  that date from the visit told before it (``fact_plans.done_by_relative``,
  ``prec_dates.told_done``).

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, first_coded, of_type


@pytest.mark.parametrize("text, kind", [
    ("وتوصل الرئيسان مساء أمس إلى تفاهم يقضي بانسحاب المقاتلين الأكراد مسافة عشرين كيلومترا "
     "عن الحدود.", "RETREAT"),
    ("ووقع الطرفان أمس اتفاقا ينص على انسحاب كل الكتائب المسلحة من وسط العاصمة إلى ثكناتها.",
     "RETREAT"),
    ("وقال بيان للوسطاء إن الجيش وقوات الدعم تعهدا بالسماح بمرور قوافل الإغاثة إلى المدن "
     "المحاصرة.", "CONCEDE"),
    ("وأعلن المجلس البلدي اتفاقا بين الكتيبتين يقضي بتسليم المطلوب إلى النيابة العامة وسحب "
     "الآليات المسلحة من الطرقات.", "RETREAT"),
])
def test_a_term_or_a_pledge_names_a_plan(text: str, kind: str) -> None:
    _, event = first_coded(text, kind)
    assert event.factuality == "future"


def test_a_deals_own_ceasefire_stays_one_deal() -> None:
    article = analyzed("أعلنت الفصائل المسلحة اليوم موافقتها على اتفاق مع الوسيط يقضي بوقف "
                       "إطلاق النار في المحافظة.")
    assert len(of_type(article.events, "AGREE")) == 1


@pytest.mark.parametrize("text, kind", [
    ("وأكد مصدر أن الجماعة ستواصل منع السفن التجارية من عبور المضيق.", "COERCE"),
    ("وأكد الوزير أن الأردن سيواصل دعم الوكالة سياسيا وماليا.", "AID"),
])
def test_a_masdar_right_after_a_future_verb_is_a_plan(text: str, kind: str) -> None:
    _, event = first_coded(text, kind)
    assert event.factuality == "future"


def test_talks_a_relative_tells_done_are_no_plan_and_lend_the_visit_its_date() -> None:
    article = analyzed("أفاد مصدر رسمي أن زيارة وزير الخارجية المصري المرتقبة إلى الرياض "
                       "الأسبوع المقبل سوف تستكمل المباحثات التي أجرتها الحكومة المصرية مع "
                       "القادة السعوديين خلال زيارة رئيسها الماضية إلى المملكة.",
                       published="2024-05-01")
    visit, talks = of_type(article.events, "CONSULT")[:2]
    assert article.text[slice(*visit.trigger)] == "زيارة"
    assert visit.factuality == "future"
    assert article.text[slice(*talks.trigger)] == "المباحثات"
    assert talks.factuality == "reported"
