"""Round 34 (entities): an article's sentences from words to name spans in one compiled call.

``tagger.sentence_spans`` hands every sentence of an article to ``_fastfeat.spans``, which
finds each word's card (packed record, gazetteer keys, known pairs), the gazetteer tags and
the extras, and has ``_fastcrf`` (through its capsule) score, decode and cut the spans: it
must give what ``tag_spans`` gives sentence by sentence, compiled or by the Python loops,
with its word cards cold or warm and with every cache at its limit (the callbacks' paths)."""

from __future__ import annotations

import random

import pytest

from marsad.arabic.normalise import fold
from marsad.ner import crf
from marsad.ner import features as ft
from marsad.ner import gazetteer as gz
from marsad.ner import tagger

pytestmark = pytest.mark.skipif(
    ft._fastfeat is None or not tagger.available() or tagger._compiled() is None
    or not hasattr(ft._fastfeat, "spans") or not hasattr(crf._fastcrf, "_api"),
    reason="no compiled extension or no NER model")

TEXT = """قال وزير الخارجية السعودي عادل الجبير في الرياض إن المملكة تدعم الحل السياسي في سوريا
واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر اليمامة الرئيس الفرنسي
وأعلنت وزارة الداخلية في جدة عن ضبط خمسة مهربين قرب الحدود مع اليمن ومقتل 3 من عناصر داعش
وقال الدكتور سعد الحجري مدير جامعة الملك خالد في أبها إن الطلاب سيعودون في سبتمبر
التقى فؤاد حسين وزير خارجية العراق بنظيره الإيراني في طهران وبحث حسين معه الأوضاع في بغداد
Barack Obama visited 2015 - فرانك-فالتر شتاينماير ، « الأمم المتحدة » ؟ <s> </s>"""

SENTENCES = [[fold(w) for w in line.split()] for line in TEXT.splitlines()]


def _articles(seed: int) -> list[list[list[str]]]:
    """A few articles of shuffled and cut sentences (an empty one, a word alone, repeats)."""
    rng = random.Random(seed)
    words = [w for s in SENTENCES for w in s]
    out = []
    for _ in range(3):
        article = [list(s) for s in SENTENCES]
        for _ in range(4):
            k = rng.randrange(1, 25)
            article.append([rng.choice(words) for _ in range(k)])
        article.append([])
        article.append([rng.choice(words)])
        article.append(list(SENTENCES[0]))  # met before: its words' cards are warm
        rng.shuffle(article)
        out.append(article)
    return out


def _per_sentence(article: list[list[str]]) -> list[list[tuple[int, int, str, float]]]:
    return [tagger.tag_spans(words) for words in article]


def _python_loops(article: list[list[str]], monkeypatch: pytest.MonkeyPatch
                  ) -> list[list[tuple[int, int, str, float]]]:
    """``tag_spans`` with the features' and the gazetteer's Python loops (no ``_fastfeat``)."""
    with monkeypatch.context() as m:
        m.setattr(ft, "_fastfeat", None)
        m.setattr(gz, "_fastfeat", None)
        assert tagger.sentence_spans(article) == _per_sentence(article)  # the fallback
        return _per_sentence(article)


@pytest.mark.parametrize("seed", range(6))
def test_one_call_gives_the_spans_of_each_sentence(seed: int,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    for article in _articles(seed):
        expected = _per_sentence(article)
        assert tagger.sentence_spans(article) == expected
        assert tagger.sentence_spans(article) == expected  # every card warm
        assert _python_loops(article, monkeypatch) == expected


def test_names_are_found() -> None:
    """Not a vacuous agreement: the sentences hold names the tagger finds."""
    found = tagger.sentence_spans(SENTENCES)
    assert sum(map(len, found)) >= 5
    assert all(isinstance(conf, float) and 0.0 <= conf <= 1.0
               for spans in found for _first, _stop, _typ, conf in spans)


def test_cold_caches_and_full_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cleared caches, and caches so small that every word goes through the callbacks
    (``Features._packed_word``, ``gazetteer._opening_keys``) and the cards are cleared."""
    article = _articles(99)[0]
    expected = _per_sentence(article)
    tagger.clear_caches()
    gz.clear_caches()
    assert tagger.sentence_spans(article) == expected
    with monkeypatch.context() as m:
        m.setattr(ft, "_CACHE_LIMIT", 3)
        m.setattr(gz, "_OPENERS_LIMIT", 0)
        tagger.clear_caches()
        assert tagger.sentence_spans(article) == expected
        assert tagger.sentence_spans(article) == expected
    tagger.clear_caches()
    assert tagger.sentence_spans(article) == expected


def test_no_sentences_and_no_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    assert tagger.sentence_spans([]) == []
    assert tagger.sentence_spans([[]]) == [[]]
    article = _articles(7)[1]
    with monkeypatch.context() as m:  # no KB: every gazetteer tag is ""
        m.setattr(gz, "_tables_of", lambda _path: ({}, frozenset()))
        expected = _per_sentence(article)
        assert tagger.sentence_spans(article) == expected
    # the cards were made without the gazetteer's keys: made anew for the KB's
    assert tagger.sentence_spans(article) == _per_sentence(article)


def test_article_words_read_the_tokens_as_the_python_loops(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    """``_fastfeat.article_words`` against ``entities._sentence_words``: the norms, the runs
    by sentence (a token with an empty norm read by its text), a list or a tuple of tokens."""
    from marsad import entities
    from marsad.model import Token

    def token(k: int, norm: str, sentence: int) -> Token:
        return Token(start=k, end=k + 1, text=f"t{k}", norm=norm, kind="word", sentence=sentence)

    cases: list[list[Token]] = [
        [],
        [token(0, "قال", 0)],
        [token(0, "قال", 0), token(1, "", 0), token(2, "في", 1), token(3, "الرياض", 1),
         token(4, "", 2), token(5, "x", 300), token(6, "y", 300), token(7, "z", 301)],
        [token(k, fold(w), k // 4) for k, w in enumerate(TEXT.split())],
    ]
    for tokens in cases:
        for given in (tokens, tuple(tokens)):
            norms, runs, words = entities._article_words(given)
            with monkeypatch.context() as m:
                m.setattr(ft, "_fastfeat", None)
                expected = entities._article_words(given)
            assert norms == expected[0] == [t.norm for t in tokens]
            assert list(runs) == list(expected[1])
            assert [list(w) for w in words] == [list(w) for w in expected[2]]
