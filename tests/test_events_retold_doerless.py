"""Events, round 29: a later telling with no doer of its own is the act told again when it is
of the kind of an act told in an earlier sentence, every place its sentence names and every
target it has are named in that earlier sentence, what the earlier act hit is named in its
sentence, and no word marks another act or day (``eventcoding/retold_happenings.py``,
``_retold_doerless``).

A shelling of another town, «قصف آخر», a shell falling on what the earlier strike did not hit,
or an operation for another province stays an event of its own.

The real chain on our own sentences. The tests of what is dropped fail without the round's
code; the tests of what stays guard the rule's bounds."""

from __future__ import annotations

from gold.events.oracle import triggers

SHELLED = "وفي مدينة الضالع قصفت الميليشيات المتمردة ثلاثة أحياء شعبية صباح اليوم. "
CAMPAIGN = "وأعلن قائد ميداني أن عملية تحرير محافظة لحج من سيطرة المسلحين بدأت فجر اليوم. "


def test_a_doerless_shelling_of_the_same_town_is_told_again() -> None:
    assert triggers(SHELLED + "وذكر مسعفون أن سبعة أطفال جرحوا في قصف بقذائف الهاون استهدف "
                    "أحياء شعبية في مدينة الضالع.", "ASSAULT") == ["قصفت"]


def test_the_same_operation_named_again_is_told_again() -> None:
    assert triggers(CAMPAIGN + "وأوضح القائد أن عملية تحرير لحج لن تتوقف قبل طرد آخر مسلح.",
                    "ASSAULT") == ["عملية تحرير"]


def test_a_shelling_of_another_town_stays() -> None:
    assert triggers(SHELLED + "وذكر مسعفون أن سبعة أطفال جرحوا في قصف بقذائف الهاون استهدف "
                    "أحياء شعبية في مدينة الحديدة.", "ASSAULT") == ["قصفت", "قصف"]


def test_another_shelling_stays() -> None:
    assert triggers(SHELLED + "وذكر مسعفون أن سبعة أطفال جرحوا في قصف آخر بقذائف الهاون "
                    "استهدف أحياء شعبية في مدينة الضالع.", "ASSAULT") == ["قصفت", "قصف"]


def test_a_shell_on_what_the_strike_did_not_hit_stays() -> None:
    assert triggers("قصفت طائرة مسيرة سيارة على الطريق الساحلي قرب بلدة الناقورة صباح اليوم. "
                    "وقالت القوة الدولية إن قذيفة سقطت داخل مقرها العام في الناقورة.",
                    "ASSAULT") == ["قصفت", "قذيفة"]


def test_an_operation_for_another_province_stays() -> None:
    assert triggers(CAMPAIGN + "وأوضح القائد أن عملية تحرير مأرب لن تتوقف قبل طرد آخر مسلح.",
                    "ASSAULT") == ["عملية تحرير", "عملية تحرير"]
