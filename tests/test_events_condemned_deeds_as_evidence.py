"""Events, round 20: a deed condemned, agreed or praised is the event's evidence, not its target.

After a condemnation, an agreement, a refusal or a word of praise (the `thing_target` modes of
event_args_words.tsv) the words that follow mostly name a deed or a proposal («أدانت الوزارة
الغارات»، «وافق الطرفان على وقف العمليات»): they name no party. They still tell that the act
happened (``merge.has_evidence`` reads ``Args.evidence_text``), so the event stays, without a
target. Both ways in are covered: a verb read by the argument finder
(``eventcoding/arg_things.py``) and a statement whose cue is the trigger
(``eventcoding/target_deeds.py``). People, a body, a nationality's deed and the one stood
«مع» with stay targets; other acts keep their unnamed objects.

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import first_coded, names


@pytest.mark.parametrize("text, actor", [
    ("وأدانت وزارة الخارجية الأردنية الغارات على مدينة صعدة.", "وزارة الخارجية الأردنية"),
    ("وندد الرئيس التونسي قيس سعيد بالهجوم الإرهابي على الحافلة.", "قيس سعيد"),
    ("واستنكر مجلس التعاون الخليجي بشدة العمل الإرهابي الجبان.", "مجلس التعاون الخليجي"),
])
def test_a_condemned_deed_is_no_target_and_the_condemnation_stays(text: str, actor: str) -> None:
    article, event = first_coded(text, "ACCUSE")
    assert names(article, event.actors) == [actor]
    assert event.target_text == []
    assert event.targets == []


@pytest.mark.parametrize("text, kind", [
    ("ووافقت الحكومة اليمنية وجماعة الحوثي على وقف العمليات العسكرية.", "AGREE"),
    ("ورحبت الحكومة المصرية بالاتفاق الجديد.", "SUPPORT"),
])
def test_a_deed_agreed_or_welcomed_is_evidence_enough_without_being_a_target(
        text: str, kind: str) -> None:
    article, event = first_coded(text, kind)
    assert event.target_text == []
    assert names(article, event.actors)  # who agreed or welcomed still acts


@pytest.mark.parametrize("text, kind, kept", [
    # people after a condemnation are who it is aimed at
    ("وأدانت وزارة الخارجية المصرية المستوطنين المتطرفين.", "ACCUSE", "المستوطنين المتطرفين"),
    ("وأدانت منظمة العفو الدولية مستوطنين اقتحموا قرية قصرة.", "ACCUSE", "مستوطنين"),
    # a nationality names the deed's owner
    ("ودانت الجامعة العربية التدخلات الإيرانية في شؤون المنطقة.", "ACCUSE", "التدخلات الإيرانية"),
    # the one stood «مع» with
    ("وأعلنت الحكومة الليبية تضامنها مع المتظاهرين في طرابلس.", "SUPPORT", "المتظاهرين"),
    # not a thing mode: what was shelled stays the target
    ("وقصفت الطائرات الحربية منزلا في بلدة بيت حانون.", "ASSAULT", "منزلا"),
])
def test_a_party_or_a_material_object_stays_the_target(text: str, kind: str, kept: str) -> None:
    _, event = first_coded(text, kind)
    assert any(kept in target for target in event.target_text), event.target_text
