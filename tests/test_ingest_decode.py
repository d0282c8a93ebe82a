"""Decoding: every encoding an Arabic article arrives in, and every way bytes are not text."""

from __future__ import annotations

import codecs

import pytest

from marsad.ingest import DecodeError, decode

ARTICLE = "أعلنت الحكومة، الثلاثاء، خطة جديدة لدعم المزارعين في وادي الأردن بقيمة 5 ملايين دينار.\n"


@pytest.mark.parametrize("encoded", [
    ARTICLE.encode("utf-8"),
    codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
    codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
    ARTICLE.encode("utf-16"),  # Python writes a BOM
    ARTICLE.encode("utf-16-le"),  # no BOM: recognised by the NUL pattern
    ARTICLE.encode("utf-16-be"),
    ARTICLE.encode("cp1256"),  # Windows-1256
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16", "utf-16-le",
        "utf-16-be", "cp1256"])
def test_every_supported_encoding_gives_the_same_text(encoded: bytes) -> None:
    assert decode(encoded) == ARTICLE


@pytest.mark.parametrize("data, reason", [
    (b"", "empty input"),
    (b"  \n\t\n", "empty input"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary file (NUL bytes): not an article"),
    ("Le café de la rue, résumé très étendu.".encode("latin-1"),
     "undecodable: not UTF-8/UTF-16/Windows-1256 — convert it to UTF-8"),
], ids=["empty", "blank", "binary", "latin-1"])
def test_bytes_that_are_not_an_article_give_a_one_line_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as caught:
        decode(data)
    assert str(caught.value) == reason
    assert "\n" not in str(caught.value)


def test_broken_utf16_after_a_bom_is_undecodable() -> None:
    with pytest.raises(DecodeError, match="undecodable"):
        decode(codecs.BOM_UTF16_LE + "نص".encode("utf-16-le") + b"\x00\xd8")
