"""Events on unseen text, the constructions round (issue 7): events whose trigger is known but
whose construction lost them — two happenings of one type in one sentence told apart (an adjunct
«إثر/بعد/تحت غطاء من», a denial beside an assertion, two statements, the reporter's next clause),
a unit named with its owner («انسحاب وحدات الجيش»), a meeting's parties after «ضم/جمع»، the
subject between «أن يكون» and «قد», a doer with a definite object, the act an announcement
opens with after a light masdar, a plural verb carrying an object pronoun («قتلوه»), a claim
(«تبنى»), and speakers named by a number («عشرون نائبا»); and the generic mentions that are no
happening («كل من يخرج»، «لم ترد أي تقارير»). Articles built by
hand (``tests/gold/events/oracle.py``): only the events stage runs."""

from __future__ import annotations

import pytest

from gold.events.oracle import coded, names, of_type


def _modes(events, type_):
    return sorted(e.mode for e in of_type(events, type_))


# ---- two happenings of one type in one sentence ----------------------------------------------

@pytest.mark.parametrize("text, entities, modes", [
    ("قتل عشرة مدنيين جراء قصف مدفعي على حي التضامن، إثر اشتباكات اندلعت ليلا بين الجيش "
     "ومقاتلين من المعارضة.", {"حي التضامن": "LOC", "الجيش": "ORG"}, ["clash", "kill"]),
    ("اقتحمت قوات الاحتلال مدينة جنين فجر اليوم تحت غطاء من غارات نفذتها طائرات مسيرة.",
     {"جنين": "GPE"}, ["airstrike", "storm"]),
    ("وجاءت الضربات على صنعاء بعد أيام من هجوم واسع شنه الحوثيون على سفن تجارية.",
     {"صنعاء": "GPE", "الحوثيون": "ORG"}, ["attack", "strike"]),
])
def test_an_adjunct_tells_another_happening_than_its_clause(text, entities, modes):
    _, events = coded(text, entities)
    assert _modes(events, "ASSAULT") == modes


@pytest.mark.parametrize("text, entities", [
    ("قُتل أربعة مقاتلين إثر غارة نفذتها طائرة مسيرة على سيارتهم قرب سنجار.",
     {"سنجار": "GPE"}),
    ("واستشهد الحارس إثر التفجير الذي استهدف مقر الدفاع المدني في جازان.", {"جازان": "GPE"}),
])
def test_a_toll_or_a_description_of_its_adjunct_is_the_same_happening(text, entities):
    _, events = coded(text, entities)
    assert len(of_type(events, "ASSAULT")) == 1


def test_a_denial_and_an_assertion_in_one_sentence_are_two_arrests():
    text = "ونفت المديرية اعتقال صحفيين خلال المسيرات، مؤكدة توقيف مئة شخص بتهمة الشغب."
    _, events = coded(text, {"المديرية": "ORG"}, statements=[
        {"act": "DENY", "cue": "ونفت", "speaker": "المديرية",
         "content": "اعتقال صحفيين خلال المسيرات"},
        {"act": "AFFIRM", "cue": "مؤكدة", "speaker": "المديرية",
         "content": "توقيف مئة شخص بتهمة الشغب"}])
    assert sorted(e.factuality for e in of_type(events, "COERCE")) == ["denied", "reported"]


def test_a_visit_and_its_aim_are_one_meeting_however_sure():
    text = "وقد يزور الرئيس الأوكراني واشنطن قبل نهاية الشهر لإجراء محادثات مع نظيره الأمريكي."
    _, events = coded(text, {"واشنطن": "GPE"})
    assert len(of_type(events, "CONSULT")) == 1


def test_a_bare_strike_in_the_reporters_next_clause_is_a_strike_of_its_own():
    text = ("وفي رام الله، خرج مئات الفلسطينيين مساء أمس في مسيرة غاضبة، فيما عم الإضراب الشامل "
            "مدن الضفة الغربية.")
    _, events = coded(text, {"رام الله": "GPE", "الضفة الغربية": "LOC"})
    assert len(of_type(events, "PROTEST")) == 2


# ---- who acted -----------------------------------------------------------------------------

def test_a_withdrawal_of_units_is_done_by_their_owner():
    text = "سيطر المسلحون على مدينة الموصل بعد انسحاب وحدات الجيش والشرطة من مواقعها."
    _, events = coded(text, {"الموصل": "GPE"})
    [retreat] = of_type(events, "RETREAT")
    assert any("الجيش" in actor for actor in retreat.actor_text)


def test_units_of_a_titled_person_are_his():
    text = "أعلنت الحكومة السيطرة على مدينة ترهونة عقب انسحاب وحدات المشير خليفة حفتر منها."
    article, events = coded(text, {"ترهونة": "GPE", "خليفة حفتر": "PER"})
    [retreat] = of_type(events, "RETREAT")
    assert names(article, retreat.actors) == ["خليفة حفتر"]


@pytest.mark.parametrize("text, parties", [
    ("استضافت عمان أمس اجتماعا رباعيا ضم وزراء خارجية مصر والعراق والأردن والسعودية.",
     ["مصر", "العراق", "الأردن", "السعودية"]),
    ("عقد في الرياض أمس لقاء جمع وزيري خارجية السعودية وإيران.", ["السعودية", "إيران"]),
])
def test_a_meeting_is_held_by_the_parties_it_gathered(text, parties):
    entities = {name: "GPE" for name in parties + ["عمان", "الرياض"]}
    article, events = coded(text, entities)
    [meeting] = of_type(events, "CONSULT")
    assert names(article, meeting.actors) == parties


def test_the_parties_of_a_meeting_named_before_are_no_place_after_it():
    text = ("وبحث الملك عبد الله الثاني مع المستشار أولاف شولتس، خلال لقاء جمعهما في برلين، "
            "العلاقات بين البلدين.")
    article, events = coded(text, {"الملك عبد الله الثاني": "PER", "أولاف شولتس": "PER",
                                   "برلين": "GPE"})
    assert all("برلين" not in names(article, e.actors) for e in events)


@pytest.mark.parametrize("text, speaker, content, type_, actor", [
    ("ونفى النائب علي خليل أن تكون كتلته قد قاطعت الجلسة.", "النائب علي خليل",
     "أن تكون كتلته قد قاطعت الجلسة", "REJECT", "علي خليل"),
    ("ونفى رئيس الوفد يحيى كزمان أن يكون الوفد قد وافق على إطلاق سراح القادة.",
     "رئيس الوفد يحيى كزمان", "أن يكون الوفد قد وافق على إطلاق سراح القادة", "AGREE", "الوفد"),
])
def test_the_subject_between_an_and_qad_does_the_denied_act(text, speaker, content, type_, actor):
    article, events = coded(text, {"علي خليل": "PER", "يحيى كزمان": "PER"}, statements=[
        {"act": "DENY", "cue": "ونفى", "speaker": speaker, "content": content}])
    [event] = of_type(events, type_)
    assert event.factuality == "denied"
    assert actor in names(article, event.actors) + event.actor_text


def test_a_curfew_an_announcement_opens_with_is_imposed_by_its_speaker():
    text = "وأعلنت الرئاسة مساء اليوم فرض حظر تجول ليلي في كامل البلاد لمدة شهر."
    _, events = coded(text, {}, statements=[
        {"act": "ANNOUNCE", "cue": "وأعلنت", "speaker": "الرئاسة",
         "content": "فرض حظر تجول ليلي في كامل البلاد لمدة شهر"}])
    [curfew] = of_type(events, "COERCE")
    assert curfew.actor_text == ["الرئاسة"]


@pytest.mark.parametrize("text, has_event", [
    ("من جهته، ثمّن الرئيس رشاد العليمي المواقف الأخوية للمملكة.", True),
    ("ودفع الرئيس رشاد العليمي ثمنا باهظا لمواقفه.", False),
])
def test_a_doer_and_a_definite_object_are_evidence_of_praise(text, has_event):
    _, events = coded(text, {"رشاد العليمي": "PER"})
    assert bool(of_type(events, "SUPPORT")) is has_event


@pytest.mark.parametrize("text", [
    "اختطف مسلحون الصحفي من منزله ووضعوه في سيارة ثم قتلوه قرب الحدود.",
    "اختطف مسلحون الصحفي من منزله ووضعوه في سيارة وقتلوه قرب الحدود.",
])
def test_a_plural_verb_carrying_its_object_is_read(text):
    _, events = coded(text, {})
    assert _modes(events, "ASSAULT") == ["abduct", "kill"]


def test_a_claimed_attack_is_done_by_the_claimant():
    text = "وأعلنت الجماعة التي تبنت الهجوم على الثكنة أنها ستواصل عملياتها."
    _, events = coded(text, {})
    [attack] = of_type(events, "ASSAULT")
    assert attack.actor_text == ["الجماعة"]


def test_a_claim_of_an_attack_told_before_names_its_doer_and_adds_no_event():
    text = ("واغتيل قيادي بارز في حركة الشباب بانفجار عبوة ناسفة في سيارته بمقديشو. وتبنى تنظيم "
            "الدولة الهجوم في بيان نشره على قنواته.")
    article, events = coded(text, {"حركة الشباب": "ORG", "مقديشو": "GPE",
                                   "تنظيم الدولة": "ORG"})
    [attack] = of_type(events, "ASSAULT")
    assert names(article, attack.actors) == ["تنظيم الدولة"]


def test_a_claim_denied_does_not_deny_the_act():
    text = "ولم يتبن أي فصيل إطلاق قذائف الهاون على بلدة القرداحة اليوم."
    _, events = coded(text, {"القرداحة": "GPE"})
    assert [e.factuality for e in of_type(events, "ASSAULT")] in ([], ["asserted"])


@pytest.mark.parametrize("cue, speaker, content", [
    ("وطالب", "عشرون نائبا", "الحكومة بتجميد العمل بالمعاهدة"),
    ("وطالب", "البطريرك الماروني", "النواب بالنزول إلى البرلمان"),
])
def test_speakers_named_by_their_number_or_office_can_ask(cue, speaker, content):
    text = f"{cue} {speaker} {content}."
    _, events = coded(text, {}, statements=[
        {"act": "CALL", "cue": cue, "speaker": speaker, "content": content}])
    [request] = of_type(events, "REQUEST")
    assert request.actor_text == [speaker]


# ---- generic mentions are no happening -----------------------------------------------------

@pytest.mark.parametrize("text, type_", [
    ("وقال المحافظ إن كل من يخرج غدا في مسيرة غير مرخصة سيحاسب.", "PROTEST"),
    ("ولم ترد أي تقارير عن وقوع مواجهات بين العمال والشرطة قرب المصنع.", "ASSAULT"),
])
def test_a_generic_or_unreported_mention_is_no_event(text, type_):
    _, events = coded(text, {})
    assert of_type(events, type_) == []


def test_reports_of_clashes_are_clashes():
    _, events = coded("وأفادت تقارير عن وقوع مواجهات بين العمال والشرطة قرب المصنع.", {})
    assert len(of_type(events, "ASSAULT")) == 1


def test_both_countries_condemning_is_no_generic_whoever():
    text = "وأدانت كل من مصر والأردن الهجوم على المسجد."
    article, events = coded(text, {"مصر": "GPE", "الأردن": "GPE"})
    [accuse] = of_type(events, "ACCUSE")
    assert names(article, accuse.actors) == ["مصر", "الأردن"]


@pytest.mark.parametrize("text, actor", [
    ("وأشاد الأمير بالجهود، مؤكدا أن وزراء خارجية المجلس سيجتمعون قريبا لمتابعة الاتفاق.",
     "وزراء خارجية المجلس"),
    ("وأكدت الشركة أن مجلس الإدارة سيجتمع الأسبوع المقبل لإقرار توزيع الأرباح.",
     "مجلس الإدارة"),
])
def test_who_will_meet_is_named_between_an_and_the_verb(text, actor):
    _, events = coded(text, {})
    [meeting] = of_type(events, "CONSULT")
    assert meeting.actor_text == [actor]


def test_a_phrase_after_an_acts_only_in_a_meeting():
    text = "وأوضح المدير أن الجامعة بكل كلياتها ترحب بالطالبات الجديدات."
    _, events = coded(text, {})
    assert of_type(events, "SUPPORT") == []


# ---- where a spoken act was made -----------------------------------------------------------

def test_a_scene_set_before_the_comma_is_where_the_next_verb_speaks_and_its_sequel():
    text = "وفي مجلس النواب، اتهم نواب الحكومة بالتقصير في ملف المياه وطالبوا باستجواب الوزير."
    article, events = coded(text, {"مجلس النواب": "ORG"}, statements=[
        {"act": "ACCUSE", "cue": "اتهم", "speaker": "نواب", "content": "بالتقصير في ملف المياه"},
        {"act": "CALL", "cue": "وطالبوا", "speaker": "نواب", "content": "باستجواب الوزير"}])
    places = {e.type: names(article, [e.place]) if e.place else [] for e in events}
    assert places == {"ACCUSE": ["مجلس النواب"], "REQUEST": ["مجلس النواب"]}


def test_a_participle_later_in_the_sentence_is_not_set_in_its_scene():
    text = ("وفي المحلة الكبرى، نظم مئات العمال وقفة احتجاجية، مطالبين الإدارة برفع الأجور.")
    _, events = coded(text, {"المحلة الكبرى": "GPE"}, statements=[
        {"act": "CALL", "cue": "مطالبين", "speaker": "العمال", "content": "الإدارة برفع الأجور"}])
    assert all(e.place is None for e in of_type(events, "REQUEST"))


@pytest.mark.parametrize("text, statements, actor", [
    ("ورفع المشاركون لافتات تطالب برحيل رموز النظام.",
     [{"act": "CALL", "cue": "تطالب", "content": "برحيل رموز النظام"}], "المشاركون"),
    ("ونظم آلاف العمال وقفة احتجاجية أمام مقر الاتحاد، مرددين شعارات تطالب برحيل الحكومة.",
     [{"act": "CALL", "cue": "تطالب", "content": "برحيل الحكومة"}], "العمال"),
])
def test_who_holds_the_placards_makes_the_demand_they_carry(text, statements, actor):
    _, events = coded(text, {}, statements=statements)
    [request] = of_type(events, "REQUEST")
    assert request.actor_text == [actor]
