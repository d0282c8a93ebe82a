"""Datelines: read into place, agency, author and date, and cut from the body."""

from __future__ import annotations

import pytest

from marsad.clean import clean
from marsad.dateline import parse_dateline
from marsad.model import Article, Dateline

BODY = "أعلنت الوزارة أن الطريق الدولي سيعاد فتحه أمام الشاحنات صباح الأحد."


@pytest.mark.parametrize("line, expected", [
    ("الجمعة6 ديسمبر2024_", Dateline("الجمعة6 ديسمبر2024_", date="2024-12-06")),
    ("الخميس 13 آذار 2025 - عمّان - بترا",
     Dateline("الخميس 13 آذار 2025 - عمّان - بترا", place="عمّان", agency="بترا",
              date="2025-03-13")),
    ("الأحد، ٥ كانون الثاني ٢٠٢٥ -", Dateline("الأحد، ٥ كانون الثاني ٢٠٢٥ -", date="2025-01-05")),
    ("دمشق، سوريا (CNN) --", Dateline("دمشق، سوريا (CNN) --", place="دمشق، سوريا", agency="CNN")),
    ("(د ب أ)", Dateline("(د ب أ)", agency="د ب أ")),
    ("بيروت (د.ب.أ) -", Dateline("بيروت (د.ب.أ) -", place="بيروت", agency="د ب أ")),
    ("الرياض - (واس) -", Dateline("الرياض - (واس) -", place="الرياض", agency="واس")),
    ("الرياض - واس", Dateline("الرياض - واس", place="الرياض", agency="واس")),
    ("المدينة المنورة – واس", Dateline("المدينة المنورة – واس", place="المدينة المنورة",
                                       agency="واس")),
    ("القاهرة - أ ش أ:", Dateline("القاهرة - أ ش أ:", place="القاهرة", agency="أ ش أ")),
    ("لجين الأحمدي – عين اليوم", Dateline("لجين الأحمدي – عين اليوم", agency="عين اليوم",
                                          author="لجين الأحمدي")),
    ("عين اليوم – بغداد", Dateline("عين اليوم – بغداد", place="بغداد", agency="عين اليوم")),
    ("عين اليوم – متابعات", Dateline("عين اليوم – متابعات", agency="عين اليوم")),
    ("سبق- عسير:", Dateline("سبق- عسير:", place="عسير", agency="سبق")),
    ("متعب البقمي - سبق - تبوك:", Dateline("متعب البقمي - سبق - تبوك:", place="تبوك",
                                            agency="سبق", author="متعب البقمي")),
    ("سارة المالكي – متابعات", Dateline("سارة المالكي – متابعات", author="سارة المالكي")),
    # «وكالات» (several wires): the name before it is where the report is filed from
    ("غزة - وكالات:", Dateline("غزة - وكالات:", place="غزة")),
    ("دير الزور – وكالات", Dateline("دير الزور – وكالات", place="دير الزور")),
    # the source between quotation marks, listed or not; the tatweel dash folds away
    ("دمشق - «سانا»:", Dateline("دمشق - «سانا»:", place="دمشق", agency="سانا")),
    ("عمّان - «بترا» -", Dateline("عمّان - «بترا» -", place="عمّان", agency="بترا")),
    ("بيروت ـ «القدس العربي»:", Dateline("بيروت ـ «القدس العربي»:", place="بيروت",
                                          agency="القدس العربي")),
    ("الدار البيضاء - \"هسبريس\":", Dateline("الدار البيضاء - \"هسبريس\":",
                                             place="الدار البيضاء", agency="هسبريس")),
    ("شرم الشيخ – “الأهرام”:", Dateline("شرم الشيخ – “الأهرام”:", place="شرم الشيخ",
                                        agency="الأهرام")),
    ("محمد العلي – «الأيام»:", Dateline("محمد العلي – «الأيام»:", agency="الأيام",
                                        author="محمد العلي")),
])
def test_dateline_forms(line: str, expected: Dateline) -> None:
    found = parse_dateline(line)
    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize("line", [
    BODY,
    "6 ديسمبر 2024 كان يوما مشهودا في تاريخ المدينة.",  # a date that opens a sentence
    "شاركت الوزارة - بحضور الوزير - في المؤتمر.",
    "قال الوزير: إن الاجتماع انتهى.",
    "وقال مصدر - سبق أن عمل في الوزارة - إن القرار نهائي.",
    "قال «المرصد»: إن الهدوء عاد إلى المدينة.",  # a quoted name, no dash: a quote
    "وقالت - «مصادر» - إن الهدوء عاد.",  # an unlisted quoted word needs a colon after it
])
def test_lines_that_are_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_an_impossible_date_is_kept_as_text_without_a_date() -> None:
    found = parse_dateline("الجمعة 31 فبراير 2024 -")
    assert found is not None and found[0].date is None


def test_a_dateline_gets_a_line_of_its_own_and_keeps_its_offsets() -> None:
    article = Article(raw=f"الرياض - واس - {BODY}\nوأضافت الوزارة أن الأعمال انتهت قبل موعدها المحدد.")
    clean(article)
    assert article.text.startswith("الرياض - واس -\n\n" + BODY)
    assert article.dateline == Dateline("الرياض - واس -", place="الرياض", agency="واس",
                                        start=0, end=14)
    assert article.paragraphs[0].dateline and not article.paragraphs[1].dateline
    assert article.removed == []


def test_a_wire_name_may_run_straight_into_the_body() -> None:
    article = Article(raw=f"الكويت - كونا {BODY}")
    clean(article)
    assert article.text == "الكويت - كونا\n\n" + BODY
    assert article.dateline == Dateline("الكويت - كونا", place="الكويت", agency="كونا",
                                        start=0, end=13)


def test_a_dateline_on_its_own_line_stays_that_line() -> None:
    article = Article(raw=f"لجين الأحمدي – عين اليوم\n{BODY}")
    clean(article)
    assert article.text == "لجين الأحمدي – عين اليوم\n\n" + BODY
    assert article.dateline is not None and article.dateline.author == "لجين الأحمدي"
    assert article.text[article.dateline.start:article.dateline.end] == article.dateline.text
