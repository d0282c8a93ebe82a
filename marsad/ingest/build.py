"""From decoded text (plain or HTML) and metadata to an ``Article`` or a ``Rejected``."""

from __future__ import annotations

from typing import Any

from marsad.ingest.base import Item, Rejected
from marsad.ingest.decode import EMPTY
from marsad.ingest.html import NO_TEXT, extract, looks_like_html
from marsad.model import Article, Source


def article_from_text(text: str, path: str | None, metadata: dict[str, Any] | None = None,
                      *, html: bool | None = None) -> Item:
    """An article from plain text or HTML (recognised by itself unless ``html`` is given).

    Metadata found in the page fills only what ``metadata`` does not already say.
    """
    metadata = dict(metadata or {})
    if not text.strip():
        return Rejected(path, EMPTY)
    if html if html is not None else looks_like_html(text):
        text, found = extract(text)
        if not text.strip():
            return Rejected(path, NO_TEXT)
        for key, value in found.items():
            metadata.setdefault(key, value)
    source = Source(path=path, url=metadata.get("url"), outlet=metadata.get("outlet"))
    return Article(raw=text, source=source, metadata=metadata)
