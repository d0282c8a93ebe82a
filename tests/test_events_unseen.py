"""Events on text the coder was not written with (issue 7, round 4): the kinds a fresh blind
set found missing — courts and the police, protests told by who went out, aid convoys and
donations, recognition and joint exercises, blame, refusals restated, a threat or a call the
statements layer left without a speaker — and the look-alikes that must stay silent. Articles
built by hand (``tests/gold/events/oracle.py``), so only the events stage is tested; the dev2
set (``tests/gold/events/dev2/``) is scored through the real chain, as are the spent blind sets.
blind7 was spent in recall round 2 (its errors read and worked on): a development set now;
blind6 and blind8 were spent in round 9 (their floors are in ``test_events_blind_sets.py``)."""

from __future__ import annotations

import pytest

from gold.events.oracle import coded, names, only, scored, types


def _assert_type_scores(folder: str, floors: dict[str, float], factuality_floor: float) -> None:
    """The gold folder ``tests/gold/events/<folder>`` scored through the real chain
    (``scripts/eval_events.py --pipeline --gold``) stays at or above its type and factuality
    floors."""
    result = scored(folder)
    below = {k: round(result["type"][k], 3) for k, floor in floors.items()
             if result["type"][k] < floor}
    assert not below, below
    assert result["factuality_accuracy"] >= factuality_floor


# ---- new ways of telling a happening ---------------------------------------------------------

@pytest.mark.parametrize("text, entities, type_, mode", [
    ("أحالت النيابة العامة المتهمين إلى القضاء.", {"النيابة العامة": "ORG"}, "COERCE", "prosecute"),
    ("وأحيل المتهمان إلى المحاكمة الجنائية.", {}, "COERCE", "prosecute"),
    ("أوقفت الشرطة ثلاثة أشخاص في الميناء.", {}, "COERCE", "arrest"),
    ("رحّلت السلطات 300 وافد مخالف لنظام الإقامة.", {}, "COERCE", "deport"),
    ("ضبطت الشرطة كمية من المخدرات في شقة بالحي.", {}, "COERCE", "confiscate"),
    ("قضت محكمة الجنايات، اليوم الأحد، بالسجن عشر سنوات على المتهم.", {}, "COERCE", "sentence"),
    ("فرضت واشنطن، الخميس، عقوبات على شركات إيرانية.",
     {"واشنطن": "GPE", "إيرانية": "NORP"}, "SANCTION", "sanctions"),
    ("قطعت بوليفيا علاقاتها الدبلوماسية مع إسرائيل.",
     {"بوليفيا": "GPE", "إسرائيل": "GPE"}, "SANCTION", "cut-ties"),
    ("خرج آلاف المتظاهرين إلى شوارع العاصمة.", {}, "PROTEST", "demonstrate"),
    ("خرجت مسيرات حاشدة في المدن الكبرى.", {}, "PROTEST", "demonstrate"),
    ("أسقط الجيش طائرة مسيرة قرب الحدود.", {}, "ASSAULT", "attack"),
    ("واغتيل قيادي بارز في انفجار سيارة مفخخة.", {}, "ASSAULT", "assassinate"),
    ("اجتاحت القوات مدينة رفح.", {"رفح": "GPE"}, "ASSAULT", "invade"),
    ("أجرت القوات البحرية المصرية والفرنسية مناورات مشتركة في البحر المتوسط.",
     {"المصرية": "NORP", "الفرنسية": "NORP", "البحر المتوسط": "LOC"}, "COOPERATE", "military"),
    ("جاء اعتراف إسبانيا رسميا بدولة فلسطين أمس.",
     {"إسبانيا": "GPE", "فلسطين": "GPE"}, "COOPERATE", "recognise"),
    ("تبرع رجل أعمال كويتي بمليون دينار للاجئين.", {"كويتي": "NORP"}, "AID", "economic"),
    ("وصلت قافلة إغاثية إلى بلدة في الريف الشمالي.", {}, "AID", "humanitarian"),
    ("حمّلت الحكومة الميليشيات مسؤولية تدهور الأمن.", {}, "ACCUSE", "blame"),
    ("جدد الوزير رفضه تهجير السكان من القطاع.", {}, "REJECT", "refuse"),
    ("واتفق الجانبان على عقد اجتماع ثان الشهر المقبل.", {}, "AGREE", "agree"),
    ("دفع الجيش التركي بتعزيزات إلى ريف إدلب.", {"التركي": "NORP", "إدلب": "GPE"},
     "MOBILIZE", "reinforce"),
    ("رفعت القوات الإسرائيلية حالة التأهب على الحدود.", {"الإسرائيلية": "NORP"},
     "MOBILIZE", "alert"),
    ("وقدم رئيس الوزراء اعتذارا رسميا عن الحادث.", {}, "CONCEDE", "apologise"),
    ("أعلنت النيابة إحالة وزير سابق إلى محكمة الوزراء.", {}, "COERCE", "prosecute"),
    ("منعت السلطات المتهمين من السفر.", {}, "COERCE", "ban"),
    ("قضت المحكمة أمس بحبس موظف سبع سنوات.", {}, "COERCE", "sentence"),
    ("ردت فرنسا بتعليق تعاونها العسكري مع مالي.", {"فرنسا": "GPE", "مالي": "GPE"},
     "SANCTION", "cut-ties"),
    ("وبدأ الجيش نشر ألفي جندي على الحدود.", {}, "MOBILIZE", "deploy"),
    ("وأشاد الوزير بالجهود التي بذلها الوسطاء.", {}, "SUPPORT", "praise"),
    ("أسقطت الدفاعات الجوية طائرة مسيرة فوق المدينة.", {}, "ASSAULT", "attack"),
])
def test_a_trigger_of_news_wording_is_an_event(text, entities, type_, mode):
    _, events = coded(text, entities)
    assert only(events, type_).mode == mode


@pytest.mark.parametrize("text, type_", [
    ("أوقفت الشركة الإنتاج في مصنعها الجديد.", "COERCE"),         # to stop, not to arrest
    ("رحل الفنان الكبير عن عمر ناهز الثمانين.", "COERCE"),        # to pass away
    ("تعمل الحكومة على ضبط الأسعار في الأسواق.", "COERCE"),      # to keep prices in order
    ("أسفر الإعصار عن مقتل تسعة صيادين قرب الجزيرة.", "ASSAULT"),  # a storm kills, nobody attacks
    ("انسحب اللاعب من البطولة بسبب الإصابة.", "RETREAT"),         # a player leaves a tournament
    ("يتفق معظم الخبراء على أن الاقتصاد سيتعافى.", "AGREE"),      # an opinion
    ("ما الذي يدعو الطلاب إلى الغياب عن المدارس؟", "REQUEST"),    # a cause, not a call
    ("قال أستاذ علم الاجتماع إن الأسرة مسؤولة.", "CONSULT"),      # sociology, not a meeting
    ("أدين المتهم بالسرقة.", "ACCUSE"),                          # was convicted, not «I condemn»
    ("استحدثت الحكومة وزارتي دولة للتعليم والسكان.", "CONSULT"),  # two ministries, no visit
    ("بحث الوزيران سبل تعزيز التعاون الاقتصادي بين البلدين.", "COOPERATE"),  # the aim of talks
    ("تريد المليشيات تفجيرها في منطقتنا.", "ASSAULT"),            # a wish and a figure
    ("يجتاح الجراد حقول القمح كل ربيع.", "ASSAULT"),              # a present «invasion» is a state
    ("ويستهدف برنامج التوظيف الجديد عشرة آلاف شاب.", "ASSAULT"),   # a present «target» is an aim
    ("لا تزال الموافقة تنتظر اعتماد الاتحاد.", "AGREE"),           # an approval awaited
    ("أقيم الحفل عند تقاطع الشارعين.", "REJECT"),                 # a crossroads, no boycott
    ("فاز اللاعب بأسلوب هجومي وسريع.", "ASSAULT"),                # an adjective, not «my attack»
    ("تستقبل الشركة الراغبين في العمل حتى نهاية الشهر.", "CONSULT"),  # applicants, no guests
    ("يفعلون ذلك إرضاء لسيدهم.", "COERCE"),                       # their master, no «سيدهم» raid
    ("وقالت الحكومة إنها ستعزز الرقابة على الأسواق.", "MOBILIZE"),  # an abstract object
    ("ردت فرنسا بتعليق تعاونها العسكري مع مالي.", "COOPERATE"),     # suspended, not cooperating
])
def test_a_look_alike_is_no_event_of_that_kind(text, type_):
    _, events = coded(text)
    assert type_ not in types(events), [(e.type, e.mode) for e in events]


# ---- how sure -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, factuality", [
    ("وقد تفرض الولايات المتحدة عقوبات على الصين.", "hypothetical"),  # may
    ("وقد فرضت الولايات المتحدة عقوبات على الصين.", "asserted"),     # did
])
def test_qad_before_a_present_verb_is_a_possibility(text, factuality):
    _, events = coded(text, {"الولايات المتحدة": "GPE", "الصين": "GPE"})
    assert only(events, "SANCTION").factuality == factuality


def test_without_doing_it_is_a_denial():
    _, events = coded("غادر الوفد دمشق دون لقاء الرئيس السوري بشار الأسد.",
                      {"دمشق": "GPE", "السوري": "NORP", "بشار الأسد": "PER"})
    assert only(events, "CONSULT").factuality == "denied"


def test_a_later_date_makes_a_plan_only_of_the_event_nearest_to_it():
    _, events = coded("واتفق الجانبان على عقد اجتماع في عمان الأسبوع المقبل.", {"عمان": "GPE"},
                      times={"الأسبوع المقبل": "2025-W04"}, published="2025-01-15")
    assert (only(events, "AGREE").factuality, only(events, "CONSULT").factuality) == \
        ("asserted", "future")


def test_a_summit_on_a_later_date_is_planned_even_in_the_present_tense():
    _, events = coded("تعقد القمة العربية في القاهرة يوم 4 مارس.",
                      {"العربية": "NORP", "القاهرة": "GPE"},
                      times={"4 مارس": "2025-03-04"}, published="2025-02-28")
    assert only(events, "CONSULT").factuality == "future"


# ---- one happening, one event ---------------------------------------------------------------

@pytest.mark.parametrize("text, entities, type_", [
    ("استقبل أمير قطر في الدوحة، أمس، رئيس الوزراء الباكستاني شهباز شريف الذي يزور البلاد.",
     {"قطر": "GPE", "الدوحة": "GPE", "الباكستاني": "NORP", "شهباز شريف": "PER"}, "CONSULT"),
    ("وقع هجوم في مدينة مديات، أدى إلى مقتل ستة جنود من تركيا.",
     {"مديات": "GPE", "تركيا": "GPE"}, "ASSAULT"),
    ("استعاد الجيش السيطرة على مدينة سنجة بعد معارك عنيفة مع قوات الدعم السريع.",
     {"سنجة": "GPE", "قوات الدعم السريع": "ORG"}, "ASSAULT"),
])
def test_two_sides_or_the_toll_of_one_happening_are_one_event(text, entities, type_):
    _, events = coded(text, entities)
    assert types(events).count(type_) == 1, [(e.type, e.mode) for e in events]


def test_an_arrest_told_by_its_pronoun_after_a_word_of_time_is_an_event():
    _, events = coded("وأحيل المتهمون إلى النيابة بعد توقيفهم في المطار.")
    assert sorted(e.mode for e in events if e.type == "COERCE") == ["arrest", "prosecute"]


# ---- verbal acts the statements layer left without a speaker --------------------------------

def test_a_threat_joined_to_a_refusal_shares_its_subject():
    _, events = coded(
        "رفض الوزير المقترح الأمريكي، وتوعد برد حازم على المناورات.",
        statements=[{"act": "THREATEN", "cue": "وتوعد", "content": "برد حازم على المناورات"}])
    assert only(events, "THREATEN").actor_text == only(events, "REJECT").actor_text == ["الوزير"]


def test_a_call_the_statements_layer_missed_stands_on_its_mark():
    _, events = coded("ودعت نقابة المعلمين أعضاءها إلى إضراب عام.", {"نقابة المعلمين": "ORG"})
    assert only(events, "REQUEST").mode == "call"


# ---- round 5: common triggers a fresh blind set found dropped ------------------------------

@pytest.mark.parametrize("text, entities, type_, mode", [
    ("وقع الرئيس الوثيقة الدستورية أمس في القصر.", {}, "AGREE", "sign"),
    ("احتشد مئات الطلاب أمام مقر البرلمان.", {}, "PROTEST", "demonstrate"),
    ("وأضرب عمال الموانئ عن العمل في المدينة.", {}, "PROTEST", "strike"),
    ("أجرى الأمير اتصالات هاتفية مع قادة المنطقة.", {}, "CONSULT", "call"),
    ("فرضت السلطات حظراً شاملاً للتجوال في المدينة.", {}, "COERCE", "curfew"),
    ("نشرت البحرية الأمريكية مدمرة في الخليج.", {"الأمريكية": "NORP"}, "MOBILIZE", "deploy"),
    ("صد الجيش هجوما على مواقعه قرب الحدود.", {}, "ASSAULT", "clash"),
    ("بدأ المسلحون تسليم معبر حدودي إلى الجيش.", {}, "RETREAT", "handover"),
    ("أرسلت الكويت شحنة من الأدوية إلى غزة.", {"الكويت": "GPE", "غزة": "GPE"}, "AID",
     "humanitarian"),
    ("تراجعت الحكومة عن قرار رفع أسعار الوقود.", {}, "CONCEDE", "ease"),
    ("وصلت طائرة محملة بالخيام ضمن جسر جوي أطلقته الإمارات.", {"الإمارات": "GPE"}, "AID",
     "humanitarian"),
    ("وقع نائب رئيس المجلس الانتقالي محمد علي وممثل قوى المعارضة أحمد سالم أمس في قاعة "
     "المؤتمرات بالعاصمة الوثيقة الدستورية.", {"محمد علي": "PER", "أحمد سالم": "PER"},
     "AGREE", "sign"),
    ("وفي جدة، استأنف ممثلو الطرفين جولة محادثات غير مباشرة.", {"جدة": "GPE"}, "CONSULT",
     "talks"),
])
def test_a_common_trigger_of_the_fresh_blind_set_is_an_event(text, entities, type_, mode):
    _, events = coded(text, entities)
    assert only(events, type_).mode == mode


@pytest.mark.parametrize("text, entities, cue, accused", [
    ("قطعت الرياض علاقاتها مع الدوحة، متهمة إياها بدعم الإرهاب.",
     {"الرياض": "GPE", "الدوحة": "GPE"}, "متهمة", True),
    ("اعتقلت الشرطة في عمان امرأة متهمة بالقتل.", {"عمان": "GPE"}, "متهمة", False),
])
def test_an_accusing_participle_is_an_act_only_after_a_pause(text, entities, cue, accused):
    speaker = "الرياض" if accused else "الشرطة"
    content = "إياها بدعم الإرهاب" if accused else "بالقتل"
    _, events = coded(text, entities, statements=[
        {"act": "ACCUSE", "cue": cue, "speaker": speaker, "content": content}])
    assert ("ACCUSE" in types(events)) is accused, [(e.type, e.mode) for e in events]


@pytest.mark.parametrize("text, speaker, entities, threat", [
    ("حذر الرئيس المصري من أن كل الخيارات مفتوحة إذا مست إثيوبيا حصة مصر من المياه.",
     "الرئيس المصري", {"المصري": "NORP", "إثيوبيا": "GPE", "مصر": "GPE"}, True),
    ("حذر ناشطون من أن الاحتجاجات ستتسع إذا لجأت السلطات إلى القوة.", "ناشطون", {}, False),
    ("حذر رئيس الوزراء الجزائري من أن البلاد قد تنزلق إلى الفوضى إذا استمر التصعيد.",
     "رئيس الوزراء الجزائري", {"الجزائري": "NORP"}, False),
    ("حذرت وزارة الصحة المصرية من أن الحر سيشتد الأسبوع المقبل.", "وزارة الصحة المصرية",
     {"وزارة الصحة المصرية": "ORG"}, False),
])
def test_a_conditional_warning_by_a_named_party_is_a_threat(text, speaker, entities, threat):
    content = text.split("من أن ", 1)[1].rstrip(".")
    _, events = coded(text, entities, statements=[
        {"act": "WARN", "cue": text.split()[0], "speaker": speaker, "content": content}])
    assert ("THREATEN" in types(events)) is threat, [(e.type, e.mode) for e in events]


def test_a_clause_opened_by_fima_is_a_happening_of_its_own():
    _, events = coded("نفذ العمال إضراباً في الميناء، فيما احتشد مئات الطلاب أمام الوزارة.")
    assert sorted(e.mode for e in events if e.type == "PROTEST") == ["demonstrate", "strike"]


def test_a_statement_does_not_run_on_past_fima_into_the_reporters_clause():
    text = "ورفع المحتجون لافتات تطالب برحيل الحكومة، فيما أضرب الطلاب عن الدراسة."
    _, events = coded(text, statements=[
        {"act": "CALL", "cue": "تطالب", "content": "برحيل الحكومة، فيما أضرب الطلاب عن الدراسة"}])
    strike = only(events, "PROTEST")
    assert (strike.mode, strike.factuality, strike.by) == ("strike", "asserted", None)


def test_a_verb_after_an_takun_qad_has_the_speaker_as_subject():
    article, events = coded("نفت الحكومة الإثيوبية أن تكون قد رفضت الوساطة الدولية.",
                            {"الحكومة الإثيوبية": "ORG"}, statements=[
                                {"act": "DENY", "cue": "نفت", "speaker": "الحكومة الإثيوبية",
                                 "content": "أن تكون قد رفضت الوساطة الدولية"}])
    refusal = only(events, "REJECT")
    assert (names(article, refusal.actors), refusal.factuality) == (["الحكومة الإثيوبية"], "denied")


def test_a_nationality_after_an_unnamed_noun_describes_the_noun():
    article, events = coded("أطلقت حركة حماس سراح ثلاث رهائن إسرائيليات في غزة.",
                            {"حركة حماس": "ORG", "إسرائيليات": "NORP", "غزة": "GPE"})
    release = only(events, "CONCEDE")
    assert (names(article, release.targets), release.target_text) == ([], ["رهائن إسرائيليات"])


# ---- the spent blind sets and dev2 through the real chain -------------------------------------

#: Type precision / recall floors and the factuality floor of each set, a little under what
#: ``scripts/eval_events.py --pipeline --gold tests/gold/events/SET`` measured:
#:
#: * blind2 (30 articles, 166 events; spent): type P 0.936 R 0.705 (was 0.918 / 0.542),
#:   factuality 0.915. Round 6: P 0.932 R 0.747, factuality 0.903. Round 7: P 0.934 R 0.771,
#:   factuality 0.906. Constructions round: P 0.938 R 0.813, factuality 0.919. Recall round 2:
#:   P 0.941 R 0.861, factuality 0.916.
#: * dev2 (34 articles, 127 events): P 0.983 R 0.937, factuality 0.950. Constructions round:
#:   P 0.960 R 0.945, factuality 0.950.
#: * blind3 (30 articles, 163 events; spent in round 6): P 0.932 R 0.761 (was 0.894 / 0.571),
#:   factuality 0.903. Constructions round: P 0.935 R 0.798, factuality 0.915. Recall round 2:
#:   P 0.937 R 0.816, factuality 0.917.
#: * blind4 (30 articles, 165 events; spent in round 7): P 0.913 R 0.703 (was 0.903 / 0.618),
#:   factuality 0.922 (same). Constructions round: P 0.902 R 0.721, factuality 0.933. Recall
#:   round 2: P 0.907 R 0.770, factuality 0.937. Precision round: P 0.914 R 0.770, factuality
#:   0.937.
#: * blind7 (24 articles, 170 events; spent in recall round 2): unseen, P 0.926 R 0.588,
#:   factuality 0.960; after recall round 2, which read its errors, P 0.924 R 0.641,
#:   factuality 0.954; after the small fixes (the statements layer's round 3 before them)
#:   P 0.934 R 0.665, factuality 0.956.
#: * round 9 (material acts, blind6 and blind8 spent): blind2 P 0.942 R 0.873, blind3 P 0.951
#:   R 0.828, blind4 P 0.935 R 0.782, blind7 P 0.951 R 0.688 (factuality 0.917, 0.926, 0.938,
#:   0.966); dev2 the same.
#: * Round 9 (verbal and diplomatic acts): blind2 P 0.941 R 0.867, factuality 0.917; blind4
#:   P 0.929 R 0.788, factuality 0.938; blind7 P 0.935 R 0.682, factuality 0.957; dev2 P 0.960
#:   R 0.953, factuality 0.959; blind3 unchanged.
#: * round 9 merged (material + verbal): blind2 P 0.942 R 0.880 (factuality 0.918), blind3
#:   0.951 / 0.828 (0.926), blind4 0.950 / 0.800 (0.939), blind7 0.952 / 0.706 (0.967), dev2
#:   0.961 / 0.961 (0.967).
#: * round 10 (arguments that let events stand): blind2 P 0.942 R 0.886 (factuality 0.912: the
#:   one event newly matched is told as reported), blind3 0.951 / 0.834 (0.926), blind4
#:   0.950 / 0.806 (0.940), blind7 0.953 / 0.712 (0.967); dev2 the same.
#: * round 12 (precision): blind2 P 0.942 → 0.948 R 0.886 (the ASSAULT of «وقف العمليات
#:   العسكرية» gone); blind3, blind4, blind7 and dev2 the same.
#: * 2026-11-30: blind2-blind7 relabelled to once per happening (each README lists the changes);
#:   re-tellings the coder still codes are now spurious: blind3 P 0.930 (142 coded, 132 right),
#:   blind7 P 0.916, measured with the code of d07eb81; their precision floors follow.
SET_FLOORS: dict[str, tuple[dict[str, float], float]] = {
    "blind2": ({"precision": 0.93, "recall": 0.87}, 0.90),
    "dev2": ({"precision": 0.95, "recall": 0.94}, 0.95),
    "blind3": ({"precision": 0.92, "recall": 0.82}, 0.91),
    "blind4": ({"precision": 0.93, "recall": 0.79}, 0.92),
    "blind7": ({"precision": 0.91, "recall": 0.70}, 0.95),
}


@pytest.mark.parametrize("folder", SET_FLOORS)
def test_scores_on_the_set_stay_above_the_floors(folder):
    floors, factuality_floor = SET_FLOORS[folder]
    _assert_type_scores(folder, floors, factuality_floor)
