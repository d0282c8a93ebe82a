"""Time the "events" stage (ms/article) on one core.

    .venv/bin/python bench/events.py [corpus ...] [--limit N]

Runs every stage before "events" over the corpus first (not timed), then the events stage
per article: a cold round (empty word caches) and the best of three warm rounds. Also
prints how many events were found, by type. Defaults to ../shared/corpus/*.jsonl (a
generated corpus without ../shared; see ``bench/_corpus.py``).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from _corpus import load_or_exit, prepared

from marsad.events import code_events
from marsad.model import Article
from marsad.pipeline import clear_caches


def time_stage(articles: list[Article]) -> tuple[float, Counter[str]]:
    types: Counter[str] = Counter()
    spent = 0.0
    for article in articles:
        started = time.perf_counter()
        events = code_events(article)
        spent += time.perf_counter() - started
        types.update(e.type for e in events)
    return spent, types


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", help="corpus files (default: ../shared/corpus)")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    articles = prepared(load_or_exit(args.corpus, args.limit)[0], upto="events")
    code_events(articles[0])  # load the lexicons outside the clock
    clear_caches()  # the cold round starts with empty word caches
    cold, types = time_stage(articles)
    warm = min(time_stage(articles)[0] for _ in range(3))
    n = len(articles)
    tokens = sum(len(a.tokens) for a in articles)
    print(f"{n} articles, {tokens} tokens, {sum(types.values())} events: "
          + ", ".join(f"{t} {c}" for t, c in types.most_common()))
    print(f"events stage: {cold / n * 1e3:.3f} ms/article cold, {warm / n * 1e3:.3f} ms/article "
          f"warm, {n / warm:,.0f} articles/s (best of 3, one core)")


if __name__ == "__main__":
    main()
