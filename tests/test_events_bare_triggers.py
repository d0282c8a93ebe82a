"""Events named by their trigger alone, and the frames that silence a trigger (issue 7, round 6).

A concrete happening — an air raid, a clash, an arrest, a strike, a protest, a signing — is an
event even when its sentence names no party; a word before it that makes it a kind of act
(«لصد أي هجوم»، «مكافحة الاعتقال») keeps it needing one. A refusal told as «لن + verb» is a
REJECT. A condition after a future act makes it hypothetical. A sentence that tells a match
or an anniversary codes nothing, and a noun dated by a year before the article's is history.
Articles built by hand (``tests/gold/events/oracle.py``), so only the events stage is tested."""

from __future__ import annotations

import pytest

from gold.events.oracle import coded, only, types


# ---- a concrete happening needs no named party -------------------------------------------------

@pytest.mark.parametrize("text, type_", [
    ("وأصيب خمسة مدنيين في غارة على حي سكني فجر اليوم.", "ASSAULT"),
    ("وتجددت الاشتباكات مساء الثلاثاء في الأحياء الجنوبية.", "ASSAULT"),
    ("وسقطت قذيفة على سوق شعبي مكتظ بالمتسوقين.", "ASSAULT"),
    ("وجاء ذلك بعد احتجاز صحفيين اثنين عند نقطة التفتيش.", "COERCE"),
    ("وشل إضراب عام الموانئ والمدارس يوم الخميس.", "PROTEST"),
    ("وتواصلت الاحتجاجات لليوم الخامس على التوالي.", "PROTEST"),
    ("وشهد حفل رسمي توقيع اتفاقية لتبادل الخبرات.", "AGREE"),
])
def test_a_concrete_trigger_is_an_event_without_a_named_party(text, type_):
    _, events = coded(text)
    assert type_ in types(events)


@pytest.mark.parametrize("text, type_", [
    ("وتعهدت الحكومة بتعزيز الدفاعات لصد أي غارة محتملة.", "ASSAULT"),
    ("ودعا التقرير إلى مكافحة الاعتقال التعسفي.", "COERCE"),
    ("وتحدث الشاعر عن اقتحام ميدان الرواية في سن مبكرة.", "ASSAULT"),
    ("وافتتحت التظاهرة الثقافية السنوية أمس.", "PROTEST"),
])
def test_a_kind_of_act_or_a_figure_is_no_event(text, type_):
    _, events = coded(text)
    assert type_ not in types(events)


def test_a_bare_definite_mention_names_the_happening_told_before():
    _, events = coded("تظاهر آلاف الطلاب في العاصمة ضد رفع الرسوم. "
                      "ولم تعلق وزارة التعليم على الاحتجاجات.", {"وزارة التعليم": "ORG"})
    assert types(events).count("PROTEST") == 1


# ---- words that name an act ---------------------------------------------------------------------

@pytest.mark.parametrize("text, type_, mode", [
    ("وأكد المتحدث أن الحكومة لن تقبل شروط المعارضة.", "REJECT", "refuse"),
    ("وقال قائد الجيش إن قواته لن تجلس مع المتمردين قبل تسليم السلاح.", "REJECT", "refuse"),
    ("واستدعت وزارة الخارجية سفيرها لدى العاصمة المجاورة للتشاور.", "SANCTION", "recall"),
    ("واستدعت وزارة الخارجية السفير البلجيكي للاحتجاج على التصريحات.", "ACCUSE", "summon"),
    ("وتوصل الطرفان إلى هدنة إنسانية لمدة أسبوع.", "AGREE", "ceasefire"),
    ("وقتل شاب برصاص قوات الأمن قرب الحاجز.", "ASSAULT", "shoot"),
    ("ونفذت القوات الجوية عملية عسكرية ضد مواقع المسلحين.", "ASSAULT", "attack"),
])
def test_a_news_wording_of_round_six_is_an_event(text, type_, mode):
    _, events = coded(text, {"قوات الأمن": "ORG", "وزارة الخارجية": "ORG",
                             "البلجيكي": "NORP", "القوات الجوية": "ORG"})
    assert only(events, type_).mode == mode


def test_a_refusal_told_as_will_not_is_asserted_not_denied():
    _, events = coded("وأكد المتحدث أن الحكومة لن تقبل شروط المعارضة.")
    assert only(events, "REJECT").factuality == "asserted"


def test_without_its_lead_a_refusal_verb_is_no_event():
    _, events = coded("وقبل المجلس استقالة الوزير بعد جلسة طويلة.")
    assert "REJECT" not in types(events)


@pytest.mark.parametrize("text", [
    "شن النواب هجوما لاذعا على وزير المالية خلال الجلسة.",
    "وقال المعلق إن الصحافة شهدت اغتيال أحلام جيل كامل.",
    "وفرقت الشرطة المحتجين بالرصاص المطاطي قرب الجسر.",
])
def test_an_attack_in_words_or_a_rubber_bullet_is_no_assault(text):
    _, events = coded(text)
    assert "ASSAULT" not in types(events)


def test_liqa_before_a_service_or_a_sum_means_in_return_for():
    _, events = coded("وتحصل الشركات على مبالغ مالية لقاء خدمتهم في الموسم.")
    assert "CONSULT" not in types(events)
    _, events = coded("وعقد الوزير لقاء مع السفير الفرنسي أمس.", {"الفرنسي": "NORP"})
    assert "CONSULT" in types(events)


# ---- how sure --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, type_", [
    ("وأعلن الاتحاد أنه سيدعو إلى إضرابات جديدة إذا لم تستجب الحكومة.", "PROTEST"),
    ("وقالت الوزارة إنها ستقدم شكوى رسمية ضد إسرائيل إذا تكرر الخرق.", "ACCUSE"),
])
def test_a_future_act_with_a_condition_after_it_is_hypothetical(text, type_):
    _, events = coded(text, {"إسرائيل": "GPE"})
    assert only(events, type_).factuality == "hypothetical"


def test_a_threat_stays_a_threat_whatever_its_condition():
    _, events = coded("وتوعد الحرس الثوري بالرد إذا تعرضت السفن لأي اعتداء.",
                      {"الحرس الثوري": "ORG"})
    assert only(events, "THREATEN").factuality == "asserted"


# ---- frames that code nothing ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وفي مباراة مثيرة سيطر أصحاب الأرض على مجريات اللعب وشنوا هجمات متتالية.",
    "ويحيي السكان اليوم الذكرى العشرين لتوقيع اتفاق السلام في المدينة.",
    "وقال المدرب إن لاعبيه اقتحموا منطقة الخصم بشجاعة.",
])
def test_a_match_or_an_anniversary_codes_nothing(text):
    _, events = coded(text)
    assert events == []


def test_a_noun_dated_by_an_earlier_year_is_history():
    _, events = coded("واستعاد الكتاب تفاصيل اجتياح الجيش للبلدة عام 1982 وما تلاه.",
                      {"الجيش": "ORG"}, published="2025-01-15")
    assert "ASSAULT" not in types(events)


def test_a_noun_dated_this_year_is_news():
    _, events = coded("وأدى اجتياح الجيش للبلدة عام 2025 إلى نزوح الآلاف.",
                      {"الجيش": "ORG"}, published="2025-06-01")
    assert "ASSAULT" in types(events)


# ---- a participle after a pause shares the subject of the verb before it ----------------------

def test_an_accusing_participle_after_a_pause_is_done_by_the_verbs_subject():
    _, events = coded("قطعت الجزائر علاقاتها الدبلوماسية مع المغرب أمس، متهمة الرباط بأعمال عدائية.",
                      {"الجزائر": "GPE", "المغرب": "GPE", "الرباط": "GPE"},
                      statements=[{"act": "ACCUSE", "cue": "متهمة", "speaker": None,
                                   "content": "الرباط بأعمال عدائية"}])
    accuse = only(events, "ACCUSE")
    assert accuse.actors
