"""Events, round 21, guards: a call told as a narrated verb.

A trigger of a statement's type (REQUEST, THREATEN) the statements layer made no statement of
was turned away. A past «وطالب/وهدد/وناشد» that opens its clause (after a full stop or a
comma, or with a plural ending) and is followed by its party, not at once by its «بـ»
complement, is now the act itself (``eventcoding/told_calls.py``). A bare «طالب» (a student,
a name), a present «ويطالب» and «وهدد بـ…» stay out, as before.

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, first_coded, of_type


def test_a_call_told_after_a_full_stop_is_a_request_with_its_caller() -> None:
    article, event = first_coded("أعلنت هيئة الأرصاد الجوية هطول أمطار غزيرة على مدينة جدة "
                                 "مساء أمس. وطالب الدفاع المدني الشركة بالتوقف عن الحفر في "
                                 "مجاري الأودية.", "REQUEST")
    # round 24 (advice): a demand to a company, not an advice to the residents (no event now)
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "طالب"
    assert event.actor_text == ["الدفاع المدني"]
    assert event.target_text == ["الشركة"]


def test_a_call_with_no_content_clause_is_a_request() -> None:
    article, event = first_coded("أصدرت المحكمة حكمها على المتهمين الخمسة أمس. وطالب المدعي "
                                 "العام خلال الجلسات بإيقاع أشد العقوبات بحقهم.", "REQUEST")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "طالب"
    assert event.actor_text == ["المدعي العام"]


def test_a_student_joined_by_wa_is_no_request() -> None:
    article = analyzed("تقدم للامتحانات العامة هذا العام أكثر من مئة ألف طالب وطالبة في "
                       "مختلف المحافظات، بحسب وزارة التربية.")
    assert of_type(article.events, "REQUEST") == []


def test_a_threat_whose_complement_follows_at_once_stays_out() -> None:
    article = analyzed("انتهت المعارك في المدينة مساء أمس. وهدد بتوسيع العمليات العسكرية في "
                       "المنطقة قريبا.")
    assert of_type(article.events, "THREATEN") == []
