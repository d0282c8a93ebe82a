"""Events, round 13 (issue 7): arguments that let a read trigger stand. An organisation told
before by the head of its name alone, between «أن/إن» and its verb or light verb («أن اللجنة
رفضت…»، «إن التنظيم شن هجمات…»); who replies with an act did it («ردت المدفعية باستهداف…»);
a condition opens no object («… القصف إذا لم تبدأ…»). And their counter-cases: a toll's
subject, who answers an attack, a name that looks like the verb («الأردن»). Our own sentences,
through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type


@pytest.mark.parametrize("text, type_, actor", [
    ("وذكر البيان أن اللجنة رفضت المقترح الأخير.", "REJECT", "اللجنة"),
    ("وأفاد المرصد بأن التنظيم شن هجمات على نقاط الجيش في البادية.", "ASSAULT", "التنظيم"),
    ("وقال المتحدث إن الجماعة نفذت هجوما على دورية للشرطة.", "ASSAULT", "الجماعة"),
])
def test_an_organisation_told_before_acts_after_an(text: str, type_: str, actor: str) -> None:
    events = of_type(analyzed(text).events, type_)
    assert len(events) == 1
    assert events[0].actor_text == [actor]


def test_a_tolls_subject_after_an_is_no_doer() -> None:
    # «قتل» after «إن التنظيم» is as often told of the victims: no actor, no event on its own
    for event in analyzed("وقالت المصادر إن التنظيم قتل خمسة جنود.").events:
        assert "التنظيم" not in event.actor_text


@pytest.mark.parametrize("text, actor", [
    ("وقال المتحدث إن المدفعية ردت باستهداف أكثر من خمسين موقعا للمسلحين.", "المدفعية"),
    ("وقال الناطق إن الجيش رد بقصف مواقع المسلحين في الوادي.", "الجيش"),
])
def test_who_replies_with_an_act_did_it(text: str, actor: str) -> None:
    events = of_type(analyzed(text).events, "ASSAULT")
    assert len(events) == 1
    assert events[0].actor_text == [actor]
    assert events[0].target_text


def test_a_named_replier_did_the_act() -> None:
    article = analyzed("وردت تركيا بقصف مواقع الوحدات الكردية في منبج.")
    events = of_type(article.events, "ASSAULT")
    assert len(events) == 1
    assert [article.entity(i).text for i in events[0].actors] == ["تركيا"]


def test_who_answers_an_attack_is_not_its_doer() -> None:
    article = analyzed("وردت إيران على الهجوم بقصف مواقع المعارضة.")
    for event in of_type(article.events, "ASSAULT"):
        assert "إيران" not in [article.entity(i).text for i in event.actors]


def test_a_name_that_looks_like_the_reply_verb_is_a_name() -> None:
    # «الأردن» holds the letters of «ردن» (they replied): it stays one of the three parties
    article = analyzed("وعقد وزراء خارجية مصر والأردن والعراق اجتماعا ثلاثيا في بغداد.")
    events = of_type(article.events, "CONSULT")
    assert len(events) == 1
    assert sorted(article.entity(i).text for i in events[0].actors) == ["الأردن", "العراق", "مصر"]


def test_a_condition_opens_no_object() -> None:
    text = "وحذر الضابط من أن الطائرات ستستأنف القصف إذا لم تبدأ المفاوضات."
    events = of_type(analyzed(text).events, "ASSAULT")
    assert len(events) == 1
    assert events[0].actor_text == ["الطائرات"]
    assert not any("إذا" in target for target in events[0].target_text)
