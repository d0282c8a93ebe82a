"""Offsets are the truth: for any Arabic-looking text, after every stage that exists, each
span's text is ``Article.text[start:end]``, sentences and tokens lie inside the text, and
tokens are ordered and do not overlap."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from marsad.model import Article
from marsad.pipeline import Pipeline, default_stage_names

FRAGMENTS = [
    "قال", "وزير", "الخارجية", "وبغداد", "بحمص", "للجيش", "والحكومة", "بلاده", "إيران",
    "حمص", "سوريا", "الجمعة6", "ديسمبر2024_", "١٢/٠٦/٢٠٢٤", "2024-12-06", "10:30", "1,500",
    "3.5", "د.", "ص.ب", "أ.ف.ب", "U.S.", "CNN", "https://example.org/a?b=1", "a@b.org",
    "#وسم", "@حساب", "«", "»", "“", "”", "\"", "'", "،", "؛", "؟", "!", ".", "...", ":",
    "(", ")", "-", "–", "ـ", "%", " ", " ", " ", "\n", "\n\n", "\t", "\u00a0",
    "نفى", "أكد", "مساء", "أمس", "السبت", "الرياض - واس", "(د ب أ)", "اقرأ أيضا:",
    "قَالَ", "الرئيـــس", "\u200f", "\u200b", "\ufe8d\ufedf", "\u064b",
]
CHARACTERS = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs", "Cc"))
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), CHARACTERS), max_size=80).map("".join)

PIPELINE = Pipeline(default_stage_names())


def spans_in(value: Any) -> list[dict[str, Any]]:
    """Every ``{"start", "end", "text"}`` dict nested anywhere in a record."""
    if isinstance(value, dict):
        found = [value] if {"start", "end", "text"} <= value.keys() else []
        return found + [s for item in value.values() for s in spans_in(item)]
    if isinstance(value, list):
        return [s for item in value for s in spans_in(item)]
    return []


# Derandomised so that CI is repeatable; the examples are inputs that once broke a stage.
@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("مساء²")
@example("\x00١٢/٠٦/٢٠٢٤")
@example("قال: «لا.» (ثم غادر.)\n\nعنوان\nنص")
def test_every_span_lines_up_with_the_text(raw: str) -> None:
    article = PIPELINE(Article(raw=raw))
    text = article.text
    record = article.to_dict(tokens=True)
    for span in spans_in(record):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        assert span["text"] == text[span["start"]:span["end"]], span
    for match in article.kb_matches:
        if hasattr(match, "start") and hasattr(match, "end"):
            assert 0 <= match.start <= match.end <= len(text)


@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("مساء²")
@example("\x00١٢/٠٦/٢٠٢٤")
def test_tokens_and_sentences_tile_the_text_in_order(raw: str) -> None:
    article = PIPELINE(Article(raw=raw))
    text, tokens, sentences = article.text, article.tokens, article.sentences
    previous_end = 0
    for token in tokens:
        assert previous_end <= token.start < token.end <= len(text)
        assert token.text == text[token.start:token.end] and not token.text.isspace()
        assert token.prefix + token.stem + token.suffix == token.norm
        assert 0 <= token.sentence < len(sentences)
        sentence = sentences[token.sentence]
        assert sentence.start <= token.start and token.end <= sentence.end
        previous_end = token.end
    previous_end = 0
    for sentence in sentences:
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start:sentence.end].strip() == text[sentence.start:sentence.end]
        previous_end = sentence.end
    assert bool(tokens) == bool(sentences)
