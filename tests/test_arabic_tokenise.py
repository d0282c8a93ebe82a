"""Tokens: letters apart from digits, punctuation apart from words, and numbers, dates,
addresses and abbreviations kept whole — each with offsets into the text."""

from __future__ import annotations

import pytest

from marsad.arabic.normalise import fold
from marsad.arabic.tokenise import tokenise


def texts(sentence: str) -> list[str]:
    return [token.text for token in tokenise(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # letters and digits glued together come apart
    ("الجمعة6 ديسمبر2024", ["الجمعة", "6", "ديسمبر", "2024"]),
    ("وصل 5آلاف لاجئ", ["وصل", "5", "آلاف", "لاجئ"]),
    # punctuation glued to words comes apart
    ("العراق وسوريا وإيران،مساء الجمعة", ["العراق", "وسوريا", "وإيران", "،", "مساء", "الجمعة"]),
    ("هل انتهت الأزمة؟لا أحد يعرف", ["هل", "انتهت", "الأزمة", "؟", "لا", "أحد", "يعرف"]),
    ("قال:«سنعود»؛ثم غادر", ["قال", ":", "«", "سنعود", "»", "؛", "ثم", "غادر"]),
    ("وصفها بأنها “خطوة جريئة”.", ["وصفها", "بأنها", "“", "خطوة", "جريئة", "”", "."]),
    ("قال \"نعم\" و'ربما'", ["قال", "\"", "نعم", "\"", "و", "'", "ربما", "'"]),
    ("(رويترز) - أعلن الجيش", ["(", "رويترز", ")", "-", "أعلن", "الجيش"]),
    # numbers stay whole
    ("نزح 1,500 شخص", ["نزح", "1,500", "شخص"]),
    ("نما الاقتصاد 3.5 بالمئة.", ["نما", "الاقتصاد", "3.5", "بالمئة", "."]),
    ("في عام ٢٠٢٤ وقع الزلزال", ["في", "عام", "٢٠٢٤", "وقع", "الزلزال"]),
    ("يبدأ الاجتماع الساعة 10:30 صباحا", ["يبدأ", "الاجتماع", "الساعة", "10:30", "صباحا"]),
    ("ارتفعت الأسعار 12%", ["ارتفعت", "الأسعار", "12", "%"]),
    # dates stay whole
    ("صدر القرار في 06/12/2024 بعد جدل", ["صدر", "القرار", "في", "06/12/2024", "بعد", "جدل"]),
    ("تاريخ النشر 2024-12-06.", ["تاريخ", "النشر", "2024-12-06", "."]),
    # addresses stay whole, without the full stop that ends the sentence
    ("التفاصيل على https://example.org/news?id=7.",
     ["التفاصيل", "على", "https://example.org/news?id=7", "."]),
    ("زوروا www.example.com اليوم", ["زوروا", "www.example.com", "اليوم"]),
    ("راسلونا على info@example.org", ["راسلونا", "على", "info@example.org"]),
    ("عبر موقع الوزارة moh.gov.sa مباشرة", ["عبر", "موقع", "الوزارة", "moh.gov.sa", "مباشرة"]),
    ("انتشر وسم #غزة_تحت_القصف وكتب @marsad_news",
     ["انتشر", "وسم", "#غزة_تحت_القصف", "وكتب", "@marsad_news"]),
    # abbreviations stay whole
    ("صرح د. سامي الخطيب", ["صرح", "د.", "سامي", "الخطيب"]),
    ("افتتح م. خالد المشروع", ["افتتح", "م.", "خالد", "المشروع"]),
    ("العنوان ص.ب 1234 الرياض", ["العنوان", "ص.ب", "1234", "الرياض"]),
    ("نقلت أ.ف.ب عن مصدر", ["نقلت", "أ.ف.ب", "عن", "مصدر"]),
    ("ذكرت وكالة د.ب.أ أن", ["ذكرت", "وكالة", "د.ب.أ", "أن"]),
    ("زار وفد U.S. المنطقة", ["زار", "وفد", "U.S.", "المنطقة"]),
    ("بثت شبكة إيه.بي.سي التقرير.", ["بثت", "شبكة", "إيه.بي.سي", "التقرير", "."]),
    # but not the era after a year, whose dot is a full stop
    ("بني الجسر عام 1985م.", ["بني", "الجسر", "عام", "1985", "م", "."]),
    # Latin names and model numbers
    ("أسقطت طائرة F-16 قرب الحدود", ["أسقطت", "طائرة", "F-16", "قرب", "الحدود"]),
    ("قالت شبكة CNN إن", ["قالت", "شبكة", "CNN", "إن"]),
    ("صدر الإصدار v2.0 أمس", ["صدر", "الإصدار", "v2.0", "أمس"]),
    # diacritics and tatweel belong to the word
    ("قَالَ الرئيـــس", ["قَالَ", "الرئيـــس"]),
    ("الرياض ـ واس", ["الرياض", "ـ", "واس"]),
])
def test_token_boundaries(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize("sentence, kinds", [
    ("قال الوزير", ["word", "word"]),
    ("بلغ 1,500 في 06/12/2024", ["word", "number", "word", "number"]),
    ("د. سامي، CNN", ["abbr", "word", "punct", "latin"]),
    ("https://example.org #وسم @حساب a@b.org", ["url", "url", "url", "url"]),
    ("12% ★", ["number", "symbol", "symbol"]),
    ("؟ ! « » “ ” ، ؛", ["punct"] * 8),
    ("Москва 東京 ½ ²", ["word", "word", "symbol", "symbol"]),
])
def test_token_kinds(sentence: str, kinds: list[str]) -> None:
    assert [token.kind for token in tokenise(sentence)] == kinds


@pytest.mark.parametrize("sentence", [
    "أكّدَ وزيرُ الخارجية أنّ الاجتماعَ سيُعقد في ٢٠٢٤/١٢/٠٧.",
    "أعلنت الوزارة،مساء الإثنين، عن 3 إصابات جديدة في إحدى المدن",
])
def test_offsets_and_norm(sentence: str) -> None:
    for token in tokenise(sentence):
        assert sentence[token.start:token.end] == token.text
        assert token.norm == fold(token.text)
        assert token.prefix + token.stem + token.suffix == token.norm


def test_norm_folds_spelling_variants() -> None:
    norms = [token.norm for token in tokenise("أكّد إيران مدينة مستشفى ٢٠٢٤")]
    assert norms == ["اكد", "ايران", "مدينه", "مستشفي", "2024"]


def test_clitic_split_is_on_word_tokens_only() -> None:
    word, number = tokenise("والحكومة 2024")
    assert (word.prefix, word.stem, word.suffix) == ("وال", "حكومه", "")
    assert (number.prefix, number.stem, number.suffix) == ("", "2024", "")


def test_empty_and_blank_text_have_no_tokens() -> None:
    assert tokenise("") == []
    assert tokenise(" \n\t ") == []


def test_control_characters_are_not_tokens() -> None:
    assert texts("\x00بيان\x07 رسمي\x7f") == ["بيان", "رسمي"]
