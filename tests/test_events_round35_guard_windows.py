"""Events, round 35 (C): guards that read their cue too near. Two windows that turned right
events away because they counted what is no word of the phrase:

* ``trig_next``: «اتصالات» is talks only with «مع/بين» after it; the adjectives that
  describe the noun (feminine, with the article as the noun has it) stand between and do not
  count («تجري اتصالات مكثفة مع الطرفين»); the telecom sector stays no event;
* ``act_filters.mark_after``: the mark window of a trigger or a statement counts words —
  quote marks and the inner words of a name use none of it («اتهام وزارة الداخلية
  حركتي «النور» و«الفجر» بالتحريض»); a mark further off still reads no act.

Our own sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type, types


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن حكومته تجري اتصالات مكثفة مع الجانبين لوقف القتال.",
    "وأوضح الوزير أن بلاده تجري اتصالات دبلوماسية مكثفة مع الفصائل لإنهاء الأزمة.",
])
def test_contacts_with_their_adjectives_are_talks(text: str) -> None:
    found = of_type(analyzed(text).events, "CONSULT")
    assert len(found) == 1, types(analyzed(text).events)


@pytest.mark.parametrize("text", [
    "وارتفعت عائدات الاتصالات الدولية مع بداية العام الجاري.",  # the sector: a name's head
    "وأعلنت هيئة الاتصالات الرقمية مع نهاية الشهر عن خدمة جديدة.",
    "وتحسنت خدمة اتصالات ضعيفة جدا في القرى.",  # no mark after the adjectives
])
def test_the_telecom_sector_stays_no_talks(text: str) -> None:
    assert "CONSULT" not in types(analyzed(text).events)


@pytest.mark.parametrize("text, type_", [
    ("وجاء ذلك بعد أسبوع من اتهام وزارة الداخلية المصرية حركتي «النور» و«الفجر» بالتحريض "
     "على العنف.", "ACCUSE"),
    ("وأمهل رئيس الحكومة سعيد الخطيب شركاءه في الائتلاف 48 ساعة للموافقة على الخطة.",
     "THREATEN"),
])
def test_names_and_quote_marks_do_not_use_up_the_mark_window(text: str, type_: str) -> None:
    assert len(of_type(analyzed(text).events, type_)) == 1, types(analyzed(text).events)


def test_a_mark_too_far_in_plain_words_reads_no_accusation() -> None:
    text = ("وجاء ذلك بعد أسبوع من اتهام المسؤولين في البلدة الصغيرة أهالي القرى المجاورة "
            "كلهم بالتحريض.")
    assert "ACCUSE" not in types(analyzed(text).events)
