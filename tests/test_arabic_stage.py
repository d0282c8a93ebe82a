"""The "text" stage: tokens and sentences of the cleaned text, in the pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.model import Article, Paragraph
from marsad.pipeline import Pipeline, registered_stages

ARTICLE = (
    "دمشق تستضيف جولة جديدة من المحادثات\n"
    "تبدأ الثلاثاء6 مايو2025 جولة جديدة من المحادثات بين الوفود، وفق ما أعلنت الخارجية.\n"
    "وقال المتحدث باسم الوزارة: «نأمل أن تكون الجولة حاسمة».\n"
)


def analysed(text: str, paragraphs: list[Paragraph]) -> Article:
    article = Article(raw=text, text=text, paragraphs=paragraphs)
    registered_stages()["text"].fn(article)
    return article


def test_the_stage_is_registered_with_its_contract() -> None:
    spec = registered_stages()["text"]
    assert spec.requires == ("text", "paragraphs")
    assert spec.assigns == ("sentences", "tokens")


def test_tokens_and_sentences_are_filled() -> None:
    article = analysed(ARTICLE, [])
    assert [t.text for t in article.tokens[:3]] == ["دمشق", "تستضيف", "جولة"]
    assert [article.text[s.start:s.end] for s in article.sentences][1:] == [
        "تبدأ الثلاثاء6 مايو2025 جولة جديدة من المحادثات بين الوفود، وفق ما أعلنت الخارجية.",
        "وقال المتحدث باسم الوزارة: «نأمل أن تكون الجولة حاسمة».",
    ]
    texts = [t.text for t in article.tokens]
    assert texts[texts.index("الثلاثاء"):texts.index("الثلاثاء") + 4] == [
        "الثلاثاء", "6", "مايو", "2025"]


def test_sentence_indexes_follow_the_tokens() -> None:
    article = analysed(ARTICLE, [])
    indexes = [t.sentence for t in article.tokens]
    assert indexes == sorted(indexes)
    assert indexes[-1] == len(article.sentences) - 1


def test_headings_from_cleaning_become_heading_sentences() -> None:
    first_line = ARTICLE.index("\n")
    paragraphs = [Paragraph(0, first_line, heading=True),
                  Paragraph(first_line + 1, len(ARTICLE) - 1)]
    article = analysed(ARTICLE, paragraphs)
    assert [s.heading for s in article.sentences] == [True, False, False]
    assert article.sentences[0].to_dict() == {"start": 0, "end": first_line, "heading": True}


def test_an_empty_article_has_no_tokens_or_sentences() -> None:
    article = analysed("", [])
    assert article.tokens == [] and article.sentences == []


def test_the_shared_sample_after_cleaning(sample_path: Path) -> None:
    if "clean" not in registered_stages():
        pytest.skip("the clean stage is not built yet")
    article = Pipeline(["clean", "text"])(Article(raw=sample_path.read_text(encoding="utf-8")))
    headings = [s for s in article.sentences if s.heading]
    assert len(headings) == 3
    assert len(article.sentences) > len(article.paragraphs)  # some paragraphs hold two
    for sentence in article.sentences:
        body = article.text[sentence.start:sentence.end]
        assert "\n" not in body
        assert body.count("“") <= body.count("”"), f"a sentence ends inside a quote: {body}"
    for token in article.tokens:
        assert article.text[token.start:token.end] == token.text
