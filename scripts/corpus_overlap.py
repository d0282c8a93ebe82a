"""Lines of the repository that share a run of words with the shared corpus.

The corpus is under a research licence and the repository's Arabic is the team's own: a test
sentence, a docstring's example or a lexicon comment must not copy corpus text. This lists each
line of the given files (default: every tracked test, source, lexicon and doc file) that shares
a run of ``--words`` Arabic words (default 5) with a corpus article's title or content.

    .venv/bin/python scripts/corpus_overlap.py [--words 5] [--corpus ../shared/corpus] [FILE ...]

A hit is a place to look, not a verdict: an office holder's full title or a set phrase of news
Arabic («أسعار النفط في الأسواق العالمية») can be five words long without being copied.
Prints ``PATH:LINE: the first shared run`` per line, then the count; exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u06F0-\u06F90-9]+")  # letters, digits
_DEFAULT = ["tests/*.py", "marsad/*.py", "marsad/lexicons/*", "docs/*.md", "README.md"]


def _corpus_runs(folder: Path, n: int) -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue
                for field in ("title", "content"):
                    words = _WORD.findall(str(record.get(field) or ""))
                    runs.update(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
    return runs


def _shared_run(line: str, runs: set[tuple[str, ...]], n: int) -> str | None:
    words = _WORD.findall(line)
    for i in range(len(words) - n + 1):
        if tuple(words[i:i + n]) in runs:
            return " ".join(words[i:i + n])
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--words", type=int, default=5)
    parser.add_argument("--corpus", default=str(Path(__file__).resolve().parents[1].parent
                                                / "shared" / "corpus"))
    args = parser.parse_args(argv)
    folder = Path(args.corpus)
    if not folder.is_dir():
        print(f"corpus_overlap: no corpus folder at {folder}; pass --corpus DIR", file=sys.stderr)
        return 2
    files = args.files or subprocess.run(["git", "ls-files", *_DEFAULT], capture_output=True,
                                         text=True, check=True).stdout.split()
    runs = _corpus_runs(folder, args.words)
    hits = 0
    for name in files:
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            shared = _shared_run(line, runs, args.words)
            if shared:
                hits += 1
                print(f"{name}:{number}: {shared}")
    print(f"{hits} lines share a run of {args.words} words with the corpus")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
