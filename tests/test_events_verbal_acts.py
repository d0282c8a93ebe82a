"""Events, round 9 (issue 7): verbal and diplomatic acts told in ways the coder did not know —
a speaker's next act inside a call's content («…بالانسحاب، واتهمتها بقتل…»), a threat of
force told as a forecast of one's own blow («سترد بحزم»), a participle of praise or welcome
after a pause («، مشيدا بدور الوسطاء»), a phrase opened by a statement's cue («وأكد أمير
الكويت تضامن بلاده»), aid named with its giver's nationality («سفينة مساعدات جزائرية»), the
talks behind a deal, a document «signed it» («التي وقعها»), a request answered («استجابة
لطلب»), and the new wordings of the lexicon — each with the look-alikes that must stay
silent. Our own sentences, through the real chain (``marsad.analyze``)."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, names, only, types


def _actors(article, event) -> list[str]:
    return names(article, event.actors) + list(event.actor_text)


# ---- a speaker's next act inside a call's content -------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("ودعت منظمة العفو الدولية السلطات الليبية إلى الإفراج عن الناشطين، واتهمتها بتعذيبهم "
     "في السجون.", "منظمة العفو الدولية"),
    ("وطالب البرلمان الليبي بخروج القوات التركية واتهمها بنهب ثروات البلاد.", "البرلمان الليبي"),
])
def test_an_accusation_after_a_call_is_the_callers_act(text, actor):
    article = analyzed(text)
    accusation = only(article.events, "ACCUSE")
    assert (accusation.factuality, accusation.by) == ("asserted", None)
    assert any(actor in name for name in _actors(article, accusation))


def test_the_pronoun_of_the_accusation_names_the_party_of_the_call():
    article = analyzed("وطالب البرلمان الليبي بخروج القوات التركية واتهمها بنهب ثروات البلاد.")
    accusation = only(article.events, "ACCUSE")
    assert names(article, accusation.targets) == ["التركية"]
    assert not accusation.target_text  # «بنهب ثروات البلاد» is the charge


def test_a_relative_clause_in_a_call_is_told_by_the_reporter():
    article = analyzed("وطالبت بغداد أنقرة بتسليم القيادي المطلوب صالح مسلم، الذي تتهمه السلطات "
                       "العراقية بتمويل الإرهاب.")
    accusation = only(article.events, "ACCUSE")
    assert names(article, accusation.targets) == ["صالح مسلم"]
    assert names(article, only(article.events, "REQUEST").targets) == ["أنقرة"]


def test_the_wished_for_act_stays_inside_the_call():
    article = analyzed("دعت الجامعة العربية إلى وقف إطلاق النار والانسحاب من المدينة.")
    assert types(article.events) == ["REQUEST"]


# ---- a threat of force told as a forecast of one's own blow ---------------------------------

@pytest.mark.parametrize("text, actor", [
    ("وقال وزير الدفاع التركي خلوصي أكار إن بلاده سترد بحزم على أي اعتداء.", "خلوصي أكار"),
    ("وحذر قائد الجيش السوداني عبد الفتاح البرهان من أن قواته ستتصدى بكل الوسائل لأي محاولة "
     "لعبور الحدود.", "عبد الفتاح البرهان"),
])
def test_a_blow_promised_with_force_is_a_threat(text, actor):
    article = analyzed(text)
    threat = only(article.events, "THREATEN")
    assert names(article, threat.actors) == [actor]


@pytest.mark.parametrize("text", [
    "وأكدت الوزارة أنها سترد على أسئلة الصحفيين خلال المؤتمر.",            # a reply
    "وقال المدرب جوزيه مورينيو إن فريقه سيهاجم بقوة في المباراة المقبلة.",  # a match
    "وقال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن طهران سترد بالمثل على العقوبات "
    "الأوروبية.",                                                         # in kind, no force
    "وحذرت الأمم المتحدة من أن الأوضاع ستتدهور إذا استمر القتال في المدينة.",  # a forecast
])
def test_a_reply_a_match_a_reciprocal_step_or_a_forecast_is_no_threat(text):
    assert "THREATEN" not in types(analyzed(text).events)


def test_a_conditional_warning_of_a_state_of_things_is_a_forecast():
    article = analyzed("وحذرت حركة النهضة التونسية من أن البلاد ستنزلق إلى الفوضى إذا حاولت "
                       "الشرطة فض الاعتصام.")
    assert "THREATEN" not in types(article.events)


# ---- a participle of praise, welcome or condemnation after a pause --------------------------

@pytest.mark.parametrize("text, mode, actor", [
    ("وقال رئيس الوزراء العراقي محمد شياع السوداني إن المفاوضات مستمرة، مشيدا بدور الوسطاء "
     "القطريين.", "praise", "محمد شياع السوداني"),
    ("وأعلنت الحكومة الأردنية أنها ستفتح المعبر، مرحبة بالاتفاق الذي توصل إليه الطرفان.",
     "welcome", "الأردنية"),
])
def test_a_participle_after_a_pause_is_the_speakers_own_act(text, mode, actor):
    article = analyzed(text)
    support = only(article.events, "SUPPORT")
    assert (support.mode, support.factuality, support.by) == (mode, "asserted", None)
    assert names(article, support.actors) == [actor]


@pytest.mark.parametrize("text, type_", [
    ("وانطلقت في العاصمة مسيرة منددة بالغلاء.", "ACCUSE"),          # an adjective
    ("وكان الوفد مرحبا به في كل مكان زاره.", "SUPPORT"),            # welcome as a guest
    ("وقال والد الشهيد إن ابنه كان محبوبا، مشيدا بأخلاقه.", "SUPPORT"),  # a condolence
])
def test_a_participle_without_a_pause_or_in_a_condolence_is_no_act(text, type_):
    assert type_ not in types(analyzed(text).events)


# ---- a phrase opened by a statement's cue: its speaker acts --------------------------------

def test_a_stance_phrase_is_the_act_of_the_speaker_named_after_its_cue():
    article = analyzed("وأكد أمير الكويت الشيخ مشعل الأحمد تضامن بلاده الكامل مع الشعب اللبناني.")
    assert names(article, only(article.events, "SUPPORT").actors) == ["مشعل الأحمد"]


def test_a_thing_that_confirms_a_stance_is_no_speaker():
    assert "SUPPORT" not in types(analyzed("وأكد الحادث الأخير دعم الناس لرجال الأمن.").events)


# ---- the giver of aid, the talks behind a deal, a press conference, a visit's aim ----------

def test_a_nationality_after_a_phrase_of_aid_is_its_giver():
    article = analyzed("ورست في ميناء طرابلس سفينة مساعدات جزائرية محملة بالأدوية.")
    assert names(article, only(article.events, "AID").actors) == ["جزائرية"]


def test_a_definite_phrase_with_a_nationality_may_be_a_name():
    article = analyzed("وقالت قيادة العمليات المشتركة العراقية إن القوات تقدمت نحو البلدة.")
    assert "COOPERATE" not in types(article.events)


def test_the_talks_behind_a_deal_were_held_by_its_parties():
    article = analyzed("توصلت الحكومة السودانية والحركة الشعبية إلى اتفاق سلام بعد أسبوعين من "
                       "المفاوضات في جوبا.")
    deal, talks = only(article.events, "AGREE"), only(article.events, "CONSULT")
    assert talks.actors and talks.actors == deal.actors


def test_a_meeting_during_which_a_deal_was_signed_takes_no_parties_from_it():
    article = analyzed("وقعت مصر والسودان اتفاقية للتعاون خلال اجتماع في الخرطوم.")
    assert not any(e.actors for e in article.events if e.type == "CONSULT")


def test_a_joint_press_conference_after_a_meeting_closes_it():
    article = analyzed("التقى وزير الخارجية الأردني أيمن الصفدي نظيره الفرنسي جان نويل بارو في "
                       "عمان. وأكد الوزيران في مؤتمر صحفي مشترك رفضهما للاستيطان.")
    assert types(article.events).count("CONSULT") == 1


def test_a_joint_press_conference_told_first_is_a_meeting():
    article = analyzed("من جهته، أعلن الرئيس الجزائري عبد المجيد تبون خلال مؤتمر صحفي مشترك مع "
                       "نظيره التونسي قيس سعيد دعم بلاده للمبادرة.")
    assert names(article, only(article.events, "CONSULT").targets) == ["قيس سعيد"]


def test_the_town_visited_is_where_the_aim_of_the_visit_is_done():
    article = analyzed("ومن المقرر أن يزور وفد تركي الدوحة الأسبوع المقبل لتوقيع اتفاقية تعاون.")
    signing = only(article.events, "AGREE")
    assert (signing.actors, names(article, [signing.place])) == ([], ["الدوحة"])


# ---- signed it; a request answered ----------------------------------------------------------

def test_a_document_signed_is_told_by_the_verb_with_its_pronoun():
    article = analyzed("وانتقدت المعارضة الاتفاقية التي وقعها رئيس الوزراء الإثيوبي آبي أحمد مع "
                       "صندوق النقد الدولي.")
    assert only(article.events, "AGREE").mode == "sign"


@pytest.mark.parametrize("text", [
    "وقع الانفجار قرب السوق المركزي.",              # it happened
    "ولم يحضر الحفل العدد الذي توقعه المنظمون.",     # expected
])
def test_waqa_without_its_pronoun_or_in_the_present_is_no_signing(text):
    assert "AGREE" not in types(analyzed(text).events)


def test_a_request_answered_was_made_by_its_genitive():
    article = analyzed("وجاء التدخل العسكري استجابة لطلب الحكومة الليبية المساعدة.")
    request = only(article.events, "REQUEST")
    assert names(article, request.actors) == ["الليبية"]


def test_an_application_is_no_request():
    assert "REQUEST" not in types(analyzed("وقدم المواطن طلبا للحصول على ترخيص.").events)


# ---- new wordings ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, type_, mode", [
    ("وأجرى العاهل الأردني الملك عبدالله الثاني اتصالين هاتفيين بالرئيسين المصري والتونسي.",
     "CONSULT", "call"),
    ("واستدعت وزارة الخارجية الكويتية القائم بأعمال السفارة العراقية في الكويت.",
     "ACCUSE", "summon"),
    ("وأعلنت الحكومة العراقية فتح مجالها الجوي أمام رحلات الطيران المدني.", "CONCEDE", "allow"),
    ("وبدأت الأربعاء عملية تبادل بين الجيش والفصائل المسلحة برعاية أممية.", "CONCEDE",
     "release"),
    ("ونفذت طائرات أردنية إنزالا جويا للمساعدات فوق شمال القطاع.", "AID", "humanitarian"),
    ("وأعلن المجلس العسكري وقف التفاوض مع تحالف المعارضة.", "REJECT", "refuse"),
    ("وأقر البرلمان الموافقة على اتفاق ترسيم الحدود مع قبرص.", "AGREE", "agree"),
])
def test_a_new_wording_of_a_diplomatic_act_is_an_event(text, type_, mode):
    assert only(analyzed(text).events, type_).mode == mode


@pytest.mark.parametrize("text, type_", [
    ("وتبادل الطرفان الأسرى في إطار الوساطة المصرية المقترحة.", "AID"),
    ("وأصدرت المحكمة حكما بإنزال عقوبة السجن بحق المتهم.", "AID"),     # a sentence passed
    ("وقال القائم بأعمال رئيس النادي إن اللاعب انضم للفريق.", "ACCUSE"),  # acting chairman
    ("وفتح المجال أمام الشباب للمشاركة في الانتخابات.", "CONCEDE"),     # opened the way
])
def test_a_look_alike_of_a_new_wording_stays_silent(text, type_):
    assert type_ not in types(analyzed(text).events)


# ---- a threatening participle; manners and names that look like acts -----------------------

def test_a_threatening_participle_with_its_mark_is_a_threat():
    article = analyzed("وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده لن تقبل بالتصعيد، ملوحا بفرض "
                       "عقوبات على المستوطنين.")
    assert names(article, only(article.events, "THREATEN").actors) == ["إيمانويل ماكرون"]


@pytest.mark.parametrize("text, type_", [
    ("ووقف اللاعب أمام الجماهير، ملوحا بيده بعد المباراة.", "THREATEN"),   # waving a hand
    ("وتجمع آلاف الطلاب أمام الجامعة، رفضا لقرار رفع الرسوم.", "REJECT"),   # the protest's aim
    ("وخرج المئات في مسيرة منددة بالحرب على غزة.", "ACCUSE"),              # the march's banner
    ("وقال رئيس وفد فتح جبريل الرجوب إن المصالحة مستمرة.", "CONCEDE"),     # Fatah, not «opened»
])
def test_a_manner_a_banner_or_a_name_is_no_act(text, type_):
    assert type_ not in types(analyzed(text).events)


def test_the_protest_whose_aim_is_a_refusal_stays_a_protest():
    article = analyzed("وتجمع آلاف الطلاب أمام الجامعة، رفضا لقرار رفع الرسوم.")
    assert types(article.events) == ["PROTEST"]


def test_an_ambassador_sent_back_restores_ties():
    article = analyzed("وأعادت الإمارات سفيرها إلى طهران بعد قطيعة استمرت ست سنوات.")
    assert only(article.events, "COOPERATE").mode == "diplomatic"


def test_a_meeting_that_did_not_take_place_is_denied():
    article = analyzed("وسلم الجانبان رسالتيهما في مراسم منفصلة، دون أن يلتقي الوفدان وجها لوجه.")
    meeting = only(article.events, "CONSULT")
    assert (meeting.factuality, meeting.actor_text) == ("denied", ["الوفدان"])
