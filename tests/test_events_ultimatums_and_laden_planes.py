"""Events, round 15 (issue 7): triggers the coder did not read at all. An ultimatum with its
term is a threat («أمهلت الدول الأربع الدوحة عشرة أيام لتنفيذ المطالب»: the verb «أمهل» with a
term after it, ``trigger_marks``), but an ultimatum to leave is an expulsion, not a threat
(``object_blockers``); a plane sent laden («أرسلت تركيا طائرة محملة بالمساعدات») is aid, as a
convoy sent is, but not one laden with explosives. Each with its look-alike. Our own sentences,
through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type, types


@pytest.mark.parametrize("text, verb", [
    ("وأمهلت الدول الخليجية الثلاث الحكومة القطرية أسبوعين لتنفيذ الشروط.", "وأمهلت"),
    ("وكان رئيس البرلمان قد أمهل الحكومة عشرة أيام لتقديم الموازنة.", "أمهل"),
    ("وأمهلت النقابة وزارة الصحة 48 ساعة للاستجابة لمطالب الأطباء.", "وأمهلت"),
])
def test_an_ultimatum_with_its_term_is_a_threat(text: str, verb: str) -> None:
    article = analyzed(text)
    threats = of_type(article.events, "THREATEN")
    assert len(threats) == 1
    start, end = threats[0].trigger
    assert article.text[start:end] == verb


@pytest.mark.parametrize("text", [
    "وأمهلت البلدية التجار حتى نهاية الموسم لإزالة المخالفات.",  # no term named: a grace period
    "وقال المدرب إن الإدارة ستمهل اللاعبين فرصة أخيرة.",  # not told as done
])
def test_a_grace_without_a_term_is_no_threat(text: str) -> None:
    assert "THREATEN" not in types(analyzed(text).events)


def test_an_ultimatum_to_leave_is_an_expulsion_not_a_threat() -> None:
    events = analyzed("طردت الحكومة السفير الدنماركي وأمهلته 72 ساعة لمغادرة البلاد.").events
    assert "THREATEN" not in types(events)
    assert "SANCTION" in types(events)


@pytest.mark.parametrize("text, factuality", [
    ("وأرسلت الكويت طائرة محملة بالأدوية والخيام إلى المناطق المنكوبة.", "asserted"),
    ("وأعلنت الإمارات إرسال ثلاث طائرات محملة بالمواد الغذائية إلى السودان.", "reported"),
    ("وأرسلت قطر طائرتين محملتين بالمستلزمات الطبية إلى بيروت.", "asserted"),
    ("وأعلنت الأردن إرسال طائرتين تحملان 80 طنا من الأغذية إلى ليبيا.", "reported"),
])
def test_a_plane_sent_laden_is_aid(text: str, factuality: str) -> None:
    aid = of_type(analyzed(text).events, "AID")
    assert len(aid) == 1
    assert aid[0].factuality == factuality


@pytest.mark.parametrize("text", [
    "وأرسلت الجماعة طائرة محملة بالمتفجرات نحو القاعدة الجوية.",  # an attack, not aid
    "وهبطت في المطار طائرة محملة بالركاب قادمة من القاهرة.",  # nobody sends it
])
def test_a_plane_laden_with_arms_or_not_sent_is_no_aid(text: str) -> None:
    assert "AID" not in types(analyzed(text).events)
