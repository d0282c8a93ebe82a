"""Events: cooperation, aid, concessions and sanctions told in more of the ways the desk tells
them, each with the sense it must not take.

* Joint drills and patrols named by their arm (sea, air, land), in every case, are a
  COOPERATE (rows of ``event_triggers.tsv``).
* A masdar whose doer stands as its genitive between it and the rest of its phrase: «إطلاق
  طهران سراح …» is a release, «تعليق الاتحاد الإفريقي عضوية …» a suspension
  (``event_trigger_masdar_gaps.txt``).
* Relief handed over with «سلم» and what it hands is AID; captives handed over stay a
  release.
* An airdrop of relief told with what it drops after «ل» is AID, its adjective between; a
  bare airdrop (troops landed) is not.

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import triggers


@pytest.mark.parametrize("text, trigger", [
    ("وبدأت البحرية المصرية والبحرية الفرنسية أمس تمريناً بحرياً مشتركاً في البحر المتوسط.",
     "تمريناً بحرياً مشتركاً"),
    ("ونفذت القوات الجوية السعودية والباكستانية تدريبات جوية مشتركة في قاعدة الظهران.",
     "تدريبات جوية مشتركة"),
    ("وسيرت القوات الروسية والتركية دوريات برية مشتركة في ريف الحسكة أمس.",
     "دوريات برية مشتركة"),
])
def test_joint_drills_named_by_their_arm_are_cooperation(text: str, trigger: str) -> None:
    assert triggers(text, "COOPERATE") == [trigger]


def test_a_release_with_its_doer_between_masdar_and_object_is_a_concession() -> None:
    text = "ورحبت الرياض بإطلاق طهران سراح ثلاثة صيادين سعوديين الأسبوع الماضي."
    assert triggers(text, "CONCEDE") == ["بإطلاق"]


def test_a_suspension_with_its_doer_between_masdar_and_object_is_a_sanction() -> None:
    text = "وتصاعدت الأزمة بعد تعليق الاتحاد الإفريقي عضوية الغابون في المنظمة."
    assert triggers(text, "SANCTION") == ["تعليق"]


def test_relief_handed_over_is_aid() -> None:
    text = "وكانت الإمارات قد سلمت الحكومة السودانية الأسبوع الماضي شحنة من الأدوية."
    assert triggers(text, "AID") == ["سلمت"]


def test_captives_handed_over_stay_a_release_not_aid() -> None:
    text = "وسلمت الحركة الأسرى إلى الصليب الأحمر في خان يونس."
    assert triggers(text, "AID") == []
    assert triggers(text, "CONCEDE") == ["وسلمت"]


def test_an_airdrop_of_relief_is_aid() -> None:
    text = "وقالت القوات المسلحة الأردنية إن طائراتها نفذت إنزالاً جوياً جديداً للمساعدات الغذائية فوق غزة."
    assert triggers(text, "AID") == ["إنزالاً جوياً جديداً للمساعدات"]


def test_an_airdrop_of_troops_is_not_aid() -> None:
    text = "ونفذت القوات الأمريكية عملية إنزال جوي لقوات خاصة قرب دير الزور."
    assert triggers(text, "AID") == []
