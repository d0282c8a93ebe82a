"""Events, round 29: a happening first told by bare words and told with its arguments in a
later sentence is one event at its first telling (``eventcoding/retold_happenings.py``,
``handed_to_first_tellings``).

A condolence's «في عملية إرهابية» or a lead's «بعد التفجير» fails the evidence test; the later
telling («لهذا العمل الغادر الذي استهدف …»، «في تفجير مسجد …») hands it its
arguments and is no event of its own. A later telling at a place the first sentence does not
name, an aim («لوقف إطلاق النار»), or a plural first word stays apart.

Our own sentences on the real chain. The tests of what moves fail without the round's code;
the tests of what stays guard the rule's bounds."""

from __future__ import annotations

from gold.events.oracle import triggers
from marsad.api import analyze

CONDOLENCE = ("بعث محافظ المدينة برقية عزاء إلى أسر الجنود الذين توفوا أمس في عملية إرهابية "
              "لا يقبلها عقل. ")
CONDEMNED = "وأعرب المحافظ عن إدانته الشديدة لهذا العمل الغادر الذي استهدف مركزا للشرطة."
LEAD = ("تفاعل عدد من النواب مع وسوم الحزن على المواقع، بعد التفجير الآثم الذي أصاب "
        "الحراس في مدينة الواحة أثناء الصلاة. ")


def test_a_condolence_first_telling_takes_the_condemned_act_arguments() -> None:
    assert triggers(CONDOLENCE + CONDEMNED, "ASSAULT") == ["عملية إرهابية"]


def test_the_first_telling_keeps_the_later_target() -> None:
    article = analyze(CONDOLENCE + CONDEMNED, published="2015-08-09")
    text = article.text
    assert [(text[slice(*e.trigger)], e.target_text) for e in article.events
            if e.type == "ASSAULT"] == [("عملية إرهابية", ["مركزا"])]


def test_a_lead_bombing_takes_the_place_of_a_later_construct() -> None:
    assert triggers(LEAD + "وغرد وزير الداخلية قائلا إن الغدر في تفجير مسجد حراس الواحة لن "
                    "يزيد البلاد إلا عزما.", "ASSAULT") == ["التفجير"]


def test_a_later_telling_at_a_place_the_first_sentence_does_not_name_stays() -> None:
    later = CONDEMNED.replace("للشرطة.", "للشرطة في مدينة الرمادي.")
    assert triggers(CONDOLENCE + later, "ASSAULT") == ["استهدف"]


def test_a_plural_first_word_names_attacks_in_general_and_takes_nothing() -> None:
    condolence = CONDOLENCE.replace("في عملية إرهابية لا يقبلها عقل", "في العمليات الإرهابية")
    assert triggers(condolence + CONDEMNED, "ASSAULT") == ["استهدف"]
