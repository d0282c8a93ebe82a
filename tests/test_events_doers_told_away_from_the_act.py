"""Events, round 21 (actors, second pass): doers told away from the act.

* A verb right after an event noun that carries it as its object pronoun (or takes «إليه») names
  its doer: «غارة شنتها طائرات الاحتلال»، «جسر جوي أطلقته قطر»، «إضراب دعت إليه النقابة»; a
  casualty verb merged with that noun gets the doer too (``eventcoding/actor_deeds.py``).
* A light verb's subject reaches its masdar across a time between commas and a count
  («شنت القوات التركية، مساء الأحد، سلسلة غارات»); failing a phrase, the nationalities of the
  subject are the actors (``eventcoding/actor_far_light.py``).
* A crowd is the doer of a protest with no actor («ونظم عشرات الصيادين وقفة احتجاجية»،
  «تظاهر المئات من سكان الموصل») (``eventcoding/actor_crowds.py``).

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import first_coded, names


def test_a_casualty_verb_gets_the_doer_of_the_strike_that_caused_it() -> None:
    article, event = first_coded("قتل ثلاثة صيادين جراء قصف شنته زوارق الاحتلال الإسرائيلي على "
                                 "ميناء غزة.", "ASSAULT")
    assert names(article, event.actors) == ["الإسرائيلي"]
    assert names(article, event.targets) == []


def test_a_strike_in_which_people_died_names_its_doer_after_it() -> None:
    article, event = first_coded("استشهد طفلان في غارة شنتها طائرات الاحتلال الإسرائيلي على منزل "
                                 "في خان يونس.", "ASSAULT")
    assert names(article, event.actors) == ["الإسرائيلي"]


def test_a_verb_that_launched_the_air_bridge_names_the_giver() -> None:
    article, event = first_coded("هبطت في مطار بيروت طائرة ثالثة ضمن جسر جوي أطلقته قطر لإغاثة "
                                 "المتضررين.", "AID")
    assert names(article, event.actors) == ["قطر"]


def test_a_strike_called_by_a_union_names_the_union() -> None:
    article, event = first_coded("عم إضراب شامل دعت إليه نقابة الصحفيين المغربية اليوم الإثنين "
                                 "مؤسسات الإعلام.", "PROTEST")
    assert event.actor_text == ["نقابة الصحفيين المغربية"]


def test_a_light_verb_subject_reaches_its_masdar_across_a_time_aside() -> None:
    article, event = first_coded("شنت القوات التركية، مساء الأحد، سلسلة غارات على مواقع في شمال "
                                 "العراق.", "ASSAULT")
    assert "التركية" in " ".join(names(article, event.actors))


def test_the_nations_of_an_unnamed_light_verb_subject_are_the_actors() -> None:
    article, event = first_coded("شنت مقاتلات وزوارق حربية فرنسية وإيطالية فجر اليوم أكثر من 20 "
                                 "غارة على مواقع قرب سرت.", "ASSAULT")
    assert names(article, event.actors) == ["فرنسية", "إيطالية"]


def test_a_crowd_that_holds_a_sit_in_is_its_actor() -> None:
    _, event = first_coded("ونظم عشرات الصيادين وقفة احتجاجية أمام ميناء صفاقس.", "PROTEST")
    assert event.actor_text == ["عشرات الصيادين"]


def test_a_crowd_after_a_protest_verb_is_its_actor() -> None:
    _, event = first_coded("تظاهر المئات من سكان الموصل أمام مبنى المحافظة مساء الخميس.",
                           "PROTEST")
    assert event.actor_text == ["المئات من سكان الموصل"]
