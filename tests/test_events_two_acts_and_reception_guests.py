"""Events, round 24 (twoacts): two happenings of one type told in one sentence stay two
events (``marsad/eventcoding/two_acts.py``, words in ``two_acts.yaml``; the pairs it keeps
apart go to ``merge.merge_in_sentences``), and the guest of a reception is read past the
place and time that stand between the host and the guest
(``marsad/eventcoding/reception_guests.py``, words in ``reception_guests.yaml``).

Our own sentences, through the real chain. Each guard test also codes the new behaviour in
a sentence of the same shape, so it fails without the module."""

from __future__ import annotations

from gold.events.oracle import analyzed, names, of_type, triggers

ARRESTS = "اعتقلت الشرطة عددا من الناشطين ليل الأحد، {} تم توقيف صحفي في مدينة حمص صباح اليوم."
CLASH = ("وأفاد سكان بأن اشتباكات عنيفة اندلعت صباح اليوم قرب القصر الرئاسي، "
         "وأن {} في حي المطار.")


def _targets(text: str) -> list[str]:
    """The targets (named, then unnamed) of the one CONSULT event of ``text``."""
    article = analyzed(text)
    events = of_type(article.events, "CONSULT")
    assert len(events) == 1
    return names(article, events[0].targets) + list(events[0].target_text)


# ---- two acts --------------------------------------------------------------------------------

def test_an_arrest_told_after_kama_is_a_second_event() -> None:
    found = triggers(ARRESTS.format("كما"), "COERCE")
    assert len(found) == 2 and "توقيف" in found[1]


def test_fi_hin_opens_a_second_happening() -> None:
    found = triggers(ARRESTS.format("في حين"), "COERCE")
    assert len(found) == 2 and "توقيف" in found[1]


def test_kama_before_a_doerless_verb_goes_on_with_the_same_act() -> None:
    raids = ("وشنت الطائرات الحربية سلسلة غارات على مواقع المسلحين، "
             "كما استهدفت مخازن للسلاح في ريف حماة.")
    assert len(triggers(raids, "ASSAULT")) == 1
    assert len(triggers(ARRESTS.format("كما"), "COERCE")) == 2


def test_a_second_reported_fact_with_its_own_doer_is_a_second_attack() -> None:
    text = CLASH.format("طائرات مسيرة قصفت مواقع")
    article = analyzed(text)
    events = of_type(article.events, "ASSAULT")
    assert [text[slice(*e.trigger)] for e in events if e.trigger] == ["اشتباكات", "قصفت"]
    assert events[0].actor_text == [] and events[1].actor_text == ["طائرات مسيرة"]


def test_a_death_toll_in_the_second_fact_stays_with_the_act() -> None:
    assert len(triggers(CLASH.format("ثلاثة مدنيين قتلوا"), "ASSAULT")) == 1
    assert len(triggers(CLASH.format("طائرات مسيرة قصفت مواقع"), "ASSAULT")) == 2


def test_a_new_statement_tells_a_second_strike() -> None:
    text = ("وفي مدينة إدلب، تواصل القصف المدفعي على الأحياء السكنية، وقال ناشطون إن طائرات "
            "حربية استهدفت مدرسة ما أسفر عن مقتل خمسة مدنيين.")
    article = analyzed(text)
    events = of_type(article.events, "ASSAULT")
    assert [text[slice(*e.trigger)] for e in events if e.trigger] == ["القصف", "استهدفت"]
    assert events[0].factuality == "asserted" and events[1].factuality == "reported"


# ---- the guest of a reception ----------------------------------------------------------------

def test_the_guest_past_the_hosts_office() -> None:
    assert _targets("استقبل الرئيس في مكتبه وزير الخارجية.") == ["وزير الخارجية"]


def test_the_guest_past_an_unnamed_seat_is_the_body_he_heads() -> None:
    assert _targets("واستقبل رئيس الحكومة اللبنانية نجيب ميقاتي في السراي الحكومي قائد قوات "
                    "اليونيفيل.") == ["قوات اليونيفيل"]


def test_the_guest_past_a_palace_with_bi_and_a_time() -> None:
    assert _targets("استقبل الملك عبدالله الثاني بقصر الحسينية سفير اليابان لدى الأردن.") \
        == ["اليابان"]
    assert _targets("استقبل وزير الخارجية أيمن الصفدي في مكتبه اليوم المبعوث الأممي إلى "
                    "اليمن.") == ["المبعوث الأممي"]


def test_a_delegation_is_its_leader() -> None:
    assert _targets("استقبل الرئيس الموريتاني، أمس الأحد بالقصر الرئاسي في نواكشوط، وفدا "
                    "عسكريا ماليا برئاسة وزير الدفاع ساديو كامارا.") == ["ساديو كامارا"]


def test_the_hosts_own_title_after_a_comma_is_no_guest() -> None:
    host = "استقبل الشيخ عبدالله بن زايد{} أمس في مكتبه وفدا من رجال الأعمال الكوريين."
    assert _targets(host.format("، وزير الخارجية،")) == []
    assert _targets(host.format("")) == ["وفدا"]


def test_a_person_owning_the_title_is_no_guest_the_name_after_it_is() -> None:
    assert _targets("التقى الرئيس التونسي، أمس، مبعوث الرئيس الفلبيني، السيد خوسيه سانتوس، الذي "
                    "وصل تونس.") == ["خوسيه سانتوس"]
