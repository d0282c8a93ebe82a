"""Events, round 31 (judged corpus events): a killing over a charge of witchcraft is a private
crime (``event_other_senses.yaml`` private).

* villagers who kill women they accuse of witchcraft, a man who beats a healer he calls a
  sorcerer: no ASSAULT between parties (the real-news brief leaves out crimes between private
  people with no political or security side);
* the police's arrest of the killers in the same sentence stays a COERCE;
* a raid at dawn («عند السحر») by an air force stays an ASSAULT, and so does a killing over
  witchcraft by an armed group (its sentence names armed men).

Our own sentences, through the real chain. Each guarded sentence was coded without the change
(checked when the tests were written)."""

from __future__ import annotations

from gold.events.oracle import triggers


def test_villagers_killing_women_accused_of_witchcraft_is_no_assault() -> None:
    assert not triggers("قتل سكان قرية نائية في شمال البلاد ثلاث نساء بعد أن اتهموهن "
                        "بممارسة السحر.", "ASSAULT")


def test_a_man_beating_a_sorcerer_is_no_assault() -> None:
    assert not triggers("واعتدى رجل بالضرب على مشعوذ في سوق المدينة الشعبي.", "ASSAULT")


def test_the_arrest_of_the_killers_stays_a_coercion() -> None:
    text = ("قتل سكان قرية نائية ثلاث نساء بعد أن اتهموهن بالسحر، واعتقلت الشرطة تسعة "
            "منهم.")
    assert not triggers(text, "ASSAULT")
    assert triggers(text, "COERCE")


def test_an_air_raid_at_dawn_stays_an_assault() -> None:
    assert triggers("شنت طائرات التحالف غارات عند السحر على مواقع المتمردين.", "ASSAULT")


def test_a_killing_over_witchcraft_by_armed_men_stays_an_assault() -> None:
    assert triggers("قتل مسلحون من التنظيم امرأة في الموصل بتهمة السحر.", "ASSAULT")
