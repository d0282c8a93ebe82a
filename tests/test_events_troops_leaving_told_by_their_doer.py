"""Events: troops that leave a country withdraw, whichever side of «غادر» their doer stands.

«غادر|يغادر» is RETREAT only with armed men as its doer (a minister who leaves a city travels).
That doer is read on either side of the verb (``event_subject_triggers.yaml``, group
``troops``): after it («غادرت القوات الفرنسية النيجر») or before it in its clause («أكد أن
القوات لن تغادر البلاد»، «آخر جنود القوة غادروا البلاد»). A doer told before the verb is its
actor, and the place right after the verb is the place left, not the one who leaves
(``eventcoding/doers_before.py``).

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, first_coded, names, of_type


def test_troops_told_before_a_plural_verb_withdraw_from_the_place_after_it() -> None:
    article, event = first_coded("وأعلنت القيادة العسكرية أن آخر جنود القوة غادروا تشاد.",
                                 "RETREAT")
    assert article.text[slice(*event.trigger)] == "غادروا"
    assert names(article, [event.place]) == ["تشاد"]


def test_troops_told_before_a_denied_leaving_are_its_actor_and_the_country_its_place() -> None:
    article, event = first_coded("وأكد الرئيس أن القوات التركية لن تغادر ليبيا.", "RETREAT")
    assert event.factuality == "denied"
    assert names(article, event.actors) == ["التركية"]
    assert names(article, [event.place]) == ["ليبيا"]


def test_troops_told_after_the_verb_still_withdraw() -> None:
    article, event = first_coded("غادرت القوات الفرنسية النيجر يوم الجمعة.", "RETREAT")
    assert article.text[slice(*event.trigger)] == "غادرت"


def test_a_minister_or_residents_who_leave_make_no_withdrawal() -> None:
    for text in ("وغادر الوزير الرباط متوجها إلى باريس بعد زيارة استمرت يومين.",
                 "وقال مسؤول محلي إن آلاف السكان غادروا المدينة خوفا من القصف."):
        assert not of_type(analyzed(text).events, "RETREAT"), text
