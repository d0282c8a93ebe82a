"""Bytes to text: BOMs, UTF-16 without a BOM, strict UTF-8, then Windows-1256 when the
result is plausibly Arabic. Anything else is a one-line reason, never a guess."""

from __future__ import annotations

import codecs
import re

BINARY = "binary file (NUL bytes): not an article"
UNDECODABLE = "undecodable: not UTF-8/UTF-16/Windows-1256 — convert it to UTF-8"
EMPTY = "empty input"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# High bytes of UTF-16 code units found in Arabic news: ASCII, Arabic, general punctuation,
# Arabic presentation forms.
_UTF16_HIGH = frozenset({0x00, 0x06, 0x20, 0xFB, 0xFC, 0xFD, 0xFE})
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_C1_OR_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    """Bytes that are not text marsad can read; the message is the reason."""


def decode(data: bytes) -> str:
    """The text in ``data``; raises ``DecodeError`` with a one-line reason."""
    if not data.strip():
        raise DecodeError(EMPTY)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise DecodeError(BINARY)
        return _strict(data, utf16)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    if _plausibly_arabic(text):
        return text
    raise DecodeError(UNDECODABLE)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise DecodeError(UNDECODABLE) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte looks like a UTF-16 high byte."""
    if len(data) % 2:
        return None
    for encoding, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if b"\x00" in high and sum(b in _UTF16_HIGH for b in high) >= 0.95 * len(high):
            return encoding
    return None


def _plausibly_arabic(text: str) -> bool:
    """Mostly Arabic letters, no replacement characters and no stray control bytes."""
    if "\ufffd" in text or _C1_OR_CONTROL.search(text):
        return False
    arabic = len(_ARABIC_LETTER.findall(text))
    return arabic >= 3 and arabic >= 2 * len(_LATIN_LETTER.findall(text))
