"""Round 3 of the statements stage: the constructions whose misses cost verbal events —
a second cue joined by «، و» to a first one, a speaker before «كان … قد», a cue with its
frame «في بيان …» between it and its content, and calls and warnings told by a noun."""

from __future__ import annotations

import functools

import pytest

from marsad.api import analyze
from marsad.model import Article


@functools.cache
def analysed(text: str) -> Article:
    return analyze(text, published="2024-12-06")


def said(text: str) -> list[tuple[str, str | None]]:
    """(act, speaker text) of each statement of ``text``, in order."""
    return [(st.act, st.speaker.text if st.speaker else None) for st in analysed(text).statements]


def contents(text: str) -> list[str]:
    article = analysed(text)
    return [article.text[st.content[0]:st.content[1]] for st in article.statements]


@pytest.mark.parametrize("text, expected", [
    ("أدانت وزارة الخارجية الأردنية الهجوم على المدنيين، وطالبت مجلس الأمن بالتحرك الفوري.",
     [("CONDEMN", "وزارة الخارجية الأردنية"), ("CALL", "وزارة الخارجية الأردنية")]),
    ("ونددت الجامعة العربية بالقصف على غزة، ودعت المجتمع الدولي إلى حماية المدنيين.",
     [("CONDEMN", "الجامعة العربية"), ("CALL", "الجامعة العربية")]),
    ("أدان الاتحاد الأوروبي التفجير، ودعا الأطراف إلى ضبط النفس.",
     [("CONDEMN", "الاتحاد الأوروبي"), ("CALL", "الاتحاد الأوروبي")]),
    ("وندد البرلمان العربي بالاعتداء، وطالب المجتمع الدولي بالتدخل.",
     [("CONDEMN", "البرلمان العربي"), ("CALL", "البرلمان العربي")]),
    ("وأدانت الحكومة الهجوم، واتهمت إسرائيل بارتكاب جرائم حرب.",
     [("CONDEMN", "الحكومة"), ("ACCUSE", "الحكومة")]),
    ("واتهم وزير الدفاع الإيراني الولايات المتحدة بدعم الإرهاب، محذرا من رد حاسم.",
     [("ACCUSE", "وزير الدفاع الإيراني"), ("WARN", "وزير الدفاع الإيراني")]),
])
def test_a_second_cue_after_a_comma_and_wa_keeps_the_first_speaker(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the speaker is named again in the second clause: it speaks
    ("وأدان الوزير الهجوم، وقال رئيس الوزراء إن الحكومة ستحاسب المسؤولين.",
     [("CONDEMN", "الوزير"), ("SAY", "رئيس الوزراء")]),
    # a subject that agrees and no object marker after it: the new subject speaks
    ("أدانت الحكومة الهجوم، وأكدت المعارضة أن الحوار هو الحل.",
     [("CONDEMN", "الحكومة"), ("AFFIRM", "المعارضة")]),
])
def test_a_new_subject_in_the_second_clause_still_speaks(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize("text, act, speaker", [
    ("وكان وفد المعارضة قد أكد أنه لن يشارك في المفاوضات.", "AFFIRM", "وفد المعارضة"),
    ("وكان الجيش السوري قد أعلن أمس أنه استعاد السيطرة على البلدة.", "ANNOUNCE",
     "الجيش السوري"),
    ("وكانت لجنة التحقيق قد نفت أن تكون تلقت أي شكوى.", "DENY", "لجنة التحقيق"),
    ("وكان وزير المالية قد حذر من أن العجز سيتفاقم.", "WARN", "وزير المالية"),
])
def test_the_subject_between_kana_and_qad_speaks(text: str, act: str, speaker: str) -> None:
    assert said(text) == [(act, speaker)]


def test_a_sentence_with_kana_qad_and_no_cue_says_nothing() -> None:
    assert said("وكان مسلحون قد هاجموا القرية.") == []


@pytest.mark.parametrize("text, act, speaker, content", [
    ("وقالت الوزارة، في بيان صدر مساء اليوم، إن قواتها أحبطت الهجوم.", "SAY", "الوزارة",
     "قواتها أحبطت الهجوم"),
    ("وذكرت وزارة الصحة في بيان نشرته على موقعها أن عدد الضحايا ارتفع.", "SAY",
     "وزارة الصحة", "عدد الضحايا ارتفع"),
    ("وأعلن الجيش في بيان أنه قتل عشرة مسلحين.", "ANNOUNCE", "الجيش", "قتل عشرة مسلحين"),
    ("وقال المتحدث باسم الحكومة في تصريح لوكالة الأنباء الرسمية إن الحكومة لن تستقيل.",
     "SAY", "المتحدث باسم الحكومة", "الحكومة لن تستقيل"),
    ("وأوضحت الشركة في بيان أصدرته اليوم أن الإنتاج سيستأنف.", "SAY", "الشركة",
     "الإنتاج سيستأنف"),
])
def test_a_statement_frame_stands_between_the_cue_and_its_content(
        text: str, act: str, speaker: str, content: str) -> None:
    assert said(text) == [(act, speaker)]
    assert contents(text) == [content]


def test_a_cue_with_only_a_statement_frame_continues_the_last_subject() -> None:
    text = "التقى وزير الخارجية نظيره الفرنسي. وأكد في بيان له أن المحادثات كانت مثمرة."
    assert said(text) == [("AFFIRM", "وزير الخارجية")]


@pytest.mark.parametrize("text, act, speaker", [
    ("وجدد الرئيس الفلسطيني مطالبته بوقف العدوان على القطاع.", "CALL", "الرئيس الفلسطيني"),
    ("وكررت الحكومة مطالبتها بانسحاب القوات الأجنبية.", "CALL", "الحكومة"),
    ("وجدد الوزراء تحذيرهم من انهيار الهدنة.", "WARN", "الوزراء"),
    ("وكرر وزير الدفاع تحذيره من أن أي هجوم سيقابل برد قوي.", "WARN", "وزير الدفاع"),
    ("وتم نشر القوات بطلب من الحكومة العراقية.", "CALL", "الحكومة العراقية"),
    ("وجاء الانسحاب بناء على طلب من الحكومة.", "CALL", "الحكومة"),
])
def test_a_call_or_a_warning_told_by_a_noun_is_a_statement(
        text: str, act: str, speaker: str) -> None:
    assert said(text) == [(act, speaker)]


@pytest.mark.parametrize("text", [
    "وقدم الطالب طلبا للالتحاق بالجامعة.",
    "وارتفع الطلب على النفط في الأسواق.",
    "وتجاهل المواطنون التحذير.",
])
def test_a_request_or_warning_noun_with_no_owner_is_no_statement(text: str) -> None:
    assert [act for act, _ in said(text) if act in ("CALL", "WARN")] == []


@pytest.mark.parametrize("text, event_type", [
    ("أدانت وزارة الخارجية الأردنية الهجوم على المدنيين، وطالبت مجلس الأمن بالتحرك الفوري.",
     "REQUEST"),
    ("وجدد الرئيس الفلسطيني مطالبته بوقف العدوان على القطاع.", "REQUEST"),
])
def test_the_call_gives_a_request_event_with_the_speaker_as_actor(
        text: str, event_type: str) -> None:
    article = analysed(text)
    calls = [st for st in article.statements if st.act == "CALL"]
    assert len(calls) == 1 and calls[0].speaker is not None
    events = [ev for ev in article.events if ev.type == event_type and ev.by == calls[0].id]
    assert len(events) == 1
    speaker = calls[0].speaker
    assert (events[0].actors == [speaker.entity]) if speaker.entity \
        else (events[0].actor_text == [speaker.text])


@pytest.mark.parametrize("text, act, speaker", [
    ("واتهمت حركة النهضة سعيد بتنفيذ انقلاب على الدستور.", "ACCUSE", "حركة النهضة"),
    ("ودعت جامعة الدول العربية إثيوبيا إلى احترام سيادة الصومال.", "CALL",
     "جامعة الدول العربية"),
    ("وحث الاتحاد الأوروبي إسرائيل على وقف الاستيطان.", "CALL", "الاتحاد الأوروبي"),
    # a person's title, then the name in apposition: one speaker
    ("وقال وزير الخارجية العراقي فؤاد حسين إن الاجتماع ناجح.", "SAY",
     "وزير الخارجية العراقي فؤاد حسين"),
    # a body and its nisba: one speaker
    ("وأكدت وزارة الخارجية السعودية أن المملكة تدعم الحل السياسي.", "AFFIRM",
     "وزارة الخارجية السعودية"),
])
def test_a_bare_name_right_after_a_named_body_is_the_object_not_the_speaker(
        text: str, act: str, speaker: str) -> None:
    assert said(text) == [(act, speaker)]


@pytest.mark.parametrize("text, expected", [
    # no comma, but a feminine verb cannot have the masculine plural after it as subject
    ("غير أن هيئة المحامين قالت إن موكلها مريض وناشدت المحلفين الرأفة.",
     [("SAY", "هيئة المحامين"), ("CALL", "هيئة المحامين")]),
    # no comma and an agreeing phrase: a second speaker
    ("وطالب البعض بمحاسبة الجناة وطالب آخرون بالمصالحة.",
     [("CALL", "البعض"), ("CALL", "آخرون")]),
    # a broken plural takes a feminine verb: it speaks
    ("وذكرت القناة أن الطوارئ أعلنت في العاصمة، وأضافت المصادر أن القتال توقف.",
     [("SAY", "القناة"), ("SAY", "المصادر")]),
])
def test_agreement_decides_a_joined_cue_without_a_comma(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text) == expected
