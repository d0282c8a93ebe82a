"""Events, round 31 (real-news precision): re-tellings, backdrops and tallies.

* a source's account whose definite doer takes an adjective or opens a quote
  (``retold_attacks._account``);
* an inquiry into an attack already told («وتحقق الشرطة في مقتل …»: ``probe_heads``);
* the same phrase told again: the same words after a masdar, or its noun made definite
  (``retold_happenings._same_words``, ``_definite_again``);
* «الأخير/الأخيرة» agreeing with a masdar: the latest of a kind, no new happening
  (``standing_backdrops._latest``);
* acts over a decade or a whole war (``tallies._long_span``).

Our own sentences, through the real chain, dated Friday 10 May 2024."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type

PUBLISHED = "2024-05-10"


def _triggers(text: str, type_: str) -> list[str]:
    article = analyzed(text, published=PUBLISHED)
    return [article.text[slice(*(e.trigger or e.evidence))] for e in of_type(article.events, type_)]


# a source's account of the shelling told in the lead

_LEAD = "قصفت الجماعة المسلحة أحياء سكنية في مدينة الحديدة صباح اليوم. "


def test_an_account_whose_doer_takes_an_adjective_is_the_lead_told_again() -> None:
    text = _LEAD + "وقال شهود إن المسلحين المتمردين قصفوا الأحياء بقذائف الهاون."
    assert len(_triggers(text, "ASSAULT")) == 1


def test_an_account_that_opens_a_quote_is_the_lead_told_again() -> None:
    text = _LEAD + "وقال مسؤول محلي إن «المسلحين قصفوا الأحياء دون تمييز»."
    assert len(_triggers(text, "ASSAULT")) == 1


def test_gunmen_a_relative_clause_describes_are_no_account() -> None:
    text = _LEAD + "وقال شهود إن المسلحين الذين قصفوا الأحياء انسحبوا إلى الجبال."
    assert len(_triggers(text, "ASSAULT")) == 2


# an inquiry into a killing already told

def test_an_inquiry_into_a_killing_told_before_is_no_new_killing() -> None:
    text = ("قتل مسلحون مهندسا أجنبيا بالرصاص أمام منزله في العاصمة مساء أمس. "
            "وقالت الشرطة إنها تحقق في مقتل مهندس أجنبي وتبحث عن المسلحين.")
    assert len(_triggers(text, "ASSAULT")) == 1


def test_an_inquiry_with_no_killing_told_before_keeps_the_killing() -> None:
    text = "وقالت الشرطة إنها تحقق في مقتل مهندس أجنبي بالرصاص أمام منزله مساء أمس."
    assert len(_triggers(text, "ASSAULT")) == 1


# the same phrase told again

def test_a_planned_visit_named_again_by_the_same_words_is_one_visit() -> None:
    text = ("وأكد الوزير رغبة حكومته في إنجاز زيارة الرئيس الفرنسي إلى المغرب قريبا. "
            "ورحب رئيس الحكومة بقرب زيارة الرئيس الفرنسي إلى المغرب، داعيا إلى التحضير لها.")
    assert len(_triggers(text, "CONSULT")) == 1


def test_a_visit_with_other_words_after_it_stays_its_own_visit() -> None:
    text = ("وأكد الوزير رغبة حكومته في إنجاز زيارة الرئيس الفرنسي إلى المغرب قريبا. "
            "ورحب رئيس الحكومة بقرب زيارة الرئيس الإيطالي إلى الرباط، داعيا إلى التحضير لها.")
    assert len(_triggers(text, "CONSULT")) == 2


def test_shells_named_again_with_the_article_are_the_shelling_told_before() -> None:
    text = ("أقرت السلطات بسقوط قذائف على حي الميناء في المدينة مساء أمس. "
            "وذكرت وكالة الأنباء الرسمية أن ثلاثة أشخاص لقوا مصرعهم من جراء سقوط القذائف "
            "التي أطلقت من أطراف المدينة.")
    assert len(_triggers(text, "ASSAULT")) == 1


# the latest of a kind

def test_the_latest_war_on_the_strip_is_a_backdrop() -> None:
    text = ("اختتمت جمعية خيرية مخيما صيفيا ضم مئتي طفل من الأحياء المتضررة من العدوان "
            "الإسرائيلي الأخير على القطاع.")
    assert _triggers(text, "ASSAULT") == []


def test_the_latter_s_fighters_withdrawing_is_an_act() -> None:
    text = ("أعلن الجيش سيطرته على البلدة بعد ساعات من انسحاب مقاتلي الأخير منها باتجاه "
            "الجنوب.")
    assert len(_triggers(text, "RETREAT")) == 1


# acts over a decade or a whole war

def test_attacks_over_the_past_decade_are_a_tally() -> None:
    text = ("وأضاف أن المملكة تصدت لاعتداءات تنظيم القاعدة على أراضيها خلال العقد الماضي، "
            "قبل أن يظهر خطر جديد.")
    assert _triggers(text, "ASSAULT") == []


def test_thousands_killed_in_the_war_are_a_tally() -> None:
    text = "ويسود الغضب في المدينة بسبب مقتل الآلاف من أبنائها في الصراع، وفق ناشطين."
    assert _triggers(text, "ASSAULT") == []


def test_a_toll_of_the_day_s_battles_stays() -> None:
    text = ("قتل 20 مسلحا وأصيب 30 بجروح في المعارك الضارية التي دارت خلال الساعات "
            "الماضية في ريف المحافظة.")
    assert len(_triggers(text, "ASSAULT")) == 1
