"""Events, round 10 (issue 7): the lexicon's breadth. Ways reporters tell each PLOVER type that
the lexicon did not know — a massacre committed, drones launched, a deportation, a blocked
internet, troops moved or sent, a cancelled deal, mediation, a tour, deals concluded and
ratified, bodies handed over, charges dropped, an embassy opened, loans and arms supplied, blame,
a terror listing, clashes and infighting — and the guards that keep their look-alikes silent
(«وتوقع محللون» is no signing, a team's «مواجهات ودية» no clash, a coach who «أبعد» a player
deports no one). Our own sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type, types


@pytest.mark.parametrize("text, type_, mode", [
    # ASSAULT
    ("ارتكبت الميليشيا مجزرة بحق المدنيين في القرية.", "ASSAULT", "kill"),
    ("أطلقت الجماعة طائرات مسيرة على مطار أبها.", "ASSAULT", "airstrike"),
    ("ألقت المروحيات براميل متفجرة على أحياء مدينة داريا.", "ASSAULT", "shell"),
    ("زرع مسلحون مجهولون عبوة ناسفة على طريق المطار في بغداد.", "ASSAULT", "bomb"),
    ("اندلعت صدامات بين المحتجين وقوات الأمن في طرابلس.", "ASSAULT", "clash"),
    ("تجدد الاقتتال بين الفصائل المسلحة في ريف حلب.", "ASSAULT", "clash"),
    ("اندلعت مواجهات بين الجيش والمسلحين في سيناء.", "ASSAULT", "clash"),
    # COERCE
    ("أبعدت السلطات ثلاثة صحفيين أجانب من البلاد.", "COERCE", "deport"),
    ("حجبت السلطات المصرية مواقع إخبارية معارضة.", "COERCE", "ban"),
    ("قطعت السلطات خدمة الإنترنت عن العاصمة الخرطوم.", "COERCE", "ban"),
    ("اعترضت البحرية الإيرانية ناقلة نفط في مضيق هرمز.", "COERCE", "detain"),
    ("اقتيد الناشط إلى مركز الشرطة في وسط المدينة.", "COERCE", "arrest"),
    # MOBILIZE
    ("زج الجيش بتعزيزات إضافية في محيط مدينة مأرب.", "MOBILIZE", "reinforce"),
    ("حركت أنقرة قوات نحو الحدود السورية.", "MOBILIZE", "deploy"),
    ("أرسلت واشنطن مدمرة إلى البحر الأحمر.", "MOBILIZE", "deploy"),
    ("رفعت القوات المسلحة الأردنية درجة الاستعداد في المناطق الحدودية.", "MOBILIZE", "alert"),
    # RETREAT
    ("تقهقرت الميليشيات من مواقعها في جبهة الضالع.", "RETREAT", "withdraw"),
    # REJECT
    ("ألغت الجزائر الاتفاقية مع فرنسا.", "REJECT", "refuse"),
    ("علقت المعارضة السورية مشاركتها في محادثات جنيف.", "REJECT", "boycott"),
    # CONSULT
    ("توسطت مصر بين حماس وإسرائيل لوقف التصعيد.", "CONSULT", "negotiate"),
    ("حل وزير الخارجية الأردني ضيفا على نظيره العراقي في بغداد.", "CONSULT", "visit"),
    ("جرى اتصال بين الرئيس المصري ونظيره الفرنسي إيمانويل ماكرون.", "CONSULT", "call"),
    ("اتصل الرئيس المصري بنظيره الفرنسي إيمانويل ماكرون.", "CONSULT", "call"),
    ("بدأ وزير الخارجية الإيراني جولة خليجية في الكويت.", "CONSULT", "visit"),
    # AGREE
    ("صادق البرلمان المغربي على الاتفاقية مع موريتانيا.", "AGREE", "sign"),
    ("أعلن الطرفان إبرام اتفاق لتقاسم السلطة في جوبا.", "AGREE", "sign"),
    ("توصلت إثيوبيا والسودان لاتفاق حول الحدود.", "AGREE", "agree"),
    ("أعلنت إسرائيل موافقتها على الهدنة في غزة.", "AGREE", "agree"),
    ("وقعت إسرائيل والإمارات اتفاق سلام في واشنطن.", "AGREE", "sign"),
    # SUPPORT
    ("بارك مجلس التعاون الخليجي الاتفاق بين الفصيلين.", "SUPPORT", "endorse"),
    # CONCEDE
    ("سلمت حماس جثث الجنود إلى الصليب الأحمر في غزة.", "CONCEDE", "release"),
    ("أسقطت النيابة التونسية التهم عن الناشطين.", "CONCEDE", "ease"),
    # COOPERATE
    ("افتتحت الإمارات سفارتها في دمشق.", "COOPERATE", "diplomatic"),
    ("طبعت البحرين علاقاتها مع إسرائيل.", "COOPERATE", "diplomatic"),
    # AID
    ("قدمت السعودية قرضا ميسرا إلى الأردن.", "AID", "economic"),
    ("زودت واشنطن أوكرانيا بأسلحة متطورة.", "AID", "military"),
    # ACCUSE
    ("استهجن الاتحاد الأوروبي تصريحات الوزير الإسرائيلي.", "ACCUSE", "condemn"),
    ("ألقت الحكومة السودانية باللوم على قوات الدعم السريع.", "ACCUSE", "blame"),
    # SANCTION
    ("صنفت الحكومة المصرية الجماعة منظمة إرهابية.", "SANCTION", "designate"),
    ("طردت موسكو دبلوماسيا بريطانيا.", "SANCTION", "expel"),
    ("أنهى التحالف العربي مشاركة القوات القطرية في عملياته.", "SANCTION", "suspend"),
])
def test_a_wording_of_the_desk_codes_its_type(text, type_, mode):
    found = of_type(analyzed(text).events, type_)
    assert [e.mode for e in found] == [mode], types(analyzed(text).events)


@pytest.mark.parametrize("text, factuality", [
    ("ستوقع مصر والأردن اتفاقية للتعاون في عمان الأسبوع المقبل.", "future"),
    ("أكدت فرنسا استعدادها لإرسال مساعدات عاجلة إلى لبنان.", "future"),
    ("أعلنت تركيا عزمها إرسال قوات إلى ليبيا.", "future"),
    ("تتوقع الحكومة الأردنية توقيع الاتفاقية مع سوريا خلال العام.", "future"),
])
def test_readiness_intent_and_the_future_sign_tell_a_plan(text, factuality):
    events = analyzed(text).events
    assert [e.factuality for e in events] == [factuality], [(e.type, e.factuality) for e in events]


@pytest.mark.parametrize("text, type_", [
    # «توقع» is "expected", not «she signs»
    ("وتوقع محللون أوروبيون أن يعيق الكونغرس الاتفاق مع إيران.", "AGREE"),
    # a coach who keeps a player out deports no one
    ("أبعد المدرب اللاعب عن التشكيلة الأساسية.", "COERCE"),
    # a team's matches are no clashes
    ("خاض الفريق أربع مواجهات ودية في معسكره الإعدادي بالنمسا.", "ASSAULT"),
    # admission to a university is no assent to a deal
    ("أعلنت الطالبة قبولها في الجامعة الأمريكية.", "AGREE"),
    # a standing listing, told in the present, is no new sanction
    ("وينتمي المتهمون إلى جماعة تصنفها السلطات منظمة إرهابية.", "SANCTION"),
])
def test_a_look_alike_codes_nothing(text, type_):
    assert type_ not in types(analyzed(text).events)
