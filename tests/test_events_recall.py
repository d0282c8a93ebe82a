"""The kinds a reader must not miss (issue 7, round 3): every condemnation, call, threat,
support and refusal is an event with its speaker; meetings named by a noun, mostly planned
ones; courts and police; protests; plans told by a later date. Articles built by hand
(``tests/gold/events/oracle.py``), so only the events stage is tested."""

from __future__ import annotations

import pytest

from gold.events.oracle import coded, names
from marsad.model import Event


def one(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.mode) for e in events]
    return found[0]


# ---- condemnations: an ACCUSE even when what is condemned names no one ----------------------

@pytest.mark.parametrize("text, speaker, content", [
    ("أدانت وزارة الخارجية القطرية في بيان الاعتداءات المتكررة على القرى الجنوبية.",
     "وزارة الخارجية القطرية", "القرى الجنوبية"),  # a content cut short after «في بيان»
    ("استنكر حزب الوسط بشدة تخريب المزارع في الأغوار.",
     "حزب الوسط", "تخريب المزارع في الأغوار"),
])
def test_a_condemnation_aimed_at_no_entity_stands_by_the_deed_it_condemns(
        text, speaker, content):
    """The deed condemned is the event's evidence, not its target (round 20)."""
    article, events = coded(text, {speaker: "ORG"}, statements=[
        {"act": "CONDEMN", "cue": text.split()[0], "speaker": speaker, "content": content}])
    accuse = one(events, "ACCUSE")
    assert (names(article, accuse.actors), accuse.target_text, accuse.by) == \
        ([speaker], [], "s1")


def test_unnamed_doers_of_the_condemned_act_are_the_target_text():
    article, events = coded(
        "ندد حزب التجمع بالهجمات التي ينفذها مستوطنون على مزارعي الزيتون.", {"حزب التجمع": "ORG"},
        statements=[{"act": "CONDEMN", "cue": "ندد", "speaker": "حزب التجمع",
                     "content": "بالهجمات التي ينفذها مستوطنون على مزارعي الزيتون"}])
    accuse = one(events, "ACCUSE")
    assert (names(article, accuse.actors), accuse.target_text) == (["حزب التجمع"], ["مستوطنون"])


def test_who_condemns_an_attack_is_not_its_doer():
    article, events = coded(
        "استنكرت رابطة العالم الإسلامي قصف المستشفى في خان يونس.",
        {"رابطة العالم الإسلامي": "ORG", "خان يونس": "GPE"},
        statements=[{"act": "CONDEMN", "cue": "استنكرت", "speaker": "رابطة العالم الإسلامي",
                     "content": "قصف المستشفى في خان يونس"}])
    assert names(article, one(events, "ACCUSE").actors) == ["رابطة العالم الإسلامي"]
    assert names(article, one(events, "ASSAULT").actors) == []


def test_an_accusation_names_the_accused_after_the_speakers_name():
    article, events = coded(
        "اتهم المستشار الألماني أولاف شولتس روسيا بنشر الأكاذيب.",
        {"الألماني": "NORP", "أولاف شولتس": "PER", "روسيا": "GPE"},
        statements=[{"act": "ACCUSE", "cue": "اتهم", "speaker": "المستشار الألماني",
                     "content": "أولاف شولتس روسيا بنشر الأكاذيب"}])  # a content that went wrong
    accuse = one(events, "ACCUSE")
    assert (names(article, accuse.actors), names(article, accuse.targets)) == \
        (["أولاف شولتس"], ["روسيا"])


def test_a_party_joined_to_the_speaker_condemns_with_it():
    article, events = coded(
        "أدان حزب الكتائب وحركة الاستقلال تفجير المرفأ.",
        {"حزب الكتائب": "ORG", "حركة الاستقلال": "ORG"},
        statements=[{"act": "CONDEMN", "cue": "أدان", "speaker": "حزب الكتائب",
                     "content": "وحركة الاستقلال تفجير المرفأ"}])
    assert names(article, one(events, "ACCUSE").actors) == ["حزب الكتائب", "حركة الاستقلال"]


@pytest.mark.parametrize("text, speaker", [
    ("دعا الملك عبد الله الثاني إلى وقف الحرب في السودان.", "الملك عبد الله الثاني"),
    ("طالب حزب الله بانسحاب القوات من التلال.", "حزب الله"),
])
def test_a_name_that_holds_a_word_of_prayer_is_no_prayer(text, speaker):
    article, events = coded(text, {speaker: "PER" if "الملك" in speaker else "ORG"}, statements=[
        {"act": "CALL", "cue": text.split()[0], "speaker": speaker,
         "content": text.split(speaker)[1].strip(" .")}])
    request = one(events, "REQUEST")
    assert (names(article, request.actors), request.by) == ([speaker], "s1")


# ---- support and refusal: who supports is enough ------------------------------------------

@pytest.mark.parametrize("text, entities, mode, actor", [
    ("أشاد رئيس الوزراء الماليزي بجهود الوساطة.", {"رئيس الوزراء الماليزي": "PER"}, "praise",
     "رئيس الوزراء الماليزي"),
    ("رحبت منظمة الصحة العالمية بالهدنة الإنسانية.", {"منظمة الصحة العالمية": "ORG"}, "welcome",
     "منظمة الصحة العالمية"),
    ("أيد مجلس النواب الأردني مشروع القانون.", {"مجلس النواب الأردني": "ORG"}, "endorse",
     "مجلس النواب الأردني"),
    ("جدد الاتحاد الأفريقي دعمه لجهود السلام في الصومال.",
     {"الاتحاد الأفريقي": "ORG", "الصومال": "GPE"}, "endorse", "الاتحاد الأفريقي"),
])
def test_support_with_its_supporter_is_a_support_event(text, entities, mode, actor):
    article, events = coded(text, entities)
    support = one(events, "SUPPORT")
    assert (support.mode, names(article, support.actors)) == (mode, [actor])


def test_the_parties_of_a_welcomed_deal_are_its_targets_not_its_actors():
    article, events = coded("رحبت الجامعة العربية بالاتفاق بين إثيوبيا وإريتريا.",
                            {"الجامعة العربية": "ORG", "إثيوبيا": "GPE", "إريتريا": "GPE"})
    support = one(events, "SUPPORT")
    assert names(article, support.actors) == ["الجامعة العربية"]
    assert names(article, support.targets) == ["إثيوبيا", "إريتريا"]


def test_a_refusal_by_a_named_actor_is_a_reject_event():
    article, events = coded("رفضت حركة النهضة نتائج الاستفتاء.", {"حركة النهضة": "ORG"})
    assert names(article, one(events, "REJECT").actors) == ["حركة النهضة"]


# ---- meetings named by a noun, mostly planned ones ----------------------------------------

@pytest.mark.parametrize("text, entities, mode", [
    ("تبحث القمة المرتقبة في الدوحة ملف المياه.", {"الدوحة": "GPE"}, "summit"),
    ("من المقرر أن يعقد الاجتماع في الرباط يوم الخميس.", {"الرباط": "GPE"}, "meet"),
    ("يبدأ الرئيس السنغالي زيارة مرتقبة إلى نواكشوط.",
     {"الرئيس السنغالي": "PER", "نواكشوط": "GPE"}, "visit"),
    ("سيلتقي وزير الخارجية الياباني نظيره الكوري في سيول.",
     {"وزير الخارجية الياباني": "PER", "الكوري": "NORP", "سيول": "GPE"}, "meet"),
])
def test_a_planned_meeting_is_a_future_consult(text, entities, mode):
    _, events = coded(text, entities)
    consult = one(events, "CONSULT")
    assert (consult.mode, consult.factuality) == (mode, "future")


def test_a_meeting_past_without_parties_or_place_stays_out():
    assert coded("عقد الاجتماع في قاعة كبيرة.")[1] == []


def test_a_day_named_after_the_articles_date_makes_the_event_a_plan():
    _, events = coded("يزور الوزير الكويتي بغداد يوم الأحد.", {"الكويتي": "NORP", "بغداد": "GPE"},
                      times={"يوم الأحد": "2025-01-19"}, published="2025-01-15")
    assert one(events, "CONSULT").factuality == "future"
    _, events = coded("زار الوزير الكويتي بغداد يوم الأحد.", {"الكويتي": "NORP", "بغداد": "GPE"},
                      times={"يوم الأحد": "2025-01-12"}, published="2025-01-15")
    assert one(events, "CONSULT").factuality == "asserted"


# ---- courts and police; protests ----------------------------------------------------------

@pytest.mark.parametrize("text, entities, mode", [
    ("قضت محكمة الجنايات في طنطا بسجن المتهمين عشر سنوات.", {"طنطا": "GPE"}, "sentence"),
    ("حكمت المحكمة العسكرية على الضابط بالسجن المؤبد.", {}, "sentence"),
    ("دهمت الشرطة مستودعا للأسلحة في الزرقاء.", {"الزرقاء": "GPE"}, "raid"),
    ("أعلنت النيابة توقيف ثلاثة موظفين في بنغازي.", {"بنغازي": "GPE"}, "arrest"),
])
def test_courts_and_police_coerce(text, entities, mode):
    _, events = coded(text, entities)
    assert one(events, "COERCE").mode == mode


@pytest.mark.parametrize("text, entities, mode", [
    ("نظم المعلمون وقفة احتجاجية أمام وزارة التربية في صنعاء.",
     {"وزارة التربية": "ORG", "صنعاء": "GPE"}, "sitin"),
    ("أضرب المعتقلون عن الطعام في سجن عوفر.", {"سجن عوفر": "FAC"}, "strike"),
    ("خرجت مسيرة احتجاجية في شوارع الخرطوم.", {"الخرطوم": "GPE"}, "demonstrate"),
])
def test_protests_named_by_a_phrase_are_protest_events(text, entities, mode):
    _, events = coded(text, entities)
    assert one(events, "PROTEST").mode == mode


# ---- arguments ----------------------------------------------------------------------------

def test_a_nationality_in_a_persons_title_is_not_a_second_actor():
    article, events = coded("التقى وزير الخارجية الهولندي ماركو فيرمولن نظيره التونسي في لاهاي.",
                            {"الهولندي": "NORP", "ماركو فيرمولن": "PER", "التونسي": "NORP",
                             "لاهاي": "GPE"})
    assert names(article, one(events, "CONSULT").actors) == ["ماركو فيرمولن"]


def test_a_threat_with_a_short_masdar_still_names_what_it_threatens_with():
    article, events = coded(
        "وهدد الاتحاد الأوروبي بفرض عقوبات على مينسك.", {"الاتحاد الأوروبي": "ORG", "مينسك": "GPE"},
        statements=[{"act": "THREATEN", "cue": "وهدد", "speaker": "الاتحاد الأوروبي",
                     "content": "بفرض عقوبات على مينسك"}])
    assert names(article, one(events, "THREATEN").actors) == ["الاتحاد الأوروبي"]


def test_support_told_with_a_feminine_pronoun_is_support_for_who_follows_ل():
    article, events = coded("وأعربت تونس عن دعمها الكامل للبنان.", {"تونس": "GPE", "لبنان": "GPE"})
    support = one(events, "SUPPORT")
    assert (names(article, support.actors), names(article, support.targets)) == (["تونس"], ["لبنان"])


@pytest.mark.parametrize("text, entities, type_, factuality, actor", [
    ("لن يشارك الوفد الكندي في المفاوضات.", {"الوفد الكندي": "ORG"}, "CONSULT", "denied",
     "الوفد الكندي"),
    ("لم يحضر رئيس الوزراء الإسباني القمة في بروكسل.",
     {"رئيس الوزراء الإسباني": "PER", "بروكسل": "GPE"}, "CONSULT", "denied", "رئيس الوزراء الإسباني"),
    ("ودخل عمال الموانئ في إضراب مفتوح.", {}, "PROTEST", "asserted", "عمال"),
])
def test_who_takes_part_in_a_masdar_is_its_actor_and_its_negation_is_the_events(
        text, entities, type_, factuality, actor):
    article, events = coded(text, entities)
    event = one(events, type_)
    assert (event.factuality, names(article, event.actors) + event.actor_text) == (factuality, [actor])
