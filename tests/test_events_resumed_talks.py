"""Events, round 28 (M): talks told with the verb that resumes, goes on with or opens them.

A talks noun with no party of its own («المفاوضات»، «مفاوضات») is dropped by the evidence test;
with a resuming verb right before or after it («ستستأنف»، «ستتواصل»، «تبدأ»;
``event_resumed_talks.yaml``, ``eventcoding/resumed_talks.py``, rule ``resumed_talks`` of
``event_needs.yaml``) it tells a round of its own. An aim («لاستئناف المحادثات»), a relative
clause («المفاوضات التي تتواصل منذ أشهر») and a bare mention stay uncoded.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type

PUBLISHED = "2024-05-04"  # a Saturday


def _talks(text: str) -> list[str]:
    article = analyzed(text, PUBLISHED)
    return [article.text[slice(*event.trigger)] for event in of_type(article.events, "CONSULT")]


def test_talks_to_resume_next_month() -> None:
    assert _talks("قال رئيس الوفد للصحفيين إن المفاوضات ستستأنف الشهر المقبل لبحث بقية "
                  "الملفات العالقة.") == ["المفاوضات"]


def test_talks_to_go_on_in_the_coming_days() -> None:
    assert _talks("وأوضحت الوزارة في بيانها أن المفاوضات ستتواصل خلال الأيام المقبلة للوصول "
                  "إلى تهدئة دائمة.") == ["المفاوضات"]


def test_talks_to_open_next_week() -> None:
    assert _talks("وتعهد الجانبان بفتح الممرات الإنسانية، على أن تبدأ مفاوضات حول هدنة "
                  "طويلة الأمد الأسبوع المقبل.") == ["مفاوضات"]


def test_an_aim_to_resume_talks_is_no_round() -> None:
    assert _talks("وتسعى الحكومة إلى وضع أسس واضحة لاستئناف المحادثات السياسية.") == []


def test_talks_described_by_a_relative_clause_are_no_round() -> None:
    assert _talks("وقال المتحدث إن المفاوضات التي تتواصل منذ أشهر لم تحقق أي تقدم.") == []


def test_a_bare_mention_of_talks_is_no_round() -> None:
    assert _talks("وقال المتحدث إن المفاوضات تبقى الطريق الوحيد لإنهاء الأزمة.") == []
