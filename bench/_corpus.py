"""The corpus of the benchmarks and evaluation scripts: one loader, one default.

    from _corpus import load, prepared
    articles, name = load(paths, limit)         # ../shared/corpus/*.jsonl when paths is empty
    ready = prepared(articles, upto="events")   # fresh copies through every stage before it

Files are read by ``marsad.ingest.read_all`` (text, HTML, JSON Lines, directories; bad or
empty records are skipped, as ``marsad analyze`` skips them). Without paths it reads
``../shared/corpus/*.jsonl`` (``MARSAD_SHARED`` names another shared folder), and when
that is absent it generates a synthetic corpus (``bench/generate.py``), so every
benchmark runs on any checkout. A named file that is missing is a one-line error.
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from marsad.ingest import Rejected, read_all  # noqa: E402
from marsad.model import Article  # noqa: E402
from marsad.pipeline import Pipeline, default_stage_names  # noqa: E402

#: The corpus file the evaluation scripts draw their hand-judging samples from.
SAMPLE_FILE = "saudinewsnet-2015-08-09.jsonl"
#: How many articles ``eval_events.py --sample`` draws by default.
SAMPLE_N = 30
GENERATED = 1000  # articles generated when there is no shared corpus and no limit


class CorpusError(ValueError):
    """A corpus that cannot be read: a missing file, or no article in it."""


def shared_dir() -> Path:
    """``../shared`` beside the checkout, or the folder ``MARSAD_SHARED`` names."""
    return Path(os.environ.get("MARSAD_SHARED") or ROOT.parent / "shared")


def corpus_files() -> list[str]:
    """The shared corpus files (``corpus/*.jsonl``), sorted; empty when it is absent."""
    return sorted(str(path) for path in (shared_dir() / "corpus").glob("*.jsonl"))


def sample_file() -> Path:
    """The default corpus file of the evaluation scripts' ``--sample``."""
    return shared_dir() / "corpus" / SAMPLE_FILE


def sample_lines(path: Path) -> list[str]:
    """The JSON lines of a corpus file, blank ones dropped: the lines a sample is drawn from."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sampled_numbers(seed: int, total: int, n: int = SAMPLE_N) -> list[int]:
    """The line numbers ``eval_events.py --sample SEED --n N`` shows, in order, out of ``total``."""
    return sorted(random.Random(seed).sample(range(total), n))


def load(paths: Sequence[str | Path] = (), limit: int | None = None
         ) -> tuple[list[Article], str]:
    """The articles of ``paths`` (the shared corpus when empty; a generated one when that is
    absent), at most ``limit``, and a line naming where they came from."""
    names = [str(path) for path in paths] or corpus_files()
    if not names:
        n = limit or GENERATED
        return ([Article(raw=text) for text in generate(n)],
                f"generated corpus ({n} articles; {shared_dir()}/corpus is absent)")
    missing = [name for name in names if not Path(name).exists()]
    if missing:
        raise CorpusError(f"no corpus file {missing[0]}")
    articles = [item for item in read_all(names) if not isinstance(item, Rejected)]
    if limit:
        articles = articles[:limit]
    if not articles:
        raise CorpusError(f"no articles in {', '.join(names)}")
    return articles, ", ".join(Path(name).name for name in names)


def fresh(article: Article) -> Article:
    """A new record with only what the reader gave ``article`` (no stage run yet)."""
    return Article(raw=article.raw, source=article.source, metadata=article.metadata)


def before(stage: str) -> Pipeline:
    """The default stages that run before ``stage`` (all of them for ``"end"``)."""
    names = default_stage_names()
    if stage == "end":
        return Pipeline(names)
    if stage not in names:
        raise CorpusError(f"unknown stage {stage!r} (stages: {', '.join(names)})")
    return Pipeline(names[:names.index(stage)])


def prepared(articles: Sequence[Article], upto: str = "end") -> list[Article]:
    """Fresh copies of ``articles`` run through every default stage before ``upto``."""
    pipeline = before(upto)
    return [pipeline(fresh(article)) for article in articles]


def load_or_exit(paths: Sequence[str | Path] = (), limit: int | None = None
                 ) -> tuple[list[Article], str]:
    """``load``, with a bad corpus ending the script with a one-line error (status 2)."""
    try:
        return load(paths, limit)
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        raise SystemExit(2) from None
