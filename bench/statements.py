"""Time the statements stage alone on the shared corpus.

    .venv/bin/python bench/statements.py [corpus.jsonl]

Runs clean, text, kb, entities and times over every article first (not timed; the stages
that exist), then the "statements" stage a few times, and prints the best round:
articles/s, µs per article and statements per article. Defaults to
../shared/corpus/saudinewsnet-2015-08-09.jsonl. The budget is about 1 ms per article.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from marsad.model import Article
from marsad.pipeline import registered_stages

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpus/saudinewsnet-2015-08-09.jsonl"
UPSTREAM = ("clean", "text", "kb", "entities", "times")


def prepared(path: Path) -> list[Article]:
    registry = registered_stages()
    stages = [registry[name].fn for name in UPSTREAM if name in registry]
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        article = Article(raw=record.get("content") or "")
        for fn in stages:
            fn(article)
        articles.append(article)
    return articles


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    articles = prepared(path)
    statements = registered_stages()["statements"].fn
    best, best_cpu, found = float("inf"), float("inf"), 0
    for _ in range(5):
        spent, found = 0.0, 0
        cpu_started = time.process_time()
        for article in articles:
            started = time.perf_counter()
            statements(article)
            spent += time.perf_counter() - started
            found += len(article.statements)
        best_cpu = min(best_cpu, time.process_time() - cpu_started)
        best = min(best, spent)
    n = len(articles)
    tokens = sum(len(a.tokens) for a in articles) / n
    print(f"{n} articles, {tokens:.0f} tokens each, {found / n:.1f} statements each")
    print(f"statements stage: {n / best:,.0f} articles/s, {best / n * 1e6:.0f} µs/article wall, "
          f"{best_cpu / n * 1e6:.0f} µs/article CPU (best of 5 rounds, one core; on a busy "
          "machine trust the CPU figure)")


if __name__ == "__main__":
    main()
