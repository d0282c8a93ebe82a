"""``marsad.analyze`` — one article in, one record out."""

from __future__ import annotations

import functools
from datetime import date, datetime

from marsad.model import Article
from marsad.pipeline import Pipeline


NOTHING_LEFT = "no article text left after cleaning (only boilerplate)"


class RejectedInput(ValueError):
    """Input that cannot become an article; the message says why and what to do."""


@functools.cache
def _default_pipeline() -> Pipeline:
    return Pipeline()


def _parse_published(value: date | datetime | str | None) -> date | None:
    """A ``date`` from a ``date``, ``datetime`` or ISO string; ``None`` stays ``None``."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return datetime.fromisoformat(str(value).strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            raise RejectedInput(f"published {value!r} is not an ISO date (use YYYY-MM-DD)") from None


def analyze(text_or_html: str, *, published: date | datetime | str | None = None,
            source: str | None = None, pipeline: Pipeline | None = None) -> Article:
    """Analyse one article given as plain text or HTML (recognised by itself).

    ``published`` overrides the date the article states; ``source`` is a path or URL
    recorded in ``Article.source``. Raises ``RejectedInput`` for input that holds no
    article text.
    """
    from marsad.ingest import article_from_string  # the readers

    result = article_from_string(text_or_html, source=source)
    if not isinstance(result, Article):
        raise RejectedInput(result.reason)
    result.published_override = _parse_published(published)
    article = (pipeline or _default_pipeline())(result)
    if not article.text.strip():
        raise RejectedInput(NOTHING_LEFT)
    return article


__all__ = ["RejectedInput", "analyze"]
