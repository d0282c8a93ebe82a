"""Who stopped what, for a measure on a paper told by its masdar
(``marsad/eventcoding/measure_parties.py``, words in ``event_measure_parties.yaml``).

* the paper named right after the masdar is its target: a quoted name or one bare word;
* a paper told by its kind («وقف صدور الصحيفة») is the paper named before with that kind;
* an authority whose words open with the masdar is its actor («وكانت السلطات أعلنت … تعليق
  صدور …»، «مؤكدة أن إيقاف إصدار … قرار مهني»); a rights group that calls it arbitrary is not.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, names, of_type


def _measures(text: str) -> list[tuple[str, list[str], list[str]]]:
    article = analyzed(text)
    found = []
    for event in of_type(article.events, "COERCE"):
        start, end = event.trigger or event.evidence
        found.append((article.text[start:end], names(article, event.actors) + event.actor_text,
                      names(article, event.targets) + event.target_text))
    return found


def test_the_paper_after_the_masdar_is_the_target() -> None:
    [(trigger, _, targets)] = _measures(
        'وقالت الوزارة إن القرار جاء بعد إنذارات متكررة، مؤكدة أن إيقاف إصدار "الأفق" قرار قانوني.')
    assert trigger == "إيقاف إصدار"
    assert targets == ["الأفق"]


def test_a_paper_told_by_its_kind_is_the_one_named_before() -> None:
    [(_, _, targets)] = _measures(
        "سمحت الحكومة لصحيفة الفجر بمعاودة الصدور بعد أن كانت أقرت قبل أسبوع وقف صدور الصحيفة.")
    assert targets == ["الفجر"]


def test_an_authority_announcing_the_measure_is_its_actor() -> None:
    [(_, actors, targets)] = _measures(
        "وكانت سلطات الكويت أعلنت مساء الأحد تعليق صدور الأفق حتى إشعار آخر.")
    assert actors == ["سلطات الكويت"]
    assert targets == ["الأفق"]


def test_an_authority_defending_the_measure_is_its_actor() -> None:
    [(_, actors, _)] = _measures(
        'ورفضت هيئة الإعلام الانتقادات، مؤكدة أن إيقاف إصدار "الأفق" قرار مهني.')
    assert actors and actors[0].startswith("هيئة الإعلام")


def test_a_rights_group_judging_the_measure_is_no_actor() -> None:
    [(_, actors, targets)] = _measures(
        'وقالت منظمة العفو الدولية إن إيقاف إصدار "الأفق" قرار تعسفي.')
    assert actors == []
    assert targets == ["الأفق"]


def test_a_kind_after_a_conjunction_is_no_paper_name() -> None:
    """«والصحيفة» is the kind with its conjunction, not a paper called so: it stands for the
    paper named before, as «الصحيفة» does."""
    [(_, _, targets)] = _measures(
        "سمحت الحكومة لصحيفة الفجر بمعاودة الصدور بعد أن كانت أقرت قبل أسبوع وقف صدور والصحيفة.")
    assert targets == ["الفجر"]
