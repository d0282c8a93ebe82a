"""The pipeline: stages registered by name, checked when built, run in order and timed."""

from __future__ import annotations

import pytest

from marsad.model import Article
from marsad.pipeline import Pipeline, PipelineError, stage


@stage("_test_writes_a", requires=("raw",), assigns=("_a",))
def _writes_a(article: Article) -> None:
    article.metadata["_a"] = article.raw.split()[0]


@stage("_test_needs_a_and_b", requires=("_a", "_b", "_c"), assigns=("_d",))
def _needs_a_and_b(article: Article) -> None:
    article.metadata["_d"] = True


def test_a_stage_runs_and_is_timed() -> None:
    pipeline = Pipeline(["_test_writes_a"])
    article = pipeline(Article(raw="قال الوزير"))
    assert article.metadata["_a"] == "قال"
    assert set(article.timings) == {"_test_writes_a"}
    assert pipeline.timings["_test_writes_a"] >= 0.0


def test_every_missing_requirement_is_named_at_once() -> None:
    with pytest.raises(PipelineError) as caught:
        Pipeline(["_test_writes_a", "_test_needs_a_and_b", "_no_such_stage"])
    message = str(caught.value)
    assert "_b" in message and "_c" in message
    assert "unknown stage '_no_such_stage'" in message
    assert "'_a'" not in message.split("requires")[1].split(",")[0]


def test_order_matters() -> None:
    with pytest.raises(PipelineError, match="requires _a"):
        Pipeline(["_test_needs_a_and_b", "_test_writes_a"])


def test_the_default_pipeline_builds() -> None:
    pipeline = Pipeline()
    assert pipeline.names, "no built-in stage registered"
    assert pipeline.names[0] == "clean"
