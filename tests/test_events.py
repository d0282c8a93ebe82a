"""The events stage, one behaviour at a time, on articles built by hand (the entities,
statements and times the test places itself; ``tests/gold/events/oracle.py``)."""

from __future__ import annotations

import pytest

from gold.events.oracle import coded, names
from marsad.events import code_events
from marsad.model import Article, Event


def actors(article: Article, event: Event) -> list[str]:
    return names(article, event.actors) + event.actor_text


# ---- triggers in the forms news uses ------------------------------------------------------

@pytest.mark.parametrize("text, entities, type_, mode", [
    ("سيطرت الفصائل المسلحة على مدينة حلب.", {"حلب": "GPE"}, "ASSAULT", "seize"),
    ("قصفت المدفعية الروسية بلدة كراماتورسك.", {"الروسية": "NORP", "كراماتورسك": "GPE"}, "ASSAULT", "shell"),
    ("شنت مقاتلات أمريكية غارات على مواقع في اليمن.", {"أمريكية": "NORP", "اليمن": "GPE"}, "ASSAULT", "airstrike"),
    ("يقتحم المستوطنون باحات المسجد الأقصى كل صباح.", {"المسجد الأقصى": "FAC"}, "ASSAULT", "storm"),
    ("انسحب الجيش الإسرائيلي من مدينة خان يونس.", {"الإسرائيلي": "NORP", "خان يونس": "GPE"}, "RETREAT", "withdraw"),
    ("اعتقلت قوات الأمن ناشطين في مدينة وهران.", {"وهران": "GPE"}, "COERCE", "arrest"),
    ("تم اعتقال الصحفي سامر خليل في عمان.", {"سامر خليل": "PER", "عمان": "GPE"}, "COERCE", "arrest"),
    ("ألقت الشرطة القبض على مهربين قرب الحدود مع ليبيا.", {"ليبيا": "GPE"}, "COERCE", "arrest"),
    ("التقى الملك عبد الله الثاني الرئيس الفرنسي في باريس.", {"عبد الله الثاني": "PER", "الفرنسي": "NORP", "باريس": "GPE"}, "CONSULT", "meet"),
    ("وقعت تونس والجزائر اتفاقية للتبادل التجاري.", {"تونس": "GPE", "الجزائر": "GPE"}, "AGREE", "sign"),
    ("تظاهر المئات في بغداد ضد الفساد.", {"بغداد": "GPE"}, "PROTEST", "demonstrate"),
    ("فرضت بريطانيا عقوبات على شركات إيرانية.", {"بريطانيا": "GPE", "إيرانية": "NORP"}, "SANCTION", "sanctions"),
    ("أفرجت السلطات المصرية عن عشرات المعتقلين.", {"المصرية": "NORP"}, "CONCEDE", "release"),
    ("عززت القوات العراقية انتشارها على الحدود مع سوريا.", {"العراقية": "NORP", "سوريا": "GPE"}, "MOBILIZE", "reinforce"),
    ("نظم أطباء مستشفى الشفاء اعتصاما في غزة.", {"مستشفى الشفاء": "FAC", "غزة": "GPE"}, "PROTEST", "sitin"),
])
def test_a_trigger_in_any_news_form_names_its_type(text, entities, type_, mode):
    _, events = coded(text, entities)
    assert [(e.type, e.mode) for e in events] == [(type_, mode)]


# ---- arguments ----------------------------------------------------------------------------

def test_the_subject_after_the_verb_is_the_actor_and_على_marks_the_town_taken_as_place():
    # a seized town is where it happened, not a party it was aimed at (round 21,
    # eventcoding/target_sites.py): its place, and no target
    article, [event] = coded("سيطرت الجماعات المسلحة على مدينة حماة.", {"حماة": "GPE"})
    assert actors(article, event) == ["الجماعات المسلحة"]
    assert event.targets == []
    assert article.entity(event.place).text == "حماة"


@pytest.mark.parametrize("text, entities, actor", [
    ("وصد الجيش المسلحين الذين اقتحموا البلدة فجرا.", {}, ["مسلحين"]),
    ("تراجع نفوذ الحوثيين الذين سيطروا على صنعاء أمس.", {"الحوثيين": "ORG", "صنعاء": "GPE"}, ["الحوثيين"]),
    ("وفر المقاتلون القادمون من إيران الذين اقتحموا مدينة تكريت.", {"إيران": "GPE", "تكريت": "GPE"}, []),
])
def test_the_noun_before_a_relative_pronoun_is_the_subject_of_its_verb(text, entities, actor):
    article, events = coded(text, entities)
    assert actors(article, events[-1]) == actor


@pytest.mark.parametrize("text, entities, actor", [
    ("أصيب مدنيون في قصف شنته طائرات التحالف على سوق في صعدة.", {"صعدة": "GPE"}, ["طائرات التحالف"]),
    ("احتج الطلاب على الغارات التي شنها الجيش التركي على قرى في العراق.",
     {"التركي": "NORP", "العراق": "GPE"}, ["التركي"]),
])
def test_a_light_verb_after_the_masdar_gives_its_actor(text, entities, actor):
    article, events = coded(text, entities)
    assault = next(e for e in events if e.type == "ASSAULT")
    assert actors(article, assault) == actor


def test_an_unnamed_target_is_kept_as_text_like_an_unnamed_actor():
    article, [event] = coded("اشتبكت قوات الأمن مع مسلحين مجهولين في مدينة العريش.", {"العريش": "GPE"})
    assert (event.actor_text, event.target_text) == (["قوات الأمن"], ["مسلحين مجهولين"])
    assert article.to_dict()["events"][0]["target_text"] == ["مسلحين مجهولين"]


def test_a_compound_actor_after_a_preposition_keeps_every_party():
    article, [event] = coded("عقد اجتماع ثلاثي لوزراء خارجية العراق وسوريا وإيران في بغداد.",
                             {"العراق": "GPE", "سوريا": "GPE", "إيران": "GPE", "بغداد": "GPE"})
    assert event.type == "CONSULT"
    assert names(article, event.actors) == ["العراق", "سوريا", "إيران"]
    assert article.entity(event.place).text == "بغداد"


def test_بين_names_both_sides_of_a_clash():
    article, [event] = coded("اندلعت اشتباكات بين الجيش اللبناني ومسلحين في طرابلس.",
                             {"اللبناني": "NORP", "طرابلس": "GPE"})
    assert set(actors(article, event)) >= {"اللبناني", "مسلحين"}


def test_unnamed_actors_are_kept_as_text():
    article, [event] = coded("اختطف مسلحون مجهولون طبيبا في مدينة كركوك.", {"كركوك": "GPE"})
    assert event.actors == [] and event.actor_text == ["مسلحون مجهولون"]


def test_a_nationality_after_a_noun_is_the_actor():
    article, [event] = coded("قصفت الطائرات الإسرائيلية مخيم النصيرات.",
                             {"الإسرائيلية": "NORP", "النصيرات": "GPE"})
    assert names(article, event.actors) == ["الإسرائيلية"]
    assert names(article, event.targets) == ["النصيرات"]


def test_a_title_and_nationality_before_a_name_leave_the_name_as_actor():
    article, [event] = coded("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي.",
                             {"المصري": "NORP", "عبد الفتاح السيسي": "PER", "الأمريكي": "NORP"})
    assert names(article, event.actors) == ["عبد الفتاح السيسي"]
    assert names(article, event.targets) == ["الأمريكي"]


def test_منها_points_back_to_the_place_before_it():
    article, events = coded("دخلت الفصائل مدينة إدلب التي انسحب منها الجيش أمس.", {"إدلب": "GPE"})
    retreat = next(e for e in events if e.type == "RETREAT")
    assert article.entity(retreat.place).text == "إدلب"
    assert retreat.actor_text == ["الجيش"]


def test_a_coordinated_verb_shares_the_subject_of_the_verb_before_it():
    article, events = coded("داهمت قوات الأمن حي الزهور واعتقلت ثلاثة مطلوبين.", {})
    assert [e.mode for e in events] == ["raid", "arrest"]
    assert all(actors(article, e) == ["قوات الأمن"] for e in events)


def test_the_time_comes_from_the_times_layer_else_the_article_date():
    _, [dated] = coded("قصف الجيش بلدة كفرنبل أمس.", {"كفرنبل": "GPE"}, times={"أمس": "2025-01-14"})
    _, [undated] = coded("قصف الجيش بلدة كفرنبل.", {"كفرنبل": "GPE"})
    assert dated.time == "2025-01-14" and undated.time == "2025-01-15"


def test_the_dateline_place_is_the_place_when_the_text_names_none_but_mentions_it():
    article, [event] = coded("اعتقلت الشرطة عشرة أشخاص. وتقع الرباط على الساحل.",
                             {"الرباط": "GPE"}, dateline="الرباط")
    assert article.entity(event.place).text == "الرباط"


# ---- factuality ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, factuality", [
    ("لم ينسحب الجيش من البلدة.", "denied"),
    ("ولن تنسحب القوات من المدينة.", "denied"),
    ("سيلتقي الرئيس نظيره التركي في أنقرة.", "future"),
    ("من المقرر أن يلتقي الرئيس نظيره التركي في أنقرة.", "future"),
    ("تعتزم الحكومة فرض عقوبات على الشركات.", "future"),
    ("إذا انسحب الجيش من البلدة فإن الفصائل ستدخلها.", "hypothetical"),
    ("وفي حال اقتحمت القوات المخيم فإن المقاومة سترد.", "hypothetical"),
    ("تداولت مواقع التواصل أنباء عن اعتقال الصحفي أحمد سعيد.", "reported"),
    ("انسحب الجيش من البلدة.", "asserted"),
    ("وكانت الخلية تعتزم تفجير قنبلة في أنقرة.", "future"),
    ("وقال الشهود: إن الاشتباكات اندلعت في أنقرة فجرا.", "asserted"),
])
def test_cues_near_a_trigger_set_its_factuality(text, factuality):
    _, events = coded(text, {"التركي": "NORP", "أنقرة": "GPE", "أحمد سعيد": "PER"})
    assert [e.factuality for e in events] == [factuality]


@pytest.mark.parametrize("text", [
    "وكانت الخلية تخطط لتفجير قنبلة في أنقرة.",
    "وأكدت الشرطة أن المتهمين خططوا لاستهداف مقرات أمنية في أنقرة.",
])
def test_an_attack_plotted_is_no_attack(text):
    _, events = coded(text, {"أنقرة": "GPE"})
    assert "ASSAULT" not in [e.type for e in events]


def test_the_content_of_a_denial_is_a_denied_event_by_that_statement():
    article, [event] = coded(
        "نفت وزارة الدفاع انسحاب الجيش من مدينة حمص.", {"وزارة الدفاع": "ORG", "حمص": "GPE"},
        statements=[{"act": "DENY", "cue": "نفت", "speaker": "وزارة الدفاع",
                     "content": "انسحاب الجيش من مدينة حمص"}])
    assert (event.type, event.factuality, event.by) == ("RETREAT", "denied", "s1")
    assert article.entity(event.place).text == "حمص"


def test_the_content_of_a_saying_is_reported_by_it():
    _, [event] = coded(
        "وقال المتحدث إن الجيش قصف مواقع المسلحين في درعا.", {"درعا": "GPE"},
        statements=[{"act": "SAY", "cue": "وقال", "speaker": "المتحدث",
                     "content": "الجيش قصف مواقع المسلحين في درعا"}])
    assert (event.factuality, event.by) == ("reported", "s1")


@pytest.mark.parametrize("text", [
    "المطار تحت سيطرة الجيش منذ سنوات.",
    "وأكد أن القوات جاهزة لصد أي هجوم على المدينة.",
    "شدد الوزير على ضرورة تعزيز التعاون بين البلدين.",
    "دعا البيان إلى مكافحة الإرهاب بكل أشكاله.",
    "تحدث الكاتب عن أهمية الحوار بين الثقافات.",
    "ارتفعت أسعار النفط في الأسواق العالمية.",
])
def test_states_wishes_and_abstractions_are_not_events(text):
    _, events = coded(text, {})
    assert events == []


@pytest.mark.parametrize("text, entities", [
    ("لم يقترب التنظيم من الحدود رغم قربها من مناطق سيطرته في العراق.", {"العراق": "GPE"}),
    ("تنتشر نقاط التفتيش في المدن التي تخضع لسيطرة الحوثيين.", {"الحوثيين": "ORG"}),
    ("وتقع صعدة التي يسيطر عليها الحوثيون في شمال البلاد.", {"صعدة": "GPE", "الحوثيون": "ORG"}),
    ("أي خطأ قد يدفع ثمنه أهالي الموصل.", {"الموصل": "GPE"}),
    ("وافقت الحكومة التونسية على استقبال المرضى الليبيين للعلاج.", {"التونسية": "NORP", "الليبيين": "NORP"}),
    ("وأعيد تنظيم مركز استقبال مطار جنيف الدولي.", {"جنيف": "GPE"}),
    ("واستقبل الأهالي جثمان الجندي في بلدة حوارة.", {"حوارة": "GPE"}),
    ("ويلعب البرازيلي ماركوس في خط الهجوم في الرياض منذ عامين.",
     {"البرازيلي": "NORP", "ماركوس": "PER", "الرياض": "GPE"}),
])
def test_control_held_prices_paid_and_guests_received_are_no_happenings(text, entities):
    _, events = coded(text, entities)
    assert events == []


@pytest.mark.parametrize("text, types", [
    ("واتفقت الحكومة اليمنية مع الحوثيين على هدنة إنسانية.", ["AGREE"]),
    ("وكتب المرشح أنه يتفق مع الحوثيين في رأيهم.", []),  # an opinion, no deal
])
def test_to_agree_is_a_deal_only_when_it_is_agreed_on_something(text, types):
    _, events = coded(text, {"اليمنية": "NORP", "الحوثيين": "ORG"})
    assert [e.type for e in events] == types


def test_an_office_named_after_an_activity_is_no_happening():
    _, events = coded("هاجم مسلحون حافلة تابعة لإدارة ترحيلات أسيوط.", {"أسيوط": "GPE"})
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "attack")]


# ---- verbal events from statements --------------------------------------------------------

def test_a_condemnation_is_an_accuse_event_aimed_at_who_did_what_it_condemns():
    article, events = coded(
        "أدانت مصر القصف الإسرائيلي على رفح.", {"مصر": "GPE", "الإسرائيلي": "NORP", "رفح": "GPE"},
        statements=[{"act": "CONDEMN", "cue": "أدانت", "speaker": "مصر",
                     "content": "القصف الإسرائيلي على رفح"}])
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert (names(article, accuse.actors), names(article, accuse.targets), accuse.by) == \
        (["مصر"], ["الإسرائيلي"], "s1")
    shelling = next(e for e in events if e.type == "ASSAULT")
    assert (shelling.factuality, shelling.by) == ("reported", "s1")
    assert len(events) == 2  # the verb «أدانت» is not coded a second time


def test_a_call_is_a_request_and_what_it_calls_for_is_not_an_event():
    article, events = coded(
        "دعت الأمم المتحدة إلى وقف إطلاق النار في غزة.", {"الأمم المتحدة": "ORG", "غزة": "GPE"},
        statements=[{"act": "CALL", "cue": "دعت", "speaker": "الأمم المتحدة",
                     "content": "إلى وقف إطلاق النار في غزة"}])
    assert [(e.type, e.by) for e in events] == [("REQUEST", "s1")]
    assert names(article, events[0].actors) == ["الأمم المتحدة"]


def test_a_threat_is_a_threaten_event_by_its_statement():
    _, events = coded(
        "هدد الحوثيون باستهداف السفن في البحر الأحمر.", {"الحوثيون": "ORG", "البحر الأحمر": "LOC"},
        statements=[{"act": "THREATEN", "cue": "هدد", "speaker": "الحوثيون",
                     "content": "باستهداف السفن في البحر الأحمر"}])
    assert [(e.type, e.by) for e in events] == [("THREATEN", "s1")]


def test_a_verb_of_threat_without_what_it_threatens_with_means_endanger():
    _, events = coded(
        "وتهدد موجة الجفاف ملايين المزارعين في جنوب البلاد.", {},
        statements=[{"act": "THREATEN", "cue": "تهدد", "speaker": "موجة الجفاف",
                     "content": "ملايين المزارعين في جنوب البلاد"}])
    assert events == []


# ---- one event per happening --------------------------------------------------------------

def test_two_triggers_for_one_attack_in_one_sentence_are_one_event():
    _, events = coded("شنت طائرات حربية غارات استهدفت مواقع في ريف حلب.", {"حلب": "GPE"})
    assert [e.type for e in events] == ["ASSAULT"]


def test_a_raid_and_an_arrest_in_one_sentence_stay_two_events():
    _, events = coded("داهمت الشرطة منزلا في الموصل واعتقلت صاحبه.", {"الموصل": "GPE"})
    assert [e.mode for e in events] == ["raid", "arrest"]


def test_a_definite_mention_of_a_meeting_told_before_adds_to_it():
    article, events = coded("التقى وزير الخارجية الأردني نظيره المصري. وعقد الاجتماع في عمان.",
                            {"الأردني": "NORP", "المصري": "NORP", "عمان": "GPE"})
    assert len(events) == 1
    assert article.entity(events[0].place).text == "عمان"


def test_events_are_numbered_in_text_order_and_fit_the_record():
    article, events = coded("قصفت المدفعية بلدة مارع. واعتقلت الشرطة ثلاثة أشخاص في حلب.",
                            {"مارع": "GPE", "حلب": "GPE"})
    assert [e.id for e in events] == ["e1", "e2"]
    record = article.to_dict()["events"]
    assert [r["type"] for r in record] == ["ASSAULT", "COERCE"]
    assert record[0]["evidence"]["text"].startswith("قصفت")


def test_an_article_without_tokens_has_no_events():
    assert code_events(Article(raw="", text="")) == []


# ---- reading words right ------------------------------------------------------------------

def test_a_passive_verb_makes_who_follows_the_target():
    article, [event] = coded("اُعتقل الصحفي سامر خليل في عمان أمس.",
                             {"سامر خليل": "PER", "عمان": "GPE"})
    assert names(article, event.targets) == ["سامر خليل"]
    assert event.actors == [] and event.actor_text == []


@pytest.mark.parametrize("text", [
    "وأيدٍ كثيرة ساعدت في بناء المدرسة.",  # tanween: «hands», not «endorsed»
    "تحدث الخبراء عن رفض واسع للقرار.",  # after a preposition: a noun
    "عثر على جثة طالب سعودي في ولاية كانساس.",  # «طالب» is a student unless a statement says so
])
def test_words_that_read_as_nouns_here_are_not_verbal_triggers(text):
    _, events = coded(text, {"سعودي": "NORP", "كانساس": "GPE"})
    assert events == []


def test_a_conjunction_before_a_country_is_not_the_preposition_ب():
    article, [event] = coded("وقعت السعودية وباكستان اتفاقية دفاع مشترك في الرياض.",
                             {"السعودية": "GPE", "باكستان": "GPE", "الرياض": "GPE"})
    assert names(article, event.actors) == ["السعودية", "باكستان"]
    assert article.entity(event.place).text == "الرياض"


def test_a_light_verb_gives_the_masdar_its_actor_and_its_cues():
    article, [event] = coded(
        "من المتوقع أن تعقد الحكومة السورية والإدارة الذاتية جولة مفاوضات في دمشق.",
        {"السورية": "NORP", "الإدارة الذاتية": "ORG", "دمشق": "GPE"})
    assert (event.type, event.factuality) == ("CONSULT", "future")
    assert names(article, event.actors) == ["السورية", "الإدارة الذاتية"]


def test_an_announced_measure_is_done_by_who_announces_it():
    article, [event] = coded(
        "أعلنت وزارة الداخلية ترحيل مئة وافد مخالف.", {"وزارة الداخلية": "ORG"},
        statements=[{"act": "ANNOUNCE", "cue": "أعلنت", "speaker": "وزارة الداخلية",
                     "content": "ترحيل مئة وافد مخالف"}])
    assert (event.type, event.factuality, event.by) == ("COERCE", "reported", "s1")
    assert names(article, event.actors) == ["وزارة الداخلية"]


@pytest.mark.parametrize("text, content", [
    ("دعا الإمام المولى عز وجل أن يرحم الشهداء.", "أن يرحم الشهداء"),
    ("ودعا الخطيب الباري عز وجل أن يحمي الوطن.", "أن يحمي الوطن"),
    ("ودعت الجمعية الخيرية في المدينة الله عز وجل أن يشفي الجرحى.", "أن يشفي الجرحى"),
])
def test_a_call_to_god_is_a_prayer_not_a_request(text, content):
    cue = text.split()[0]
    _, events = coded(text, {}, statements=[{"act": "CALL", "cue": cue, "speaker": text.split()[1],
                                             "content": content}])
    assert events == []


def test_a_cue_word_before_an_indefinite_nationality_is_a_noun_not_a_call():
    _, events = coded(
        "وفاة طالب سعودي في حادث سير بولاية أوهايو.", {"سعودي": "NORP"},
        statements=[{"act": "CALL", "cue": "طالب", "speaker": "سعودي",
                     "content": "في حادث سير بولاية أوهايو"}])
    assert events == []


@pytest.mark.parametrize("speaker, coded_as", [
    ("الوثيقة", ["الوثيقة"]),  # a known unnamed speaker acts
    ("السيولة", None),  # a thing does not: no actor, so no request
])
def test_an_unnamed_speaker_acts_only_when_it_can(speaker, coded_as):
    text = f"وطالبت {speaker} بوقف المخالفات فورا."
    _, events = coded(text, {}, statements=[{"act": "CALL", "cue": "وطالبت", "speaker": speaker,
                                             "content": "بوقف المخالفات فورا"}])
    assert ([e.actor_text for e in events] or [None]) == [coded_as]


def test_a_call_opening_its_sentence_with_و_goes_on_with_the_speaker_before():
    article, events = coded(
        "طالب الأمين العام أنطونيو غوتيريش بوقف القتال. وحث الأطراف على حماية المدنيين.",
        {"أنطونيو غوتيريش": "PER"},
        statements=[{"act": "CALL", "cue": "طالب", "speaker": "الأمين العام أنطونيو غوتيريش",
                     "content": "بوقف القتال"},
                    {"act": "CALL", "cue": "وحث", "speaker": "الأطراف",
                     "content": "على حماية المدنيين"}])
    assert [names(article, e.actors) for e in events] == [["أنطونيو غوتيريش"]] * 2


def test_a_bare_plural_speaker_takes_the_parties_named_before():
    article, events = coded(
        "أكد وزراء خارجية العراق وسوريا وإيران دعمهم للحوار. كما دان الوزراء القصف الإسرائيلي على دمشق.",
        {"العراق": "GPE", "سوريا": "GPE", "إيران": "GPE", "الإسرائيلي": "NORP", "دمشق": "GPE"},
        statements=[{"act": "AFFIRM", "cue": "أكد", "speaker": "وزراء خارجية العراق وسوريا وإيران",
                     "content": "دعمهم للحوار"},
                    {"act": "CONDEMN", "cue": "دان", "speaker": "الوزراء",
                     "content": "القصف الإسرائيلي على دمشق"}])
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert names(article, accuse.actors) == ["العراق", "سوريا", "إيران"]
    assert names(article, accuse.targets) == ["الإسرائيلي"]


def test_teams_that_meet_play_a_match_not_a_consultation():
    _, events = coded("سيلتقي فريقا الوحدة والجزيرة في المباراة النهائية بمدينة العين.",
                      {"العين": "GPE"})
    assert events == []
