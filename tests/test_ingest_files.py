"""Readers: files, directories, HTML, JSON Lines and stdin — each input becomes an article
or a rejection with a reason; nothing is dropped and nothing raises."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from marsad.ingest import (JsonlFields, ReadOptions, Rejected, article_from_string, read_all,
                           read_stream)
from marsad.model import Article

BODY = ("قال وزير الزراعة إن موسم الزيتون هذا العام سيكون أفضل من العام الماضي، "
        "مشيرا إلى أن الأمطار جاءت في وقتها.")
PAGE = f"""<!DOCTYPE html><html lang="ar"><head><title>موسم زيتون أفضل | جريدة المثال</title>
<meta property="og:site_name" content="جريدة المثال">
<meta property="article:published_time" content="2024-10-02T08:00:00+03:00">
<meta name="author" content="سلمى يوسف"></head>
<body><nav>الرئيسية | اقتصاد</nav><article><h1>موسم زيتون أفضل</h1>
<p>{BODY}</p><p>{BODY}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>"""


def _one(paths: list[str], **options: object) -> Article | Rejected:
    items = list(read_all(paths, ReadOptions(**options)))  # type: ignore[arg-type]
    assert len(items) == 1
    return items[0]


def test_a_text_file_becomes_an_article_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "خبر.txt"
    path.write_text(BODY, encoding="utf-8")
    article = _one([str(path)])
    assert isinstance(article, Article)
    assert article.raw == BODY and article.source.path == str(path)


def test_html_gives_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = _one([str(path)])
    assert isinstance(article, Article)
    assert BODY in article.raw and "الرئيسية" not in article.raw
    assert article.metadata["title"] == "موسم زيتون أفضل"
    assert article.metadata["published"] == "2024-10-02"
    assert article.metadata["author"] == "سلمى يوسف"
    assert article.source.outlet == "جريدة المثال"


def test_html_is_recognised_by_itself_in_a_string() -> None:
    article = article_from_string(PAGE)
    assert isinstance(article, Article) and BODY in article.raw


@pytest.mark.parametrize("html", [
    "<html><head><title>صفحة فارغة</title></head><body></body></html>",
    "<html><body><nav><a href='/'>الرئيسية</a></nav><script>var x = 1;</script></body></html>",
])
def test_html_without_article_text_is_rejected(tmp_path: Path, html: str) -> None:
    path = tmp_path / "empty.html"
    path.write_text(html, encoding="utf-8")
    assert _one([str(path)]) == Rejected(str(path), "HTML page with no article text")


def test_the_fallback_reads_paragraphs_when_the_extractor_finds_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.ingest import html as html_module
    monkeypatch.setattr(html_module.trafilatura, "bare_extraction", lambda *a, **k: None)
    article = article_from_string(PAGE)
    assert isinstance(article, Article)
    assert article.raw == f"{BODY}\n{BODY}"
    assert article.metadata["title"] == "موسم زيتون أفضل | جريدة المثال"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty input"),
    (b"\x00\x01\x02\x03binary\x00", "binary file (NUL bytes): not an article"),
])
def test_bad_files_are_rejected_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert _one([str(path)]) == Rejected(str(path), reason)


def test_a_file_over_the_size_limit_is_rejected_without_being_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # a sparse 6 GB file: only stat can afford it
        handle.truncate(6 * 10**9)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr("builtins.open", no_reading)
    result = _one([str(path)])
    assert result == Rejected(str(path), "over the 5 MB size limit (--max-bytes): split it")


def test_the_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    result = _one([str(path)], max_bytes=100)
    assert isinstance(result, Rejected) and "100 bytes size limit" in result.reason


def test_a_missing_path_is_rejected(tmp_path: Path) -> None:
    result = _one([str(tmp_path / "لا-يوجد.txt")])
    assert result == Rejected(str(tmp_path / "لا-يوجد.txt"), "no such file or directory: check the path")


def test_directories_are_read_recursively_with_include_globs(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a" / "b" / "notes.md").write_text(BODY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    paths = [item.source.path for item in read_all([str(tmp_path)]) if isinstance(item, Article)]
    assert [os.path.basename(p) for p in paths] == ["one.txt", "two.txt"]
    only_md = list(read_all([str(tmp_path)], ReadOptions(include=("*.md",))))
    assert [os.path.basename(i.source.path) for i in only_md] == ["notes.md"]  # type: ignore[union-attr]


def _jsonl(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_json_lines_with_an_invalid_line_still_yield_the_others(tmp_path: Path) -> None:
    good = json.dumps({"content": BODY, "title": "زيتون", "date_extracted": "2015-08-09 17:26:01",
                       "url": "https://example.org/1", "source": "المثال"}, ensure_ascii=False)
    path = _jsonl(tmp_path, [good, good, "{هذا ليس JSON", "", good, good, good, "[1, 2]"])
    items = list(read_all([str(path)]))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 5
    assert [i for i in items if isinstance(i, Rejected)] == [
        Rejected(str(path), "line 3: invalid JSON — skipped"),
        Rejected(str(path), "line 8: not a JSON object — skipped")]
    first = articles[0]
    assert first.metadata["published"] == "2015-08-09 17:26:01"
    assert first.source.url == "https://example.org/1" and first.source.outlet == "المثال"
    assert first.source.path == f"{path}:1"


def test_json_lines_field_names_are_configurable(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [json.dumps({"نص": BODY, "عنوان": "زيتون"}, ensure_ascii=False)])
    default = list(read_all([str(path)]))
    assert isinstance(default[0], Rejected) and "--jsonl-text" in default[0].reason
    fields = JsonlFields(text=("نص",), title=("عنوان",))
    article = _one([str(path)], fields=fields)
    assert isinstance(article, Article) and article.metadata["title"] == "زيتون"


def test_stdin_holds_one_article_or_json_lines() -> None:
    [article] = read_stream(io.BytesIO(BODY.encode("utf-8")), ReadOptions())
    assert isinstance(article, Article) and article.raw == BODY
    feed = "\n".join(json.dumps({"text": BODY}, ensure_ascii=False) for _ in range(3))
    items = list(read_stream(io.BytesIO(feed.encode("utf-8")), ReadOptions()))
    assert len(items) == 3 and all(isinstance(i, Article) for i in items)
