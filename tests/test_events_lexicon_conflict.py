"""The lexicon round for the happenings of conflict and control (issue 7): how news across the
region names an assault, a coercion, a mobilisation, a retreat, a protest and a sanction —
verbs, masdars, light-verb phrases and headline nouns — each new wording read as its type, and
the look-alikes that stay silent. Articles built by hand (``tests/gold/events/oracle.py``):
only the events stage runs."""

from __future__ import annotations

import pytest

from gold.events.oracle import coded, of_type, types

PLACES = {"حلب": "GPE", "درعا": "GPE", "سرت": "GPE", "غزة": "GPE", "جنين": "GPE", "عدن": "GPE",
          "تعز": "GPE", "الخرطوم": "GPE", "بيروت": "GPE", "تونس": "GPE", "بغداد": "GPE",
          "الموصل": "GPE", "صنعاء": "GPE", "كركوك": "GPE", "الرباط": "GPE", "إدلب": "GPE",
          "مقديشو": "GPE", "باماكو": "GPE", "القدس": "GPE", "مأرب": "GPE", "البصرة": "GPE",
          "الفاشر": "GPE", "طرابلس": "GPE", "الجزائر": "GPE", "النيجر": "GPE"}
ACTORS = {"الجيش السوداني": "ORG", "قوات الدعم السريع": "ORG", "حركة الشباب": "ORG",
          "الجيش الإسرائيلي": "ORG", "قوات الأمن": "ORG", "الشرطة": "ORG", "الحوثيين": "ORG",
          "الحوثيون": "ORG", "الاتحاد الأوروبي": "ORG", "واشنطن": "GPE", "إيران": "GPE",
          "مالي": "GPE", "فرنسا": "GPE", "قطر": "GPE", "سوريا": "GPE", "إسرائيل": "GPE",
          "الجامعة العربية": "ORG", "الاتحاد العام التونسي للشغل": "ORG", "المقاومة": "ORG",
          "الجيش اللبناني": "ORG", "الجيش التركي": "ORG", "تركيا": "GPE", "روسيا": "GPE",
          "الحكومة": "ORG", "المحكمة": "ORG", "السلطات": "ORG", "السلطة الفلسطينية": "ORG",
          "المغرب": "GPE", "الجزائر": "GPE", "الفرنسية": "NORP"}


def _coded(text: str):
    known = {**PLACES, **ACTORS}
    return coded(text, {name: kind for name, kind in known.items() if name in text})


@pytest.mark.parametrize("text, type_, mode", [
    # ASSAULT — taking ground, pushing on, shelling, ambushes, terror attacks, shootings
    ("أعلن الجيش السوداني استعادة السيطرة بعد استيلاء قوات الدعم السريع على مطار الخرطوم.",
     "ASSAULT", "seize"),
    ("استعاد الجيش السوداني مدينة الفاشر بعد معارك عنيفة.", "ASSAULT", "seize"),
    ("حررت المقاومة مدينة عدن من الحوثيين.", "ASSAULT", "seize"),
    ("تقدمت قوات المقاومة باتجاه مأرب صباح اليوم.", "ASSAULT", "invade"),
    ("اجتيحت بلدات في ريف إدلب بعد قصف عنيف.", "ASSAULT", "invade"),
    ("سقطت الموصل بيد مسلحي التنظيم بعد معارك قصيرة.", "ASSAULT", "seize"),
    ("دكت مدفعية الجيش السوداني مواقع قوات الدعم السريع في الفاشر.", "ASSAULT", "shell"),
    ("أطلق الحوثيون صاروخا على مأرب مساء أمس.", "ASSAULT", "shell"),
    ("ضربت الطائرات أهدافا للحوثيين في صنعاء.", "ASSAULT", "strike"),
    ("اعتدت قوات الأمن على المعتصمين في بيروت.", "ASSAULT", "attack"),
    ("هجم مسلحون على حاجز للشرطة قرب كركوك.", "ASSAULT", "attack"),
    ("هوجمت قافلة للجيش السوداني قرب الفاشر.", "ASSAULT", "attack"),
    ("وقعت دورية للجيش السوداني في كمين قرب الفاشر.", "ASSAULT", "attack"),
    ("نصبت المقاومة كمينا لدورية في تعز.", "ASSAULT", "attack"),
    ("تبنت حركة الشباب عملية إرهابية في مقديشو.", "ASSAULT", "attack"),
    ("أصيب شرطيان في عملية طعن في القدس.", "ASSAULT", "attack"),
    ("دمرت المقاومة دبابتين للحوثيين في تعز.", "ASSAULT", "attack"),
    ("فتح الجيش الإسرائيلي النار على المتظاهرين في غزة.", "ASSAULT", "shoot"),
    ("أصيب مدنيان في إطلاق نار في كركوك.", "ASSAULT", "shoot"),
    ("قنص مسلح طفلا في تعز.", "ASSAULT", "shoot"),
    ("وقع تبادل إطلاق النار بين الشرطة ومهربين قرب البصرة.", "ASSAULT", "clash"),
    ("اندلعت مواجهات دامية بين الحوثيين والمقاومة في تعز.", "ASSAULT", "clash"),
    ("أفادت مصادر بسقوط قتلى في تعز.", "ASSAULT", "kill"),
    ("أرداه مسلح قتيلا في بغداد.", "ASSAULT", "kill"),
    ("وثقت المنظمة إعدامات ميدانية في الفاشر.", "ASSAULT", "kill"),
    ("استشهد ثلاثة جنود في هجوم على موقع قرب تعز.", "ASSAULT", "kill"),
    ("لقي خمسة مسلحين مصرعهم في قصف على مواقعهم قرب سرت.", "ASSAULT", "kill"),
    ("احتجز مسلحون رهائن في فندق في مقديشو.", "ASSAULT", "abduct"),
    ("أدان الوزير خطف الصحفيين في إدلب.", "ASSAULT", "abduct"),
    ("قالت الشرطة إن مسلحين فجروا سيارة قرب سوق في بغداد.", "ASSAULT", "bomb"),
    ("فجرت انتحارية نفسها داخل سوق في مقديشو.", "ASSAULT", "bomb"),
    ("هز انفجار عبوة ناسفة سوقا في بغداد.", "ASSAULT", "bomb"),
    # COERCE — arrests, crackdowns, dispersals, curfews, confiscation, demolitions, sentences
    ("قبضت الشرطة على ثلاثة مهربين في البصرة.", "COERCE", "arrest"),
    ("اقتادت قوات الأمن الناشط إلى جهة مجهولة في الجزائر.", "COERCE", "arrest"),
    ("نفذت قوات الأمن حملة أمنية على أحياء في طرابلس.", "COERCE", "raid"),
    ("فضت قوات الأمن الاعتصام أمام البرلمان في تونس.", "COERCE", "disperse"),
    ("قامت الشرطة بتفريق التظاهرة في الرباط.", "COERCE", "disperse"),
    ("فرضت السلطات منع التجول في كركوك.", "COERCE", "curfew"),
    ("صادرت السلطات أراضي المزارعين قرب جنين.", "COERCE", "confiscate"),
    ("هدم الجيش الإسرائيلي منزل الأسير في جنين.", "COERCE", "confiscate"),
    ("أمر الجيش الإسرائيلي بإخلاء أحياء في غزة.", "COERCE", "deport"),
    ("صدر حكم بالسجن على الناشط في الجزائر.", "COERCE", "sentence"),
    ("زجت السلطات بالصحفي في السجن في الجزائر.", "COERCE", "detain"),
    # MOBILIZE — deployments, columns, cordons, alerts, reservists
    ("شهدت بغداد انتشارا أمنيا واسعا بعد الهجوم.", "MOBILIZE", "deploy"),
    ("أعاد الجيش التركي نشر وحدات في إدلب.", "MOBILIZE", "deploy"),
    ("وصلت أرتال عسكرية إلى عدن أمس.", "MOBILIZE", "deploy"),
    # round 22: a cordon imposed is a restriction (COERCE ban), as blind21 and blind31 code it;
    # a unit that surrounds a building («طوقت وحدات من الجيش») still deploys
    ("فرضت قوات الأمن طوقا أمنيا حول البرلمان في تونس.", "COERCE", "ban"),
    ("نشرت واشنطن مقاتلات في قاعدة في تركيا.", "MOBILIZE", "deploy"),
    ("حشد الجيش السوداني آليات في الفاشر.", "MOBILIZE", "mass"),
    ("أعلنت الحكومة التعبئة العامة في الخرطوم.", "MOBILIZE", "alert"),
    ("استدعت إسرائيل جنود الاحتياط بعد الهجوم.", "MOBILIZE", "alert"),
    ("شددت السلطات الإجراءات الأمنية في بغداد.", "MOBILIZE", "alert"),
    # RETREAT — troops pulled out, fighters leaving, positions handed over
    ("سحبت روسيا وحدات من حلب أمس.", "RETREAT", "withdraw"),
    ("سحب الجيش الأسلحة الثقيلة من درعا.", "RETREAT", "withdraw"),
    ("غادرت القوات الفرنسية النيجر أمس.", "RETREAT", "withdraw"),
    ("سحبت واشنطن مستشاريها العسكريين من بغداد.", "RETREAT", "withdraw"),
    ("بدأ خروج المسلحين من درعا صباح اليوم.", "RETREAT", "withdraw"),
    ("أشرفت الأمم المتحدة على إجلاء المقاتلين من حلب.", "RETREAT", "withdraw"),
    ("تسلم الجيش اللبناني مواقع بعد تسليم مواقع الحزب في الجنوب.", "RETREAT", "handover"),
    # PROTEST — crowds in the street, blocked roads, marches, vigils, strikes
    ("تجمع العشرات أمام السفارة في الرباط.", "PROTEST", "demonstrate"),
    ("نزل آلاف التونسيين إلى الشوارع في تونس.", "PROTEST", "demonstrate"),
    ("قطع محتجون الطرقات في بيروت.", "PROTEST", "demonstrate"),
    ("خرجت مسيرة غاضبة في جنين تنديدا بالاقتحام.", "PROTEST", "demonstrate"),
    ("نظم الصحفيون وقفة تضامنية أمام النقابة في تونس.", "PROTEST", "sitin"),
    ("أعلن الاتحاد العام التونسي للشغل إضرابا عاما في تونس.", "PROTEST", "strike"),
    ("أضرب عمال الميناء في البصرة لليوم الثاني.", "PROTEST", "strike"),
    ("رشق شبان دورية للجيش الإسرائيلي بالحجارة في جنين.", "PROTEST", "riot"),
    # SANCTION — embargoes, blacklists, frozen assets, envoys, ties, membership, borders
    ("فرض الاتحاد الأوروبي حظر الأسلحة على مالي.", "SANCTION", "sanctions"),
    ("أدرجت واشنطن ثلاثة قياديين من الحوثيين على قائمة الإرهاب.", "SANCTION", "sanctions"),
    ("جمدت واشنطن أصول قادة قوات الدعم السريع.", "SANCTION", "sanctions"),
    ("أعلنت مالي طرد السفير الفرنسي من باماكو.", "SANCTION", "expel"),
    ("اعتبرت الجزائر الدبلوماسي شخصا غير مرغوب فيه.", "SANCTION", "expel"),
    ("قررت الجزائر سحب السفير من باماكو.", "SANCTION", "recall"),
    ("قررت المغرب خفض التمثيل الدبلوماسي مع إيران.", "SANCTION", "cut-ties"),
    ("أعلنت السلطة الفلسطينية وقف التنسيق الأمني مع إسرائيل.", "SANCTION", "cut-ties"),
    ("قررت الجامعة العربية تعليق عضوية سوريا.", "SANCTION", "suspend"),
    ("علقت واشنطن المساعدات العسكرية لمالي.", "SANCTION", "suspend"),
    ("أغلقت الجزائر الحدود مع المغرب.", "SANCTION", "close"),
])
def test_a_wording_of_news_is_read_as_its_type(text, type_, mode):
    _, events = _coded(text)
    found = of_type(events, type_)
    assert found, (text, types(events))
    assert mode in {event.mode for event in found}, (text, [e.mode for e in found])


@pytest.mark.parametrize("text, type_", [
    ("قبض الموظف راتبه أمس.", "COERCE"),  # paid, no arrest
    ("دعا الوزير إلى فض النزاعات بالطرق السلمية.", "COERCE"),  # settling disputes
    ("استعاد الفريق توازنه في الشوط الثاني.", "ASSAULT"),  # a team regains its form
    ("انفجار أسطوانة غاز في مطعم في بغداد.", "ASSAULT"),  # an accident
    ("دمر الحريق ثلاثة منازل في البصرة.", "ASSAULT"),  # a fire
    ("اعتدنا على زيارة الأسواق في الصيف.", "ASSAULT"),  # «we got used to»
    ("حبست الجماهير أنفاسها في الدقائق الأخيرة.", "COERCE"),  # held breath
    ("أشاد الوزير بالتحرير الصحفي للتقرير.", "ASSAULT"),  # editing
    ("الذين يفجرون أنفسهم وسط المصلين أعداء للدين.", "ASSAULT"),  # what such people do
    ("أعلنت الحكومة استيلاء العسكريين على السلطة في مالي.", "ASSAULT"),  # a coup takes power
    ("انطلق الحجاج فجرا إلى مكة.", "ASSAULT"),  # at dawn
    ("تدخلت قوات مكافحة الشغب في ساحة التحرير.", "PROTEST"),  # riot police
    ("داهمت الشرطة فجر الجمعة منزلا في بغداد.", "ASSAULT"),  # a raid at dawn
    ("استشهد الكاتب بقول الشاعر في مقاله.", "ASSAULT"),  # cited a saying
    ("لقي شاب مصرعه في حادث مروري قرب بغداد.", "ASSAULT"),  # a road accident
    ("وستغادر البعثة إلى لندن بعد التدريب.", "RETREAT"),  # a team travels
    ("غادر الوزير الرباط متجها إلى الجزائر.", "RETREAT"),  # a minister travels
    ("يضرب المثل بصبر أهل غزة.", "PROTEST"),  # a proverb, no strike
])
def test_a_look_alike_stays_silent(text, type_):
    _, events = _coded(text)
    assert of_type(events, type_) == [], (text, types(events))
