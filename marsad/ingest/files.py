"""Paths to articles: files (text, HTML, JSON Lines), directories (recursive, include globs)
and stdin (``-``). Every input ends as an ``Article`` or a ``Rejected``."""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from marsad.ingest.base import Item, ReadOptions, Rejected, too_big
from marsad.ingest.build import article_from_text
from marsad.ingest.decode import DecodeError, decode
from marsad.ingest.jsonl import read_jsonl_lines

STDIN = "-"
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})


def expand(paths: Iterable[str], options: ReadOptions) -> Iterator[str]:
    """The files to read: each path as given, directories walked (sorted, hidden skipped)
    and filtered by the include globs. A missing path is passed on to be rejected."""
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            yield from _walk(path, options.include)
        else:
            yield path


def _walk(directory: str, include: tuple[str, ...]) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and any(fnmatch.fnmatch(name, g) for g in include):
                yield os.path.join(root, name)


def is_jsonl(path: str) -> bool:
    return Path(path).suffix.lower() in _JSONL_SUFFIXES


def read_path(path: str, options: ReadOptions) -> Iterator[Item]:
    """The articles in one file (several for JSON Lines), or a rejection."""
    if path == STDIN:
        yield from read_stream(sys.stdin.buffer, options)
        return
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        yield Rejected(path, _unreadable(exc))
        return
    if not os.path.isfile(path):
        yield Rejected(path, "not a regular file")
        return
    if is_jsonl(path):
        yield from _read_jsonl_file(path, options)
        return
    if size > options.max_bytes:
        yield Rejected(path, too_big(size, options))
        return
    yield _read_document(path, options)


def _unreadable(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory: check the path"
    if isinstance(exc, PermissionError):
        return "permission denied: make it readable"
    return f"cannot read ({exc.strerror or exc}): check the file"


def _read_jsonl_file(path: str, options: ReadOptions) -> Iterator[Item]:
    try:
        with open(path, "rb") as handle:
            yield from read_jsonl_lines(handle, path, options)
    except OSError as exc:
        yield Rejected(path, _unreadable(exc))


def _read_document(path: str, options: ReadOptions) -> Item:
    try:
        with open(path, "rb") as handle:
            data = handle.read(options.max_bytes + 1)
    except OSError as exc:
        return Rejected(path, _unreadable(exc))
    if len(data) > options.max_bytes:  # grew since stat
        return Rejected(path, too_big(len(data), options))
    try:
        text = decode(data)
    except DecodeError as exc:
        return Rejected(path, str(exc))
    html = True if Path(path).suffix.lower() in _HTML_SUFFIXES else None
    return article_from_text(text, path, html=html)


def read_stream(stream: BinaryIO, options: ReadOptions, name: str = "<stdin>"
                ) -> Iterator[Item]:
    """Stdin: JSON Lines when forced or when the first line is a JSON object, else one article."""
    data = stream.read(options.max_bytes + 1)
    if options.force_jsonl or _starts_with_json_object(data):
        rest = stream.read()  # JSON Lines may be longer than one article's limit
        yield from read_jsonl_lines((data + rest).splitlines(), name, options)
        return
    if len(data) > options.max_bytes:
        yield Rejected(name, too_big(len(data), options))
        return
    try:
        text = decode(data)
    except DecodeError as exc:
        yield Rejected(name, str(exc))
        return
    yield article_from_text(text, name)


def _starts_with_json_object(data: bytes) -> bool:
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{")


def read_all(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[Item]:
    """Every article (or rejection) under ``paths``, in order."""
    options = options or ReadOptions()
    for path in expand(paths, options):
        yield from read_path(path, options)
