"""Events, round 24 (condemned): an attack first told inside a condemnation is an ASSAULT
(``marsad/eventcoding/condemned_attacks.py``, the rule ``condemned_attack`` of
``marsad/lexicons/event_needs.yaml``, words in ``marsad/lexicons/event_condemned_attacks.yaml``).

* «أدان … التفجير الإرهابي الذي …»: the condemned noun is the report's first
  telling of the attack, with the attack's own day («أمس»);
* «استنكر … العمل الآثم الذي نفذته …»: the relative's verb tells
  it too, the cue read past a long title and name;
* told again after an attack coded earlier in the report, the noun stays out;
* a condemned attack with nothing after it of what it hit or where, or a condemned thing that
  is no attack, stays out.

Our own sentences, through the real chain. The first two are dropped without the module."""

from __future__ import annotations

from gold.events.oracle import timed_triggers


def _assaults(text: str) -> list[tuple[str, str | None]]:
    return timed_triggers(text, "ASSAULT", "2015-08-09")


def test_a_condemned_bombing_with_where_it_happened_is_an_assault_of_its_own_day() -> None:
    assert _assaults("أدان رئيس الغرفة التجارية التفجير الإجرامي الذي طال مسجدا بمدينة "
                     "الخبر أمس.") == [("التفجير", "2015-08-08")]


def test_a_condemned_attack_whose_doers_struck_in_a_mosque_is_an_assault_of_its_day() -> None:
    assert _assaults("استنكر عضو المجلس البلدي المهندس ناصر بن علي القحطاني العمل الإرهابي الآثم "
                     "الذي نفذته عصابة الإجرام في مسجد بمحافظة بيشة يوم الخميس الماضي.") \
        == [("العمل الإرهابي", "2015-08-06")]


def test_a_condemned_attack_told_again_is_no_second_assault() -> None:
    found = _assaults("قتل ثلاثة مصلين في تفجير انتحاري داخل مسجد في أبها أمس. وأدان رئيس "
                      "النادي التفجير الإجرامي الذي طال المسجد.")
    assert [t for t, _ in found] == ["تفجير"]


def test_a_condemned_attack_with_nothing_of_where_or_what_it_hit_stays_out() -> None:
    assert _assaults("استنكر الشيخ العمل الإرهابي الذي يتنافى مع تعاليم الدين الحنيف.") == []


def test_a_condemned_incident_told_with_no_word_of_an_attack_stays_out() -> None:
    # «الحادث» is an incident's head, but nothing says it was an attack (no «الإرهابي»)
    assert _assaults("أدانت الجمعية الحادث الذي وقع في القاهرة أمس.") == []


def test_a_condemned_attack_after_an_uncoded_telling_stays_out() -> None:
    assert [t for t, _ in _assaults(
        "واستقبل والد الشهيد المعزين في ابنه الذي استشهد في حادث التفجير بمسجد قوات الطوارئ. "
        "وكان الأهالي قد شيعوه أمس مستنكرين الاعتداء الجبان الذي ذهب ضحيته ثلاثة من "
        "المصلين.")] == []
