"""Events, round 28: an act told again later in the article by a verb or a light verb joins
its first telling (``eventcoding/retold_happenings.py``, ``verb_types``/``verb_kinds``).

A later strike after a strike, a capture after a capture, by the same doer, on what the first
sentence named, with nothing new hit or no new place and no other day, is the first act told
again. A strike elsewhere, a capture after «اشتباكات» (an act within the battle) or a strike
of another day stays an event of its own: roundups of several strikes keep them apart.

The real chain on our own sentences. The tests of what is dropped fail without the round's
code; the tests of what stays guard the rule's bounds."""

from __future__ import annotations

from gold.events.oracle import triggers

LEAD = ("أفادت مصادر محلية أن طائرات التحالف شنت غارات جوية على مواقع للمتمردين في صعدة "
        "وحجة. ")
CAPTURE = ("أعلنت مصادر عسكرية أن قوات الجيش سيطرت على مدينة الحمراء وبلدة السهل بعد معارك "
           "قصيرة. ")


def test_strikes_told_again_by_a_light_verb_are_one_event() -> None:
    assert triggers(LEAD + "وشنت طائرات التحالف أربع غارات على مواقع للمتمردين في صعدة.",
                    "ASSAULT") == ["غارات"]


def test_a_strike_told_again_by_a_verb_is_one_event() -> None:
    assert triggers("قصفت الطائرات الحربية موقعا للمسلحين قرب بلدة الوادي الأخضر. "
                    "وذكر شهود أن مقاتلات حربية قصفت موقع المسلحين بصاروخين قرب الوادي الأخضر.",
                    "ASSAULT") == ["قصفت"]


def test_a_capture_told_again_is_one_event() -> None:
    assert triggers(CAPTURE + "وقال ضابط إن قوات الجيش سيطرت على الحمراء دون مقاومة تذكر.",
                    "ASSAULT") == ["سيطرت"]


def test_strikes_on_another_town_stay() -> None:
    assert triggers(LEAD + "وشنت طائرات التحالف أربع غارات على مواقع للمتمردين في الحديدة.",
                    "ASSAULT") == ["غارات", "غارات"]


def test_strikes_of_another_day_stay() -> None:
    assert triggers(LEAD + "وشنت طائرات التحالف يوم 3 مارس الماضي غارات على مواقع للمتمردين "
                    "في صعدة.", "ASSAULT") == ["غارات", "غارات"]


def test_a_capture_after_clashes_stays() -> None:
    assert triggers("تجددت الاشتباكات بين الجيش والمتمردين في محيط مطار المدينة. "
                    "وقال المتمردون إنهم سيطروا على المطار.", "ASSAULT") == \
        ["الاشتباكات", "سيطروا"]


def test_strikes_told_as_another_act_stay() -> None:
    assert triggers(LEAD + "وشنت طائرات التحالف أيضا غارات على مواقع للمتمردين في صعدة.",
                    "ASSAULT") == ["غارات", "غارات"]
