"""Time the statements stage alone on the shared corpus.

    .venv/bin/python bench/statements.py [corpus ...]

Runs every default stage before "statements" over every article first (not timed), then
the "statements" stage a few times, and prints the best round: articles/s, µs per article
and statements per article. Defaults to ../shared/corpus/*.jsonl (a generated corpus
without ../shared; see ``bench/_corpus.py``). The budget is about 1 ms per article.
"""

from __future__ import annotations

import sys
import time

from _corpus import load_or_exit, prepared

from marsad.pipeline import registered_stages


def main() -> None:
    articles = prepared(load_or_exit(sys.argv[1:])[0], upto="statements")
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
