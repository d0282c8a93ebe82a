"""The lexicon round for the verbal and diplomatic types (issue 7): CONSULT, AGREE, COOPERATE,
AID, CONCEDE, SUPPORT, REJECT, REQUEST, ACCUSE and THREATEN named as news across the region names
them — talks told by «تباحث/تشاور/استعرض مع», documents signed or ratified, joint exercises and
patrols in the nominative and the accusative, ties resumed and embassies opened, aid sent by
plane and ship, releases and access allowed, bans lifted, decisions reversed, the stance grid
(«أكد/جدد/أعرب عن/أبدى + تضامنه/ترحيبه/إدانته/رفضه…»), boycotts named by what is boycotted,
vetoes, criticism and accusations levelled, requests «من» someone and appeals launched.
Articles built by hand (``tests/gold/events/oracle.py``): only the events stage runs. Each
wording stands in a sentence of our own; the look-alikes at the end must stay silent."""

from __future__ import annotations

import pytest

from gold.events.oracle import coded, names, of_type, scored

EGYPT, JORDAN, QATAR = {"مصر": "GPE"}, {"الأردن": "GPE"}, {"قطر": "GPE"}


@pytest.mark.parametrize("text, entities, type_, actor", [
    # CONSULT: talks, consultations, phone calls, dialogue rounds, sessions held
    ("تباحث وزير الخارجية المصري مع نظيره الأردني في عمان.",
     {"وزير الخارجية المصري": "PER", "الأردني": "NORP", "عمان": "GPE"}, "CONSULT",
     "وزير الخارجية المصري"),
    ("وتشاور الرئيس التونسي مع رئيس الحكومة حول الأزمة.",
     {"الرئيس التونسي": "PER", "رئيس الحكومة": "PER"}, "CONSULT", "الرئيس التونسي"),
    ("استعرض أمير قطر مع الرئيس الفرنسي العلاقات الثنائية.",
     {"أمير قطر": "PER", "الرئيس الفرنسي": "PER"}, "CONSULT", "أمير قطر"),
    ("وناقش العاهل الأردني مع المبعوث الأممي تطورات الأوضاع في المنطقة.",
     {"العاهل الأردني": "PER", "المبعوث الأممي": "PER"}, "CONSULT", "العاهل الأردني"),
    ("وجرت مكالمة هاتفية بين الرئيس المصري والرئيس الأمريكي.",
     {"الرئيس المصري": "PER", "الرئيس الأمريكي": "PER"}, "CONSULT", "الرئيس المصري"),
    ("وانطلقت في الخرطوم جولة حوار بين الحكومة والحركات المسلحة.",
     {"الخرطوم": "GPE", "الحكومة": "ORG", "الحركات المسلحة": "ORG"}, "CONSULT", "الحكومة"),
    ("عقد مجلس الجامعة العربية دورته العادية في القاهرة أمس.",
     {"مجلس الجامعة العربية": "ORG", "القاهرة": "GPE"}, "CONSULT", "مجلس الجامعة العربية"),
    # AGREE: signing and ratifying, acceptance announced, truces kept, settlements reached
    ("وقّع الأردن وقطر مذكرات تفاهم في الدوحة.", {**JORDAN, **QATAR, "الدوحة": "GPE"},
     "AGREE", "الأردن"),
    ("وشهد الوزيران توقيع معاهدة بين مصر والسودان.", {**EGYPT, "السودان": "GPE"}, "AGREE",
     "مصر"),
    ("وقّعت تونس والجزائر بروتوكولا للتعاون الحدودي.", {"تونس": "GPE", "الجزائر": "GPE"},
     "AGREE", "تونس"),
    ("صادق البرلمان المغربي على اتفاقية الشراكة مع الاتحاد الأوروبي.",
     {"البرلمان المغربي": "ORG", "الاتحاد الأوروبي": "ORG"}, "AGREE", "البرلمان المغربي"),
    ("أعلنت حماس موافقتها على المقترح المصري.", {"حماس": "ORG", "المصري": "NORP"}, "AGREE",
     "حماس"),
    ("وقالت الأمم المتحدة إن الحكومة اليمنية ستلتزم بالهدنة.", {"الحكومة اليمنية": "ORG",
                                                              "الأمم المتحدة": "ORG"}, "AGREE",
     "الحكومة اليمنية"),
    ("التزمت الفصائل بالهدنة في ريف حلب.", {"الفصائل": "ORG", "حلب": "GPE"}, "AGREE",
     "الفصائل"),
    ("توصلت الحكومة والمعارضة إلى تسوية سياسية في كينشاسا.",
     {"الحكومة": "ORG", "المعارضة": "ORG", "كينشاسا": "GPE"}, "AGREE", "الحكومة"),
    ("توافقت الأطراف الليبية على خريطة طريق في جنيف.", {"الليبية": "NORP", "جنيف": "GPE"},
     "AGREE", None),
    ("ووقّع قادة دول المجلس على بيان العلا.", {"دول المجلس": "ORG"}, "AGREE", None),
    ("وتوصلت إسرائيل وحماس إلى صفقة لتبادل المحتجزين.", {"إسرائيل": "GPE", "حماس": "ORG"},
     "AGREE", "إسرائيل"),
    # COOPERATE: joint exercises and patrols, coordination, ties resumed, embassies opened
    ("أجرى الجيشان الأردني والأمريكي تمريناً عسكرياً مشتركاً في الزرقاء.",
     {"الأردني": "NORP", "الأمريكي": "NORP", "الزرقاء": "GPE"}, "COOPERATE", "الأردني"),
    ("وسيّرت القوات التركية والروسية دوريات مشتركة في ريف الحسكة.",
     {"التركية": "NORP", "الروسية": "NORP", "الحسكة": "GPE"}, "COOPERATE", None),
    ("استأنفت السعودية وإيران العلاقات الدبلوماسية.", {"السعودية": "GPE", "إيران": "GPE"},
     "COOPERATE", "السعودية"),
    ("وأعادت الإمارات فتح سفارتها في دمشق.", {"الإمارات": "GPE", "دمشق": "GPE"},
     "COOPERATE", "الإمارات"),
    ("ستفتح البحرين قنصلية في مدينة العيون.", {"البحرين": "GPE", "العيون": "GPE"},
     "COOPERATE", "البحرين"),
    ("وبحث الجانبان تنسيقا أمنيا بين الأردن والعراق.", {**JORDAN, "العراق": "GPE"},
     "COOPERATE", "الأردن"),
    ("واستأنفت فرنسا التعاون مع مالي.", {"فرنسا": "GPE", "مالي": "GPE"}, "COOPERATE",
     "فرنسا"),
    ("وسلّمت تركيا السعودية ثلاثة مطلوبين.", {"تركيا": "GPE", "السعودية": "GPE"}, "COOPERATE",
     "تركيا"),
    # AID: money, supplies, aid ships and planes, field hospitals, asylum
    ("أرسلت الإمارات مستشفيين ميدانيين إلى غزة.", {"الإمارات": "GPE", "غزة": "GPE"}, "AID",
     "الإمارات"),
    ("أرسلت الكويت فريقاً للبحث والإنقاذ إلى تركيا.", {"الكويت": "GPE", "تركيا": "GPE"},
     "AID", "الكويت"),
    ("وقدمت اليابان دعما ماليا للأونروا.", {"اليابان": "GPE", "الأونروا": "ORG"}, "AID",
     "اليابان"),
    ("ووصلت إلى ميناء عدن سفينة مساعدات سعودية.", {"عدن": "GPE", "سعودية": "NORP"}, "AID",
     None),
    ("ووزع الهلال الأحمر سلالا غذائية على النازحين في إدلب.",
     {"الهلال الأحمر": "ORG", "إدلب": "GPE"}, "AID", None),
    ("وأسقطت طائرات أردنية طرودا غذائية فوق شمال غزة.", {"أردنية": "NORP", "غزة": "GPE"}, "AID",
     None),
    ("منحت ألمانيا لجوءا سياسيا لمعارض روسي.", {"ألمانيا": "GPE", "روسي": "NORP"}, "AID",
     "ألمانيا"),
    # CONCEDE: releases, access, bans lifted, reversals, concessions
    ("قررت النيابة المصرية إخلاء سبيل عشرين ناشطا.", {"النيابة المصرية": "ORG"}, "CONCEDE",
     None),
    ("أعادت تركيا فتح معبر باب الهوى أمام الشاحنات.", {"تركيا": "GPE", "باب الهوى": "FAC"},
     "CONCEDE", "تركيا"),
    ("سمحت إسرائيل بإدخال الوقود إلى القطاع.", {"إسرائيل": "GPE"}, "CONCEDE", "إسرائيل"),
    ("رفعت الولايات المتحدة الحظر عن صادرات الأسلحة إلى فيتنام.",
     {"الولايات المتحدة": "GPE", "فيتنام": "GPE"}, "CONCEDE", "الولايات المتحدة"),
    ("تراجعت الحكومة اللبنانية عن خطة فرض رسوم على المكالمات.", {"الحكومة اللبنانية": "ORG"},
     "CONCEDE", "الحكومة اللبنانية"),
    ("وأصدر الرئيس الجزائري عفوا رئاسيا عن مئات السجناء.", {"الرئيس الجزائري": "PER"},
     "CONCEDE", "الرئيس الجزائري"),
    ("رضخت الحكومة لمطالب المحتجين.", {"الحكومة": "ORG"}, "CONCEDE", "الحكومة"),
    ("وأعلنت الرياض إعادة فتح أجوائها أمام الطيران القطري.", {"الرياض": "GPE", "القطري": "NORP"},
     "CONCEDE", None),
    ("أصدر الرئيس التونسي قرارا بالعفو عن مئة سجين.", {"الرئيس التونسي": "PER"}, "CONCEDE",
     "الرئيس التونسي"),
    ("وسلّمت الفصائل سلاحها الثقيل إلى اللجنة العسكرية.", {"الفصائل": "ORG"}, "CONCEDE",
     "الفصائل"),
    # SUPPORT: praise verbs, the stance grid, votes for a text
    ("أثنى الرئيس الفرنسي على جهود قطر في الوساطة.", {"الرئيس الفرنسي": "PER", **QATAR},
     "SUPPORT", "الرئيس الفرنسي"),
    ("أكدت الكويت تضامنها مع السعودية.", {"الكويت": "GPE", "السعودية": "GPE"}, "SUPPORT",
     "الكويت"),
    ("وجددت الجامعة العربية ترحيبها بالاتفاق.", {"الجامعة العربية": "ORG"}, "SUPPORT",
     "الجامعة العربية"),
    ("وأبدت باريس تأييدها للمبادرة المصرية.", {"باريس": "GPE", "المصرية": "NORP"}, "SUPPORT",
     "باريس"),
    ("وثمّن وزير الخارجية دور مصر في التهدئة.", {"وزير الخارجية": "PER", **EGYPT},
     "SUPPORT", "وزير الخارجية"),
    ("امتدح المبعوث الأممي موقف الحكومة العراقية.", {"المبعوث الأممي": "PER",
                                                    "الحكومة العراقية": "ORG"}, "SUPPORT",
     "المبعوث الأممي"),
    ("صوتت فرنسا لصالح مشروع القرار.", {"فرنسا": "GPE"}, "SUPPORT", "فرنسا"),
    # ACCUSE: criticism, accusations levelled and traded, blame, complaints and protests
    ("انتقدت روسيا الولايات المتحدة بسبب الغارات.", {"روسيا": "GPE", "الولايات المتحدة": "GPE"},
     "ACCUSE", "روسيا"),
    ("ووجهت السلطات الإسرائيلية اتهامات إلى صحفي بالتجسس.", {"الإسرائيلية": "NORP"},
     "ACCUSE", "الإسرائيلية"),
    ("وتبادل الجيش وقوات الدعم السريع الاتهامات بقصف المدينة.",
     {"الجيش": "ORG", "قوات الدعم السريع": "ORG"}, "ACCUSE", None),
    ("وأعربت الخارجية الأردنية عن إدانتها للهجوم.", {"الخارجية الأردنية": "ORG"}, "ACCUSE",
     "الخارجية الأردنية"),
    ("وألقت الحكومة باللوم على المعارضة في أعمال العنف.", {"الحكومة": "ORG", "المعارضة": "ORG"},
     "ACCUSE", "الحكومة"),
    ("تقدمت مصر بشكوى إلى مجلس الأمن ضد إثيوبيا.", {**EGYPT, "مجلس الأمن": "ORG",
                                                   "إثيوبيا": "GPE"}, "ACCUSE", "مصر"),
    # REJECT: boycotts, vetoes, the stance grid
    ("قاطعت المعارضة التونسية الانتخابات.", {"المعارضة التونسية": "ORG"}, "REJECT", None),
    ("وقاطعت أحزاب المعارضة جلسة البرلمان.", {}, "REJECT", None),
    ("استخدمت روسيا حق النقض ضد مشروع القرار.", {"روسيا": "GPE"}, "REJECT", "روسيا"),
    ("وعبرت الحكومة السودانية عن رفضها للتدخل الأجنبي.", {"الحكومة السودانية": "ORG"},
     "REJECT", "الحكومة السودانية"),
    ("وأبدى الأردن معارضته لنقل السفارة.", JORDAN, "REJECT", "الأردن"),
    ("اقترح الوسطاء هدنة لكن قادة الحركة رفضوها.", {"قادة الحركة": "ORG"}, "REJECT",
     "قادة الحركة"),
    # REQUEST and THREATEN (told in the past with their mark)
    ("طلبت الحكومة العراقية من الأمم المتحدة إرسال مراقبين.",
     {"الحكومة العراقية": "ORG", "الأمم المتحدة": "ORG"}, "REQUEST", "الحكومة العراقية"),
    ("وحضت إسرائيل المشرعين على رفض الاتفاق.", {"إسرائيل": "GPE"}, "REQUEST", "إسرائيل"),
    ("ووجه الهلال الأحمر نداء إلى المانحين لتمويل الإغاثة.", {"الهلال الأحمر": "ORG"},
     "REQUEST", "الهلال الأحمر"),
    ("ووجهت الحكومة إنذارا إلى المسلحين لإخلاء المباني.", {"الحكومة": "ORG"}, "THREATEN",
     "الحكومة"),
])
def test_a_news_wording_of_a_verbal_or_diplomatic_act_is_coded(text, entities, type_, actor):
    article, events = coded(text, entities)
    found = of_type(events, type_)
    assert found, f"{type_} not coded in «{text}»: {[(e.type, e.mode) for e in events]}"
    if actor is not None:
        assert actor in [n for e in found for n in names(article, e.actors)] + \
            [t for e in found for t in e.actor_text]


@pytest.mark.parametrize("text, entities, silent", [
    # «تضامنا مع» is a manner (in solidarity), no dual verb «تضامنا»
    ("نظم الطلاب وقفة أمام السفارة تضامنا مع غزة.", {"غزة": "GPE"}, "SUPPORT"),
    # «اثنين» (two) is no present «يثني»
    ("قررت الحكومة طرد دبلوماسيين اثنين بعد اتهامهما بالتجسس على الموانئ.", {}, "SUPPORT"),
    # a coach praised or criticised is sport
    ("أثنى المدرب على أداء اللاعبين في المباراة.", {}, "SUPPORT"),
    ("انتقد المدرب حكم المباراة بعد الخسارة.", {}, "ACCUSE"),
    # a decision is reversed «عن» something; a price that falls is no concession
    ("تراجع سعر النفط إلى أدنى مستوى في ستة أشهر.", {}, "CONCEDE"),
    # «طلب» as a noun, and a request without «من»
    ("تقدم المواطن بطلب للحصول على رخصة بناء.", {}, "REQUEST"),
    # a pledge of aid signed is an agreement; signing a book is nothing
    ("وقّع الكاتب روايته الجديدة في معرض الكتاب.", {}, "AGREE"),
    # «إعلان» alone is also an advertisement
    ("وقّعت الشركة إعلانا تجاريا مع النادي.", {}, "AGREE"),
    # a council holds its session; a centre's training course is no meeting
    ("عقد المركز دورته التدريبية الأولى في جدة.", {"جدة": "GPE"}, "CONSULT"),
    # tourists and pilgrims who «came» in millions give nothing
    ("وبلغ عدد الحجاج الذين قدموا هذا العام مليوني حاج.", {}, "AID"),
])
def test_a_look_alike_of_those_wordings_codes_nothing_of_that_type(text, entities, silent):
    _, events = coded(text, entities)
    assert of_type(events, silent) == [], [(e.type, e.mode) for e in events]


#: Spent gold sets scored through the real chain after this round (docs/events.md, «Lexicon
#: round»): type recall rose on each; floors a little under what was measured, and type
#: precision kept at the 0.90 the spent sets must hold.
RECALL_FLOORS = {"blind": 0.83, "blind2": 0.80, "blind3": 0.77, "blind4": 0.72, "blind5": 0.62}


@pytest.mark.parametrize("folder, recall", sorted(RECALL_FLOORS.items()))
def test_the_spent_sets_keep_the_recall_this_round_gave_them(folder, recall):
    result = scored(folder)
    assert result["type"]["recall"] >= recall, round(result["type"]["recall"], 3)
    assert result["type"]["precision"] >= 0.90, round(result["type"]["precision"], 3)
