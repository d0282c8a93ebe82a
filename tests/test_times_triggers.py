"""The cheap first pass: a word that is a time word only as the head of a phrase («حتى
اللحظة»، «الوقت الحالي»، «الفترة الماضية») triggers the grammar only when the phrase follows."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.arabic.normalise import fold
from marsad.temporal.recognise import triggers
from marsad.temporal.stream import from_text
from marsad.times import times_in

ANCHOR = date(2024, 12, 5)


@pytest.mark.parametrize("text, head", [
    ("سار المتظاهرون حتى نهاية الشارع", "حتى"),
    ("لا يتسع الوقت لمناقشة كل البنود", "الوقت"),
    ("تحدث عن الفترة التي قضاها في المنفى", "الفترة"),
])
def test_a_phrase_head_alone_is_no_trigger(text: str, head: str) -> None:
    stream = from_text(text)
    assert fold(head) not in {stream.norms[i] for i in triggers(stream)}
    assert times_in(text, ANCHOR) == []


@pytest.mark.parametrize("text, span, value", [
    ("لم يصدر أي تعليق رسمي حتى اللحظة", "حتى اللحظة", "PRESENT_REF"),
    ("تعمل المحطة بنصف طاقتها في الوقت الحالي", "الوقت الحالي", "PRESENT_REF"),
    ("تراجعت الأسعار خلال الفترة الماضية", "الفترة الماضية", "PAST_REF"),
    ("سار الموكب حتى الساعة الثالثة فجرا", "الساعة الثالثة فجرا", "2024-12-05T03:00"),
])
def test_a_phrase_head_with_its_phrase_is_read(text: str, span: str, value: str) -> None:
    found = {t.text: t.value for t in times_in(text, ANCHOR)}
    assert found.get(span) == value, found
