"""Events, round 23 (mobilize): verbs read by their doer, and the words of MOBILIZE, RETREAT and
PROTEST around them.

* A motion verb is a troop movement, a retreat or a protest only when its doer is one who does
  it: «وصلت/توجهت/تدفقت» with forces after or before it (or after the place: «وصلت إلى الدوحة
  دفعة من الجنود») is a MOBILIZE, «فروا/لاذوا بالفرار/هروب» with armed men a RETREAT,
  «تجمع/توافد/خروج» with a crowd and «قطع/أغلق/أحرق/أضرم النار» with protesters a PROTEST
  (``eventcoding/trig_subjects.py``, ``lexicons/event_subject_triggers.yaml``).
* Not without such a doer («وصل عدد القتلى»، «فر آلاف المدنيين»), nor when a word of the clause
  gives the verb another sense («قد يفرون» from a jail, «وصلت قوات الأمن إلى مكان الحادث»،
  «توافد الآلاف لتشييع…»), when the noun right after the verb is its subject («وصل الوفد»), when
  the doer word is governed by a preposition («على المعتصمين») or stands past «إن», or when a
  count's noun is armed men or civilians («خروج مئات المسلحين»).
* A doer told before the verb is its subject: the verb does not share the subject of the verb
  before it in the sentence.
* The army and warships are forces (``event_object_classes.yaml``): «نشرت الجيش»، «أرسلت
  فرقاطتين».

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import first_coded, names, triggers


@pytest.mark.parametrize("text, trigger", [
    ("ووصلت قوات تركية إضافية إلى الدوحة أمس.", "ووصلت"),
    ("وقال مصدر عسكري إن قوات إضافية ستصل إلى المنطقة خلال يومين.", "ستصل"),
    ("وأضاف أن جنودا أمريكيين إضافيين سيصلون إلى القاعدة الأسبوع المقبل.", "سيصلون"),
    ("وقالت مصادر إن قطعا بحرية مصرية ستتوجه إلى خليج عدن خلال أيام.", "ستتوجه"),
    ("ووصل 300 جندي فرنسي إلى مطار نيامي مساء أمس.", "ووصل"),
    ("وتدفقت التعزيزات العسكرية إلى ريف حماة الشمالي منذ الصباح.", "وتدفقت"),
])
def test_forces_that_arrive_or_head_for_a_place_are_a_mobilize(text: str, trigger: str) -> None:
    assert triggers(text, "MOBILIZE") == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("وفي غضون ذلك، وصلت إلى ميناء بورتسودان دفعة جديدة من الجنود المصريين.", "وصلت"),
    ("ووصلت إلى مدينة زنجبار كميات كبيرة من الدبابات والمدرعات.", "ووصلت"),
])
def test_the_force_may_be_told_after_the_place(text: str, trigger: str) -> None:
    assert triggers(text, "MOBILIZE") == [trigger]


@pytest.mark.parametrize("text", [
    "ووصل عدد القتلى إلى مئة وعشرين شخصا.",
    "ووصل وزير الخارجية إلى القاهرة مساء أمس.",
    "ووصل الوزير إلى مقر قيادة القوات في المدينة.",
    "ووصلت قوات الأمن إلى مكان الحادث فور تلقي البلاغ.",
    "وأكد المتحدث أن قوات الجيش سيطرت على البلدة ووصلت إلى مشارف العاصمة.",
    "ووصلت إلى المطار طائرة تقل عددا من الجنود المصابين.",
    "وبعد انسحاب القوات وصل الوفد إلى البلدة.",
    "وقال الناطق باسم الجيش إن الرئيس توجه إلى القاهرة.",
])
def test_an_arrival_without_a_force_or_of_another_kind_is_none(text: str) -> None:
    assert triggers("ووصلت قوات إضافية إلى المدينة.", "MOBILIZE") == ["ووصلت"]  # the row reads
    assert triggers(text, "MOBILIZE") == []


@pytest.mark.parametrize("text, trigger", [
    ("وأكد القائد أن مسلحي التنظيم فروا من الحي باتجاه الصحراء.", "فروا"),
    ("وقال الرئيس إن عناصر تنظيم «ي ب ك/ بي كا كا» الإرهابي فروا من البلدة.", "فروا"),
    ("ولاذ المسلحون بالفرار إلى جهة مجهولة بعد الاشتباك.", "ولاذ"),
])
def test_armed_men_who_flee_retreat(text: str, trigger: str) -> None:
    assert triggers(text, "RETREAT") == [trigger]


@pytest.mark.parametrize("text", [
    "وقال الأهالي إن آلاف المدنيين فروا من القرية مع اشتداد القصف.",
    "وحذرت الإدارة من أن عناصر التنظيم المحتجزين في سجونها قد يفرون.",
    "وقالت الشرطة إن مسلحي العصابة فروا من السجن المركزي فجر اليوم.",
])
def test_refugees_and_prisoners_do_not_retreat(text: str) -> None:
    assert triggers("وقال القائد إن مسلحي التنظيم فروا من القرية.", "RETREAT") == ["فروا"]
    assert triggers(text, "RETREAT") == []


@pytest.mark.parametrize("text, trigger", [
    ("وتجمع مئات الشبان في ساحة البلدة مساء الأحد.", "وتجمع"),
    ("وتوافد آلاف المحتجين منذ الصباح إلى ساحة التحرير.", "وتوافد"),
    ("وتجمع مئات من المحتجين في ساحة التحرير مساء أمس.", "وتجمع"),
    ("وأضرم محتجون النار في مقر الحزب في البصرة.", "وأضرم"),
    ("وقطع محتجون طريقا رئيسيا في الناصرية.", "وقطع"),
    ("وأغلق متظاهرون الطريق الساحلي بالإطارات.", "وأغلق"),
    ("وأحرق متظاهرون غاضبون مبنى البلدية في المدينة.", "وأحرق"),
])
def test_a_crowd_that_gathers_or_protesters_who_block_and_burn_protest(text: str,
                                                                       trigger: str) -> None:
    assert triggers(text, "PROTEST") == [trigger]


@pytest.mark.parametrize("text", [
    "وأضرم مجهولون النار في سيارة قرب السوق.",
    "وأغلقت السلطات الطريق أمام المركبات.",
    "وتوافد الآلاف لتشييع الضحايا في مقبرة البلدة.",
    "وبدأ خروج مئات المسلحين وعائلاتهم من البلدة باتجاه الشمال.",
    "وأطلقت قوات الرصاص على المعتصمين وأحرقت خيامهم.",
])
def test_no_protest_without_protesters_or_at_a_funeral(text: str) -> None:
    assert triggers("وأضرم محتجون النار في سيارة قرب السوق.", "PROTEST") == ["وأضرم"]
    assert triggers(text, "PROTEST") == []


@pytest.mark.parametrize("text, trigger", [
    ("وتزامن ذلك مع خروج حشود كبيرة إلى شوارع العاصمة.", "خروج"),
    ("وأوقف الحقل الإنتاج بعد أن أقدم محتجون على إغلاقه بالقوة.", "إغلاقه"),
])
def test_masdars_of_a_crowd_going_out_or_protesters_closing(text: str, trigger: str) -> None:
    assert triggers(text, "PROTEST") == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("وفرضت السلطات حظر التجول في المدن، ونشرت الجيش في شوارعها للمرة الأولى.", "ونشرت الجيش"),
    ("وأرسلت روسيا فرقاطتين إلى البحر المتوسط أمس.", "وأرسلت"),
    ("وأعلن الأردن أنه استنفر دفاعاته الجوية.", "استنفر"),
])
def test_the_army_warships_and_air_defences_are_forces(text: str, trigger: str) -> None:
    assert triggers(text, "MOBILIZE") == [trigger]


def test_forces_pulled_out_of_places_retreat() -> None:
    assert triggers("وتعهد الطرفان بإخلاء قواتهما من المستشفيات.", "RETREAT") == ["بإخلاء قواتهما"]


def test_a_doer_told_before_the_verb_is_its_subject() -> None:
    text = ("ودانت الولايات المتحدة الهجوم، فيما أفادت مصادر أمنية بأن قوات إضافية وصلت إلى "
            "سامراء.")
    article, event = first_coded(text, "MOBILIZE")
    assert names(article, event.actors) == []  # not «الولايات المتحدة» of «ودانت»
