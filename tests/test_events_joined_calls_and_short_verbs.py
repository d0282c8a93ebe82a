"""Round 28 (S): a two-letter verb glued to «و» inside a sentence («وحث»، «وشن»، «وفض») is
read as its trigger, and a call joined by «و» to a call before it keeps that call's speaker:
the phrase after it is the one urged («دعا … إلى … وحث الحكومة على …»)."""

from __future__ import annotations

import functools

import pytest

from marsad.api import analyze
from marsad.eventcoding.matcher import find_hits
from marsad.eventcoding.view import View
from marsad.model import Article


@functools.cache
def analysed(text: str) -> Article:
    return analyze(text, published="2024-03-11")


def rows(text: str) -> list[tuple[str, str]]:
    """(type, matched words) of every trigger row the matcher finds in ``text``."""
    article = analysed(text)
    view = View(article)
    return [(hit.trigger.type,
             article.text[view.tokens[hit.first].start:view.tokens[hit.last].end])
            for hit in find_hits(view.tokens)]


def said(text: str) -> list[tuple[str, str | None]]:
    return [(st.act, st.speaker.text if st.speaker else None)
            for st in analysed(text).statements]


@pytest.mark.parametrize("text, expected", [
    ("استقبل رئيس الوزراء السفير الياباني وحث حكومته على زيادة المساعدات للاجئين.",
     ("REQUEST", "وحث")),
    ("حاصرت قوات الأمن الساحة وفض عناصرها اعتصام المعلمين بالقوة صباح اليوم.",
     ("COERCE", "وفض")),
    ("أعلن قائد المجلس العسكري حالة الطوارئ وشن الجيش حربا على المتمردين في الشمال.",
     ("ASSAULT", "وشن")),
    ("اجتمع الوزير بوفد النقابة فحض المضربين على العودة إلى العمل.", ("REQUEST", "فحض")),
])
def test_a_two_letter_verb_after_a_conjunction_is_read(
        text: str, expected: tuple[str, str]) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    "وقال المدير إن المصرف وفر قروضا ميسرة لأصحاب المشاريع الصغيرة هذا العام.",
    "علقت الشاحنات في الوحل على الطريق الجبلي بعد الأمطار الغزيرة.",
])
def test_words_of_their_own_are_not_read_as_short_verbs(text: str) -> None:
    # «وفّر» (provided) is no «فر» (fled); «الوحل» (mud) no «حل»
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("دعا رئيس البرلمان نبيه بري الفصائل إلى وقف القتال وحث الحكومة على فتح حوار وطني.",
     [("CALL", "رئيس البرلمان نبيه بري"), ("CALL", "رئيس البرلمان نبيه بري")]),
    ("طالب وزير الخارجية المصري سامح شكري الطرفين بضبط النفس وحث المانحين على زيادة التمويل.",
     [("CALL", "وزير الخارجية المصري سامح شكري"), ("CALL", "وزير الخارجية المصري سامح شكري")]),
])
def test_a_call_joined_to_a_call_keeps_its_speaker(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize("text, speaker", [
    # only a call after a call: after «قال» the phrase may still speak
    ("قال المتحدث باسم الوزارة إن الوضع هادئ وطالب المحتجون برحيل المحافظ.", "المحتجون"),
    # the same verb again: a second speaker
    ("ودعا بعض النواب إلى التهدئة ودعا آخرون إلى مواصلة الاحتجاج.", "آخرون"),
])
def test_a_joined_call_after_another_act_or_the_same_verb_has_its_own_speaker(
        text: str, speaker: str) -> None:
    assert said(text)[-1] == ("CALL", speaker)
