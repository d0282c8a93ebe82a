"""The record contract: the records of the shared sample and of the bundled examples (default
pipeline) pass ``../shared/checks/contract.py``; and the foundation (clean, text) reads the
shared sample as a reader would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad
from marsad.api import _default_pipeline
from marsad.ingest import Rejected, read_all
from marsad.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.*"))


def _records(paths: list[Path]) -> list[dict]:
    records = []
    for item in read_all([str(p) for p in paths]):
        assert not isinstance(item, Rejected), item
        records.append(_default_pipeline()(item).to_dict())
    return records


def _check(shared_dir: Path, records: list[dict], tmp_path: Path) -> str:
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                    encoding="utf-8")
    done = subprocess.run([sys.executable, str(shared_dir / "checks" / "contract.py"), str(path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_shared_sample_passes_the_contract_check(shared_dir: Path, sample_path: Path,
                                                     tmp_path: Path) -> None:
    assert "1 record(s), 0 problem(s)" in _check(shared_dir, _records([sample_path]), tmp_path)


def test_the_bundled_examples_pass_the_contract_check(shared_dir: Path, tmp_path: Path) -> None:
    assert len(EXAMPLES) >= 2
    out = _check(shared_dir, _records(EXAMPLES), tmp_path)
    assert f"{len(EXAMPLES)} record(s), 0 problem(s)" in out


@pytest.fixture(scope="module")
def sample(sample_path: Path) -> tuple[marsad.Article, list[str]]:
    raw = sample_path.read_text(encoding="utf-8")
    article = marsad.analyze(raw, source=str(sample_path), pipeline=Pipeline(["clean", "text"]))
    return article, [line.strip() for line in raw.splitlines() if line.strip()]


def test_the_sample_title_appears_once_and_is_the_title(sample) -> None:
    article, lines = sample
    assert article.title == lines[0]
    assert lines[0] not in article.text
    assert [r.kind for r in article.removed].count("duplicate_title") == 1


def test_the_sample_read_also_line_is_removed(sample) -> None:
    article, lines = sample
    related = [r.text for r in article.removed if r.kind == "related_links"]
    assert related == [line for line in lines if line.startswith("اقرأ أيضا")]
    assert "اقرأ أيضا" not in article.text


def test_the_sample_is_published_on_its_dateline_date(sample) -> None:
    article, _ = sample
    assert article.published is not None and article.published.isoformat() == "2024-12-06"
    assert article.dateline is not None and article.dateline.date == "2024-12-06"


def test_the_sample_dateline_stays_in_the_text_as_two_tokens_and_a_date(sample_path) -> None:
    article = marsad.analyze(sample_path.read_text(encoding="utf-8"),
                             pipeline=Pipeline(["clean", "text", "times"]))
    dateline = article.dateline
    assert dateline is not None and dateline.start == 0
    assert article.text[dateline.start:dateline.end] == dateline.text
    first_words = [t.text for t in article.tokens if t.end <= dateline.end][:2]
    assert first_words == ["الجمعة", "6"]
    assert article.sentences[0].dateline and article.sentences[0].end == dateline.end
    dated = [t.value for t in article.times if t.start < dateline.end]
    assert dated == ["2024-12-06"]


def test_the_sample_has_three_crossheads_marked_as_headings(sample) -> None:
    article, lines = sample
    headings = [article.text[p.start:p.end] for p in article.paragraphs if p.heading]
    assert len(headings) == 3
    assert all(h in lines and len(h.split()) <= 5 for h in headings)


# --- every span lines up, whatever the input ------------------------------------------------

_WORDS = ["قال", "الوزير", "إن", "الحكومة", "نفت", "الأنباء", "في", "حمص", "يوم", "الجمعة6",
          "ديسمبر2024", "“لا", "صحة”", "،", ".", "؟", "«", "»", "د.", "محمد", "3.5", "٪", "واس",
          "-", "(", ")", "اقرأ", "أيضا:", "\u200f", "\ufefb", "بيروت،", "لبنان", "وإيران،مساء"]


def _spans(node: object, found: list[dict]) -> list[dict]:
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            found.append(node)
        for value in node.values():
            _spans(value, found)
    elif isinstance(node, list):
        for value in node:
            _spans(value, found)
    return found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25), min_size=1,
                max_size=6))
def test_every_span_of_the_record_is_its_text(paragraphs: list[list[str]]) -> None:
    raw = "\n".join(" ".join(words) for words in paragraphs)
    try:
        record = marsad.analyze(raw).to_dict(tokens=True)
    except marsad.RejectedInput:
        return
    text = record["text"]
    for span in _spans({k: v for k, v in record.items() if k != "text"}, []):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        if "text" in span:
            assert span["text"] == text[span["start"]:span["end"]]
