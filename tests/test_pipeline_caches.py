"""``clear_caches`` empties the word caches the stage modules registered, as a fresh process
has them (a benchmark's cold round), and the analysis after it is the same."""

from __future__ import annotations

import functools

import pytest

from marsad.api import analyze
from marsad.arabic import clitics, tokenise
from marsad.eventcoding import matcher
from marsad import pipeline
from marsad.pipeline import clear_caches, register_cache

SENTENCES = [
    "قال وزير الخارجية إن المحادثات ستستأنف في الرياض الأسبوع المقبل.",
    "ونفت وزارة الداخلية أن تكون الشرطة قد اعتقلت المتظاهرين في بغداد.",
]


def _words(article: object) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.prefix, t.stem, t.suffix) for t in article.tokens]  # type: ignore[attr-defined]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_word_caches_are_empty_after_clearing(sentence: str) -> None:
    analyze(sentence)
    clitics.split("والوزير")  # the tokeniser keeps its own cache (_SEEN), not split's
    assert tokenise._SEEN and clitics.split.cache_info().currsize > 0
    clear_caches()
    assert tokenise._SEEN == {}
    assert clitics.split.cache_info().currsize == 0
    assert matcher.readings.cache_info().currsize == 0
    assert matcher.stems.cache_info().currsize == 0


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_analysis_is_the_same_with_cold_caches(sentence: str) -> None:
    warm = analyze(sentence)
    clear_caches()
    cold = analyze(sentence)
    assert _words(cold) == _words(warm)
    assert [(e.type, e.trigger) for e in cold.events] == [(e.type, e.trigger) for e in warm.events]


def test_a_registered_cache_is_cleared_and_returned_unchanged(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "_CACHES", list(pipeline._CACHES))  # leave the registry as it was
    seen: dict[str, str] = {"قال": "قول"}

    @functools.lru_cache(maxsize=8)
    def folded(word: str) -> str:
        return word.replace("أ", "ا")

    assert register_cache(seen) is seen
    assert register_cache(folded) is folded
    folded("أكد")
    clear_caches()
    assert seen == {} and folded.cache_info().currsize == 0


@pytest.mark.parametrize("thing", ["قال", 42])
def test_what_is_not_a_cache_is_refused(thing: object) -> None:
    with pytest.raises(TypeError, match="not a cache"):
        register_cache(thing)  # type: ignore[type-var]
