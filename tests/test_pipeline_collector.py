"""A long run sets the garbage collector up once: the loaded data frozen out of its passes."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from marsad.api import analyze
from marsad.pipeline import BATCH_GC_THRESHOLDS, quiet_collector


@pytest.fixture
def collector() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_quiet_collector_freezes_what_is_loaded(collector: None) -> None:
    analyze("قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.")
    quiet_collector()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == BATCH_GC_THRESHOLDS


def test_articles_still_come_out_the_same(collector: None) -> None:
    text = "أعلنت الحكومة مساء اليوم الجمعة خطة جديدة للنقل.\nوقال الوزير إنها تبدأ غدا."
    before = analyze(text, published="2024-12-06").to_dict()
    quiet_collector()
    assert analyze(text, published="2024-12-06").to_dict() == before
