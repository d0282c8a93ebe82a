"""Events, round 23, needs: the evidence test relaxed by data (``eventcoding/evidence_needs``,
rules in ``event_needs.yaml``).

A candidate dropped for want of arguments stands when a figure right after the trigger
counts who or what it was done to («قتل 14 شخصا»، «بضبط 63 متهما»), not a year nor a share,
and not for a visit (visitors counted); or when a date right after a verb or a masdar tells
when it happened or will («محادثات … الأسبوع المقبل»), not a span opened by «منذ». The
measuring switch ``MARSAD_NEEDS_AUDIT`` keeps one group of dropped candidates and logs them.

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, first_coded, of_type
from marsad.eventcoding import evidence_needs


def _trigger(text: str, type_: str) -> str:
    article, event = first_coded(text, type_)
    assert event.trigger is not None
    return article.text[slice(*event.trigger)]


def test_a_killing_verb_with_a_toll_after_it_is_an_event() -> None:
    assert _trigger("وقتل 14 شخصا على الأقل مساء الأحد في انفجار سيارة.", "ASSAULT") == "وقتل"


def test_a_passive_killing_with_a_toll_after_it_is_an_event() -> None:
    assert _trigger("قُتل 14 شخصا على الأقل وأصيب العشرات.", "ASSAULT") == "قُتل"


def test_an_arrest_masdar_with_a_count_after_it_is_an_event() -> None:
    assert _trigger("وقالت الوزارة إن الحملة انتهت بضبط 63 متهما في عدة مدن.",
                    "COERCE") == "بضبط"


def test_a_share_after_a_trigger_counts_no_one() -> None:
    article = analyzed("إذ سيطرت على 93 في المئة من الإجمالي بنهاية العام.")
    assert of_type(article.events, "ASSAULT") == []


def test_a_year_after_a_trigger_counts_no_one() -> None:
    article = analyzed("وتراجعت الأسهم من قمة 2014 بنسبة كبيرة.")
    assert of_type(article.events, "CONSULT") == []


def test_visitors_counted_make_no_visit() -> None:
    article = analyzed("وزار 4200 مواطن مصر خلال النصف الأول من العام.")
    assert of_type(article.events, "CONSULT") == []


def test_talks_with_a_date_after_them_are_an_event() -> None:
    assert _trigger("وقالت مصادر إن محادثات جديدة ستجري الأسبوع المقبل.", "CONSULT") == "محادثات"


def test_a_meeting_with_a_day_after_it_is_an_event() -> None:
    assert _trigger("وذكر الموقع أن اجتماعا ثانيا سيعقد يوم الأحد المقبل.", "CONSULT") == "اجتماعا"


def test_a_truce_with_its_start_after_it_is_an_event() -> None:
    assert _trigger("وأكد المصدر أن هدنة إنسانية لمدة ثلاثة أيام ستبدأ مساء الخميس.",
                    "AGREE") == "هدنة"


def test_a_span_since_long_ago_is_a_backdrop() -> None:
    article = analyzed("وأدى الانفجار إلى انهيار هدنة كانت سارية منذ عامين في المنطقة.")
    assert of_type(article.events, "AGREE") == []


def test_the_switch_is_off_by_default_and_a_bare_masdar_stays_dropped(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(evidence_needs.AUDIT_ENV, raising=False)
    article = analyzed("وتحدث الخبراء طويلا عن المفاوضات.")
    assert of_type(article.events, "CONSULT") == []


def test_the_switch_keeps_and_logs_the_group_it_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(evidence_needs.AUDIT_ENV, "kind=masdar,needs=arg")
    evidence_needs.AUDIT_LOG.clear()
    article = analyzed("وتحدث الخبراء طويلا عن المفاوضات.")
    assert [e.type for e in of_type(article.events, "CONSULT")] == ["CONSULT"]
    assert [(r["type"], r["kind"], r["needs"]) for r in evidence_needs.AUDIT_LOG] \
        == [("CONSULT", "masdar", "arg")]
    evidence_needs.AUDIT_LOG.clear()


def test_the_switch_keeps_nothing_outside_its_group(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(evidence_needs.AUDIT_ENV, "type=ASSAULT")
    article = analyzed("وتحدث الخبراء طويلا عن المفاوضات.")
    assert of_type(article.events, "CONSULT") == []
