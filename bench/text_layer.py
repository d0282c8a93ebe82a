"""Time the text layer alone (tokens + clitics + sentences) on cleaned articles.

    .venv/bin/python bench/text_layer.py [corpus.jsonl]

Cleans every article first (not timed), then runs the "text" stage over all of them five
times and prints the best round in CPU time (the machine is shared): articles/s, tokens/s
and µs per article, and the first round, whose word caches start cold. Each article's tokens
are dropped once done, as a streaming run does, and the collector is set up for a long run
(``marsad.pipeline.quiet_collector``) as ``marsad analyze`` does. Defaults to
../shared/corpus/saudinewsnet-2015-08-09.jsonl.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from marsad.arabic import clitics, tokenise
from marsad.model import Article
from marsad.pipeline import Pipeline, quiet_collector, registered_stages

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpus/saudinewsnet-2015-08-09.jsonl"


def cleaned(path: Path) -> list[Article]:
    clean = Pipeline(["clean"])
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        article = Article(raw=record.get("content") or "")
        clean(article)
        articles.append(article)
    return articles


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    articles = cleaned(path)
    text = registered_stages()["text"].fn
    quiet_collector()  # as ``marsad analyze`` does once the data is loaded
    clitics.split.cache_clear()  # the first round pays for cold word caches
    tokenise._SEEN.clear()
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
