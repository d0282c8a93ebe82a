"""JSON Lines: one article per line, field names configurable. A bad line is a rejection
for that line only; the rest of the file is still read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from marsad.ingest.base import Item, ReadOptions, Rejected, human_size
from marsad.ingest.build import article_from_text


def read_jsonl_lines(lines: Iterable[bytes], path: str, options: ReadOptions) -> Iterator[Item]:
    """Articles (or rejections) from the lines of a JSON Lines file."""
    for number, raw in enumerate(lines, 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        if len(raw) > options.max_bytes:
            yield Rejected(path, f"line {number}: over the {human_size(options.max_bytes)} "
                                  "size limit (--max-bytes) — skipped")
            continue
        yield _record(raw, number, path, options)


def _record(raw: bytes, number: int, path: str, options: ReadOptions) -> Item:
    where = f"{path}:{number}"
    try:
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return Rejected(path, f"line {number}: not UTF-8 — skipped")
    except json.JSONDecodeError:
        return Rejected(path, f"line {number}: invalid JSON — skipped")
    if not isinstance(doc, dict):
        return Rejected(path, f"line {number}: not a JSON object — skipped")
    fields = options.fields
    text = _first(doc, fields.text)
    if not text and any(name in doc for name in fields.text):
        return Rejected(path, f"line {number}: empty input — skipped")
    if not text:
        names = "/".join(fields.text)
        return Rejected(path, f"line {number}: no text in field {names} (set --jsonl-text) "
                               "— skipped")
    metadata = {"title": _first(doc, fields.title), "published": _first(doc, fields.date),
                "url": _first(doc, fields.url), "id": _first(doc, fields.id),
                "outlet": _first(doc, fields.outlet), "author": _first(doc, fields.author)}
    result = article_from_text(text, where, {k: v for k, v in metadata.items() if v})
    if isinstance(result, Rejected):
        return Rejected(path, f"line {number}: {result.reason} — skipped")
    return result


def _first(doc: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = doc.get(name)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = str(value).strip()
            if text:
                return text
    return None
