"""Time the "times" stage against clean + text on the shared corpus.

    .venv/bin/python bench/times.py [corpus ...]

Runs clean + text (the "before" cost) and then the times stage (what it adds) over each
chunk of 50 articles, five times each, and keeps the best of each per chunk; prints µs per
article for both and the share the stage adds. The records are kept, so the collector is
set up for a long run first (``marsad.pipeline.quiet_collector``), as ``marsad analyze``
does. The anchor is each record's date (``date_extracted`` in the shared corpus, read by
``marsad.ingest``). Defaults to every ../shared/corpus/*.jsonl (a generated corpus without
../shared; see ``bench/_corpus.py``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from _corpus import fresh, load_or_exit

from marsad.model import Article
from marsad.pipeline import Pipeline, quiet_collector, registered_stages


def best_of(rounds: int, run: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()  # CPU time: steadier than the wall clock on a shared machine
        run()
        best = min(best, time.process_time() - started)
    return best


def measure(raws: list[Article], rounds: int = 5, chunk: int = 50
            ) -> tuple[list[Article], float, float]:
    """Seconds for clean + text and for times over all articles: per chunk of articles,
    the best of ``rounds`` runs of each, side by side, so a busy machine weighs on both."""
    clean_text = Pipeline(["clean", "text"])  # what the times stage reads
    find_times = registered_stages()["times"].fn
    if raws:  # warm-up: load every lexicon, then keep it out of the collector's passes
        find_times(clean_text(fresh(raws[0])))
        quiet_collector()
    articles: list[Article] = []
    base = added = 0.0
    for lo in range(0, len(raws), chunk):
        part = raws[lo:lo + chunk]
        done: list[Article] = []

        def clean_and_text() -> None:
            done.clear()
            done.extend(clean_text(fresh(raw)) for raw in part)

        def times() -> None:
            for article in done:
                find_times(article)

        base += best_of(rounds, clean_and_text)
        added += best_of(rounds, times)
        articles += done
    return articles, base, added


def main() -> None:
    articles, base, added = measure(load_or_exit(sys.argv[1:])[0])
    n = len(articles)
    found = sum(len(a.times) for a in articles)
    print(f"{n} articles, {found / n:.1f} time expressions each")
    print(f"clean+text: {base / n * 1e6:.0f} µs/article; times: {added / n * 1e6:.0f} µs/article "
          f"(+{added / base:.1%}; CPU time, best of 5 runs per chunk of 50 articles, one core)")


if __name__ == "__main__":
    main()
