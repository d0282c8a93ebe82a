"""Events: a service's advice to a public named in two words («أولياء الأمور»، «أصحاب
الأعمال»، «عموم المجتمع») or to those who wish to take a service («الراغبين») is no REQUEST
(``marsad/eventcoding/advisories.py``, words in ``marsad/lexicons/event_advisories.yaml``:
``public.words``, ``public.tails`` and ``public.asks``).

* a library's call on parents to encourage the children, a food authority's call on business
  owners to keep to its rules, a police call on the public to attend a celebration as usual, a
  call on citizens «للالتزام» (an advice after «ل» and the article, «لل» read as «ال»): no
  REQUEST;
* a call on business owners to strike, a call on parents to demonstrate: REQUEST stays (what is
  asked is no advice).

Our own sentences, through the real chain; each guarded sentence is coded as a REQUEST without
the new words (checked when the tests were written)."""

from __future__ import annotations

import pytest

from gold.events.oracle import triggers


@pytest.mark.parametrize("text", [
    "وأعلنت إدارة المكتبة العامة عن برنامج صيفي جديد، داعية أولياء الأمور إلى حضور الأنشطة "
    "مع أبنائهم.",
    "ودعت الهيئة أصحاب المنشآت إلى الالتزام بالاشتراطات الصحية.",
    "ودعت الشرطة الفرنسية عموم المواطنين لحضور احتفالات العيد الوطني كالمعتاد.",
    "ودعت الوزارة المواطنين للالتزام بتعليمات السلامة في أيام العيد.",
])
def test_an_advice_to_a_public_of_two_words_is_no_request(text: str) -> None:
    assert triggers(text, "REQUEST") == []


@pytest.mark.parametrize("text, trigger", [
    ("ودعت النقابة أصحاب المحلات إلى الإضراب الشامل احتجاجا على الضرائب الجديدة.", "دعت"),
    ("ودعا الاتحاد أولياء الأمور إلى التظاهر أمام مبنى الوزارة يوم الأحد.", "دعا"),
])
def test_a_call_on_that_public_to_act_stays_a_request(text: str, trigger: str) -> None:
    assert any(trigger in found for found in triggers(text, "REQUEST"))


def test_a_call_on_students_to_come_early_is_advice() -> None:
    """Round 31 (D2): «الحضور» with its article is an advice's ask as «حضور» is; the minister
    is named after his office now, so the call has a doer and must be told apart as advice."""
    text = ("وقال وزير التربية والتعليم وليد المعاني خلال جولة على القاعات إن الوزارة رصدت "
            "حالات غش. وبين المعاني أن النتائج ستعلن الشهر المقبل، داعيا الطلبة إلى الحضور "
            "قبل الموعد بساعة.")
    assert triggers(text, "REQUEST") == []
