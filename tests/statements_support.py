"""Test scaffolding for the statement tests: an ``Article`` built by hand — a plain
tokeniser and sentence splitter, and entities the test places itself — so that speaker
and content logic can be pinned without the upstream stages. Never used by the package."""

from __future__ import annotations

import re
from datetime import date

from marsad.arabic.normalise import fold
from marsad.model import Article, Entity, Sentence, Token

_TOKEN = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+|[^\w\s]")
_SENTENCE_END = frozenset(".!?؟")


def _kind(text: str) -> str:
    if text.isdigit():
        return "number"
    return "word" if re.match(r"[\w\u064B-\u065F]", text) else "punct"


def article_by_hand(text: str, entities: list[tuple[str, str]] = (),
                    published: date | None = date(2024, 12, 6)) -> Article:
    """``text`` tokenised plainly; each ``(surface, type)`` in ``entities`` becomes an
    entity at every place the surface occurs."""
    article = Article(raw=text, text=text, published=published)
    sentence, first_token = 0, 0
    for match in _TOKEN.finditer(text):
        tok = match.group()
        article.tokens.append(Token(match.start(), match.end(), tok, fold(tok), _kind(tok),
                                    sentence=sentence))
        newline = "\n" in text[match.end():match.end() + 2]
        if tok in _SENTENCE_END or newline:
            _close(article, first_token)
            sentence, first_token = sentence + 1, len(article.tokens)
    if first_token < len(article.tokens):
        _close(article, first_token)
    _place(article, entities)
    return article


def _close(article: Article, first_token: int) -> None:
    start, end = article.tokens[first_token].start, article.tokens[-1].end
    article.sentences.append(Sentence(start, end))


def _place(article: Article, entities: list[tuple[str, str]]) -> None:
    found = []
    for surface, kind in entities:
        for m in re.finditer(re.escape(surface), article.text):
            found.append((m.start(), m.end(), surface, kind))
    for n, (start, end, surface, kind) in enumerate(sorted(found), 1):
        article.entities.append(Entity(f"m{n}", start, end, surface, kind))


def eval_module():  # type: ignore[no-untyped-def]
    """``scripts/eval_statements.py`` as a module (its scoring and its pipeline)."""
    import importlib.util
    import sys
    from pathlib import Path

    if "eval_statements" in sys.modules:
        return sys.modules["eval_statements"]
    path = Path(__file__).resolve().parent.parent / "scripts" / "eval_statements.py"
    spec = importlib.util.spec_from_file_location("eval_statements", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_statements"] = module
    spec.loader.exec_module(module)
    return module
