"""The Python API: ``marsad.analyze`` and the small public surface of the package."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import marsad
from marsad.pipeline import Pipeline

ARTICLE = ("الحكومة تقر خطة النقل العام\n"
           "الرياض - واس\n"
           "أقر مجلس الوزراء خطة جديدة للنقل العام في المدن الكبرى تتضمن ثلاثة خطوط للحافلات السريعة.\n"
           "اقرأ أيضا: افتتاح محطة جديدة للقطار")
CLEAN_ONLY = Pipeline(["clean"])


def test_the_public_surface_is_small_and_explicit() -> None:
    assert marsad.__all__ == ["Article", "Pipeline", "PipelineError", "RejectedInput", "analyze"]
    for name in marsad.__all__:
        assert hasattr(marsad, name)


def test_analyze_returns_a_cleaned_article() -> None:
    article = marsad.analyze(ARTICLE, source="خبر.txt", pipeline=CLEAN_ONLY)
    assert isinstance(article, marsad.Article)
    assert article.title == "الحكومة تقر خطة النقل العام"
    assert article.text.startswith("الرياض - واس\n\nأقر مجلس الوزراء")
    assert article.source.path == "خبر.txt"
    assert article.dateline is not None and article.dateline.agency == "واس"


@pytest.mark.parametrize("published", ["2024-03-01", date(2024, 3, 1),
                                       datetime(2024, 3, 1, 12, 30), "2024-03-01T12:30:00Z"])
def test_published_overrides_the_stated_date(published: object) -> None:
    article = marsad.analyze("الجمعة6 ديسمبر2024_ " + ARTICLE.split("\n")[2],
                             published=published, pipeline=CLEAN_ONLY)  # type: ignore[arg-type]
    assert article.published == date(2024, 3, 1)


@pytest.mark.parametrize("text, reason", [
    ("", "empty input"),
    ("   \n ", "empty input"),
    ("<html><body><nav>الرئيسية</nav></body></html>", "HTML page with no article text"),
    ("تابعونا على فيسبوك وتويتر", "no article text left after cleaning (only boilerplate)"),
])
def test_input_without_an_article_raises_rejected_input(text: str, reason: str) -> None:
    with pytest.raises(marsad.RejectedInput) as caught:
        marsad.analyze(text, pipeline=CLEAN_ONLY)
    assert str(caught.value) == reason


def test_a_bad_published_date_is_a_clear_error() -> None:
    with pytest.raises(marsad.RejectedInput, match="not an ISO date"):
        marsad.analyze(ARTICLE, published="أمس", pipeline=CLEAN_ONLY)


def test_the_record_of_a_cleaned_article_has_every_layer_as_a_list() -> None:
    record = marsad.analyze(ARTICLE, pipeline=CLEAN_ONLY).to_dict()
    for layer in ("removed", "sentences", "entities", "times", "statements", "events"):
        assert isinstance(record[layer], list)
    assert [r["kind"] for r in record["removed"]] == ["related_links"]
    dateline = record["dateline"]
    assert record["text"][dateline["start"]:dateline["end"]] == dateline["text"]


def test_a_url_source_is_recorded_as_the_url() -> None:
    article = marsad.analyze(ARTICLE, source="https://example.org/news/1", pipeline=CLEAN_ONLY)
    assert article.source.url == "https://example.org/news/1" and article.source.path is None
