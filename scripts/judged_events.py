"""Judged corpus events: a real-news precision measure of the events stage (seventeenth session).

``tests/gold/realnews/judged_events.json`` holds events the rules coded on articles of the
shared corpus (one day of Saudi-published news, research licence) that are in no real-news gold
folder and are not near-duplicates of the unseen ones, each judged **right** or **wrong** (with
the family of a wrong one: re-telling, backdrop, other sense, …) by a person who read the whole
article under `tests/gold/realnews/BRIEF.md`. An event is stored by its corpus line, its type
and its evidence offsets into the cleaned text, with a digest of that text; no text is stored.

This script finds each judged event again in the current tree's output (same line, type and
evidence start) and says what became of it: a right one still coded or lost, a wrong one still
coded or gone, by family, and the precision of the judged events still coded. A change to the
rules that removes wrong events without losing right ones shows here on 474 events of 233
articles; events the tree now codes that nobody judged are counted apart.

    .venv/bin/python scripts/judged_events.py            # the figures
    .venv/bin/python scripts/judged_events.py --list     # and each judged event that changed
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._corpus import sample_file  # noqa: E402
from marsad.ingest import read_all  # noqa: E402
from marsad.ingest.base import Rejected  # noqa: E402
from marsad.model import Article  # noqa: E402
from marsad.pipeline import Pipeline  # noqa: E402

JUDGED = ROOT / "tests" / "gold" / "realnews" / "judged_events.json"


def judged() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(JUDGED.read_text(encoding="utf-8"))
    return data


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def articles(lines: set[int], corpus: Path | None = None) -> Iterator[tuple[int, Article]]:
    """The corpus articles on ``lines`` (0-based), run through the default pipeline."""
    pipeline = Pipeline(None)
    for item in read_all([str(corpus or sample_file())]):
        if isinstance(item, Rejected):
            continue
        line = int(str(item.source.path).rsplit(":", 1)[1]) - 1
        if line in lines:
            yield line, pipeline(item)


def outcomes(corpus: Path | None = None) -> Iterator[tuple[int, Article, dict[str, Any], int | None]]:
    """Each judged event with its article and its index among the article's events now (None
    when the tree no longer codes it). An article whose text is not the one judged is an error."""
    data = judged()
    by_line: dict[int, list[dict[str, Any]]] = {}
    for item in data["events"]:
        by_line.setdefault(item["line"], []).append(item)
    for line, article in articles(set(by_line), corpus):
        if digest(article.text) != data["digests"][str(line)]:
            raise SystemExit(f"judged_events: corpus line {line} is not the text that was judged")
        for item in by_line[line]:
            at = next((n for n, e in enumerate(article.events) if e.type == item["type"]
                       and e.evidence[0] == item["evidence"][0]), None)
            yield line, article, item, at


def found_events(corpus: Path | None = None) -> Iterator[tuple[int, Article, int, str]]:
    """(line, article, event index, verdict) of every judged event the tree still codes."""
    for line, article, item, at in outcomes(corpus):
        if at is not None:
            yield line, article, at, item["verdict"]


def score(listing: bool = False, corpus: Path | None = None) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    families: dict[str, list[int]] = {}
    unjudged: dict[int, int] = {}
    changed = []
    seen: dict[int, set[int]] = {}
    for line, article, item, at in outcomes(corpus):
        kept = at is not None
        counts[f"{item['verdict']} {'kept' if kept else 'gone'}"] += 1
        if item["verdict"] == "wrong":
            families.setdefault(item.get("family", "OT"), [0, 0])[0 if kept else 1] += 1
        seen.setdefault(line, set())
        if kept:
            seen[line].add(at)
        else:
            changed.append(f"line {line}: {item['verdict']} {item['type']} "
                           f"«{article.text[slice(*item['evidence'])][:80]}» is no longer coded")
        unjudged[line] = len(article.events)
    new = sum(unjudged[line] - len(seen[line]) for line in unjudged)
    right_kept, wrong_kept = counts["right kept"], counts["wrong kept"]
    result = {"events": sum(counts.values()), "articles": len(unjudged),
              "right": right_kept + counts["right gone"], "right_kept": right_kept,
              "wrong": wrong_kept + counts["wrong gone"], "wrong_kept": wrong_kept,
              "precision": right_kept / (right_kept + wrong_kept) if right_kept + wrong_kept else 1.0,
              "unjudged_now": new, "families": families}
    if listing:
        result["changed"] = changed
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="each judged event no longer coded")
    args = parser.parse_args(argv)
    if not sample_file().is_file():
        raise SystemExit(f"judged_events: no corpus file {sample_file()} (the shared data is needed)")
    r = score(args.list)
    print(f"{r['events']} judged events in {r['articles']} articles: right {r['right_kept']}/"
          f"{r['right']} still coded, wrong {r['wrong_kept']}/{r['wrong']} still coded; "
          f"precision of the judged events still coded {r['precision']:.3f}; "
          f"{r['unjudged_now']} events coded now that nobody judged")
    print("wrong by family (still coded / gone): " + ", ".join(
        f"{k} {v[0]}/{v[1]}" for k, v in sorted(r["families"].items())))
    for line in r.get("changed", []):
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
