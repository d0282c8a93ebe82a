"""Events, round 23b (judge): tallies and re-told deaths are no new happenings
(``marsad/eventcoding/tallies.py``, words in
``marsad/lexicons/event_tallies.yaml``).

* an act counted over a past span of time is a tally: «خلال الأشهر الأربعة الماضية»، «بين
  الأول من مارس و31 مايو»، «منذ بداية النزاع»;
* a death masdar that points back to dead already told («أعلنت … مقتلهم») or gives the toll
  of an incident already told («نتج عن الحادث … مقتل») is a re-telling when an ASSAULT of
  an earlier sentence is kept;
* the same act told again with the same word and figure («أغلق … 7 مطاعم» … «وأغلقت 7
  مطاعم») is one event; another figure is another act.

Our own sentences, through the real chain. Each guard test also codes the event in a sentence
of the same shape without the guard's words, so it fails without the guard (the pronoun case
is read by round 22's ``retold_attacks`` as well)."""

from __future__ import annotations

from gold.events.oracle import triggers


def test_closures_over_the_past_months_are_a_tally() -> None:
    once = "وأغلق مفتشو البلدية أكثر من 40 محلا تجاريا مخالفا في مدينة جدة أمس."
    tally = "وأغلق مفتشو البلدية أكثر من 40 محلا تجاريا مخالفا في مدينة جدة خلال الأشهر الأربعة الماضية."
    assert any("أغلق" in t for t in triggers(once, "COERCE"))
    assert not any("أغلق" in t for t in triggers(tally, "COERCE"))


def test_deaths_between_two_dates_are_a_tally() -> None:
    once = "وقالت البعثة في تقرير إن القوات الحكومية قتلت 9 مدنيين في الأول من مارس في البلاد."
    tally = ("وقالت البعثة في تقرير إن القوات الحكومية قتلت 900 مدني بين الأول من مارس و31 مايو "
             "في البلاد.")
    assert any("قتل" in t for t in triggers(once, "ASSAULT"))
    assert not any("قتل" in t for t in triggers(tally, "ASSAULT"))

def test_deaths_since_a_war_began_are_a_tally() -> None:
    once = "وقتل أمس في اليمن أكثر من ثلاثين شخصا بحسب الأمم المتحدة."
    tally = "وقتل منذ بداية الحرب في اليمن أكثر من ستة آلاف شخص بحسب الأمم المتحدة."
    assert any("قتل" in t for t in triggers(once, "ASSAULT"))
    assert not any("قتل" in t for t in triggers(tally, "ASSAULT"))


def test_dead_named_again_by_a_pronoun_are_a_retelling() -> None:
    # round 22's re-told attacks (``retold_attacks``, the known dead) read this shape too
    first = "قتل مسلحون ثلاثة جنود أمس في هجوم على حاجز عسكري شمال البلاد."
    alone = "وأعلنت قيادة الجيش مساء أمس مقتلهم على يد المسلحين."
    assert any("مقتلهم" in t for t in triggers(alone, "ASSAULT"))
    assert triggers(first + " " + alone, "ASSAULT") == ["قتل"]

def test_the_toll_of_an_incident_told_before_is_a_retelling() -> None:
    first = "هاجم مسلحون سوقا مزدحما وسط المدينة ظهر أمس."
    toll = " وقالت الشرطة إنه نتج عن الحادث الإرهابي مقتل 12 شخصا وإصابة عشرين آخرين."
    assert any("مقتل" in t for t in triggers(toll.strip(), "ASSAULT"))
    assert not any("مقتل" in t for t in triggers(first + toll, "ASSAULT"))
    assert triggers(first + toll, "ASSAULT")


def test_the_same_closure_told_again_with_its_figure_is_one_event() -> None:
    lead = "أغلق مفتشو البلدية 7 مطاعم مخالفة في مدينة الدمام أمس."
    again = " وأوضحت البلدية في بيان أنها أغلقت 7 مطاعم في مدينة الدمام لم تلتزم بالاشتراطات."
    assert any("أغلق" in t for t in triggers(again.strip(), "COERCE"))
    assert len([t for t in triggers(lead + again, "COERCE") if "أغلق" in t]) == 1

def test_a_reply_in_kind_with_the_same_figure_is_its_own_act() -> None:
    text = ("طردت الحكومة 12 دبلوماسيا من سفارة البلد المجاور أمس. وطردت الحكومة المجاورة "
            "بدورها 12 دبلوماسيا ردا على ذلك.")
    assert len(triggers(text, "SANCTION")) == 2
