"""Events, round 30 (S1): arguments found where a candidate had none.

* A bare «قتل» (or a passive «قُتل», or «استشهد») whose subject is a count no entity names
  («قتل 14 راكبا وأصيب …»، «قُتل نحو ثلاثين شخصا في …») tells who died: the dead are the
  happening's evidence, never a party, and the act named as the toll's cause leads it. Only a
  verb that opens its sentence or follows the dateline's mark: after a comma, «و» or «الذي»
  the count is an object or a re-telling; dead told with the fire that killed them
  («برصاص الجيش») are the shooting's toll, which codes the happening by itself.
* A trigger phrase («حملة عسكرية»، «جولة مفاوضات») followed by a light verb that carries it
  as an object pronoun («شنتها قوات الجيش») has that verb's subject as its doer, as a
  masdar does.

Our own sentences, through the real chain (``victim_subjects``, ``arguments``)."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type


def _assaults(text: str) -> list[tuple[str, list[str]]]:
    article = analyzed(text)
    names = {e.id: e.text for e in article.entities}
    return [(article.text[slice(*(e.trigger or e.evidence))],
             [names[i] for i in e.actors] + e.actor_text)
            for e in of_type(article.events, "ASSAULT")]


@pytest.mark.parametrize("text, word", [
    ("الموصل - قتل 14 راكبا وأصيب آخرون أمس في تفجير استهدف حافلة في المدينة.", "تفجير"),
    ("كابول - قُتل نحو ثلاثين شخصا على الأقل وأصيب العشرات في انفجار شاحنة ملغومة أمس.",
     "انفجار"),
    ("استشهد خمسة مدنيين وأصيب آخرون صباح اليوم جراء سقوط قذائف على سوق شعبي في البلدة.",
     "قذائف"),
])
def test_a_counted_toll_tells_the_happening_its_cause_names(text: str, word: str) -> None:
    events = _assaults(text)
    assert len(events) == 1
    trigger, actors = events[0]
    assert word in trigger
    assert not any(w in " ".join(actors) for w in ("راكبا", "شخصا", "مدنيين"))  # the dead


@pytest.mark.parametrize("text", [
    "وأشار التقرير إلى أن الحرب الأهلية في البلاد، قتل فيها عشرات الآلاف من الناس.",
    "الناصرية - قتل 14 متظاهرا وأصيب آخرون برصاص قوات الأمن أمس في ساحة المدينة.",
])
def test_a_count_out_of_place_adds_no_event(text: str) -> None:
    events = _assaults(text)
    assert all("قتل" not in trigger for trigger, _ in events)


def test_after_a_relative_the_count_is_the_object() -> None:
    article = analyzed("وصدر الحكم على الرجل الذي قتل 14 شخصا قبل عامين.")
    killings = of_type(article.events, "ASSAULT")
    assert killings and any("14 شخصا" in t for e in killings for t in e.target_text)


def test_a_light_verb_after_a_trigger_phrase_names_its_doer() -> None:
    text = "وجاء القرار بعد حملة عسكرية واسعة شنتها قوات الجيش على القرى الحدودية."
    events = _assaults(text)
    assert len(events) == 1
    _, actors = events[0]
    assert any("قوات" in a for a in actors)
