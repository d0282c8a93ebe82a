"""Events on unseen text, round 7 (issue 7): the general causes behind the blind4 misses — a
threatened act kept when a warning states its condition, a verb whose subject is the speaker
after «أنها لن…», a plan that is no repetition of a happening told before, a boycott or an
agreement told with an unnamed complement, new words (cordons, skirmishes, general
mobilisation, pardons, blockades, airspace closures) — and the look-alikes that must stay
silent (a refusal to comment, a fear, a charge, a categorical «قاطع», sport, a place out of
control). Articles built by hand (``tests/gold/events/oracle.py``): only the events stage runs."""

from __future__ import annotations

import pytest

from gold.events.oracle import coded, names, of_type


# ---- a warning's conditional act ----------------------------------------------------------------

@pytest.mark.parametrize("text, cue, content, speaker, entities, type_", [
    ("وحذر الجيش الفصائل من أن طائراته ستستأنف القصف إذا لم تنسحب من التلال.", "وحذر",
     "أن طائراته ستستأنف القصف إذا لم تنسحب من التلال", "الجيش", {}, "ASSAULT"),
    ("وحذر الوزير من أن واشنطن ستفرض عقوبات على طهران إذا واصلت التخصيب.", "وحذر",
     "أن واشنطن ستفرض عقوبات على طهران إذا واصلت التخصيب", "الوزير",
     {"واشنطن": "GPE", "طهران": "GPE"}, "SANCTION"),
])
def test_the_act_a_warning_makes_conditional_is_a_hypothetical_event(
        text, cue, content, speaker, entities, type_):
    _, events = coded(text, entities, statements=[
        {"act": "WARN", "cue": cue, "content": content, "speaker": speaker}])
    found = of_type(events, type_)
    assert [e.factuality for e in found] == ["hypothetical"]


def test_a_warning_without_a_condition_still_codes_no_act_of_its_content():
    text = "وحذرت المنظمة من أن الطائرات ستقصف المخيمات."
    _, events = coded(text, {"المنظمة": "ORG"}, statements=[
        {"act": "WARN", "cue": "وحذرت", "content": "أن الطائرات ستقصف المخيمات",
         "speaker": "المنظمة"}])
    assert of_type(events, "ASSAULT") == []


# ---- subjects ---------------------------------------------------------------------------------

def test_a_verb_after_the_speakers_pronoun_and_a_negation_is_the_speakers_act():
    text = "وأعلنت بعثة الاتحاد الأفريقي أنها لن تسحب قواتها من المدن."
    article, events = coded(text, {"بعثة الاتحاد الأفريقي": "ORG"}, statements=[
        {"act": "SAY", "cue": "وأعلنت", "content": "أنها لن تسحب قواتها من المدن",
         "speaker": "بعثة الاتحاد الأفريقي"}])
    [retreat] = of_type(events, "RETREAT")
    assert (names(article, retreat.actors), retreat.factuality) == (
        ["بعثة الاتحاد الأفريقي"], "denied")


@pytest.mark.parametrize("text", [
    "وقالت المبعوثة إن الطرفين سيجتمعان الشهر المقبل في جنيف.",
    "وأكد المتحدث أن عناصر التنظيم انسحبوا من الحي.",
])
def test_a_party_named_by_its_kind_before_the_verb_is_its_subject(text):
    _, events = coded(text, {"جنيف": "GPE"})
    assert [e.type for e in events if e.type in ("CONSULT", "RETREAT")]


def test_an_agreement_with_an_unnamed_complement_after_its_preposition_is_told():
    text = "ووافقت الحكومة وجماعة الحوثي على هدنة لمدة شهرين."
    _, events = coded(text, {"جماعة الحوثي": "ORG"})
    assert len(of_type(events, "AGREE")) == 1


def test_a_price_is_no_praise():
    _, events = coded("ودفع رجال الأمن ثمنا باهظا في مواجهة الإرهاب.", {})
    assert of_type(events, "SUPPORT") == []


# ---- a plan is a new happening --------------------------------------------------------------------

def test_a_planned_shelling_does_not_join_the_shelling_told_before():
    text = ("قصفت الطائرات بلدات الريف أمس. وقال الجيش إن القصف سيتواصل إذا رفضت الفصائل "
            "تسليم السلاح.")
    _, events = coded(text, {}, statements=[
        {"act": "SAY", "cue": "وقال", "content": "إن القصف سيتواصل إذا رفضت الفصائل تسليم السلاح",
         "speaker": "الجيش"}])
    assert sorted(e.factuality for e in of_type(events, "ASSAULT")) == ["asserted", "hypothetical"]


# ---- new words ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, entities, type_, mode", [
    ("طوقت وحدات من الجيش مبنى البرلمان فجر اليوم.", {}, "MOBILIZE", "deploy"),
    ("ونشر الجيش وحدات إضافية حول مقر الحكومة.", {}, "MOBILIZE", "deploy"),
    ("وشهد محيط البرلمان مناوشات بين أنصار الرئيس ومعارضيه.", {}, "ASSAULT", "clash"),
    ("وشنت قوات النظام حملة عسكرية على البلدات الشرقية.", {"قوات النظام": "ORG"},
     "ASSAULT", "attack"),
    ("وعفا الرئيس عن مئة سجين بمناسبة العيد.", {}, "CONCEDE", "release"),
    ("وفرضت إسرائيل حصارا على القطاع أمس.", {"إسرائيل": "GPE"}, "SANCTION", "blockade"),
    ("وقد تغلق الجزائر مجالها الجوي أمام الطائرات المغربية.",
     {"الجزائر": "GPE", "المغربية": "NORP"}, "SANCTION", "close"),
])
def test_a_new_trigger_is_an_event(text, entities, type_, mode):
    _, events = coded(text, entities)
    assert [e.mode for e in of_type(events, type_)] == [mode]


# ---- look-alikes that stay silent ----------------------------------------------------------------

@pytest.mark.parametrize("text, entities, type_", [
    ("ورفض المتحدث التعليق على الأنباء.", {}, "REJECT"),
    ("وظل اللاعب يرفض التصريح عن أسباب رحيله.", {}, "REJECT"),
    ("ورفضت الوزارة بشكل قاطع المبررات التي ساقها الوفد.", {}, "REJECT"),
    ("نحن آمنون لا نخشى قصفا يهدم بيوتنا.", {}, "ASSAULT"),
    ("وأوقفت الشرطة عشرين شخصا بتهمة أعمال شغب.", {}, "PROTEST"),
    ("وكثف الفريق هجماته في الدقائق الأخيرة دون جدوى.", {}, "ASSAULT"),
    ("وأشاد الاتحاد الدولي للعبة بمشاركة لاعب المنتخب في البطولة.", {}, "SUPPORT"),
])
def test_a_look_alike_is_no_event_of_that_type(text, entities, type_):
    _, events = coded(text, entities)
    assert of_type(events, type_) == []


def test_a_place_out_of_control_is_a_state_not_a_seizure():
    _, events = coded("وتتعرض المناطق الخارجة عن سيطرته لقصف يومي.", {})
    assert [e.mode for e in events] == ["shell"]


def test_a_stadium_that_is_the_place_fought_over_frames_no_match():
    text = "سيطرت قوات سوريا الديمقراطية على الملعب البلدي في وسط الرقة."
    entities = {"قوات سوريا الديمقراطية": "ORG", "الملعب البلدي": "FAC", "الرقة": "GPE"}
    _, events = coded(text, entities)
    assert [e.mode for e in events] == ["seize"]


def test_a_general_mobilisation_announced_is_the_announcers_act():
    text = "وأعلنت حكومة الوفاق النفير العام في صفوف قواتها."
    article, events = coded(text, {"حكومة الوفاق": "ORG"}, statements=[
        {"act": "ANNOUNCE", "cue": "وأعلنت", "content": "النفير العام في صفوف قواتها",
         "speaker": "حكومة الوفاق"}])
    [mobilise] = of_type(events, "MOBILIZE")
    assert (mobilise.mode, names(article, mobilise.actors)) == ("alert", ["حكومة الوفاق"])
