"""The ``marsad`` command: formats, the count line that always adds up, exit codes, and
one-line errors."""

from __future__ import annotations

import io
import json
import sys
import types
from pathlib import Path

import pytest

from marsad import cli

BODY = "أعلنت البلدية افتتاح حديقة عامة جديدة في وسط المدينة بمساحة عشرة آلاف متر مربع."
ARTICLE = f"افتتاح حديقة جديدة\nالرياض - واس\n{BODY}\nاقرأ أيضا: البلدية تزرع ألف شجرة"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["analyze", "--stages", "clean", *args] if args and args[0] != "--help"
                    else args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    good = tmp_path / "خبر.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    second = tmp_path / "خبر2.txt"
    second.write_text(BODY, encoding="utf-8")
    empty = tmp_path / "فارغ.txt"
    empty.write_bytes(b"")
    return {"good": str(good), "second": str(second), "empty": str(empty), "dir": str(tmp_path)}


def test_text_format_is_a_readable_summary(files: dict[str, str], capsys) -> None:
    code, out, err = run([files["good"]], capsys)
    assert code == 0
    assert "title:      افتتاح حديقة جديدة" in out
    assert "dateline:   الرياض - واس  (place الرياض, agency واس)" in out
    assert "removed:    1 — related_links 1" in out
    assert err.strip().splitlines()[-1] == "processed 1, rejected 0 (total 1)"


def test_json_format_prints_the_record(files: dict[str, str], capsys) -> None:
    code, out, _ = run([files["good"], "--format", "json", "--published", "2024-05-01"], capsys)
    record = json.loads(out)
    assert code == 0 and record["published"] == "2024-05-01"
    assert record["text"] == "الرياض - واس\n\n" + BODY


def test_json_of_several_articles_is_an_array_and_jsonl_is_one_per_line(
        files: dict[str, str], capsys) -> None:
    _, out, _ = run([files["good"], files["second"], "--format", "json"], capsys)
    assert [r["text"] for r in json.loads(out)] == ["الرياض - واس\n\n" + BODY, BODY]
    _, out, _ = run([files["good"], files["second"], "--format", "jsonl", "--tokens"], capsys)
    lines = out.splitlines()
    assert len(lines) == 2 and all("tokens" in json.loads(line) for line in lines)


def test_some_rejected_exits_1_and_the_counts_add_up(files: dict[str, str], capsys) -> None:
    code, _, err = run([files["dir"], "--format", "jsonl"], capsys)
    lines = err.strip().splitlines()
    assert code == 1
    assert lines[-1] == "processed 2, rejected 1 (total 3)"
    assert lines[0] == f"rejected: {files['empty']}: empty input"


def test_nothing_processed_exits_2(files: dict[str, str], capsys) -> None:
    code, _, err = run([files["empty"]], capsys)
    assert code == 2 and err.strip().endswith("processed 0, rejected 1 (total 1)")


@pytest.mark.parametrize("args, message", [
    (["--format", "xml", "x.txt"], "invalid choice: 'xml'"),
    (["--published", "أمس", "x.txt"], "--published: published 'أمس' is not an ISO date"),
    (["--max-bytes", "كثير", "x.txt"], "is not a size"),
    (["--stages", "clean,nothing", "x.txt"], "unknown stage 'nothing'"),
])
def test_usage_errors_are_one_line_with_exit_2(args: list[str], message: str, capsys) -> None:
    code, out, err = run(args, capsys)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    assert err.startswith("marsad: error:") and "Traceback" not in err


def test_the_size_limit_is_an_option(files: dict[str, str], capsys) -> None:
    code, _, err = run([files["good"], "--max-bytes", "100b"], capsys)
    assert code == 2 and "over the 100 bytes size limit (--max-bytes): split it" in err


def test_json_lines_on_stdin_with_field_options(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    feed = "\n".join([json.dumps({"نص": BODY, "تاريخ": "2015-08-09 17:26:01"}, ensure_ascii=False),
                      "{ليس JSON", json.dumps({"نص": BODY}, ensure_ascii=False)])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(feed.encode("utf-8"))))
    code, out, err = run(["-", "--jsonl-text", "نص", "--jsonl-date", "تاريخ", "--format", "jsonl"],
                         capsys)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and [r["published"] for r in records] == ["2015-08-09", None]
    assert "rejected: <stdin>: line 2: invalid JSON — skipped" in err
    assert err.strip().endswith("processed 2, rejected 1 (total 3)")


def test_timings_are_reported(files: dict[str, str], capsys) -> None:
    code, out, err = run([files["good"], "--timings", "--format", "json"], capsys)
    assert code == 0 and set(json.loads(out)["timings"]) == {"clean"}
    assert "timings (ms/article over 1): clean" in err


def test_help_documents_examples_and_exit_codes(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["analyze", "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert "examples:" in out and "exit codes:" in out and "--jsonl-text" in out


def test_other_parts_of_marsad_register_subcommands(monkeypatch: pytest.MonkeyPatch,
                                                    capsys) -> None:
    module = types.ModuleType("marsad_demo_cli")

    def register(subparsers) -> None:  # type: ignore[no-untyped-def]
        sub = subparsers.add_parser("demo", help="a subcommand from another module")
        sub.set_defaults(func=lambda args: 0)

    module.register = register  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "marsad_demo_cli", module)
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("marsad_demo_cli", "marsad_not_built.cli"))
    assert cli.main(["demo"]) == 0


def test_ci_runs_exactly_the_readme_test_command() -> None:
    root = Path(__file__).resolve().parent.parent
    command = "python3 -m venv .venv && .venv/bin/pip install '.[test]' && .venv/bin/pytest"
    assert f"\n{command}\n" in (root / "README.md").read_text(encoding="utf-8")
    assert (root / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith(command)


def test_clean_json_piped_with_stderr_stays_pure_json(files: dict[str, str], capsys) -> None:
    """`marsad analyze خبر.txt --format json 2>&1 | tool`: with nothing rejected and stderr
    not a terminal, the count line is left out so the merged stream is still one JSON record."""
    code, out, err = run([files["good"], "--format", "json"], capsys)
    assert code == 0 and err == ""
    assert json.loads(out)["title"] == "افتتاح حديقة جديدة"


@pytest.mark.parametrize("extra, line", [
    (["--format", "json", "--summary"], "processed 1, rejected 0 (total 1)"),
    (["--format", "text"], "processed 1, rejected 0 (total 1)"),
])
def test_the_count_line_when_asked_for_or_in_text(files: dict[str, str], capsys, extra, line) -> None:
    _, _, err = run([files["good"], *extra], capsys)
    assert err.strip().splitlines()[-1] == line


def test_a_rejection_always_brings_the_count_line(files: dict[str, str], capsys) -> None:
    code, _, err = run([files["good"], files["empty"], "--format", "jsonl"], capsys)
    assert code == 1 and err.strip().splitlines()[-1] == "processed 1, rejected 1 (total 2)"
