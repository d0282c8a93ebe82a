"""Events, round 10: arguments that let events stand. A trigger found and typed right was
dropped when its reading found no actor, target or stated place; these constructions now
find the arguments that are there — the host or broker named by a verb right after a noun
(«مباحثات استضافتها مسقط … بين …»، «هدنة رعتها قطر»), the one who denies an act named right
after the denial («نفت الحركة في بيان استهداف المدرسة»), an organisation in the genitive
before an indefinite object («استهداف قوات الدعم السريع مستشفى»), a doer between «أن/بأن»
and its verb («بأن الدبابات قصفت…») with the verb's object, factions named by their body
(«فصائل هيئة تحرير الشام»), and unnamed groups that call («منظمات إغاثة»، «دول عربية»).
Each with its counter-cases. These run the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed as _analyzed, names, of_type, only


# ---- the host or the broker named after a noun ----------------------------------------------

@pytest.mark.parametrize("text, place, parties", [
    ("وجرت المفاوضات التي استضافتها الدوحة بين الحكومة الأفغانية وحركة طالبان.",
     "الدوحة", ["حركة طالبان"]),
    ("وجاء الاتفاق بعد محادثات استضافتها القاهرة على مدى ثلاثة أيام بين حركة فتح وحركة حماس.",
     "القاهرة", ["حركة فتح", "حركة حماس"]),
    ("وجاء ذلك إثر مباحثات استضافتها مسقط على مدى يومين بين إيران والولايات المتحدة.",
     "مسقط", ["إيران", "الولايات المتحدة"]),
])
def test_talks_hosted_by_a_town_were_held_there_by_the_parties_after_bayna(text, place, parties):
    article = _analyzed(text)
    talks = only(article.events, "CONSULT")
    assert names(article, [talks.place]) == [place]
    assert set(parties) <= set(names(article, talks.actors))


@pytest.mark.parametrize("text, brokers", [
    ("وانتهت الهدنة التي رعتها قطر في غزة.", ["قطر"]),
    ("وبدأ تبادل الأسرى بعد اتفاق لوقف إطلاق النار رعته مصر وقطر.", ["مصر", "قطر"]),
])
def test_the_brokers_of_a_truce_are_its_parties(text, brokers):
    article = _analyzed(text)
    truce = only(article.events, "AGREE")
    assert names(article, truce.actors) == brokers


@pytest.mark.parametrize("text", [
    "وأشاد الوزير بالهدنة التي أعلنتها الحكومة في الجنوب.",  # announced, not brokered
    "وتحدث الوزير عن المفاوضات التي استضافتها العاصمة في الربيع الماضي.",  # no town named
])
def test_no_host_or_broker_no_event(text):
    article = _analyzed(text)
    assert not of_type(article.events, "AGREE") and not of_type(article.events, "CONSULT")


# ---- who denies an act named right after the denial ------------------------------------------

@pytest.mark.parametrize("text, actor_text, target_text", [
    ("نفت الحركة في بيان استهداف المدرسة.", ["الحركة"], ["المدرسة"]),
    ("غير أن الحركة نفت في بيان استهداف المدرسة، واتهمت الجيش بقصفها.", ["الحركة"],
     ["المدرسة"]),
])
def test_the_one_who_denies_an_act_is_its_denied_doer(text, actor_text, target_text):
    article = _analyzed(text)
    denied = [e for e in of_type(article.events, "ASSAULT") if e.factuality == "denied"]
    assert len(denied) == 1
    assert denied[0].actor_text == actor_text
    assert denied[0].target_text == target_text


def test_a_named_body_denies_in_a_statement():
    article = _analyzed("من جانبها نفت قوات الدعم السريع في بيان استهداف المستشفى.")
    assault = only(article.events, "ASSAULT")
    assert names(article, assault.actors) == ["قوات الدعم السريع"]
    assert assault.factuality == "denied"


def test_denying_the_news_of_an_act_is_not_doing_it():
    article = _analyzed("ونفى الجيش الأنباء عن قصف المستشفى.")
    for event in of_type(article.events, "ASSAULT"):
        assert "الجيش" not in event.actor_text


# ---- an organisation in the genitive before an indefinite object -----------------------------

@pytest.mark.parametrize("text, doer, target_text", [
    ("وأدانت الحكومة استهداف قوات الدعم السريع مستشفى في الفاشر.", "قوات الدعم السريع",
     "مستشفى"),
    ("وأدانت الجامعة استهداف الحوثيين سفينة تجارية في البحر الأحمر.", "الحوثيين",
     "سفينة تجارية"),
])
def test_an_organisation_before_an_indefinite_object_did_it(text, doer, target_text):
    article = _analyzed(text)
    assault = only(article.events, "ASSAULT")
    assert names(article, assault.actors) == [doer]
    assert assault.target_text == [target_text]


def test_a_town_in_the_genitive_is_where_the_storming_is():
    # round 21 (eventcoding/target_sites.py): the stormed town is the place, not a target
    article = _analyzed("وتحاول القوات منذ أيام اقتحام مدينة تدمر ذات الآثار الرومانية.")
    assault = only(article.events, "ASSAULT")
    assert assault.targets == []
    assert article.entity(assault.place).text == "تدمر"
    assert assault.actors == []


# ---- a doer between «أن/بأن» and its verb, and the verb's object ------------------------------

@pytest.mark.parametrize("text, actor_text, target_text", [
    ("وأفاد شهود بأن الدبابات قصفت أحياء سكنية في المدينة.", ["الدبابات"], ["أحياء سكنية"]),
    ("وأكد الناطق باسم الجيش أن المقاتلات استهدفت مواقع للمسلحين قرب الحدود.",
     ["المقاتلات"], ["مواقع للمسلحين"]),
    ("وقال مسؤول محلي إن جرافات الاحتلال دمرت منازل في القرية.", ["جرافات الاحتلال"],
     ["منازل"]),
])
def test_a_doer_between_an_and_the_verb_acts(text, actor_text, target_text):
    article = _analyzed(text)
    assault = only(article.events, "ASSAULT")
    assert assault.actor_text == actor_text
    assert assault.target_text == target_text
    assert assault.factuality == "reported"


def test_planes_that_return_do_nothing():
    article = _analyzed("وقال الناطق إن المقاتلات عادت إلى قواعدها بسلام.")
    assert article.events == []


def test_the_killed_are_no_doers():
    article = _analyzed("وقال مصدر طبي إن الأشخاص قتلوا في القصف.")
    for event in of_type(article.events, "ASSAULT"):
        assert "الأشخاص" not in event.actor_text


# ---- factions named by their body; unnamed groups that call ------------------------------------

def test_factions_of_a_named_body_are_that_body():
    article = _analyzed("سيطرت فصائل هيئة تحرير الشام اليوم على بلدة سراقب.")
    assault = only(article.events, "ASSAULT")
    assert names(article, assault.actors) == ["هيئة تحرير الشام"]


def test_unnamed_factions_are_kept_as_text():
    article = _analyzed("وقال مسؤول إن فصائل المعارضة سيطرت على التلة.")
    assert only(article.events, "ASSAULT").actor_text == ["فصائل المعارضة"]


@pytest.mark.parametrize("text, actor", [
    ("وناشدت منظمات إغاثة الأطراف السماح بإدخال الأدوية.", "منظمات إغاثة"),
    ("ودعت دول عربية في بيان مشترك إلى وقف القتال.", "دول عربية"),
    ("وطالب وجهاء من العشائر بالإفراج عن المعتقلين.", "وجهاء"),
])
def test_unnamed_groups_that_call_make_a_request(text, actor):
    article = _analyzed(text)
    request = only(article.events, "REQUEST")
    assert request.actor_text and request.actor_text[0].startswith(actor)


def test_a_drought_still_calls_for_nothing():
    article = _analyzed("وتعاني دول عربية من موجة جفاف طالت ملايين المزارعين.")
    assert not of_type(article.events, "REQUEST")


# ---- the noun before «، التي/الذي» does a past act -------------------------------------------

def test_the_noun_before_a_comma_and_a_relative_withdrew():
    article = _analyzed("وسيطر الجيش على البلدة بعد اشتباكات مع قوات اللواء خليفة حفتر، "
                        "التي انسحبت نحو الجنوب.")
    retreat = only(article.events, "RETREAT")
    assert names(article, retreat.actors) == ["خليفة حفتر"]


@pytest.mark.parametrize("text", [
    # a toll (the victim), a stance (no act)
    "وشيع الأهالي جثمان الجندي محمد العلي، الذي قتل في المعارك على الحدود.",
    "وقال رجل الأعمال سامي العتيبي، الذي يؤيد المشروع، إن الأسعار سترتفع.",
])
def test_a_victim_or_a_stance_after_a_comma_acts_not(text):
    article = _analyzed(text)
    assert all(not event.actors for event in article.events)


# ---- a frame pointing back stands between a verb and its subject --------------------------------

@pytest.mark.parametrize("text, actor", [
    ("ووافقت الحكومة على هدنة تنسحب خلالها وحدات حماية الشعب الكردية من المنطقة.",
     "وحدات حماية الشعب الكردية"),
])
def test_the_subject_after_a_pronoun_frame_withdraws(text, actor):
    article = _analyzed(text)
    assert names(article, only(article.events, "RETREAT").actors) == [actor]


def test_the_subject_of_the_sentence_does_not_withdraw_then():
    article = _analyzed("ووافقت الحكومة على هدنة تنسحب خلالها وحدات حماية الشعب الكردية من "
                        "المنطقة.")
    assert "الحكومة" not in only(article.events, "RETREAT").actor_text

