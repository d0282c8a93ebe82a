"""Events, round 12 (issue 7): triggers the coder did not read at all. Wordings the lexicon
lacked — a ceasefire named with an adjective («وقفا فوريا لإطلاق النار»), the plural «تفاهمات»,
the verb «فاوض», a convoy sent «سيّرت قافلة», «مواد إغاثة», an army that begins its deployment,
an attack repelled «تصدت للهجوم», joint air exercises, sanctions lifted without the article,
soldiers massed by their number, rescue teams sent or arriving, money given, terrorists
«neutralised», an embassy's staff expelled — and two matcher rules: a noun phrase holds a word
of quantity before its rest as it holds numerals («تعليق جزء من العقوبات»، «إرسال عدد من
القوات»), and «اثني عشر» is a number, not «أثنى» (praised). Each with the same words in another
sense: sport, science, a virus, supporters, a stance, a firm's staff, another noun. Our own
sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, names, of_type, types


@pytest.mark.parametrize("text, type_, actor", [
    # a ceasefire with an adjective between the noun and «لإطلاق النار»
    ("وأعلن الجيش السوداني وقفا فوريا لإطلاق النار في ولاية سنار.", "AGREE", "الجيش السوداني"),
    ("أعلن الجيش السوداني وقفا شاملا لإطلاق النار في الخرطوم.", "AGREE", "الجيش السوداني"),
    # «تفاهمات», the plural of an understanding reached
    ("وأعلنت الحكومة اليمنية أنها توصلت إلى تفاهمات مع الحوثيين بشأن فتح الطرق.", "AGREE",
     "الحكومة اليمنية"),
    # «فاوض» (form III), besides «تفاوض»
    ("فاوضت الحكومة السودانية قوات الدعم السريع في جدة طوال أسبوعين.", "CONSULT",
     "الحكومة السودانية"),
    # a convoy sent with the verb, its object a few words on
    ("وسيرت الهيئة الخيرية الهاشمية صباح اليوم قافلة من الشاحنات إلى مخيمات النازحين.", "AID",
     "الهيئة"),
    # relief goods
    ("وسلم مركز الملك سلمان للإغاثة مواد إغاثة إلى الأسر النازحة في مأرب.", "AID", None),
    # a force that begins its deployment
    ("وبدأت قوات الأمن العراقية الانتشار في أحياء الموصل القديمة.", "MOBILIZE",
     "قوات الأمن العراقية"),
    # an attack repelled is a clash
    ("وقال متحدث عسكري إن وحدات الجيش تصدت لهجوم شنه مسلحون على بلدة حدودية.", "ASSAULT",
     "الجيش"),
    # joint land exercises
    ("وانطلقت مناورات برية مشتركة بين الأردن والإمارات قرب العقبة.", "COOPERATE", "الأردن"),
    # soldiers massed, counted
    ("وذكرت مصادر أن روسيا حشدت مئة ألف جندي قرب الحدود الأوكرانية.", "MOBILIZE", "روسيا"),
    # «حيّد»: the Turkish ministry's word for killed
    ("وقالت وزارة الدفاع التركية إن قواتها حيدت خمسة إرهابيين في منطقة قنديل.", "ASSAULT",
     None),
    # rescue teams sent
    ("وقالت الحكومة الجزائرية إنها أرسلت فرقا للإنقاذ إلى المدن التي ضربها الزلزال.", "AID",
     "الحكومة الجزائرية"),
    # an embassy's staff expelled, counted in words («اثني عشر» is a number, not «أثنى»)
    ("وقررت الحكومة المالية طرد اثني عشر موظفا في السفارة السويدية خلال ثلاثة أيام.",
     "SANCTION", "الحكومة"),
    # money given, counted («تقديم» + numbers + «دولار»)
    ("أعلنت السعودية تقديم 2 مليار دولار وديعة للبنك المركزي اليمني.", "AID", "السعودية"),
    # rescue teams that arrive from abroad
    ("ووصلت إلى أنطاكيا فرق إنقاذ من الأردن ومصر.", "AID", "الأردن"),
])
def test_a_wording_the_lexicon_lacked_is_an_event(text: str, type_: str,
                                                  actor: str | None) -> None:
    article = analyzed(text)
    events = of_type(article.events, type_)
    assert len(events) == 1
    if actor is not None:
        assert actor in names(article, events[0].actors) + events[0].actor_text


def test_a_ceasefire_with_an_adjective_is_no_shooting() -> None:
    assert types(analyzed("وأعلن الجيش السوداني وقفا فوريا لإطلاق النار في ولاية سنار.").events) \
        == ["AGREE"]


def test_a_state_that_will_not_negotiate_is_a_denied_consultation() -> None:
    event = of_type(analyzed("وأكد الرئيس أن العراق لن يفاوض الجماعات المسلحة.").events,
                    "CONSULT")[0]
    assert event.factuality == "denied"


@pytest.mark.parametrize("text, type_", [
    ("طالب المبعوث الأممي بوقف شامل لإطلاق النار في غزة.", "AGREE"),  # a call's content
    ("توصلت الدراسة إلى نتائج مهمة حول تغير المناخ.", "AGREE"),  # a finding, no deal
    ("وقال رئيس النادي إن الهلال يفاوض لاعبا برازيليا للتعاقد معه.", "CONSULT"),  # sport
    ("وأغلقت الشرطة خط سير القافلة في وسط المدينة.", "AID"),  # «سير»: the route
    ("بدأ الفيروس الانتشار في مدن المملكة خلال الأسبوع الماضي.", "MOBILIZE"),  # a virus spreads
    ("دعا الوزير إلى التصدي للفكر المتطرف في المدارس.", "ASSAULT"),  # a stance
    ("تصدى حارس المرمى لهجمة خطيرة من مهاجم الفريق المنافس.", "ASSAULT"),  # sport
    ("وحشد الحزب آلاف الأنصار في الساحة الكبرى للاحتفال بالذكرى.", "MOBILIZE"),  # supporters
    ("ودعا الرئيس إلى تحييد لبنان عن صراعات المنطقة.", "ASSAULT"),  # neutrality
    ("قررت الشركة طرد اثني عشر موظفا من مصنعها في جدة.", "SANCTION"),  # a firm's staff
    ("قررت الشركة طرد اثني عشر موظفا من مصنعها في جدة.", "SUPPORT"),  # «اثني» is no praise
    ("قرر النادي تقديم عرض بقيمة 50 مليون دولار لضم اللاعب.", "AID"),  # an offer, sport
    ("وصل فريق الهلال إلى الرياض بعد مباراة الإنقاذ.", "AID"),  # a team, sport
])
def test_the_same_words_in_another_sense_are_no_event(text: str, type_: str) -> None:
    assert type_ not in types(analyzed(text).events)


@pytest.mark.parametrize("text, type_, factuality", [
    ("وقررت الحكومة البريطانية تعليق بعض العقوبات المفروضة على البنك المركزي الليبي.",
     "CONCEDE", "asserted"),
    ("وأكد الوزير أن بريطانيا لن ترفع هذا العام أي عقوبات عن طهران.", "CONCEDE", "denied"),
    # a decision taken is told as done, as «قررت إرسال قوات»
    ("قررت الحكومة الأردنية إرسال عدد من القوات إلى الحدود الشمالية.", "MOBILIZE",
     "asserted"),
])
def test_a_word_of_quantity_stands_inside_a_noun_phrase(text: str, type_: str,
                                                        factuality: str) -> None:
    events = of_type(analyzed(text).events, type_)
    assert len(events) == 1
    assert events[0].factuality == factuality


def test_ten_alone_is_no_compound_number() -> None:
    # «عشرة» after a trigger is ten people, not the end of «اثني عشر»
    article = analyzed("أسفرت المداهمة عن توقيف عشرة أشخاص في حي الشاطئ.")
    # «حي الشاطئ» is a place since round 27 (headed_places), which makes «المداهمة» an
    # event of its own too, as any named place does («في مدينة حمص»)
    assert ["عشرة أشخاص"] in [e.target_text for e in of_type(article.events, "COERCE")]


def test_sanctions_suspended_in_part_are_no_new_sanctions() -> None:
    text = "وقررت الحكومة البريطانية تعليق بعض العقوبات المفروضة على البنك المركزي الليبي."
    assert "SANCTION" not in types(analyzed(text).events)


def test_a_word_of_quantity_makes_no_event_of_other_nouns() -> None:
    assert analyzed("ارتفع سعر النفط بعد تعليق جزء من الإنتاج في ليبيا.").events == []
