"""Events, round 11: precision on real news. Six kinds of spurious event the hand-judged corpus
sample showed, each closed by a general rule with its counter-case: history told with a date of
long ago fronted before its clause or in the sentence before a «وكان …» backdrop; a kind of act
made a subject («استهداف المساجد يهدف إلى…») or a present verb offered as an alternative
(«يقبله العرب أو يرفضونه»); «ودّعت» (bade farewell) read as «و + دعت» (called); a topic
heading («وعن رفع العقوبات … قال:»); a death toll and the act told as its cause coded twice
(«قتل …، بعدما أطلق عليه النار»); and a meeting addressed to «you» («سأفتقد لقاءك»). These run
the real chain, but for the addressed meeting, whose sentence the chain alone does not code."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed as _analyzed, coded, of_type, only


def _triggers(text: str, type_: str, published: str = "2015-08-09") -> list[str]:
    article = _analyzed(text, published=published)
    return [article.text[e.trigger[0]:e.trigger[1]] for e in of_type(article.events, type_)]


# ---- history: a date of long ago fronted before its clause ------------------------------------

@pytest.mark.parametrize("text", [
    "تولى الحكم بعد وفاة أخيه سنة 1217هـ، قصف جيشه قلاع الساحل.",
    "وبعد وفاة أخيه سنة 1217هـ، قاد الأمير معارك كبيرة ضد جيش الوالي.",
    "ويذكر أنه في الفترة من آذار حتى أيلول 1941، قصف الطيران الألماني مدينة كوفنتري.",
    "وفي عام 1982، اقتحمت القوات الإسرائيلية بيروت.",
])
def test_a_date_of_long_ago_fronted_before_the_comma_makes_its_clause_history(text):
    assert _triggers(text, "ASSAULT") == []


@pytest.mark.parametrize("text, type_, trigger", [
    # the date belongs to a noun, and the next clause opens with «و»
    ("ووقع الرئيس الأمريكي الاتفاقية في واشنطن عام 1979، وقصفت الطائرات الإسرائيلية أمس "
     "مواقع المسلحين في سيناء.", "ASSAULT", "وقصفت"),
    ("وأحيا اللبنانيون ذكرى الحرب الأهلية التي اندلعت عام 1975، واعتقلت قوات الأمن أمس عشرة "
     "متظاهرين في بيروت.", "COERCE", "واعتقلت"),
])
def test_a_clause_after_an_old_date_that_opens_with_a_conjunction_is_news(text, type_, trigger):
    assert _triggers(text, type_) == [trigger]


# ---- history: a «وكان …» backdrop after a sentence of long ago ---------------------------------

def test_a_wakana_sentence_without_a_date_after_a_sentence_of_1943_is_its_backdrop():
    text = ("وقصف الطيران الألماني مدينة كوفنتري في آذار 1941. وكان الطيار يقود قاذفة خفيفة "
            "خلال غارة جوية على كوفنتري.")
    assert "غارة" not in _triggers(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    # the sentence before is news (a raid on another town: the same raid on Darwin, told
    # again with no doer, is that raid, round 29's ``_retold_doerless``)
    "وقصف الطيران مدينة داروين أمس. وكان الملاح يحلق بطائرة تصوير أثناء غارة جوية على مدينة "
    "كاثرين.",
    # no «وكان»: the reporter goes on with today's news
    "وقصف الطيران الياباني مدينة داروين في شباط 1943. وشنت المقاتلات أمس غارة جوية على مطار "
    "المدينة.",
])
def test_a_raid_after_news_or_told_without_wakana_stays(text):
    assert "غارة" in _triggers(text, "ASSAULT")


# ---- a kind of act, an alternative --------------------------------------------------------------

def test_an_indefinite_masdar_that_aims_at_something_is_a_kind_of_act():
    text = ("وقال الشيخ إن استهداف الكنائس ودور العبادة على يد المتطرفين يرمي إلى إثارة "
            "الفتنة.")
    assert _triggers(text, "ASSAULT") == []


@pytest.mark.parametrize("text, trigger", [
    ("وأكد المدير أن استهداف المسجد من قبل الإرهابيين أمس أسفر عن مقتل خمسة.", "استهداف"),
    # a feminine verb after the object describes the object
    ("واتهمت الحركة الجيش بقصف محطات كهرباء تخدم آلاف المدنيين في المدينة.", "بقصف"),
])
def test_a_masdar_told_with_its_toll_or_its_object_stays(text, trigger):
    assert trigger in _triggers(text, "ASSAULT")


def test_a_present_verb_offered_as_an_alternative_is_no_refusal():
    assert _triggers("وقال الكاتب إن الوحدة ليست خيارا يقبله العرب أو يرفضونه.", "REJECT") == []


def test_a_present_refusal_told_alone_stays():
    assert _triggers("وقال الوزير إن العرب يرفضون التطبيع مع الاحتلال.", "REJECT") == ["يرفضون"]


# ---- «ودّع»: the «و» is the verb's own letter ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "ودّعت مدينة الطائف أمس الشهيد سعد الحارثي في جنازة مهيبة.",
    "ودَّعت قبيلة عتيبة أمس الشهيد سعد الحارثي.",
])
def test_a_doubled_letter_after_waw_is_a_farewell_not_a_call(text):
    assert _triggers(text, "REQUEST") == []


@pytest.mark.parametrize("text, type_, trigger", [
    ("ودعت الحكومة السعودية الأطراف اليمنية إلى ضبط النفس.", "REQUEST", "دعت"),
    ("وقّع وزير الخارجية الأردني الاتفاقية مع نظيره المصري.", "AGREE", "وقّع"),
])
def test_a_call_after_waw_and_a_doubled_letter_of_a_verb_stay(text, type_, trigger):
    assert _triggers(text, type_) == [trigger]


# ---- a topic heading ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, type_", [
    ("وعن رفع العقوبات عن السودان قال الوزير: «الوعود وحدها لا تكفي».", "CONCEDE"),
    ("وعن استئناف المفاوضات مع طهران قال الوزير إن بلاده تدرس الأمر.", "CONSULT"),
])
def test_what_wa_an_names_before_the_speech_verb_is_a_topic(text, type_):
    assert _triggers(text, type_) == []


@pytest.mark.parametrize("text, type_, trigger", [
    ("وأعلنت واشنطن رفع العقوبات عن إيران، وقال الوزير إن القرار صائب.", "CONCEDE",
     "رفع العقوبات"),
    ("وعن الهجوم قال الوزير إن الجيش اعتقل عشرة مسلحين.", "COERCE", "اعتقل"),  # said, not topic
])
def test_an_act_told_outside_the_heading_stays(text, type_, trigger):
    assert _triggers(text, type_) == [trigger]


# ---- a death toll and the act told as its cause ------------------------------------------------

@pytest.mark.parametrize("text", [
    "قتل مهندس مصري صباح اليوم في حرم جامعة أمريكية، بعدما أطلق عليه النار مجهولون.",
    "قتل طبيب أردني صباح اليوم في حرم جامعة أمريكية، بعدما أطلق عليه النار ففارق الحياة لاحقا.",
])
def test_a_killing_and_the_shooting_told_as_its_cause_are_one_assault(text):
    article = _analyzed(text)
    assert only(article.events, "ASSAULT").mode == "kill"


@pytest.mark.parametrize("text, count", [
    ("قتل جنديان سوريان صباح اليوم في ريف حلب، وأطلق مسلحون من تنظيم داعش النار على دورية "
     "للجيش العراقي.", 2),
    ("وقال المتحدث إن الجيش قتل عشرين مسلحا في المعارك، وإن طائرات حربية دمرت مخازن أسلحة "
     "للمسلحين.", 2),
])
def test_a_killing_and_another_act_not_told_as_its_cause_stay_two(text, count):
    assert len(of_type(_analyzed(text).events, "ASSAULT")) == count


# ---- a meeting addressed to «you» ---------------------------------------------------------------

@pytest.mark.parametrize("text, entities, kept", [
    ("سأفتقد لقاءك الأخوي الصادق يا لطيفة.", {"لطيفة": "PER"}, []),
    ("وقال الوزير: أشكر لقاءه بالرئيس الفرنسي في باريس.", {"الوزير": "PER",
                                                         "الرئيس الفرنسي": "PER",
                                                         "باريس": "GPE"}, ["لقاءه"]),
])
def test_a_meeting_addressed_to_you_is_a_personal_word(text, entities, kept):
    article, events = coded(text, entities)
    assert [article.text[e.trigger[0]:e.trigger[1]] for e in of_type(events, "CONSULT")] == kept


def test_your_meeting_with_a_named_party_is_a_meeting():
    assert _triggers("وقال الوزير: أشكر لقاءك بالرئيس الفرنسي في باريس.", "CONSULT") == ["لقاءك"]
