"""Events, round 14 (issue 7): an office named by its title alone right after the verb that
opens a sentence is the verb's subject («وأشاد وزير الداخلية بجهود…»، «ورفض النائب العام
…»); the person the title names a few words on, or the one the same title named earlier in
the article, is that subject. And the counter-cases: a verb sharing an earlier subject takes
the title as its object, a verb marked passive was done to the office-holder. Our own
sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type


@pytest.mark.parametrize("text, type_, actor", [
    ("وأشاد وزير الداخلية بجهود رجال الأمن في حماية الحجاج.", "SUPPORT", "وزير الداخلية"),
    ("واستقبل محافظ المدينة في مكتبه أمس وفدا من رجال الأعمال.", "CONSULT", "محافظ المدينة"),
    ("ورفض النائب العام طلب الإفراج عن المتهمين.", "REJECT", "النائب العام"),
])
def test_a_title_alone_after_the_verb_acts(text: str, type_: str, actor: str) -> None:
    events = of_type(analyzed(text).events, type_)
    assert len(events) == 1
    assert events[0].actor_text == [actor]


def _actor_names(text: str, type_: str) -> list[list[str]]:
    article = analyzed(text)
    return [[article.entity(i).text for i in event.actors if article.entity(i)]
            for event in of_type(article.events, type_)]


@pytest.mark.parametrize("text, type_, person", [
    # the person the title named earlier, its name before the title
    ("استقبل الأمير خالد بن سلمان أمير منطقة تبوك وفدا من الأهالي. "
     "وأشاد أمير المنطقة بجهود الدفاع المدني.", "SUPPORT", "خالد بن سلمان"),
    # the name a long title gives a few words on, past the body it belongs to
    ("ورفض مدير المكتب الإعلامي لوزارة الداخلية العقيد خالد المنصوري المزاعم.", "REJECT",
     "خالد المنصوري"),
])
def test_the_title_names_its_person(text: str, type_: str, person: str) -> None:
    found = _actor_names(text, type_)
    assert len(found) == 1
    assert any(person in name for name in found[0])


@pytest.mark.parametrize("text", [
    # a verb joined to an earlier one goes on with its subject: the title is whom he met
    "وصل الرئيس إلى الرياض والتقى وزير الخارجية.",
    # a verb marked passive: the minister was received
    "واستُقبل وزير الخارجية في المطار.",
])
def test_a_title_that_is_not_the_doer(text: str) -> None:
    for event in analyzed(text).events:
        assert "وزير الخارجية" not in event.actor_text
