"""Events, round 22, backdrops: a description or remote history is no happening.

A verb in the present right after a relative pronoun describes its antecedent (what a party
does, what a place suffers), and a statement's cue there likewise; a trigger a few words after
a century or a decade of the last century is history; so is a relative clause right after a
date of long ago (``eventcoding/prec_backdrops.py``, words in ``event_backdrops.yaml``). A past
verb after a relative pronoun, a future one, a present one a word of now follows, a present
accusation or visit and a pluperfect told as background stay events.

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, first_coded, of_type


def test_a_present_verb_after_a_relative_pronoun_describes_a_party() -> None:
    article = analyzed("وتحدث السكان عن مهمة التحالف الدولي الذي يقصف مواقع التنظيم في شمال "
                       "البلاد.")
    assert of_type(article.events, "ASSAULT") == []


def test_a_present_phrase_after_a_relative_pronoun_describes_a_place() -> None:
    article = analyzed("وصل وفد الصليب الأحمر إلى البلدة التي يفرض عليها المسلحون حصارا، "
                       "لبحث إدخال الغذاء.")
    assert of_type(article.events, "SANCTION") == []


def test_a_present_donation_after_a_relative_pronoun_describes_the_goods() -> None:
    article = analyzed("ووزعت الجمعية الطرود الغذائية التي يتبرع بها رجال أعمال على الأسر "
                       "المحتاجة.")
    # the distribution by the society is an event of its own (round 35, B: «الجمعية» is a
    # party head); the donation told after «التي» is none
    assert [article.text[e.trigger[0]:e.trigger[1]] for e in of_type(article.events, "AID")
            if e.trigger is not None] == ["ووزعت"]


def test_a_present_statement_cue_after_a_relative_pronoun_is_no_request() -> None:
    article = analyzed("وأظهرت صور جديدة نشاطا قرب المنشأة التي تطالب الهيئة بزيارتها منذ "
                       "أشهر.")
    assert of_type(article.events, "REQUEST") == []


def test_a_present_accusation_after_a_relative_pronoun_stays() -> None:
    article, event = first_coded("ورفضت واشنطن تسليم المعارض الذي تتهمه الحكومة بالتحريض على "
                                 "العنف.", "ACCUSE")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "تتهمه"


def test_a_present_verb_after_a_relative_pronoun_told_as_now_stays() -> None:
    article, event = first_coded("ونقل الموقع عن سكان أن المدفعية التي تقصف البلدة حاليا "
                                 "تتمركز على التلال.", "ASSAULT")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "تقصف"


def test_a_present_visit_after_a_relative_pronoun_still_places_the_talks() -> None:
    article, event = first_coded("وأكد الوزير خلال مباحثاته مع الوزيرة الكرواتية التي تزور "
                                 "القاهرة أن الجهود متواصلة.", "CONSULT")
    place = article.entity(event.place) if event.place else None
    assert place is not None and place.text == "القاهرة"


def test_a_future_verb_after_a_relative_pronoun_stays() -> None:
    article, event = first_coded("وأكد المتحدث أن القوات التي ستنسحب من المدينة الأسبوع "
                                 "المقبل سلمت مواقعها للجيش.", "RETREAT")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "ستنسحب"
    assert event.factuality == "future"


def test_a_past_verb_after_a_relative_pronoun_stays() -> None:
    article = analyzed("وقال الناطق إن الهجوم الذي استهدف الثكنة أمس أوقع ثلاثة قتلى.")
    assert of_type(article.events, "ASSAULT") != []


def test_a_clash_in_the_last_century_is_history() -> None:
    article = analyzed("وفي منتصف القرن الماضي، اشتبك رجال القبائل على آبار المياه في "
                       "الصحراء.")
    assert of_type(article.events, "ASSAULT") == []


def test_a_storming_in_the_eighties_is_history() -> None:
    article = analyzed("وفي الثمانينيات اقتحم مسلحون مبنى الإذاعة في العاصمة.")
    assert of_type(article.events, "ASSAULT") == []


def test_the_deal_of_the_century_is_no_time() -> None:
    article, event = first_coded("وأعلنت الإدارة الأمريكية تفاصيل صفقة القرن، ورفضت السلطة "
                                 "الفلسطينية الخطة بالكامل.", "REJECT")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "ورفضت"


def test_a_relative_clause_on_a_date_of_long_ago_is_history() -> None:
    article = analyzed("عندما ألقت الطائرات القنابل على القرية في 5 يونيو 1967 التي قتلت 40 "
                       "شخصا، كان الطفل بعيدا عنها.")
    assert of_type(article.events, "ASSAULT") == []


def test_a_pluperfect_of_last_week_told_as_background_stays() -> None:
    article, event = first_coded("وكان الجيش قد سيطر على البلدة الأسبوع الماضي بعد معارك "
                                 "عنيفة.", "ASSAULT")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "سيطر"
