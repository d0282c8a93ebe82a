"""The statement finder's compiled pass over the tokens (``marsad/attribution/_fastview.c``,
``_fastview.columns``) against its Python twin (``view._columns_py``, and ``_quote_tokens``
for the quote marks): the same folded forms, sentence bounds, clitic flag, cue openings,
token starts and quote tokens; the twin taking over where an item is not a ``Token`` it can
read or the sentence numbers are out of order; and the same statements either way."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from statements_support import article_by_hand
from marsad.api import analyze
from marsad.arabic.normalise import fold
from marsad.attribution import view as vw
from marsad.attribution.lexicon import lexicon
from marsad.model import Article
from marsad.statements import statements_of

compiled_only = pytest.mark.skipif(vw._COLUMNS is None,
                                   reason="marsad/attribution/_fastview.c not built")

TEXTS = [
    "الرياض - واس\n\nأعلنت الوزارة اليوم أن «الوضع مستقر». وقال المتحدث باسمها: "
    "\"لا داعي للقلق\". وأكد وزير الخارجية أن المحادثات مستمرة.",
    "نفي رسمي\n\nونفى مصدر في الوزارة صحة الأنباء، فيما حذر المراقبون من التصعيد. "
    "وبحسب المرصد، فإن القوات انسحبت. وطالب البعض بالتحقيق وطالب آخرون بالمحاسبة.",
    "قال الرئيس المصري عبد الفتاح السيسي إن مصر تدعم الحل. ودعا الأمين العام للأمم المتحدة "
    "إلى وقف إطلاق النار، مؤكدا أن «الوقت ينفد». “لن نتراجع” قال المتحدث.",
    "خبر بلا أي إفادة عن أحد، فيه أرقام 1,500 و2024-12-06 فقط.",
]


def python_columns(article: Article) -> tuple[object, ...]:
    titles = {n for n, s in enumerate(article.sentences) if s.heading or s.dateline}
    norms, starts, ends, split, opening, _, _ = vw._columns_py(article.tokens,
                                                              lexicon().by_token, titles)
    token_starts = [t.start for t in article.tokens]
    quotes = vw._quote_tokens(article.tokens, token_starts, article.text)
    return norms, starts, ends, split, opening, token_starts, quotes


def compiled_columns(article: Article) -> object:
    titles = {n for n, s in enumerate(article.sentences) if s.heading or s.dateline}
    return vw._COLUMNS(article.tokens, fold, lexicon().by_token, titles,  # type: ignore[misc]
                       vw._MARKS)


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [analyze(text, published="2024-12-06") for text in TEXTS] + [
        article_by_hand("نقلت وكالة سانا عن مصدر عسكري قوله إن الهجوم صد. "
                        "وأضاف المصدر أن الطريق فتح.", [("سانا", "ORG")])]


@compiled_only
def test_the_compiled_columns_are_the_python_ones(articles: list[Article]) -> None:
    for article in articles:
        assert compiled_columns(article) == python_columns(article)
    assert any(vw._columns_py(a.tokens, lexicon().by_token, set())[4] for a in articles)


@compiled_only
def test_a_token_without_a_norm_reads_its_folded_text(articles: list[Article]) -> None:
    article = articles[0]
    tokens = [replace(t, norm="") if n % 3 == 0 else t for n, t in enumerate(article.tokens)]
    bare = replace(article, tokens=tokens)
    assert compiled_columns(bare) == python_columns(bare)
    assert compiled_columns(bare)[0] == [t.norm or fold(t.text) for t in tokens]  # type: ignore[index]


@compiled_only
def test_sentence_numbers_out_of_order_are_left_to_python(articles: list[Article]) -> None:
    article = articles[2]
    tokens = [replace(t) for t in article.tokens]
    tokens[0].sentence = 5  # out of order: the bisecting reader
    assert vw._COLUMNS(tokens, fold, lexicon().by_token, set(), vw._MARKS) is None  # type: ignore[misc]
    norms, starts, *_ = vw._columns(tokens, lexicon().by_token, set())
    assert isinstance(starts, vw._SentenceBound)
    tokens[0].sentence = 2**70  # no C long: Python
    assert vw._COLUMNS(tokens, fold, lexicon().by_token, set(), vw._MARKS) is None  # type: ignore[misc]


@dataclass
class Other:
    start: int
    end: int
    text: str
    norm: str
    kind: str
    prefix: str = ""
    sentence: int = 0


@compiled_only
def test_items_it_cannot_read_are_left_to_python(articles: list[Article]) -> None:
    tokens = [Other(t.start, t.end, t.text, t.norm, t.kind) for t in articles[0].tokens]
    assert vw._COLUMNS(tokens, fold, lexicon().by_token, set(), vw._MARKS) is None  # type: ignore[misc]
    assert vw._columns(tokens, lexicon().by_token, set())[0] == [t.norm for t in tokens]  # type: ignore[arg-type]


@compiled_only
def test_the_statements_are_the_same_without_the_compiled_pass(
        articles: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = [[s for s in statements_of(a)] for a in articles]
    assert any(compiled)
    monkeypatch.setattr(vw, "_COLUMNS", None)
    assert [statements_of(a) for a in articles] == compiled
