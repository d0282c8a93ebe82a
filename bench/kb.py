"""Time the KB stage against the foundation pipeline (clean + text) on the shared corpus.

    .venv/bin/python bench/kb.py [corpus ...]

Prints the KB's load time and the memory it adds, then the time per article of the
foundation pipeline and of the "kb" stage, twice: on the first pass over the corpus (caches
cold: every new word is judged once) and warm (best of a few more passes). A last line
("in turn") runs each article's kb stage right after its clean + text, as the pipeline does,
and then once more at once: every word is judged by then, so the first of the two is what
the CPU caches cost after the text stage and the second is the Python work alone. It names
the compiled parts that were built (``marsad/kb/_fast*.c``; the others run in Python). Times are
CPU time of this process (``time.process_time``): the machine is shared, so wall time
mostly measures the neighbours.
Defaults to ../shared/corpus/*.jsonl (read at benchmark time, never copied; a generated
corpus without ../shared, see ``bench/_corpus.py``).
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable

from _corpus import before, fresh, load_or_exit

from marsad.model import Article
from marsad.pipeline import Pipeline

ROUNDS = 3


def timed(run: Callable[[], object]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


def _rss_mb() -> float:
    """The process's resident memory now, in MB (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as stats:
            return int(stats.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        return 0.0


def main() -> None:
    raws, _ = load_or_exit(sys.argv[1:])
    foundation = before("kb")
    kb_stage = Pipeline(["clean", "text", "kb"]).stages[-1].fn

    from marsad.kb.match import matcher
    rss_before = _rss_mb()
    load = timed(matcher)
    rss_after = _rss_mb()

    prepared: list[Article] = []

    def run_foundation() -> None:
        prepared.clear()
        for raw in raws:
            article = fresh(raw)
            foundation(article)
            prepared.append(article)

    def run_kb() -> None:
        for article in prepared:
            kb_stage(article)

    cold_base, cold_kb = timed(run_foundation), timed(run_kb)
    warm_base = min(timed(run_foundation) for _ in range(ROUNDS))
    warm_kb = min(timed(run_kb) for _ in range(ROUNDS))
    n = len(raws)
    tokens = sum(len(a.tokens) for a in prepared) / n
    matches = sum(len(a.kb_matches) for a in prepared) / n
    print(f"articles: {n}  tokens/article: {tokens:.0f}  kb matches/article: {matches:.1f}")
    print(f"KB load (artefact + matcher): {load * 1000:.0f} ms CPU, "
          f"resident memory +{rss_after - rss_before:.0f} MB")
    print(f"compiled parts: {_compiled_parts()}")
    for label, base, added in (("first pass", cold_base, cold_kb), ("warm", warm_base, warm_kb)):
        print(f"{label:10}  foundation (clean + text) {base / n * 1000:.3f} ms/article,"
              f"  kb {added / n * 1000:.3f} ms/article  = {added / base:.0%} of the foundation")
    first, again = _right_after(raws, foundation, kb_stage)
    print(f"{'in turn':10}  kb right after each article's clean + text {first / n * 1000:.3f} "
          f"ms/article,  the same article again at once {again / n * 1000:.3f} ms/article")


def _compiled_parts() -> str:
    """Which of the matcher's C extensions were built (the others run as their Python twins)."""
    import importlib.util
    names = ("_fastscan", "_fastmatch", "_fastresolve")
    built = [name for name in names if importlib.util.find_spec(f"marsad.kb.{name}")]
    return ", ".join(built) + (" (the rest in Python)" if len(built) < len(names) else "") \
        if built else "none (every part in Python)"


def _right_after(raws: list[Article], foundation: Callable[[Article], object],
                 kb_stage: Callable[[Article], object]) -> tuple[float, float]:
    """CPU seconds of the kb stage run on each article right after its clean + text, and
    of a second run on the same article at once."""
    first = again = 0.0
    clock = time.process_time
    for raw in raws:
        article = fresh(raw)
        foundation(article)
        started = clock()
        kb_stage(article)
        middle = clock()
        kb_stage(article)
        first, again = first + middle - started, again + clock() - middle
    return first, again


if __name__ == "__main__":
    main()
