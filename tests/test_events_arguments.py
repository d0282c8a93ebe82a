"""Who did it, to whom, where: the arguments of an event (``marsad/eventcoding/arguments.py``,
``argument_phrases.py``), one behaviour at a time on articles built by hand, and the quality
floors on our own argument-rich articles (``tests/gold/events/args_dev/``).

Floors sit a little under what was measured (``scripts/eval_events.py --gold
tests/gold/events/args_dev`` with and without ``--pipeline``); raise them on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from gold.events.oracle import article_from_gold, coded, load_gold, names, scored
from marsad.arabic.normalise import fold
from marsad.events import code_events
from marsad.model import Article, Event

ROOT = Path(__file__).resolve().parent.parent
ARGS_DEV = ROOT / "tests" / "gold" / "events" / "args_dev"
FILES = sorted(ARGS_DEV.glob("*.yaml"))


def actors(article: Article, event: Event) -> list[str]:
    return names(article, event.actors) + event.actor_text


def place(article: Article, event: Event) -> str | None:
    entity = article.entity(event.place) if event.place else None
    return entity.text if entity else None


def the(events: list[Event], type_: str) -> Event:
    [event] = [e for e in events if e.type == type_]
    return event


# ---- subject and object around the verb ---------------------------------------------------

def test_a_place_and_a_time_between_the_subject_and_the_object_are_passed():
    article, events = coded(
        "استقبل الملك عبد الله الثاني في قصر الحسينية بعمّان صباح اليوم رئيس الوزراء العراقي "
        "محمد شياع السوداني.",
        {"عبد الله الثاني": "PER", "عمّان": "GPE", "العراقي": "NORP", "محمد شياع السوداني": "PER"},
        times={"صباح اليوم": "2025-01-15"})
    event = the(events, "CONSULT")
    assert actors(article, event) == ["عبد الله الثاني"]
    assert names(article, event.targets) == ["محمد شياع السوداني"]
    assert place(article, event) == "عمّان"


@pytest.mark.parametrize("text, entities, type_, want", [
    ("المغرب وموريتانيا وقعتا اتفاقية للتعاون في مجال الصيد البحري.",
     {"المغرب": "GPE", "موريتانيا": "GPE"}, "AGREE", ["المغرب", "موريتانيا"]),
    ("وقعت قطر وجمهورية رواندا اتفاقية للنقل الجوي.",
     {"قطر": "GPE", "رواندا": "GPE"}, "AGREE", ["قطر", "رواندا"]),
    ("شنت الطائرات الروسية السورية غارات على ريف إدلب.",
     {"الروسية": "NORP", "السورية": "NORP", "ريف إدلب": "GPE"}, "ASSAULT", ["الروسية", "السورية"]),
])
def test_every_party_of_a_compound_acts(text, entities, type_, want):
    article, events = coded(text, entities)
    assert sorted(actors(article, the(events, type_))) == sorted(want)


@pytest.mark.parametrize("text, entities, actor, target", [
    ("وتلقى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا من الرئيس الأوكراني بالإنابة "
     "فولوديمير زيلينسكي.",
     {"الفرنسي": "NORP", "إيمانويل ماكرون": "PER", "الأوكراني": "NORP",
      "فولوديمير زيلينسكي": "PER"}, ["فولوديمير زيلينسكي"], ["إيمانويل ماكرون"]),
    ("يزور وزير الدولة بوزارة الخارجية سلطان الجابر مدينة نيروبي الأسبوع المقبل.",
     {"وزارة الخارجية": "ORG", "سلطان الجابر": "PER", "نيروبي": "GPE"}, ["سلطان الجابر"], []),
])
def test_a_title_leaves_the_name_it_stands_before(text, entities, actor, target):
    article, [event] = coded(text, entities)
    assert actors(article, event) == actor
    assert names(article, event.targets) == target


def test_with_qad_the_subject_stood_before_the_verb_and_what_follows_is_its_object():
    article, [event] = coded("وكانت الميليشيات قد اقتحمت مقر البلدية في مدينة تعز.", {"تعز": "GPE"})
    assert actors(article, event) == ["الميليشيات"]
    assert event.target_text == ["مقر البلدية"]
    assert place(article, event) == "تعز"


def test_the_two_sides_are_the_parties_of_the_event_told_before():
    article, events = coded(
        "بحث وزير الخارجية المصري بدر عبد العاطي مع نظيره الأردني أيمن الصفدي الأوضاع في "
        "المنطقة. واتفق الجانبان على تنسيق المواقف.",
        {"المصري": "NORP", "بدر عبد العاطي": "PER", "الأردني": "NORP", "أيمن الصفدي": "PER"})
    agreement = the(events, "AGREE")
    assert sorted(actors(article, agreement)) == ["أيمن الصفدي", "بدر عبد العاطي"]


def test_an_unnamed_title_gives_way_to_the_person_it_names():
    article, [event] = coded(
        "أكد وزير الخارجية العماني بدر البوسعيدي خلال لقائه أمس المبعوث الأممي الخاص إلى اليمن "
        "هانس غروندبرغ أهمية التهدئة.",
        {"العماني": "NORP", "بدر البوسعيدي": "PER", "اليمن": "GPE", "هانس غروندبرغ": "PER"},
        times={"أمس": "2025-01-14"})
    assert actors(article, event) == ["بدر البوسعيدي"]
    assert names(article, event.targets) == ["هانس غروندبرغ"]


def test_a_verb_joined_by_waw_shares_the_subject_and_takes_an_object():
    article, events = coded(
        "زار وزير الخارجية الأردني أيمن الصفدي دمشق والتقى الرئيس أحمد الشرع.",
        {"الأردني": "NORP", "أيمن الصفدي": "PER", "دمشق": "GPE", "أحمد الشرع": "PER"})
    assert all(actors(article, e) == ["أيمن الصفدي"] for e in events)
    assert any(names(article, e.targets) == ["أحمد الشرع"] for e in events)


def test_a_place_visited_is_where_it_happened_not_whom_it_was_done_to():
    article, [event] = coded("زار رئيس الوزراء الإسباني مدينة الرباط.",
                             {"الإسباني": "NORP", "الرباط": "GPE"})
    assert event.targets == []
    assert place(article, event) == "الرباط"


# ---- a masdar's arguments -------------------------------------------------------------

@pytest.mark.parametrize("text, entities, type_, actor, target, target_text", [
    ("أثار اعتقال الشرطة التونسية للناشط سامي حداد موجة انتقادات.",
     {"التونسية": "NORP", "سامي حداد": "PER"}, "COERCE", ["التونسية"], ["سامي حداد"], []),
    ("أثار اختطاف جماعة الحوثي ثلاثة صحفيين في صنعاء موجة انتقادات.",
     {"جماعة الحوثي": "ORG", "صنعاء": "GPE"}, "ASSAULT", ["جماعة الحوثي"], [], ["ثلاثة صحفيين"]),
])
def test_a_genitive_followed_by_an_object_is_the_doer(text, entities, type_, actor, target,
                                                      target_text):
    article, events = coded(text, entities)
    event = the(events, type_)
    assert actors(article, event) == actor
    assert names(article, event.targets) == target
    assert event.target_text == target_text


def test_the_accused_did_what_the_masdar_after_bi_names():
    article, events = coded(
        "اتهمت الحكومة اليمنية جماعة الحوثي بقصف مدينة تعز.",
        {"اليمنية": "NORP", "جماعة الحوثي": "ORG", "تعز": "GPE"},
        statements=[{"act": "ACCUSE", "cue": "اتهمت", "speaker": "الحكومة اليمنية",
                     "content": "جماعة الحوثي بقصف مدينة تعز"}])
    shelling = the(events, "ASSAULT")
    assert actors(article, shelling) == ["جماعة الحوثي"]
    assert names(article, shelling.targets) == ["تعز"]


def test_a_masdar_with_a_pronoun_is_done_by_the_one_it_names():
    article, [event] = coded(
        "أكد وزير الخارجية المصري بدر عبد العاطي خلال لقائه اليوم المبعوث الأمريكي ستيف ويتكوف "
        "ضرورة التهدئة.",
        {"المصري": "NORP", "بدر عبد العاطي": "PER", "الأمريكي": "NORP", "ستيف ويتكوف": "PER"},
        times={"اليوم": "2025-01-15"})
    assert actors(article, event) == ["بدر عبد العاطي"]
    assert names(article, event.targets) == ["ستيف ويتكوف"]


def test_a_masdar_of_purpose_is_done_by_the_subject_of_its_clause():
    article, [event] = coded("تدخلت قوات مكافحة الشغب لتفريق المحتجين في ساحة التحرير.",
                             {"ساحة التحرير": "LOC"})
    assert actors(article, event) == ["قوات مكافحة الشغب"]
    assert place(article, event) == "ساحة التحرير"


@pytest.mark.parametrize("text, entities, actor", [
    ("قتل ثلاثة حوثيين بهجوم شنته اليوم المقاومة الشعبية ضد موقع لهم بمدينة إب.",
     {"إب": "GPE"}, ["المقاومة الشعبية"]),
    ("وأوضحت المصادر أنه إثر هجوم شنته من عدن تمكنت القوات من السيطرة على مدينة زنجبار.",
     {"عدن": "GPE", "زنجبار": "GPE"}, []),
])
def test_a_light_verb_after_the_masdar_names_its_actor_not_where_it_came_from(text, entities,
                                                                             actor):
    article, events = coded(text, entities, times={"اليوم": "2025-01-15"})
    assert all("عدن" not in actors(article, e) for e in events)
    assert actors(article, events[0]) == actor


# ---- unnamed objects -------------------------------------------------------------------

def test_an_unnamed_subject_before_an_accusative_object_acts():
    article, [event] = coded("هاجم مفجر انتحاري مسجداً في مدينة أبها.", {"أبها": "GPE"})
    assert actors(article, event) == ["مفجر انتحاري"]
    assert event.target_text == ["مسجداً"]


@pytest.mark.parametrize("text, entities, target_text", [
    ("قصفت طائرات حربية منزلا قرب مدينة إدلب.", {"إدلب": "GPE"}, ["منزلا"]),
    ("اعتقلت قوات الأمن العراقية فجر اليوم ثلاثة مطلوبين في مدينة الموصل.",
     {"العراقية": "NORP", "الموصل": "GPE"}, ["ثلاثة مطلوبين"]),
    ("ألقت الشرطة القبض على عصابة في مدينة الزرقاء.", {"الزرقاء": "GPE"}, ["عصابة"]),
])
def test_an_object_no_entity_names_is_kept_as_text(text, entities, target_text):
    _, [event] = coded(text, entities, times={"فجر اليوم": "2025-01-15"})
    assert event.targets == []
    assert event.target_text == target_text


# ---- place -----------------------------------------------------------------------------

def test_a_definite_place_noun_points_back_to_the_place_it_named():
    article, [event] = coded(
        "دخل الجيش مدينة ود مدني الأسبوع الماضي. وأكد شهود أن المسلحين انسحبوا من المدينة.",
        {"ود مدني": "GPE"})
    assert event.type == "RETREAT"
    assert place(article, event) == "ود مدني"


def test_a_sentence_going_on_with_waw_keeps_the_place_of_the_event_before():
    article, events = coded(
        "اقتحم مستوطنون قرية المغير شرق رام الله. وأطلق جنود الاحتلال النار على الأهالي.",
        {"المغير": "GPE", "رام الله": "GPE"})
    shooting = events[-1]
    assert actors(article, shooting) == ["جنود الاحتلال"]
    assert shooting.target_text == ["الأهالي"]
    assert place(article, shooting) == "المغير"


def test_a_condemnation_takes_no_place_from_the_event_before():
    article, events = coded("قصفت الطائرات الإسرائيلية مدينة رفح. ودانت مصر القصف.",
                            {"الإسرائيلية": "NORP", "رفح": "GPE", "مصر": "GPE"})
    assert place(article, the(events, "ASSAULT")) == "رفح"
    assert all(e.place is None for e in events if e.type == "ACCUSE")


# ---- round 5: who is a party, and where -------------------------------------------------

@pytest.mark.parametrize("text, entities, type_, actor", [
    ("اقتحمت قوة كبيرة من جيش الاحتلال مخيم بلاطة شرق نابلس.",
     {"جيش الاحتلال": "ORG", "مخيم بلاطة": "FAC", "نابلس": "GPE"}, "ASSAULT", ["جيش الاحتلال"]),
    ("هاجمت عناصر من حركة الشباب قاعدة عسكرية قرب مقديشو.",
     {"حركة الشباب": "ORG", "مقديشو": "GPE"}, "ASSAULT", ["حركة الشباب"]),
    ("سيطر مسلحو جبهة النصرة على بلدة كفرنبودة.",
     {"جبهة النصرة": "ORG", "كفرنبودة": "GPE"}, "ASSAULT", ["جبهة النصرة"]),
])
def test_a_unit_of_a_named_body_is_that_body(text, entities, type_, actor):
    article, events = coded(text, entities)
    assert actors(article, the(events, type_)) == actor


def test_the_towns_at_the_ends_of_a_road_are_no_parties():
    article, [event] = coded(
        "اختطف مسلحون مجهولون أربعة سائقين على الطريق بين مدينتي كيدال وغاو شمالي مالي.",
        {"كيدال": "GPE", "غاو": "GPE", "مالي": "GPE"})
    assert actors(article, event) == ["مسلحون مجهولون"]


def test_an_organisation_no_entity_names_acts_as_text():
    article, [event] = coded("هاجمت الجبهة الثورية مواقع للجيش في ولاية جنوب كردفان.",
                             {"ولاية جنوب كردفان": "GPE"})
    assert actors(article, event) == ["الجبهة الثورية"]


@pytest.mark.parametrize("text", [
    "استهدف برنامج الإسكان الجديد عشرين ألف أسرة.",
    "يستهدف مشروع الري الحديث آلاف المزارعين.",
])
def test_a_thing_is_no_unnamed_actor(text):
    article, events = coded(text, {})
    assert all(not actors(article, e) for e in events)


def test_a_topic_after_a_meeting_verb_keeps_its_place_to_itself():
    article, [event] = coded("بحث وزير الخارجية المصري مع نظيره الأردني الأوضاع في قطاع غزة.",
                             {"المصري": "NORP", "الأردني": "NORP", "قطاع غزة": "GPE"})
    assert event.type == "CONSULT"
    assert place(article, event) is None


@pytest.mark.parametrize("text, entities, actor", [
    ("ورفضت الصين المشاركة في المناورات.", {"الصين": "GPE"}, ["الصين"]),
    ("ورفض الأردن فتح حدوده أمام المهربين.", {"الأردن": "GPE"}, ["الأردن"]),
])
def test_a_country_after_a_refusal_is_its_subject(text, entities, actor):
    article, [event] = coded(text, entities)
    assert event.type == "REJECT"
    assert actors(article, event) == actor
    assert event.targets == []


def test_a_threat_is_aimed_at_the_subject_of_its_condition():
    article, events = coded(
        "توعد قائد الجيش بالرد الحاسم إذا لم تسحب حركة التمرد مقاتليها من الحدود.",
        {"حركة التمرد": "ORG"})
    assert names(article, the(events, "THREATEN").targets) == ["حركة التمرد"]


def test_the_fighters_of_a_speaker_after_anna_are_the_speaker():
    text = "أعلنت حركة المقاومة أن مقاتليها استهدفوا دورية عسكرية قرب الحدود."
    article, events = coded(text, {"حركة المقاومة": "ORG"}, statements=[
        {"act": "ANNOUNCE", "cue": "أعلنت", "speaker": "حركة المقاومة",
         "content": "مقاتليها استهدفوا دورية عسكرية قرب الحدود"}])
    assert actors(article, the(events, "ASSAULT")) == ["حركة المقاومة"]


@pytest.mark.parametrize("text, entities, type_, actor", [
    ("شنت طائرات حربية إسرائيلية غارات على بلدة الخيام.",
     {"إسرائيلية": "NORP", "الخيام": "GPE"}, "ASSAULT", ["إسرائيلية"]),
    ("ترأس رئيس الوزراء سالم الحداد اجتماعا طارئا في مدينة صور.",
     {"سالم الحداد": "PER", "صور": "GPE"}, "CONSULT", ["سالم الحداد"]),
])
def test_the_subject_of_a_light_verb_does_the_masdar(text, entities, type_, actor):
    article, events = coded(text, entities)
    assert actors(article, the(events, type_)) == actor


def test_a_phrase_ending_in_forces_is_done_by_the_body_after_it():
    article, [event] = coded("حشدت قوات حكومة الإنقاذ أرتالا عسكرية قرب مدينة مصراتة.",
                             {"حكومة الإنقاذ": "ORG", "مصراتة": "GPE"})
    assert event.type == "MOBILIZE"
    assert actors(article, event) == ["حكومة الإنقاذ"]


@pytest.mark.parametrize("text, entities, type_, actor", [
    ("قصفت مدفعية الجيش السوداني أطراف بلدة أم روابة مساء أمس.",
     {"الجيش السوداني": "ORG", "أم روابة": "GPE"}, "ASSAULT", ["الجيش السوداني"]),
    ("قصفت طائرات التحالف مواقع في محيط مدينة مأرب.",
     {"التحالف": "ORG", "مأرب": "GPE"}, "ASSAULT", ["التحالف"]),
])
def test_the_guns_and_planes_of_a_named_body_are_that_body(text, entities, type_, actor):
    article, events = coded(text, entities)
    event = the(events, type_)
    assert actors(article, event) == actor
    assert not set(names(article, event.targets)) & set(actor)


@pytest.mark.parametrize("text, entities, statements, type_, actor", [
    ("أدانت وزارة الخارجية القطرية الهجوم على القافلة، وطالبت مجلس الأمن بالتحرك العاجل.",
     {"وزارة الخارجية القطرية": "ORG", "مجلس الأمن": "ORG"},
     [{"act": "CONDEMN", "cue": "أدانت", "speaker": "وزارة الخارجية القطرية",
       "content": "الهجوم على القافلة"},
      {"act": "CALL", "cue": "وطالبت", "speaker": "مجلس الأمن", "content": "بالتحرك العاجل"}],
     "REQUEST", ["وزارة الخارجية القطرية"]),
    ("نفت حركة العدل والمساواة في بيان قصف السوق، واتهمت الجيش باستهدافه.",
     {"حركة العدل والمساواة": "ORG", "الجيش": "ORG"},
     [{"act": "ACCUSE", "cue": "واتهمت", "speaker": "الجيش", "content": "باستهدافه"}],
     "ACCUSE", ["حركة العدل والمساواة"]),
])
def test_a_cue_joined_by_waw_keeps_its_subject_when_its_object_was_read_as_speaker(
        text, entities, statements, type_, actor):
    article, events = coded(text, entities, statements=statements)
    assert actors(article, the(events, type_)) == actor


def test_a_verb_after_qabla_an_keeps_the_subject_of_the_verb_before():
    text = "داهمت قوة من الشرطة العسكرية حي الشيخ مقصود، وطوقت مبنى قبل أن تعتقل ثلاثة مطلوبين."
    article, events = coded(text, {"الشرطة العسكرية": "ORG", "حي الشيخ مقصود": "LOC"})
    assert [actors(article, e) for e in events if e.type == "COERCE"] == [["الشرطة العسكرية"]] * 2


def test_a_clash_in_an_adjunct_was_fought_by_the_subject_where_its_verb_happened():
    text = "انسحبت قوات الجيش الليبي من قاعدة الوطية بعد معارك عنيفة مع مقاتلي حكومة الوفاق."
    article, events = coded(text, {"الجيش الليبي": "ORG", "قاعدة الوطية": "FAC",
                                   "حكومة الوفاق": "ORG"})
    [clash] = [e for e in events if e.type == "ASSAULT"]
    assert actors(article, clash) == ["الجيش الليبي", "حكومة الوفاق"]  # both sides fought
    assert clash.targets == []
    assert place(article, clash) == "قاعدة الوطية"


def test_who_negotiated_before_an_agreement_is_not_guessed():
    text = "توصلت الحكومة ونقابة المعلمين إلى اتفاق بعد مفاوضات شاقة في عمّان."
    article, events = coded(text, {"عمّان": "GPE"})
    assert all(not actors(article, e) for e in events if e.type == "CONSULT")


@pytest.mark.parametrize("text, actor_text", [
    ("ألقت الإدارة العامة للمباحث الجنائية القبض على عصابة لسرقة السيارات.",
     ["الإدارة العامة للمباحث الجنائية"]),
    ("ألقت المديرية العامة للأمن الوطني القبض على مهربين.",
     ["المديرية العامة للأمن الوطني"]),
])
def test_a_directorate_no_entity_names_acts_with_the_body_after_lil(text, actor_text):
    _, events = coded(text)
    assert the(events, "COERCE").actor_text == actor_text


def test_a_place_noun_ending_a_name_does_not_make_the_next_country_a_place():
    text = "اتهم مجلس أمن الإقليم تركيا بالوقوف وراء الضربة."
    article, events = coded(text, {"مجلس أمن الإقليم": "ORG", "تركيا": "GPE"})
    assert all(place(article, e) is None for e in events)


@pytest.mark.parametrize("text, entities, type_, actor", [
    ("أدان الوزير قيام قوات الاحتلال باعتقال عشرة شبان في نابلس.", {"نابلس": "GPE"}, "COERCE",
     ["قوات الاحتلال"]),
    ("وتنص الخطة على قيام الجيش العراقي بقصف مواقع المسلحين داخل المدينة.",
     {"الجيش العراقي": "ORG"}, "ASSAULT", ["الجيش العراقي"]),
])
def test_qiyam_names_the_doer_of_the_masdar_after_bi(text, entities, type_, actor):
    article, events = coded(text, entities)
    assert actors(article, the(events, type_)) == actor


def test_qiyam_does_not_give_its_doer_to_a_masdar_further_on():
    _, events = coded("أشاد الوزير بقيام الجيش بصد الهجوم على الحدود.")
    assert all(e.actor_text != ["الجيش"] for e in events if e.type == "ASSAULT")


@pytest.mark.parametrize("text, actor_text, type_", [
    ("أقدم مسلحون مجهولون على اغتيال ضابط في مدينة درنة.", ["مسلحون مجهولون"], "ASSAULT"),
    ("أقدمت قوات الأمن على اعتقال عشرة متظاهرين في العاصمة.", ["قوات الأمن"], "COERCE"),
])
def test_who_went_ahead_with_a_deed_did_it(text, actor_text, type_):
    _, events = coded(text)
    assert the(events, type_).actor_text == actor_text


# ---- our own articles: well formed, and scored above the floors ------------------------

def test_the_argument_set_has_at_least_fifteen_articles():
    assert len(FILES) >= 15


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_argument_article_names_strings_that_are_in_it(path: Path):
    gold = load_gold(path)
    text = article_from_gold(gold).text  # places entities, statements and times, or raises
    for event in gold["events"]:
        assert event["trigger"] in text
        for name in (event.get("actors") or []) + (event.get("targets") or []) \
                + (event.get("target_text") or []):
            assert name in text, name
        assert event.get("place") is None or event["place"] in text


#: Measured (22 articles, 49 events): oracle upstream — actor P 0.930 R 0.851, target P 1.000
#: R 0.647, place P 0.651 R 0.824; the real chain — actor P 0.955 R 0.875, target P 0.917
#: R 0.647, place P 0.683 R 0.824. Place precision is low because the events stage puts the
#: dateline's place on acts that were said elsewhere (see docs/events.md, Arguments).
#: Constructions round: oracle actor P 0.940 R 0.855, place P 0.744 R 0.842; the real chain
#: actor P 0.961 R 0.875, place P 0.721 R 0.816 (actor recall floors raised).
#: Arguments round 2 (deals and aid no longer take the dateline): place P 0.795 R 0.816 both
#: ways (place precision floors raised).
FLOORS = {
    False: {("actor", "precision"): 0.90, ("actor", "recall"): 0.84,
            ("target", "precision"): 0.95, ("target", "recall"): 0.60,
            ("place", "precision"): 0.77, ("place", "recall"): 0.81},
    True: {("actor", "precision"): 0.92, ("actor", "recall"): 0.86,
           ("target", "precision"): 0.88, ("target", "recall"): 0.60,
           ("place", "precision"): 0.77, ("place", "recall"): 0.80},
}


@pytest.mark.parametrize("pipeline", [False, True], ids=["oracle", "pipeline"])
def test_argument_scores_stay_above_the_floors(pipeline: bool):
    result = scored(ARGS_DEV.name, pipeline=pipeline)
    for (name, key), floor in FLOORS[pipeline].items():
        assert result["arguments"][name][key] >= floor, (name, key)


def _found_text(want: str, got: list[str]) -> bool:
    return any(fold(want) in fold(g) or fold(g) in fold(want) for g in got)


#: Unnamed objects («منزلا»، «ثلاثة شبان») kept in ``target_text``: 13 of the 19 the articles
#: label (``target_text`` in the gold files; the scorer reads named targets only). Round 20
#: lowered it from 14 on purpose: a condemned deed («نددت طهران بالعقوبات») is the event's
#: evidence, no target (35 of the 36 such texts were wrong on the spent sets).
TARGET_TEXT_FLOOR = 0.65


def test_unnamed_objects_are_kept_as_text():
    found = wanted = 0
    for path in FILES:
        gold = load_gold(path)
        article = article_from_gold(gold)
        article.events = code_events(article)
        for event in gold["events"]:
            want = event.get("target_text") or []
            if not want:
                continue
            wanted += len(want)
            at = article.text.find(event["trigger"])
            options = [e for e in article.events if e.type == event["type"]
                       and _sentence(article, e.trigger[0]) == _sentence(article, at)]
            if options:
                best = min(options, key=lambda e: abs(e.trigger[0] - at))
                found += sum(_found_text(w, best.target_text) for w in want)
    assert wanted and found / wanted >= TARGET_TEXT_FLOOR


def _sentence(article: Article, offset: int) -> int:
    return next((n for n, s in enumerate(article.sentences) if s.start <= offset < s.end), -1)
