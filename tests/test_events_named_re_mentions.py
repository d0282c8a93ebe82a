"""Events, round 21: a happening named again later by a definite masdar is the event told
before, not a new one, even when the mention names a place or a party of its own
(``eventcoding/retold.py``, ``merge.merge_anaphora``): «وتميزت التظاهرات في النجف بسلميتها»
after a protest told in Baghdad adds nothing new. A condemned attack stays the condemner's
event, a planned one stays a plan, and one a relative clause tells anew («الزيارة الناجحة التي
أجراها…») is another happening.

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type


def test_a_named_re_mention_of_a_protest_joins_the_protest_told_before() -> None:
    article = analyzed("خرج آلاف المحتجين في ساحة التحرير ببغداد مطالبين بالإصلاح. "
                       "وتميزت التظاهرات في النجف بسلميتها.")
    protests = of_type(article.events, "PROTEST")
    assert len(protests) == 1
    assert protests[0].factuality == "asserted"


def test_the_first_telling_keeps_its_trigger() -> None:
    text = ("خرج آلاف المحتجين في ساحة التحرير ببغداد مطالبين بالإصلاح. "
            "وتميزت التظاهرات في النجف بسلميتها.")
    article = analyzed(text)
    (protest,) = of_type(article.events, "PROTEST")
    span = protest.trigger or protest.evidence
    assert span[0] < text.index("وتميزت")


def test_a_condemned_attack_stays_the_condemners_event() -> None:
    article = analyzed("شن مسلحون هجوما على فندق في مقديشو. ودان الرئيس الصومالي "
                       "بالهجوم الإرهابي على الفندق.")
    assert len(of_type(article.events, "ACCUSE")) == 1
    assert len(of_type(article.events, "ASSAULT")) >= 1


def test_a_planned_meeting_after_a_told_one_stays_a_plan() -> None:
    article = analyzed("اجتمع وزير الخارجية السعودي مع نظيره الإيراني في بكين أمس. "
                       "وسيعقد الاجتماع المقبل في طهران.")
    assert [e.factuality for e in of_type(article.events, "CONSULT")] == ["asserted", "future"]


def test_a_re_mention_told_anew_by_a_relative_clause_is_another_happening() -> None:
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة المبعوث الصيني. وأشاد المبعوث "
            "بنتائج الزيارة الناجحة التي أجراها السيسي إلى بكين في ديسمبر 2014.")
    article = analyzed(text)
    consults = of_type(article.events, "CONSULT")
    assert len(consults) == 2
    span = consults[1].trigger or consults[1].evidence
    assert text[span[0]:span[1]] == "الزيارة"
