"""HTML pages: main text and metadata through trafilatura, with a plain lxml fallback."""

from __future__ import annotations

import re
from typing import Any

import lxml.html
import trafilatura
from lxml.etree import ParserError

NO_TEXT = "HTML page with no article text"
#: Fewer words than this is a menu or a caption, not article text.
MIN_WORDS = 5

_LOOKS_LIKE_HTML = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6]|meta"
    r"|title|section)\b", re.IGNORECASE | re.DOTALL)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_FALLBACK_BLOCKS = "//article//p | //article//h2 | //article//h3"


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document or fragment."""
    return bool(_LOOKS_LIKE_HTML.match(text[:2000]))


def extract(html: str) -> tuple[str, dict[str, Any]]:
    """``(text, metadata)`` of a page; ``text`` is ``""`` when the page holds no article."""
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False,
                                          date_extraction_params=_DATE_PARAMS)
    except Exception:  # noqa: BLE001 - a broken page falls back to lxml, never a traceback
        doc = None
    found: dict[str, Any] = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    text = (found.get("text") or "").strip()
    metadata = {key: found.get(name) for key, name in (
        ("title", "title"), ("published", "date"), ("author", "author"), ("url", "url"),
        ("outlet", "sitename"))}
    if len(text.split()) < MIN_WORDS:
        text, title = _fallback(html)
        metadata["title"] = metadata["title"] or title
    if len(text.split()) < MIN_WORDS:
        text = ""
    return text, {key: value for key, value in metadata.items() if value}


def _fallback(html: str) -> tuple[str, str | None]:
    """Text of ``<article>`` paragraphs, else of all ``<p>``; and the ``<title>``."""
    try:
        root = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return "", None
    for bad in root.xpath("//script | //style | //noscript"):
        bad.drop_tree()
    blocks = root.xpath(_FALLBACK_BLOCKS) or root.xpath("//p")
    lines = [" ".join(block.text_content().split()) for block in blocks]
    title = root.findtext(".//title")
    return "\n".join(line for line in lines if line), (title.strip() or None) if title else None
