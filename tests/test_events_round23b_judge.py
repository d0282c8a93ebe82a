"""Events, round 23b (judge): tallies and re-told deaths are no new happenings
(``marsad/eventcoding/prec_round23_judge.py``, words in
``marsad/lexicons/event_round23_judge.yaml``).

* an act counted over a past span of time is a tally: «خلال الأشهر الأربعة الماضية»، «بين
  الأول من مارس و31 مايو»، «منذ بداية النزاع»;
* a death masdar that points back to dead already told («أعلنت … مقتلهم») or gives the toll
  of an incident already told («نتج عن الحادث … مقتل») is a re-telling when an ASSAULT of
  an earlier sentence is kept;
* the same act told again with the same word and figure («أغلق … 7 مطاعم» … «وأغلقت 7
  مطاعم») is one event; another figure is another act.

Our own sentences, through the real chain. Each guard test also codes the event in a sentence
of the same shape without the guard's words, so it fails without the module."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type


def _triggers(text: str, type_: str) -> list[str]:
    """The trigger texts of the events of ``type_`` in ``text``."""
    article = analyzed(text)
    return [article.text[e.trigger[0]:e.trigger[1]] for e in of_type(article.events, type_)
            if e.trigger is not None]


def test_closures_over_the_past_months_are_a_tally() -> None:
    once = "وأغلق مفتشو البلدية أكثر من 40 محلا تجاريا مخالفا في مدينة جدة أمس."
    tally = "وأغلق مفتشو البلدية أكثر من 40 محلا تجاريا مخالفا في مدينة جدة خلال الأشهر الأربعة الماضية."
    assert any("أغلق" in t for t in _triggers(once, "COERCE"))
    assert not any("أغلق" in t for t in _triggers(tally, "COERCE"))


def test_deaths_between_two_dates_are_a_tally() -> None:
    once = "وقالت البعثة في تقرير إنه في الأول من مارس قتل 9 أشخاص في أعمال العنف في البلاد."
    tally = "وقالت البعثة في تقرير إنه بين الأول من مارس و31 مايو قتل 900 شخص في أعمال العنف في البلاد."
    assert any("قتل" in t for t in _triggers(once, "ASSAULT"))
    assert not any("قتل" in t for t in _triggers(tally, "ASSAULT"))


def test_deaths_since_a_war_began_are_a_tally() -> None:
    once = "وقتل أمس في ليبيا أكثر من خمسين شخصا بحسب الأمم المتحدة."
    tally = "وقتل منذ بداية النزاع في ليبيا أكثر من خمسة آلاف شخص بحسب الأمم المتحدة."
    assert any("قتل" in t for t in _triggers(once, "ASSAULT"))
    assert not any("قتل" in t for t in _triggers(tally, "ASSAULT"))


def test_dead_named_again_by_a_pronoun_are_a_retelling() -> None:
    first = "قتل ثلاثة جنود أمس في هجوم على حاجز عسكري شمال البلاد."
    again = first + " وكانت قيادة الجيش قد أعلنت في بيان مساء أمس مقتلهم أثناء أداء واجبهم."
    alone = "وكانت قيادة الجيش قد أعلنت في بيان مساء أمس مقتلهم أثناء أداء واجبهم."
    assert any("مقتلهم" in t for t in _triggers(alone, "ASSAULT"))
    assert not any("مقتلهم" in t for t in _triggers(again, "ASSAULT"))
    assert _triggers(again, "ASSAULT")


def test_the_toll_of_an_incident_told_before_is_a_retelling() -> None:
    first = "هاجم مسلحون سوقا مزدحما وسط المدينة ظهر أمس."
    toll = " وقالت الشرطة إنه نتج عن الحادث الإرهابي مقتل 12 شخصا وإصابة عشرين آخرين."
    assert any("مقتل" in t for t in _triggers(toll.strip(), "ASSAULT"))
    assert not any("مقتل" in t for t in _triggers(first + toll, "ASSAULT"))
    assert _triggers(first + toll, "ASSAULT")


def test_the_same_closure_told_again_with_its_figure_is_one_event() -> None:
    lead = "أغلق مفتشو البلدية 7 مطاعم مخالفة في مدينة الدمام أمس."
    again = (" وأوضحت البلدية في بيان أن فرقها نفذت جولات تفتيشية على المطاعم، وأغلقت 7 "
             "مطاعم لم تلتزم بالاشتراطات الصحية.")
    other = (" وأوضحت البلدية في بيان أن فرقها نفذت جولات تفتيشية على المطاعم، وأغلقت 12 "
             "مطعما في الخبر لم تلتزم بالاشتراطات الصحية.")
    assert len([t for t in _triggers(lead + other, "COERCE") if "أغلق" in t]) == 2
    assert len([t for t in _triggers(lead + again, "COERCE") if "أغلق" in t]) == 1


def test_a_reply_in_kind_with_the_same_figure_is_its_own_act() -> None:
    text = ("طردت الحكومة 12 دبلوماسيا من سفارة البلد المجاور أمس. وأعلن البلد المجاور أنه "
            "سيطرد بدوره 12 دبلوماسيا ردا على ذلك.")
    told = "وأغلق مفتشو البلدية 7 مطاعم أمس. وأوضحت البلدية أنها أغلقت 7 مطاعم مخالفة."
    assert len(_triggers(text, "SANCTION")) == 2
    assert len([t for t in _triggers(told, "COERCE") if "أغلق" in t]) == 1
