"""Events, round 13 (issue 7): triggers the coder did not read at all. Wordings the lexicon
lacked — a relief plane («طائرة إغاثة»), arms supplied («زود … بالصواريخ»، «تزويد الحوثيين
بالصواريخ»), civilians executed by an armed party («أعدم … مدنيين»، «بإعدام مدنيين») — and one
matcher rule: a masdar listed in ``event_trigger_masdar_gaps.txt`` holds its object between
itself and the rest of its phrase, as a verb does. Each with the same words in another sense: a
school's computers, a town's water, a court's sentence, convicts executed by a state, a model at
an air show. Our own sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, names, of_type, types


@pytest.mark.parametrize("text, type_, actor", [
    # a relief plane that lands
    ("وهبطت في مطار بنغازي أمس طائرة إغاثة تركية تحمل أدوية وخياما.", "AID", None),
    # arms supplied, the verb with its object before the weapons
    ("وأعلنت وزارة الدفاع الأمريكية أنها زودت الجيش الأوكراني بذخائر مدفعية.", "AID",
     "وزارة الدفاع الأمريكية"),
    ("وذكرت وزارة الدفاع الروسية أن شركات أجنبية تزود الجيش الأوكراني بالطائرات المسيرة.",
     "AID", None),
    # civilians executed by an armed group
    ("وأفادت مصادر محلية بأن مسلحي الجماعة أعدموا أربعة مدنيين في قرية نائية.", "ASSAULT",
     "مسلحي الجماعة"),
])
def test_a_wording_the_lexicon_lacked_is_an_event(text: str, type_: str,
                                                  actor: str | None) -> None:
    article = analyzed(text)
    events = of_type(article.events, type_)
    assert len(events) == 1
    if actor is not None:
        assert actor in names(article, events[0].actors) + events[0].actor_text


@pytest.mark.parametrize("text, type_, factuality", [
    # the masdar holds the one supplied between itself and the weapons
    ("واتهمت الحكومة اليمنية إيران بتزويد الحوثيين بالصواريخ الباليستية.", "AID", "reported"),
    # an execution the accuser tells
    ("واتهمت منظمة العفو الدولية الحكومة السورية بإعدام مدنيين في حماة.", "ASSAULT", "reported"),
])
def test_the_content_of_an_accusation_is_read(text: str, type_: str, factuality: str) -> None:
    events = of_type(analyzed(text).events, type_)
    assert len(events) == 1
    assert events[0].factuality == factuality


@pytest.mark.parametrize("text, type_", [
    ("وقررت الشركة تزويد المدارس بأجهزة حاسوب حديثة.", "AID"),  # equipment, not arms
    ("وزودت البلدية الأحياء الجديدة بالمياه والكهرباء.", "AID"),  # a town's water
    ("وقضت المحكمة بإعدام متهم أدين بقتل زوجته.", "ASSAULT"),  # a court's sentence
    ("وأعدمت السلطات الإيرانية ثلاثة مدانين بتهريب المخدرات.", "ASSAULT"),  # convicts, no civilians
    ("وعرضت الشركة في معرض دبي للطيران نموذجا مصغرا لطائرة الإغاثة الجديدة.", "AID"),  # a model
])
def test_the_same_words_in_another_sense_are_no_event(text: str, type_: str) -> None:
    assert type_ not in types(analyzed(text).events)


def test_a_masdar_reaches_past_its_object_only_when_listed() -> None:
    # «تزويد» is listed (event_trigger_masdar_gaps.txt); «إرسال» is not, and «إرسال الرسائل
    # بالأسلحة» stays no phrase: a noun phrase elsewhere holds only numbers and quantities
    assert "AID" in types(analyzed("ونفت طهران تزويد المتمردين بالأسلحة.").events)
    assert analyzed("وأكد الخبراء أن إرسال الرسائل بالبريد أصبح نادرا.").events == []
