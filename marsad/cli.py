"""The ``marsad`` command: a thin layer over the readers, the pipeline and the record.

Subcommands are argparse subparsers. Other parts of marsad add their own: a module listed
in ``COMMAND_MODULES`` (e.g. ``marsad.kb.cli``) is imported when present and its
``register(subparsers)`` adds a parser whose ``func`` default takes the parsed arguments and
returns the exit code::

    def register(subparsers: argparse._SubParsersAction) -> None:
        parser = subparsers.add_parser("kb", help="...", epilog="examples: ...")
        parser.set_defaults(func=run_kb)

Errors are one line on stderr with exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TextIO

from tqdm import tqdm

from marsad.api import NOTHING_LEFT, RejectedInput, _default_pipeline, _parse_published
from marsad.ingest import (DEFAULT_INCLUDE, DEFAULT_MAX_BYTES, JsonlFields, ReadOptions,
                           Rejected, STDIN, expand, is_jsonl, read_path)
from marsad.kb.paths import DataPathError, artefact
from marsad.model import Article
from marsad.pipeline import Pipeline, PipelineError, quiet_collector
from marsad.summary import summarise

COMMAND_MODULES: tuple[str, ...] = ("marsad.kb.cli",)
PROGRESS_MIN_FILES = 20

EXIT_CODES = """exit codes:
  0  every input was processed
  1  some inputs were rejected (each is named on stderr with the reason)
  2  usage error, or no input was processed"""

ANALYZE_EXAMPLES = """examples:
  marsad analyze article.txt                      readable summary
  marsad analyze page.html --format json          the record (docs/record.md)
  marsad analyze corpus/ --include '*.txt' --format jsonl > out.jsonl
  cat feed.jsonl | marsad analyze - --jsonl-text content --jsonl-date date_extracted
  marsad analyze article.txt --published 2024-12-06 --timings

""" + EXIT_CODES


class UsageError(ValueError):
    """A command line that cannot run; the message is the one line printed."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see: {self.prog} --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="marsad", description="marsad (مرصد): offline Arabic news analysis.",
                     epilog="examples:\n  marsad analyze article.txt\n  marsad analyze --help\n\n"
                            + EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _add_analyze(subparsers)
    _register_extensions(subparsers)
    return parser


def _register_extensions(subparsers: argparse._SubParsersAction) -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is not None and name.startswith(exc.name):
                continue  # that part of marsad is not built yet
            raise
        module.register(subparsers)


def _add_analyze(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "analyze", help="analyse articles (files, directories, JSON Lines or stdin)",
        description="Analyse articles and print a summary or the record of each.",
        epilog=ANALYZE_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="text, HTML or JSON Lines files, directories (recursive), or - for stdin")
    p.add_argument("--format", choices=("text", "json", "jsonl"), default="text",
                   help="text: readable summary (default); json: the record (an array when "
                        "there are several); jsonl: one record per line")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date for every input (overrides what the article states)")
    p.add_argument("--timings", action="store_true",
                   help="per-stage timings (in the summary, in the record as \"timings\", "
                        "and totals on stderr)")
    p.add_argument("--tokens", action="store_true", help="include tokens in the record")
    p.add_argument("--stages", metavar="A,B", help="comma-separated stages to run "
                   "(default: every built-in stage present)")
    p.add_argument("--include", action="append", metavar="GLOB",
                   help=f"file names to read in directories (repeatable; default: "
                        f"{' '.join(DEFAULT_INCLUDE)})")
    p.add_argument("--max-bytes", type=_size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
                   help="size limit per file or JSON Lines record, e.g. 5MB, 800kB, 100000 "
                        "(default: 5MB)")
    p.add_argument("--summary", action=argparse.BooleanOptionalAction, default=None,
                   help="the closing count line on stderr (default: always, except after "
                        "json/jsonl output with nothing rejected and stderr not a terminal, "
                        "so that `2>&1 | tool` still reads clean JSON)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal and there "
                        f"are {PROGRESS_MIN_FILES}+ files or JSON Lines input)")
    for field, default in (("text", "text/content/body/article"), ("title", "title/headline"),
                           ("date", "published/date/date_published/date_extracted"),
                           ("url", "url/link"), ("id", "id")):
        p.add_argument(f"--jsonl-{field}", metavar="FIELD",
                       help=f"JSON Lines field holding the {field} (default: first of {default})")
    p.set_defaults(func=run_analyze)


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$", re.IGNORECASE)
_UNITS = {None: 1, "b": 1, "k": 10**3, "kb": 10**3, "m": 10**6, "mb": 10**6, "g": 10**9,
          "gb": 10**9}


def _size(value: str) -> int:
    match = _SIZE.match(value)
    if not match:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size (e.g. 5MB, 800kB, 100000)")
    unit = match.group(2).lower() if match.group(2) else None
    return int(float(match.group(1)) * _UNITS[unit])


# --- analyze ----------------------------------------------------------------------------

@dataclass(slots=True)
class _Counts:
    processed: int = 0
    rejected: int = 0
    seconds: dict[str, float] = dataclasses.field(default_factory=dict)  # per stage, this run

    def add(self, article: Article) -> None:
        self.processed += 1
        for name, spent in article.timings.items():
            self.seconds[name] = self.seconds.get(name, 0.0) + spent

    def line(self) -> str:
        total = self.processed + self.rejected
        return f"processed {self.processed}, rejected {self.rejected} (total {total})"


def _read_options(args: argparse.Namespace) -> ReadOptions:
    chosen = {field: (getattr(args, f"jsonl_{field}"),) for field in ("text", "title", "date",
                                                                      "url", "id")
              if getattr(args, f"jsonl_{field}")}
    fields = dataclasses.replace(JsonlFields(), **chosen)
    return ReadOptions(max_bytes=args.max_bytes, include=tuple(args.include or DEFAULT_INCLUDE),
                       fields=fields, force_jsonl=bool(chosen))


def _pipeline(args: argparse.Namespace) -> Pipeline:
    if not args.stages:
        return _default_pipeline()
    return Pipeline([name.strip() for name in args.stages.split(",") if name.strip()])


def _show_summary(args: argparse.Namespace, counts: _Counts) -> bool:
    if args.summary is not None:
        return bool(args.summary)
    quiet_ok = args.format in ("json", "jsonl") and counts.rejected == 0 and counts.processed
    return not quiet_ok or sys.stderr.isatty()


def _show_progress(args: argparse.Namespace, files: list[str]) -> bool:
    if args.progress is not None:
        return bool(args.progress)
    many = len(files) >= PROGRESS_MIN_FILES or any(f == STDIN or is_jsonl(f) for f in files)
    return many and sys.stderr.isatty()


def run_analyze(args: argparse.Namespace) -> int:
    try:
        published = _parse_published(args.published)
    except RejectedInput as exc:
        raise UsageError(f"--published: {exc}") from None
    try:
        artefact()  # a wrong MARSAD_DATA stops the run before the first article
    except DataPathError as exc:
        raise UsageError(str(exc)) from None
    pipeline = _pipeline(args)
    options = _read_options(args)
    files = list(expand(args.paths, options))
    if not files:
        raise UsageError("no input files (check the paths and --include globs)")
    counts = _Counts()
    total = None if any(f == STDIN or is_jsonl(f) for f in files) else len(files)
    bar = tqdm(total=total, unit="article", file=sys.stderr, disable=not _show_progress(args, files),
               leave=False, dynamic_ncols=True)
    writer = _Writer(args.format, sys.stdout, tokens=args.tokens, timings=args.timings)
    try:
        for item in _analysed(files, options, pipeline, published):
            bar.update(1)
            if isinstance(item, Rejected):
                counts.rejected += 1
                bar.write(f"rejected: {item}", file=sys.stderr)
            else:
                counts.add(item)
                writer.write(item)
    finally:
        bar.close()
        writer.close()
    sys.stdout.flush()
    if args.timings and counts.processed:
        print(_timing_line(counts.seconds, counts.processed), file=sys.stderr)
    if _show_summary(args, counts):
        print(counts.line(), file=sys.stderr)
    if counts.processed == 0:
        return 2
    return 1 if counts.rejected else 0


def _analysed(files: list[str], options: ReadOptions, pipeline: Pipeline,
              published: date | None) -> Iterator[Article | Rejected]:
    warm = False
    for path in files:
        for item in read_path(path, options):
            if isinstance(item, Rejected):
                yield item
                continue
            item.published_override = published
            try:
                pipeline(item)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
                yield Rejected(item.source.path, f"internal error ({type(exc).__name__}: "
                                                 f"{exc}) — please report it")
                continue
            if not warm:  # the data every stage loads is in memory now: freeze it once
                quiet_collector()
                warm = True
            yield item if item.text.strip() else Rejected(item.source.path, NOTHING_LEFT)


def _timing_line(stage_seconds: dict[str, float], n: int) -> str:
    spent = sum(stage_seconds.values())
    per_stage = ", ".join(f"{name} {seconds / n * 1000:.2f}"
                          for name, seconds in stage_seconds.items())
    rate = f"{n / spent:.0f} articles/s" if spent else "—"
    return f"timings (ms/article over {n}): {per_stage}; pipeline {rate}"


class _Writer:
    """Prints records: text summaries, JSON Lines, or JSON (one object, or an array of many)."""

    def __init__(self, fmt: str, out: TextIO, *, tokens: bool, timings: bool) -> None:
        self.fmt, self.out, self.tokens, self.timings = fmt, out, tokens, timings
        self.pending: str | None = None
        self.count = 0

    def _record(self, article: Article) -> dict[str, Any]:
        record = article.to_dict(tokens=self.tokens)
        if self.timings:
            record["timings"] = {k: round(v * 1000, 3) for k, v in article.timings.items()}
        return record

    def write(self, article: Article) -> None:
        self.count += 1
        if self.fmt == "text":
            self.out.write(("\n" if self.count > 1 else "")
                           + summarise(article, timings=self.timings) + "\n")
        elif self.fmt == "jsonl":
            self.out.write(json.dumps(self._record(article), ensure_ascii=False) + "\n")
        else:
            self._write_json(json.dumps(self._record(article), ensure_ascii=False, indent=2))

    def _write_json(self, text: str) -> None:
        if self.count == 1:
            self.pending = text
            return
        if self.pending is not None:
            self.out.write("[\n" + self.pending)
            self.pending = None
        self.out.write(",\n" + text)

    def close(self) -> None:
        if self.fmt != "json" or self.count == 0:
            return
        self.out.write(((self.pending or "") if self.count == 1 else "\n]") + "\n")
        self.out.flush()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help(sys.stderr)
            return 2
        return int(args.func(args))
    except (UsageError, PipelineError) as exc:
        print(f"marsad: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        sys.stderr.close()  # the reader of stdout went away (e.g. `| head`)
        return 0
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
