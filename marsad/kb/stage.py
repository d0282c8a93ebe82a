"""The pipeline stage "kb": linked KB matches over the article's tokens."""

from __future__ import annotations

from marsad.kb.match import find_matches
from marsad.model import Article
from marsad.pipeline import stage

__all__ = ["match_kb"]


@stage("kb", requires=("tokens", "published"), assigns=("kb_matches",))
def match_kb(article: Article) -> None:
    """Fill ``article.kb_matches`` (``marsad.kb.match.KBMatch``, in text order)."""
    article.kb_matches = find_matches(article.tokens, article.text, article.published)
