"""Events, round 23b (consult2): rounds of talks hosted or held are CONSULT.

- A state or a capital that hosts a new round or a dialogue forum («تستضيف بغداد جولة
  جديدة من الحوار»، «مستعدة لاستضافة جولة جديدة»، «ملتقى الحوار») is CONSULT
  (rows «استضاف|يستضيف @talks»، «استضافة @talks»; class ``talks`` of
  ``event_object_classes.yaml``); a club that hosts a rival in a league round is not, and
  «استضافت عمان جولة حوار» keeps its own trigger «جولة حوار».
- A round of talks held («تعقد الجولة المقبلة في جيبوتي»; class ``rounds``: the next or a
  new round, not a vote's second round) is CONSULT with a stated place.
- The capital or state that hosts («تستضيف بغداد») is also the place when none is stated
  (and the place only when the parties are named after it: «… بين الولايات المتحدة وإيران»);
  a readiness to host («مستعدة لاستضافة») names no place yet (``eventcoding/host_places.py``,
  ``event_host_places.yaml``).

Our own sentences, through the real chain. Each guard test also codes the event sense in a
sentence of the same shape, so it fails without the rows."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type, triggers


def _consult(text: str) -> list[str]:
    """The trigger texts of the CONSULT events coded in ``text``."""
    return triggers(text, "CONSULT")


def test_capital_hosts_talks() -> None:
    assert _consult("وتستضيف الرياض غدا جولة جديدة من الحوار بين الحكومة اليمنية والمجلس "
                    "الانتقالي.") == ["وتستضيف"]


def test_capital_to_host_new_round_is_future() -> None:
    article = analyzed("ومن المقرر أن تستضيف بغداد جولة جديدة من الحوار الاستراتيجي مع "
                       "واشنطن الشهر المقبل.")
    events = of_type(article.events, "CONSULT")
    assert len(events) == 1 and events[0].factuality == "future"


def test_ready_to_host_round_of_talks() -> None:
    assert _consult("وأبدت الجزائر استعدادها لاستضافة جولة جديدة من المحادثات بين الطرفين "
                    "الليبيين.") == ["لاستضافة جولة جديدة"]


def test_club_hosting_rival_in_league_round_is_no_consult() -> None:
    assert _consult("يستضيف الأهلي نظيره الزمالك في الجولة الخامسة من الدوري يوم السبت.") == []
    assert _consult("ويستضيف الأردن يوم السبت جولة جديدة من الحوار بين الفصائل الفلسطينية.")


def test_next_round_held_in_a_capital() -> None:
    assert _consult("واتفق الوفدان على أن تعقد الجولة المقبلة في جيبوتي مطلع الشهر المقبل.") \
        == ["تعقد الجولة المقبلة"]


def test_round_of_a_vote_is_no_consult() -> None:
    assert _consult("ومن المقرر أن تعقد الجولة الثانية من الانتخابات الرئاسية في تونس الشهر "
                    "المقبل.") == []
    assert _consult("واتفق الطرفان على أن تعقد الجولة المقبلة في الرباط الشهر المقبل.")


def test_hosting_capital_is_the_place() -> None:
    article = analyzed("ومن المقرر أن تستضيف بغداد جولة جديدة من الحوار مع الوفد الأمريكي "
                       "الشهر المقبل.")
    events = of_type(article.events, "CONSULT")
    assert len(events) == 1 and events[0].place is not None
    place = next(e for e in article.entities if e.id == events[0].place)
    assert place.text == "بغداد"


def test_readiness_to_host_names_no_place() -> None:
    article = analyzed("وأكد وزير الخارجية أن الكويت مستعدة لاستضافة جولة جديدة من المحادثات "
                       "بين الطرفين.")
    events = of_type(article.events, "CONSULT")
    assert len(events) == 1 and events[0].place is None and events[0].trigger is not None
    assert article.text[events[0].trigger[0]:events[0].trigger[1]] == "لاستضافة جولة جديدة"


def test_host_with_parties_named_after_is_the_place_only() -> None:
    article = analyzed("واستضافت سلطنة عمان أمس جولة جديدة من الحوار بين الولايات المتحدة "
                       "وإيران.")
    events = of_type(article.events, "CONSULT")
    assert len(events) == 1
    names = {e.id: e.text for e in article.entities}
    assert names.get(events[0].place or "") == "سلطنة عمان"
    assert sorted(names[a] for a in events[0].actors) == ["إيران", "الولايات المتحدة"]


def test_hosted_round_of_dialogue_keeps_its_own_trigger() -> None:
    assert _consult("واستضافت القاهرة جولة حوار بين الفصائل الفلسطينية أمس.") == ["جولة حوار"]
    assert _consult("واستضافت القاهرة جولة جديدة من الحوار بين الفصائل الفلسطينية أمس.") \
        == ["واستضافت"]
