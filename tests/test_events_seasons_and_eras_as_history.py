"""Events, round 22: an act dated by a season with a year («في صيف 1990») or by a named war
or era («إبان حرب الخليج»، times layer: ``temporal/seasons.py``, ``temporal/eras.py``) is
history (``eventcoding/history.py``), not news of the day; a bare mention of the era dates
nothing. The real chain on our own sentences, dated 2015-08-09 like the corpus."""

from __future__ import annotations

from gold.events.oracle import analyzed, types

DAY = "2015-08-09"
LEAD = "أعلنت الشرطة اليوم أنها اعتقلت ثلاثة مهربين قرب الحدود الجنوبية. "


def _types(text: str) -> list[str]:
    return types(analyzed(text, published=DAY).events)


def test_an_invasion_in_a_summer_long_ago_is_history() -> None:
    assert _types(LEAD + "وفي صيف 1990 اجتاح الجيش العراقي الكويت وطرد حكومتها.") == ["COERCE"]


def test_a_bombing_during_the_gulf_war_is_history() -> None:
    assert _types(LEAD + "وإبان حرب الخليج قصفت الطائرات الأمريكية مواقع الجيش العراقي في "
                  "بغداد.") == ["COERCE"]


def test_sanctions_after_the_invasion_of_kuwait_are_history() -> None:
    assert _types(LEAD + "وفي أعقاب الغزو العراقي للكويت فرض مجلس الأمن عقوبات على بغداد.") \
        == ["COERCE"]


def test_a_killing_during_the_lebanese_civil_war_is_history() -> None:
    assert _types(LEAD + "وخلال الحرب الأهلية اللبنانية اغتال مسلحون السفير الفرنسي في "
                  "بيروت.") == ["COERCE"]


def test_an_act_of_today_since_an_era_stays() -> None:
    assert _types(LEAD + "ومنذ حرب أكتوبر لم تهدأ الجبهة، وقصفت المدفعية القرية أمس.") \
        == ["COERCE", "ASSAULT"]
