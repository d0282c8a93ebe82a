"""Events, round 11 (issue 7): recall from blind11 and blind12. Three general constructions the
coder lost: a counted group of people is what an arrest, a detention or a release is done to,
even when no actor is named («أسفرت المداهمة عن القبض على أحد عشر متهما»), with compound numbers
written as words; a threat's mark read past an aside between commas («وهدد الوزير، خلال جولة
على الحدود، حزب الله بتوسيع العمليات»). And their look-alikes: a blow's toll, a seizure of
goods, a points list, a flood that "threatens", an aside that never closes. Our own sentences,
through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, names, of_type, types


@pytest.mark.parametrize("text, type_, counted", [
    ("أسفرت المداهمة عن القبض على أحد عشر متهما.", "COERCE", "أحد عشر متهما"),
    ("أسفرت العملية الأمنية عن القبض على 15 شخصا.", "COERCE", "15 شخصا"),
    ("تمكنت الشرطة من القبض على خمسة عشر شخصا في المدينة.", "COERCE", "خمسة عشر شخصا"),
    ("قررت المحكمة الإفراج عن ثلاثة عشر معتقلا.", "CONCEDE", "ثلاثة عشر معتقلا"),
])
def test_a_counted_group_is_the_target_of_an_arrest_or_a_release(text: str, type_: str,
                                                                 counted: str) -> None:
    events = of_type(analyzed(text).events, type_)
    assert len(events) == 1
    assert events[0].target_text == [counted]


@pytest.mark.parametrize("text, actor", [
    ("وهدد وزير الدفاع يوآف غالانت، خلال جولة على الحدود، حزب الله بتوسيع العمليات العسكرية.",
     "يوآف غالانت"),
    ("وهدد رئيس الوزراء نتنياهو، أثناء زيارته للجبهة، حركة حماس بضربات أشد.", "نتنياهو"),
])
def test_a_threats_mark_is_read_past_an_aside(text: str, actor: str) -> None:
    article = analyzed(text)
    threats = of_type(article.events, "THREATEN")
    assert len(threats) == 1
    assert names(article, threats[0].actors) == [actor]


@pytest.mark.parametrize("text", [
    "هدد الفيضان، خلال الليلة الماضية، بإغراق القرى.",  # no party threatens
    # an aside that never closes before the mark is no aside
    "وهدد وزير الدفاع، خلال جولة على الحدود الشمالية التي شملت عدة مواقع ومعسكرات للجيش في "
    "الجليل الأعلى، حزب الله بالرد.",
])
def test_no_threat_past_what_is_no_aside(text: str) -> None:
    assert "THREATEN" not in types(analyzed(text).events)


@pytest.mark.parametrize("text, type_", [
    ("أسفرت الحملة عن ضبط 40 كيلوغراما من المخدرات.", "COERCE"),  # goods, not people
    ("أسفرت الغارات عن مقتل 40 شخصا.", "COERCE"),  # a toll, no arrest
])
def test_a_count_makes_no_event_of_look_alikes(text: str, type_: str) -> None:
    assert type_ not in types(analyzed(text).events)


def test_a_blows_toll_is_not_its_target() -> None:
    event = of_type(analyzed("قتل 22 شخصا في القصف على المدينة.").events, "ASSAULT")[0]
    assert "22 شخصا" not in event.target_text


def test_a_points_list_is_no_target_of_an_agreement() -> None:
    events = of_type(analyzed("اتفق الجانبان على ثلاث نقاط.").events, "AGREE")
    assert all("ثلاث نقاط" not in e.target_text for e in events)
