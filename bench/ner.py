"""Time the NER tagger (tokens/s) and the "entities" stage (ms/article) on one core (CPU time).

    .venv/bin/python bench/ner.py [corpus.jsonl] [--limit N]

Runs clean → text → kb over the corpus first (not timed), then
1. the tagger alone over every sentence: a cold round (empty feature caches) and the best
   of three warm rounds, in tokens/s;
2. the whole "entities" stage (tagger + fusion + rules) per article: one cold round (empty
   word caches, as in ``bench/run.py``'s single pass) and the best of three warm rounds.
Defaults to ../shared/corpus/saudinewsnet-2015-08-09.jsonl.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from marsad.entities import find_entities
from marsad.model import Article
from marsad.ner import consistency, gazetteer, tagger
from marsad.pipeline import Pipeline

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpus/saudinewsnet-2015-08-09.jsonl"


def prepared(path: Path, limit: int | None) -> list[Article]:
    before = Pipeline(["clean", "text", "kb"])
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        article = Article(raw=json.loads(line).get("content") or "")
        before(article)
        articles.append(article)
    return articles


def sentences(article: Article) -> list[list[str]]:
    out: dict[int, list[str]] = {}
    for tok in article.tokens:
        out.setdefault(tok.sentence, []).append(tok.norm or tok.text)
    return list(out.values())


def clear_caches() -> None:
    tagger.clear_caches()
    gazetteer.clear_caches()
    consistency._forms.cache_clear()


def time_tagger(all_sentences: list[list[str]]) -> float:
    started = time.process_time()
    for words in all_sentences:
        tagger.tag(words)
    return time.process_time() - started


def time_stage(articles: list[Article]) -> float:
    spent = 0.0
    for article in articles:
        started = time.process_time()
        find_entities(article)
        spent += time.process_time() - started
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    articles = prepared(args.corpus, args.limit)
    all_sentences = [s for a in articles for s in sentences(a)]
    tokens = sum(len(s) for s in all_sentences)
    tagger.tag(["تجربه"])  # load the model and the KB names outside the clock
    clear_caches()
    cold = time_tagger(all_sentences)
    warm = min(time_tagger(all_sentences) for _ in range(3))
    clear_caches()
    stage_cold = time_stage(articles)
    stage = min(time_stage(articles) for _ in range(3))
    n = len(articles)
    print(f"{n} articles, {len(all_sentences)} sentences, {tokens} tokens")
    print(f"tagger: {tokens / cold:,.0f} tokens/s cold, {tokens / warm:,.0f} tokens/s warm")
    print(f"entities stage: {stage_cold / n * 1e3:.2f} ms/article cold (one pass), "
          f"{stage / n * 1e3:.2f} ms/article warm ({n / stage:,.0f} articles/s, best of 3, "
          "one core)")


if __name__ == "__main__":
    main()
