"""Events: a verbal act told with an honorific pronoun as its subject («وعبر سموه عن
استنكاره…»، «وأشاد معاليه بـ…») has the person the pronoun stands for as its actor
(``marsad/eventcoding/honorific_subjects.py``, words in
``marsad/lexicons/event_honorific_subjects.yaml``).

* the person is the nearest one named before with an honorific just before the name
  («صاحب السمو الأمير …»), passing a king named in between without one;
* with no such person, the pronoun itself is the unnamed actor;
* a reception or a visit by «سموه» is courtesy and is left as it was.

Our own sentences, through the real chain, dated Friday 10 May 2024."""

from __future__ import annotations

from gold.events.oracle import analyzed, names, of_type

PUBLISHED = "2024-05-10"

LEAD = ("نقل صاحب السمو الملكي الأمير خالد بن فيصل أمير منطقة مكة المكرمة تعازيه إلى خادم "
        "الحرمين الشريفين الملك سلمان بن عبدالعزيز في ضحايا الحادث. ")


def test_a_condemnation_by_sumuwhu_is_an_accuse_by_the_prince_named_before() -> None:
    article = analyzed(LEAD + "وعبر سموه عن استنكاره الشديد لهذا العمل الإجرامي الجبان.",
                       published=PUBLISHED)
    [event] = of_type(article.events, "ACCUSE")
    [actor] = names(article, event.actors)
    assert actor.startswith("خالد بن فيصل")  # the tagger's span, whatever it ends with


def test_praise_by_maalihi_is_a_support_by_the_minister_named_before() -> None:
    article = analyzed("زار معالي الوزير عادل الطريفي مقر الهيئة في الرياض أمس. "
                       "وأشاد معاليه بجهود العاملين في الهيئة خلال موسم الصيف.",
                       published=PUBLISHED)
    [event] = of_type(article.events, "SUPPORT")
    assert names(article, event.actors) == ["عادل الطريفي"]


def test_with_no_person_named_before_the_pronoun_is_the_actor() -> None:
    article = analyzed("وعبر سموه عن استنكاره الشديد لهذا العمل الإجرامي الجبان.",
                       published=PUBLISHED)
    [event] = of_type(article.events, "ACCUSE")
    assert event.actors == [] and event.actor_text == ["سموه"]


def test_a_reception_by_sumuwhu_is_left_as_it_was() -> None:
    """The reception row needs an actor; the pronoun gives it none, so no CONSULT is coded
    (with CONSULT among the module's ``types``, one is coded with the prince as its actor),
    while the condemnation by «سموه» in the same article is the prince's."""
    article = analyzed(LEAD + "واستقبل سموه في مكتبه وفدا من رجال الأعمال، وعبر سموه عن "
                       "استنكاره الشديد لهذا العمل الإجرامي.", published=PUBLISHED)
    assert of_type(article.events, "CONSULT") == []
    [event] = of_type(article.events, "ACCUSE")
    [actor] = names(article, event.actors)
    assert actor.startswith("خالد بن فيصل")
