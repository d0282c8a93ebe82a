"""The pipeline stage "text": tokens (with norm and clitic split) and sentences."""

from __future__ import annotations

from marsad.arabic.sentences import split_sentences
from marsad.arabic.tokenise import tokenise
from marsad.model import Article
from marsad.pipeline import stage

__all__ = ["analyse_text"]


@stage("text", requires=("text", "paragraphs"), assigns=("sentences", "tokens"))
def analyse_text(article: Article) -> None:
    """Fill ``article.tokens`` and ``article.sentences`` from ``article.text``.

    When cleaning found no paragraphs, each non-empty line is a paragraph.
    """
    tokens = tokenise(article.text)
    article.sentences = split_sentences(article.text, article.paragraphs, tokens)
    article.tokens = tokens
