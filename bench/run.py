"""The marsad benchmark: articles/s, tokens/s and peak memory for a pipeline, per stage too.

    python3 bench/run.py                          # default pipeline, ../shared/corpus/*.jsonl
    python3 bench/run.py --stages clean,text      # the foundation layer only
    python3 bench/run.py --limit 200 --repeat 3   # fewer articles, several passes
    python3 bench/run.py --corpus my.jsonl        # another corpus (text, HTML or JSON Lines)
    python3 bench/run.py --keep                   # keep every record alive (a batch run)

Without ``../shared`` (and without ``--corpus``) it generates a synthetic corpus
(``bench/generate.py``; the loading is ``bench/_corpus.py``). Runs on one core: a plain loop, no workers. Rates are in CPU time
(the machine is shared; the wall clock is printed too), per stage as well, and the
foundation layer (clean + text) gets its own articles/s from the same run. After the
warm-up the loaded lexicons, KB and models are frozen out of the garbage collector's
passes (``gc.freeze()``, as ``marsad analyze`` does); ``--gc plain`` leaves it as it is.
See ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time

from _corpus import fresh, load_or_exit

from marsad.model import Article
from marsad.pipeline import Pipeline, quiet_collector

FOUNDATION = ("clean", "text")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stages", help="comma-separated stages (default: the default pipeline)")
    parser.add_argument("--limit", type=int, help="benchmark at most N articles")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus")
    parser.add_argument("--corpus", action="append", default=[], metavar="PATH",
                        help="corpus files or directories (default: ../shared/corpus/*.jsonl)")
    parser.add_argument("--keep", action="store_true",
                        help="keep every analysed record alive, as a batch run that collects them")
    parser.add_argument("--gc", choices=("freeze", "plain"), default="freeze",
                        help="freeze the loaded data out of the collector's passes (default) "
                             "or leave the collector as it is")
    args = parser.parse_args(argv)

    stages = [s.strip() for s in args.stages.split(",")] if args.stages else None
    pipeline = Pipeline(stages)
    started = time.perf_counter()
    articles, name = load_or_exit(args.corpus, args.limit)
    read_s = time.perf_counter() - started
    if not articles:
        print("no articles to benchmark", file=sys.stderr)
        return 2
    pipeline(fresh(articles[0]))  # warm-up: loads lexicons and models once
    if args.gc == "freeze":
        quiet_collector()

    cpu = {spec.name: 0.0 for spec in pipeline.stages}
    kept: list[Article] = []
    tokens = chars = 0
    clock = time.process_time  # CPU time: other processes on the machine don't count
    wall_started, cpu_started = time.perf_counter(), clock()
    for _ in range(args.repeat):
        for article in articles:
            done = fresh(article)
            for spec in pipeline.stages:
                before = clock()
                spec.fn(done)
                cpu[spec.name] += clock() - before
            tokens += len(done.tokens)
            chars += len(done.text)
            if args.keep:
                kept.append(done)
    total = clock() - cpu_started
    wall = time.perf_counter() - wall_started
    n = len(articles) * args.repeat
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"corpus:    {name}: {len(articles)} articles, read in {read_s:.2f} s")
    print(f"pipeline:  {', '.join(pipeline.names)}  (one core, {args.repeat} pass(es), "
          f"gc {args.gc}{', records kept' if args.keep else ''})")
    print(f"articles:  {n / total:,.0f} articles/s  ({total / n * 1000:.3f} ms/article CPU, "
          f"{chars / n:,.0f} chars/article; wall clock {n / wall:,.0f} articles/s)")
    foundation = [name for name in FOUNDATION if name in cpu]
    if foundation:
        spent = sum(cpu[name] for name in foundation)
        print(f"foundation: {n / spent:,.0f} articles/s  ({spent / n * 1000:.3f} ms/article, "
              f"{' + '.join(foundation)})")
    print(f"tokens:    {tokens / total:,.0f} tokens/s  ({tokens / n:,.0f} tokens/article)")
    print(f"memory:    peak RSS {peak_mb:,.0f} MB")
    print("per stage (CPU time):")
    for stage_name, seconds in cpu.items():
        rate = f"{n / seconds:,.0f} articles/s" if seconds else "—"
        print(f"  {stage_name:<11} {seconds / n * 1000:7.3f} ms/article  {rate}")
    print(f"  {'(between)':<11} {(total - sum(cpu.values())) / n * 1000:7.3f} ms/article  "
          "(fresh records, counting, the clock itself)")
    gc.collect()
    return 0


if __name__ == "__main__":
    sys.exit(main())
