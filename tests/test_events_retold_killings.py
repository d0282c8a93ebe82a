"""Events, round 22, second pass on re-tellings (``eventcoding/retold_attacks.py``):

* the dead of an attack told before, named again by a killing masdar that knows them, are no
  new attack: «… زعمت أنهم كانوا محتجزين قبل إعلان مقتلهم»، «… إن مقتل الضابطين أثار
  غضبا» (after «قتل ضابطان …»);
* a source's account of the attack told before with a definite doer or weapon («وقالت مصادر
  إن المهاجمين فجروا …»، «حين استهدفت الطائرة السيارة») is no new attack (``account: true``
  in ``event_retold_attacks.yaml``: on since round 24, when the gold sets were relabelled to
  once per happening).

A second, different attack in a later sentence, a killing of people not told before, a killing
with no attack told before, and the attackers killed by the forces stay events of their own.

The real chain on our own sentences."""

from __future__ import annotations

import dataclasses

import pytest

from gold.events.oracle import triggers
from marsad.eventcoding import retold_attacks

STRIKE = "قتل ضابطان في الجيش وسائقهما صباح الأحد بضربة جوية قرب بلدة الحدود. "
RAID = "أعلنت الشرطة مصرع أربعة مسلحين في تبادل لإطلاق النار مع قواتها في بلدة الواحة. "
AMBUSH = "قتل تسعة جنود مساء الجمعة في هجوم شنه مسلحون على حاجز للجيش قرب مدينة العريش. "


def _assaults(text: str) -> list[str]:
    """The triggers of the attacks coded in ``text``, in order."""
    return triggers(text, "ASSAULT")


@pytest.fixture
def account_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The source's-account shape switched on, as ``account: true`` in the lexicon does."""
    words = dataclasses.replace(retold_attacks._words(), account=True)
    monkeypatch.setattr(retold_attacks, "_words", lambda: words)


def test_a_killing_masdar_with_a_pronoun_is_the_attack_told_before() -> None:
    assert _assaults(RAID + "واتهمت الجماعة الشرطة بتصفية المسلحين، زاعمة أنهم كانوا "
                            "محتجزين قبل إعلان مقتلهم.") == ["تبادل لإطلاق النار"]


def test_the_killing_of_the_dead_named_before_is_the_attack_told_before() -> None:
    assert _assaults(STRIKE + "وقال مسؤول محلي إن مقتل الضابطين أثار غضبا واسعا بين "
                              "السكان.") == ["بضربة جوية"]


def test_the_killing_of_people_not_named_before_stays_its_own_event() -> None:
    assert _assaults(STRIKE + "وأعلنت الشرطة مقتل الصحفيين في البلدة نفسها "
                              "مساء أمس.") == ["بضربة جوية", "مقتل"]


def test_a_second_attack_in_a_later_sentence_stays_its_own_event() -> None:
    assert _assaults(STRIKE + "وفي حادث آخر، قتل ثلاثة مدنيين في قصف مدفعي على قرية "
                              "مجاورة مساء أمس.") == ["بضربة جوية", "قصف"]


def test_a_known_killing_with_no_attack_before_stays_the_event() -> None:
    assert _assaults("زار الوزير البلدة صباح الأحد. وأعلنت العائلة مقتله في "
                     "المساء.") == ["مقتله"]


def test_a_source_account_is_no_event_with_the_shape_on_by_default() -> None:
    assert _assaults(AMBUSH + "وقالت مصادر أمنية إن المهاجمين فجروا عبوة ناسفة قبل "
                              "أن يطلقوا النار على الجنود.") == ["هجوم"]


@pytest.mark.usefixtures("account_on")
def test_a_source_account_with_the_attackers_is_the_attack_told_before() -> None:
    assert _assaults(AMBUSH + "وقالت مصادر أمنية إن المهاجمين فجروا عبوة ناسفة قبل "
                              "أن يطلقوا النار على الجنود.") == ["هجوم"]


@pytest.mark.usefixtures("account_on")
def test_a_source_account_with_the_weapon_after_the_verb_is_the_attack_told_before() -> None:
    assert _assaults(STRIKE + "وقال مسؤول محلي إن الضابطين كانا في جولة تفقدية حين استهدفت "
                              "الطائرة السيارة بصاروخين.") == ["بضربة جوية"]


@pytest.mark.usefixtures("account_on")
def test_the_attackers_killed_by_the_forces_stay_their_own_event() -> None:
    assert _assaults(AMBUSH + "وقال مصدر أمني إن القوات الخاصة قتلت المهاجمين جميعا بعد "
                              "مطاردة استمرت ساعات.") == ["هجوم", "قتلت"]
