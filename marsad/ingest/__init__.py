"""Readers: text files, HTML, JSON Lines, directories and stdin, each yielding
``Article | Rejected``.

    >>> from marsad.ingest import read_all, ReadOptions
    >>> for item in read_all(["corpus/"], ReadOptions(include=("*.txt",))): ...

A ``Rejected`` carries the path and a one-line reason that says what to do; nothing is
dropped silently and nothing raises for bad input.
"""

from __future__ import annotations

from marsad.ingest.base import (DEFAULT_INCLUDE, DEFAULT_MAX_BYTES, Item, JsonlFields,
                                ReadOptions, Rejected)
from marsad.ingest.build import article_from_text
from marsad.ingest.decode import DecodeError, decode
from marsad.model import Article
from marsad.ingest.files import STDIN, expand, is_jsonl, read_all, read_path, read_stream


def article_from_string(text_or_html: str, *, source: str | None = None) -> Item:
    """One article from a string of plain text or HTML (recognised by itself); ``source``
    is recorded as ``Article.source.url`` when it is a URL, else as ``path``."""
    is_url = bool(source and source.startswith(("http://", "https://")))
    item = article_from_text(text_or_html.lstrip("\ufeff"), None if is_url else source)
    if is_url and isinstance(item, Article):
        item.source.url = item.source.url or source
    return item


__all__ = ["DEFAULT_INCLUDE", "DEFAULT_MAX_BYTES", "DecodeError", "Item", "JsonlFields",
           "ReadOptions", "Rejected", "STDIN", "article_from_string", "article_from_text",
           "decode", "expand", "is_jsonl", "read_all", "read_path", "read_stream"]
