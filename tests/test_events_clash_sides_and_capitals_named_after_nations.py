"""Events, round 27 (arguments of real-news events): two general readings.

* «بين» + an unnamed party + «و» + a named one: two sides of a clash («اشتباكات بين الجيش وتنظيم
  داعش»), not an unnamed head with its name after it («القوات الإسرائيلية»); both are actors;
* a place noun, a nationality and the place's own name («في العاصمة الألمانية برلين»): the named
  place is where it happened, not the nation.

And the counter-cases. Our own sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type


def _named(article, ids):  # type: ignore[no-untyped-def]
    return [article.entity(i).text for i in ids if article.entity(i)]


@pytest.mark.parametrize("text, unnamed, named", [
    ("ودارت اشتباكات عنيفة أمس بين الجيش وتنظيم داعش قرب مدينة الرمادي.", "الجيش",
     "تنظيم داعش"),
    ("وأصيب خمسة أشخاص في اشتباكات بين الشرطة وحركة الشباب في بلدة ساحلية.",
     "الشرطة", "حركة الشباب"),
    ("واندلعت مواجهات دامية بين قوات الأمن وجماعة الحوثي في أطراف المدينة.", "قوات الأمن",
     "جماعة الحوثي"),
])
def test_both_sides_after_bayna_are_actors(text: str, unnamed: str, named: str) -> None:
    article = analyzed(text)
    events = of_type(article.events, "ASSAULT")
    assert len(events) == 1
    assert unnamed in events[0].actor_text
    assert named in _named(article, events[0].actors)


def test_a_head_and_its_own_name_stay_one_party() -> None:
    article = analyzed("وقصفت القوات الإسرائيلية مواقع في جنوب لبنان.")
    events = of_type(article.events, "ASSAULT")
    assert len(events) == 1
    assert events[0].actor_text == []


@pytest.mark.parametrize("text, type_, place", [
    ("وتظاهر مئات الطلاب اليوم الأحد في العاصمة النمساوية فيينا احتجاجا على رفع الرسوم.",
     "PROTEST", "فيينا"),
    ("ومن المنتظر أن يخرج نحو خمسة آلاف شخص اليوم إلى الشوارع في العاصمة الفرنسية باريس.",
     "PROTEST", "باريس"),
    ("واعتصم مئات العمال أمس في العاصمة البريطانية لندن احتجاجا على تسريحهم.", "PROTEST",
     "لندن"),
])
def test_a_capital_named_after_its_nation_is_the_place(text: str, type_: str, place: str) -> None:
    article = analyzed(text)
    events = of_type(article.events, type_)
    assert len(events) == 1
    assert events[0].place and article.entity(events[0].place).text == place
