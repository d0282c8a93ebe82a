"""Deaths told after the dead are named, and a speaker's own country as the subject of what
he says it does (round 29, recall on real dev).

* A relative clause past a comma whose verb tells a death («…، الذين استشهدوا مساء أمس»،
  «…، الذي قتل في معارك … العام الماضي») is a death of its own: the noun before the comma is
  who died (``relative_antecedent(died=True)`` in ``argument_relatives.py``), as «استشهد
  الجندي» tells it, even when a preposition governs it («الرقيب …، من حرس الحدود، الذي
  استشهد»). For an act the comma still keeps a toll's victim from being its doer
  («الجندي، الذي قتل …» is not who killed).
* «لقي … مصرعهم» with a long subject between the verb and its noun («لقي 24 عنصرا من
  ميليشيات … وعناصر … مصرعهم») is one phrase: ``long_phrase_gaps`` in ``event_grammar.yaml``.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type, timed_triggers

PUBLISHED = "2015-08-09"


def _assaults(text: str) -> list[tuple[str, str | None]]:
    return timed_triggers(text, "ASSAULT", PUBLISHED)


def test_the_dead_named_before_a_comma_died_yesterday() -> None:
    text = ("وجه رئيس الأركان بمنح ترقية استثنائية للجنود الخمسة من الكتيبة السابعة في الجيش "
            "الوطني، الذين استشهدوا مساء أمس، وبتكريم ذويهم في حفل رسمي.")
    found = _assaults(text)
    assert len(found) == 1 and found[0][1] == "2015-08-08", found


def test_the_dead_after_a_governed_noun_died_on_his_own_day() -> None:
    text = ("أطلقت البلدية اسم الرقيب سالم العتيبي من حرس الحدود، الذي استشهد يوم الجمعة "
            "الماضي على الحدود الجنوبية، على أحد شوارع المدينة.")
    assert _assaults(text) == [("استشهد", "2015-08-07")]


def test_a_long_subject_between_laqiya_and_its_death() -> None:
    text = ("لقي 17 عنصرا من مسلحي الجماعة المتمردة وعناصر القائد السابق للواء الرابع "
            "مصرعهم أمس في مدينة تعز.")
    found = _assaults(text)
    assert len(found) == 1 and found[0][0].startswith("لقي") and found[0][1] == "2015-08-08", \
        found


# Round 29 (F): a speaker's own country told by its pronoun after «إن/أن» is the subject of
# what the speaker says it does («قال الوزير إن بلاده ترفض …»; ``event_actor_heads.tsv``),
# and an alternative told with «سواء» («سواء تم التوصل إلى اتفاق أم لا») is no happening
# (``event_factuality.tsv``).

def test_his_country_refuses_by_his_word() -> None:
    article = analyzed("وقال وزير الخارجية إن بلاده ترفض التدخل في شؤونها الداخلية.",
                       published=PUBLISHED)
    found = of_type(article.events, "REJECT")
    assert len(found) == 1 and found[0].actor_text == ["بلاده"], found


def test_his_country_will_not_pull_out() -> None:
    article = analyzed("ورد الوزير بأن بلاده لن تنسحب من المواقع التي دخلتها قواتها.",
                       published=PUBLISHED)
    found = of_type(article.events, "RETREAT")
    assert len(found) == 1 and found[0].factuality == "denied" \
        and found[0].actor_text == ["بلاده"], found


def test_whether_or_not_a_deal_is_reached_is_no_deal() -> None:
    text = ("وأكد وزير الطاقة أن بلاده ستبدأ تشغيل المحطة في يوليو المقبل سواء تم التوصل "
            "إلى اتفاق أم لا.")
    assert timed_triggers(text, "AGREE", PUBLISHED) == []
