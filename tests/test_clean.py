"""Cleaning: what is removed from an article, why, and what the cleaned text looks like."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.clean import clean
from marsad.model import Article

BODY = "وقال المتحدث باسم الوزارة إن الاجتماع المقبل سيعقد في العاصمة بحضور ممثلين عن كل الأطراف."
BODY2 = "وأضاف أن الحكومة ستنشر تقريرا مفصلا عن نتائج الاجتماع خلال الأيام المقبلة بعد مراجعته."


def cleaned(raw: str, **metadata: str) -> Article:
    article = Article(raw=raw, metadata=dict(metadata))
    clean(article)
    return article


def kinds(article: Article) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in article.removed]


# --- title -------------------------------------------------------------------------------

def test_the_metadata_title_is_the_title_and_its_repetition_in_the_body_is_removed() -> None:
    title = "الحكومة تعلن موعد الاجتماع المقبل"
    article = cleaned(f"{title}\n{BODY}", title=title)
    assert article.title == title
    assert article.text == BODY
    assert kinds(article) == [("duplicate_title", title)]


def test_a_first_line_repeated_as_the_next_is_the_title_and_appears_once() -> None:
    title = "الحكومة تعلن موعد الاجتماع المقبل"
    article = cleaned(f"{title}\n{title}\n{BODY}")
    assert article.title == title
    assert title not in article.text
    assert kinds(article) == [("duplicate_title", title)]


def test_a_short_unpunctuated_first_line_of_plain_text_is_the_title() -> None:
    article = cleaned(f"اجتماع في العاصمة\n{BODY}\n{BODY2}")
    assert article.title == "اجتماع في العاصمة"
    assert article.text == f"{BODY}\n\n{BODY2}"


def test_a_first_line_that_is_a_sentence_is_not_a_title() -> None:
    article = cleaned(f"{BODY}\n{BODY2}")
    assert article.title is None
    assert article.text.startswith(BODY)


# --- related links, share/follow lines, tag lists ------------------------------------------

@pytest.mark.parametrize("line", [
    "اقرأ أيضا: الحكومة تقر موازنة العام المقبل",
    "اقرأ أيضا:الحكومة تقر موازنة العام المقبل",
    "إقرأ أيضاً: الحكومة تقر موازنة العام المقبل",
    "اقرأ المزيد: الحكومة تقر موازنة العام المقبل",
    "شاهد أيضا - الحكومة تقر موازنة العام المقبل",
    "مواضيع ذات صلة: الحكومة تقر موازنة العام المقبل",
    # round 29: a columnist's other columns, the first title glued to «للكاتب»
    "مقالات أخرى للكاتبالحكومة تقر موازنة العام المقبلوزير المالية يزور البنك المركزي",
])
def test_related_link_lines_are_removed_wherever_they_are(line: str) -> None:
    article = cleaned(f"{BODY}\n{line}\n{BODY2}")
    assert article.text == f"{BODY}\n\n{BODY2}"
    assert kinds(article) == [("related_links", line)]


def test_a_related_links_block_is_removed_with_its_link_lines() -> None:
    block = ["مواضيع ذات صلة", "الحكومة تقر موازنة العام المقبل", "وزير المالية يزور البنك المركزي"]
    article = cleaned("\n".join([BODY, BODY2, *block]))
    assert article.text == f"{BODY}\n\n{BODY2}"
    assert [k for k, _ in kinds(article)] == ["related_links"] * 3


def test_a_related_links_block_ends_at_the_next_body_paragraph() -> None:
    article = cleaned("\n".join([BODY, "اقرأ أيضا", "الحكومة تقر موازنة العام المقبل", BODY2]))
    assert article.text == f"{BODY}\n\n{BODY2}"


@pytest.mark.parametrize("line", [
    "تابعونا على فيسبوك وتويتر",
    "تابعوا آخر الأخبار عبر قناتنا على تيليجرام",
    "شارك الخبر",
    "رابط الخبر بصحيفة الوئام: الحكومة تقر موازنة العام المقبل",
    "جميع الحقوق محفوظة © 2024",
])
def test_share_and_follow_lines_are_boilerplate(line: str) -> None:
    article = cleaned(f"{BODY}\n{BODY2}\n{line}")
    assert article.text == f"{BODY}\n\n{BODY2}"
    assert kinds(article) == [("boilerplate", line)]


@pytest.mark.parametrize("line", [
    "شاركت الوزارة في المعرض الدولي للكتاب بجناح خاص عن تاريخ المدينة.",
    "تابعت اللجنة أعمالها أمس في مقر البرلمان وسط حضور إعلامي كبير ومشاركة واسعة من النواب.",
])
def test_body_lines_that_start_like_a_marker_are_kept(line: str) -> None:
    article = cleaned(f"{BODY}\n{line}")
    assert article.text == f"{BODY}\n\n{line}"
    assert article.removed == []


def test_a_tag_list_glued_to_the_last_sentence_is_cut() -> None:
    article = cleaned(f"{BODY}\n{BODY2} سمات الحكومة الاجتماع العاصمة")
    assert article.text == f"{BODY}\n\n{BODY2}"
    assert kinds(article) == [("boilerplate", "سمات الحكومة الاجتماع العاصمة")]


# --- characters --------------------------------------------------------------------------

def test_zero_width_and_bidi_controls_are_removed_and_recorded() -> None:
    article = cleaned("\u200fقال\u200b المتحدث\u202b إن الاجتماع انتهى.\u202c")
    assert article.text == "قال المتحدث إن الاجتماع انتهى."
    assert [r.kind for r in article.removed] == ["control_chars"]
    assert "U+200F×1" in article.removed[0].text


@pytest.mark.parametrize("forms, letters", [
    ("\ufee3\ufeae\ufea3\ufe92\ufe8e \ufe91\ufedc\ufee2", "مرحبا بكم"),
    ("\ufefb \ufe97\ufeae\ufe8e\ufe9f\ufeca", "لا تراجع"),
])
def test_presentation_forms_become_ordinary_letters(forms: str, letters: str) -> None:
    article = cleaned(f"{BODY}\n{forms}")
    assert article.text.endswith(letters)
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in article.text)


def test_other_characters_are_not_compatibility_folded() -> None:
    article = cleaned("بلغت نسبة النمو ²٣ بالمئة في الربع الأول ﻻ أكثر.")
    assert "²٣" in article.text and "لا أكثر" in article.text


def test_spacing_is_collapsed_and_paragraphs_are_separated_by_a_blank_line() -> None:
    article = cleaned(f"\u00a0\u00a0  {BODY}  \r\n\r\n\t{BODY2}\n")
    assert article.text == f"{BODY}\n\n{BODY2}"


# --- crossheads ----------------------------------------------------------------------------

def test_a_crosshead_between_paragraphs_is_a_heading() -> None:
    article = cleaned(f"{BODY}\nموقف المعارضة\n{BODY2}")
    assert [(article.text[p.start:p.end], p.heading) for p in article.paragraphs] == [
        (BODY, False), ("موقف المعارضة", True), (BODY2, False)]


@pytest.mark.parametrize("raw", [
    f"{BODY}\nانتهى الاجتماع.\n{BODY2}",  # ends like a sentence
    f"{BODY}\n1- الاتفاق على موعد\n{BODY2}",  # a numbered list item
    f"{BODY}\n* *\n{BODY2}",  # no words
    f"{BODY}\nموقف المعارضة",  # nothing after it
])
def test_lines_that_are_not_crossheads(raw: str) -> None:
    assert not any(p.heading for p in cleaned(raw).paragraphs)


# --- published -----------------------------------------------------------------------------

def test_published_comes_from_the_override_then_metadata_then_the_dateline() -> None:
    raw = f"الجمعة6 ديسمبر2024_ {BODY}"
    assert cleaned(raw).published == date(2024, 12, 6)
    assert cleaned(raw, published="2015-08-09 17:26:01").published == date(2015, 8, 9)
    article = Article(raw=raw, metadata={"published": "2015-08-09"},
                      published_override=date(2020, 1, 2))
    clean(article)
    assert article.published == date(2020, 1, 2)


def test_an_unreadable_metadata_date_falls_back_to_the_dateline() -> None:
    assert cleaned(f"الجمعة6 ديسمبر2024_ {BODY}", published="أمس").published == date(2024, 12, 6)


# --- offsets -------------------------------------------------------------------------------

_line = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،.0123456789\u200f\u00a0", min_size=0,
                max_size=60)


@settings(max_examples=150, deadline=None)
@given(st.lists(_line, max_size=12))
def test_paragraphs_index_the_cleaned_text(lines: list[str]) -> None:
    article = cleaned("\n".join(lines))
    previous_end = -1
    for paragraph in article.paragraphs:
        chunk = article.text[paragraph.start:paragraph.end]
        assert chunk and chunk == chunk.strip() and "\n" not in chunk
        assert paragraph.start > previous_end
        previous_end = paragraph.end
    assert "\n\n".join(article.text[p.start:p.end] for p in article.paragraphs) == article.text


def test_a_tag_list_on_its_own_last_line_is_cut() -> None:
    article = cleaned(f"{BODY}\n{BODY2}\nسمات الحكومة الاجتماع العاصمة")
    assert article.text == f"{BODY}\n\n{BODY2}"
    assert kinds(article) == [("boilerplate", "سمات الحكومة الاجتماع العاصمة")]


def test_a_signature_address_line_is_boilerplate() -> None:
    article = cleaned(f"{BODY}\n{BODY2}\nwriter@example.com")
    assert article.text == f"{BODY}\n\n{BODY2}"
    assert kinds(article) == [("boilerplate", "writer@example.com")]


def test_a_body_paragraph_that_opens_with_a_tag_marker_is_kept() -> None:
    line = "سمات القائد الناجح كثيرة، أهمها الصبر والقدرة على الاستماع."
    assert cleaned(f"{BODY}\n{line}").text == f"{BODY}\n\n{line}"
