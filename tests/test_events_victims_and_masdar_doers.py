"""Events, round 27 (G3): the dead are no doers, and the doer of a verbal noun is its genitive.

* The subject of a verb of dying («استشهد»، «لقي مصرعه»، the unvowelled «قتل» with no object
  after its subject) is who died, after the verb or before it: never an actor. The event
  stays, told by the death.
* A verb that tells what an attack hit («في هجوم مسلح استهدف …») has the attack as its
  subject: a party named earlier in the sentence (the dead) is not its doer; one who used the
  attack as a means («ردت القوات … بقصف مدفعي استهدف …») still is.
* In «إطلاق مجهولين النار على …» the gap of the masdar phrase holds its doer; in «استهداف
  قوات الاحتلال مدرسة …» the first genitive is the doer and the indefinite noun after it the
  target (not «اقتحام قوات خاصة المبنى»: an adjective follows an indefinite agent).

Our own sentences, through the real chain (``victim_subjects``, ``argument_nouns``)."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type


def _parties(text: str) -> list[tuple[list[str], list[str]]]:
    article = analyzed(text)
    names = {e.id: e.text for e in article.entities}
    return [([names[i] for i in e.actors] + e.actor_text,
             [names[i] for i in e.targets] + e.target_text)
            for e in of_type(article.events, "ASSAULT")]


@pytest.mark.parametrize("text, victim", [
    ("وأفاد الأهالي بأن الشاب محمد عبدالعزيز استشهد صباح اليوم في القصف على الحي.", "عبدالعزيز"),
    ("استشهد جندي أردني صباح اليوم في اشتباك على الحدود الشمالية.", "أردني"),
    ("وقال المتحدث إن أربعة جنود باكستانيين قتلوا في الانفجار أمس.", "باكستانيين"),
    ("قتل مهندس صيني وأصيب اثنان آخران أمس في مدينة كويتا.", "صيني"),
])
def test_who_died_is_no_actor(text: str, victim: str) -> None:
    events = _parties(text)
    assert events, "the death stays an event"
    assert all(not any(victim in a for a in actors) for actors, _ in events)


def test_the_dead_are_not_the_doers_of_the_attack_that_killed_them() -> None:
    text = "واستشهد شرطي أردني وأصيب اثنان آخران في هجوم مسلح استهدف دورية على طريق المطار أمس."
    events = _parties(text)
    assert len(events) == 1
    actors, targets = events[0]
    assert not any("أردني" in a for a in actors)
    assert any("دورية" in t for t in targets)


def test_a_verb_after_an_attack_noun_takes_no_doer_from_before_the_comma() -> None:
    text = ("وقال ناشطون إن الطيران الحربي شن غارة على مستوصف بلدة تلبيسة، استهدفت غارة أخرى مدرسة "
            "في قرية الرستن.")
    events = _parties(text)
    assert events
    for actors, targets in events:
        assert "تلبيسة" not in actors
        assert "مدرسة" in targets  # not «غارة أخرى مدرسة»: the attack is the subject


def test_the_doer_who_used_the_attack_keeps_it() -> None:
    text = "وردت القوات البرية المصرية على مصادر النيران بقصف مدفعي مكثف استهدف مواقع المسلحين."
    assert any(actors for actors, _ in _parties(text))


def test_the_gap_of_a_shooting_masdar_holds_its_doer() -> None:
    text = "وأصيب شرطيان صباح اليوم إثر إطلاق مسلحين النار على دورية أمنية في مدينة العريش."
    events = _parties(text)
    assert len(events) == 1
    assert events[0][0] == ["مسلحين"]


def test_the_first_genitive_of_a_masdar_is_its_doer_the_indefinite_noun_its_target() -> None:
    text = "وأدانت الوزارة بشدة استهداف قوات الاحتلال مدرسة تابعة لوكالة الغوث في المخيم."
    events = _parties(text)
    assert len(events) == 1
    actors, targets = events[0]
    assert actors == ["قوات الاحتلال"]
    assert any("مدرسة" in t for t in targets)


def test_an_indefinite_agents_adjective_is_no_target() -> None:
    text = "وانتهى الحصار صباح اليوم إثر اقتحام قوات خاصة المبنى."
    for actors, targets in _parties(text):
        assert not any(t.startswith("خاصة") for t in targets)
