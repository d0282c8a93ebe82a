"""Time the text layer alone (tokens + clitics + sentences) on cleaned articles.

    .venv/bin/python bench/text_layer.py [corpus ...]

Cleans every article first (not timed), then runs the "text" stage over all of them five
times and prints the best round in CPU time (the machine is shared): articles/s, tokens/s
and µs per article, and the first round, whose word caches start cold. Each article's tokens
are dropped once done, as a streaming run does, and the collector is set up for a long run
(``marsad.pipeline.quiet_collector``) as ``marsad analyze`` does. Defaults to
../shared/corpus/*.jsonl (a generated corpus without ../shared; see ``bench/_corpus.py``).
"""

from __future__ import annotations

import sys
import time

from _corpus import load_or_exit, prepared

from marsad.pipeline import clear_caches, quiet_collector, registered_stages


def main() -> None:
    articles = prepared(load_or_exit(sys.argv[1:])[0], upto="text")
    text = registered_stages()["text"].fn
    quiet_collector()  # as ``marsad analyze`` does once the data is loaded
    clear_caches()  # the first round pays for cold word caches
    rounds: list[float] = []
    tokens = 0
    for _ in range(5):
        tokens = 0
        started = time.process_time()  # CPU time: other processes on the machine don't count
        for article in articles:
            text(article)
            tokens += len(article.tokens)
            article.tokens, article.sentences = [], []  # stream: drop them, as the CLI does
        rounds.append(time.process_time() - started)
    best = min(rounds)
    chars = sum(len(a.text) for a in articles)
    n = len(articles)
    print(f"{n} articles, {tokens / n:.0f} tokens and {chars / n:.0f} chars each")
    print(f"text stage: {n / best:,.0f} articles/s, {tokens / best:,.0f} tokens/s, "
          f"{best / n * 1e6:.0f} µs/article (CPU time, best of 5 rounds, one core)")
    print(f"first round, cold word caches: {n / rounds[0]:,.0f} articles/s")


if __name__ == "__main__":
    main()
