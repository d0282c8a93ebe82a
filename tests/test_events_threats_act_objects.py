"""Events, round 28: a threat is aimed at the object of the act it threatens.

* The masdar after «بـ» is one of an act aimed at a party (``aimed_acts`` in
  ``lexicons/target_threats.yaml``): its own object is the target («بملاحقة عناصر الحزب»);
  an act not aimed at a party («بسحب السفير») gives none.
* «كل من …» and «من وصفهم بـ«…»» after the act are the target, kept as text.
* A short quote inside the act does not end it («بفرض عقوبات «…» على العراق»).
* The act may follow the actor's name in apposition («وتوعد ولي العهد وزير الداخلية …
  بملاحقة …»), or begin before the statement's content («وهدد بملاحقة من وصفهم بـ…»).

The real chain on our own sentences (``eventcoding/target_threats.py``)."""

from __future__ import annotations

from gold.events.oracle import first_coded, names


def test_the_object_of_an_aimed_act_is_the_target() -> None:
    article, event = first_coded(
        "وتوعد وزير الدفاع التركي بملاحقة عناصر حزب العمال الكردستاني في شمال العراق.",
        "THREATEN")
    assert names(article, event.targets) == ["حزب العمال الكردستاني"]
    article, event = first_coded("وهددت الحكومة بسحب السفير من العاصمة.", "THREATEN")
    assert event.targets == [] and event.target_text == []  # an act not aimed at a party


def test_an_unnamed_object_of_an_aimed_act_is_kept_as_text() -> None:
    article, event = first_coded(
        "ولوّح رئيس الوزراء بمعاقبة العشائر المتورطة في إطلاق النار.", "THREATEN")
    assert event.target_text == ["العشائر المتورطة"]


def test_whoever_after_the_act_is_the_target() -> None:
    article, event = first_coded(
        "وتوعدت وزارة الداخلية بمحاسبة كل من شارك في أعمال الشغب أمس.", "THREATEN")
    assert event.target_text and event.target_text[0].startswith("كل من شارك")


def test_the_quoted_description_is_the_target() -> None:
    article, event = first_coded(
        "وهدد قائد الفصيل بملاحقة من وصفهم بـ«عملاء الخارج» في كل مكان.", "THREATEN")
    assert event.target_text == ["عملاء الخارج"]


def test_a_short_quote_does_not_end_the_act() -> None:
    article, event = first_coded(
        "وهدد الرئيس الأمريكي بفرض عقوبات «لم تعرف مثلها من قبل» على إيران إذا واصلت التخصيب.",
        "THREATEN")
    assert names(article, event.targets) == ["إيران"]


def test_the_act_may_follow_the_actor_in_apposition() -> None:
    article, event = first_coded(
        "وتوعد نائب رئيس الوزراء وزير الداخلية الأمير عبدالعزيز بن سعود بملاحقة كل من "
        "تورط في تفجير الجسر.",
        "THREATEN")
    assert event.target_text and event.target_text[0].startswith("كل من تورط")


def test_the_act_may_begin_before_the_statement_content() -> None:
    article, event = first_coded(
        "وقال قائد قوات الدعم السريع محمد حمدان دقلو إن قواته ستتقدم نحو المدينة خلال "
        "الأيام القادمة، وهدد بملاحقة من وصفهم بـ«فلول العصابات».",
        "THREATEN")
    assert event.target_text == ["فلول العصابات"]
