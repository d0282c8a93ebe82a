"""Probe: could a learned filter drop the events coder's spurious events? (seventeenth session)

The answer measured was no (docs/evaluation.md, seventeenth session). Kept so the finding can be
checked again as the rules change. For every event the rules code, one row of signals that
carry across texts (type, mode, factuality, the statement it sits in, its arguments, its
sentence and the report's length, earlier events of its type, no day of its own, a bare year or
a long-ago word beside it, a relative pronoun before it, a plural or present-tense trigger),
labelled right or spurious:

- ``synthetic``: the spent synthetic gold (blind … blind22, blind31/32) and the dev line, each
  event right when it matches a gold event (``scripts/eval_events.py``);
- ``real``: the real-news dev gold (rnA … rnL) the same way, and the judged corpus events
  (``tests/gold/realnews/judged_events.json``, see ``scripts/judged_events.py``).

A logistic model (L2, Newton's method, plain Python) is scored by ten-fold cross-validation over
articles. For each threshold it prints, per source, how many spurious and how many right events
the filter would drop, in all reports and in reports of ten sentences or more. A filter is
worth having only where the first number is well above the second, and stays so when the
signals or the rules change a little.

    .venv/bin/python scripts/probe_event_filter.py [--data synthetic real]
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.model import Article, Event  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "events"
REAL = ROOT / "tests" / "gold" / "realnews"
SYNTHETIC = [GOLD / "blind"] + [GOLD / f"blind{i}" for i in (*range(2, 23), 31, 32)] \
    + [GOLD, GOLD / "dev2", GOLD / "heldout", GOLD / "args_dev"]
REAL_DEV = [REAL / f"rn{x}.json" for x in "ABCDEFGHIJKL"]
C, FOLDS, SEED, LONG = 0.3, 10, 31, 10
THRESHOLDS = (0.5, 0.6, 0.7)
_YEAR = re.compile(r"\d{4}(-\d\d)?")
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
_LONG_AGO = frozenset({"منذ", "خلال", "سنوات", "الماضية", "الأخيرة", "عام", "العام"})

Row = tuple[dict[str, float], int, str, str]  # signals, spurious, source, article


def _script(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def signals(ev: Any, article: Article, events: list[Event], index: int) -> dict[str, float]:
    """The signals of ``events[index]`` as named numbers (a category is ``name=value`` → 1);
    ``ev`` is ``scripts/eval_events.py`` (its sentence of an offset)."""
    event = events[index]
    at = (event.trigger or event.evidence)[0]
    sentence = ev._sentence(article, at)
    heads = [ev._sentence(article, (e.trigger or e.evidence)[0]) for e in events]
    earlier = [e for e in events[:index] if e.type == event.type]
    names = _names(article, event)
    inside = next((s.act for s in article.statements if s.content[0] <= at < s.content[1]),
                  "none")
    words = article.text[event.evidence[0]:event.evidence[1]].split()
    first = words[0] if words else ""
    bare = first.lstrip("وف")
    span = article.sentences[sentence] if sentence >= 0 else None
    said = article.text[span.start:span.end].split() if span else []
    lead_in = article.text[span.start:event.evidence[0]].split() if span else []
    times = [t for t in article.times if span and span.start <= t.start < span.end]
    published = article.published.isoformat() if article.published else None
    count = len(article.sentences)
    return {
        f"type={event.type}": 1.0, f"mode={event.mode}": 1.0,
        f"fact={event.factuality}": 1.0, f"inside={inside}": 1.0,
        "by": float(event.by is not None), "actors": float(len(event.actors)),
        "actor_text": float(len(event.actor_text)), "targets": float(len(event.targets)),
        "target_text": float(len(event.target_text)), "place": float(event.place is not None),
        "on_published": float(event.time is not None and event.time == published),
        "sentence": float(min(max(sentence, 0), 5)),
        "position": max(sentence, 0) / max(1, count - 1), "sentences": float(min(count, 30)),
        "events": float(min(len(events), 20)), "in_sentence": float(heads.count(heads[index])),
        "earlier_same_type": float(min(len(earlier), 5)),
        "earlier_sharing": float(sum(1 for e in earlier if names & _names(article, e))),
        "first_of_type": float(not earlier),
        "definite": float(first.lstrip("وفب").startswith("ال")),
        "times_in_sentence": float(len(times)),
        "year_in_sentence": float(any(_YEAR.fullmatch(t.value or "") for t in times)),
        "plural": float(bare.endswith("ات")),
        "imperfect": float(bare[:1] in "يتن" and not bare.startswith("ال") and len(bare) > 3),
        "after_relative": float(bool(lead_in) and lead_in[-1] in _RELATIVES),
        "span_words": float(min(len(words), 12)),
        "same_type_near": float(any(e.type == event.type and abs(heads[n] - heads[index]) <= 1
                                    for n, e in enumerate(events[:index]))),
        "long_ago_words": float(bool(_LONG_AGO & set(said))),
    }


def _names(article: Article, event: Event) -> set[str]:
    found = (article.entity(i) for i in event.actors + event.targets)
    return {e.text for e in found if e is not None}


def gold_rows(ev: Any, folders: Sequence[Path], source: str) -> list[Row]:
    rows: list[Row] = []
    for folder in folders:
        for path in ev.gold_folder(folder):
            gold = ev.oracle.load_gold(path)
            article = ev._article(gold, True)
            pairs, _, _ = ev._match(article, gold.get("events") or [])
            right = {id(e) for _, e in pairs}
            rows += [(signals(ev, article, article.events, n), int(id(e) not in right), source,
                      f"{folder}/{path.name}") for n, e in enumerate(article.events)]
    return rows


def judged_rows(ev: Any) -> list[Row]:
    judged = _script("judged_events")
    return [(signals(ev, article, article.events, n), int(verdict == "wrong"), "judged", str(line))
            for line, article, n, verdict in judged.found_events()]


def fit(rows: Sequence[Row]) -> tuple[dict[str, float], float]:
    """L2-penalised logistic regression by Newton's method: weights by signal, intercept."""
    names = sorted({name for row in rows for name in row[0]})
    index = {name: n + 1 for n, name in enumerate(names)}  # 0 is the intercept
    size = len(names) + 1
    data = [([0] + [index[k] for k in s], [1.0] + list(s.values()), y) for s, y, *_ in rows]
    w = [0.0] * size
    for _ in range(50):
        grad = [0.0] + [v / C for v in w[1:]]
        hess = [[0.0] * size for _ in range(size)]
        for n in range(1, size):
            hess[n][n] = 1.0 / C
        for cols, vals, y in data:
            p = _logistic(sum(w[c] * v for c, v in zip(cols, vals)))
            for c, v in zip(cols, vals):
                grad[c] += (p - y) * v
                for c2, v2 in zip(cols, vals):
                    hess[c][c2] += p * (1 - p) * v * v2
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return {name: w[index[name]] for name in names}, w[0]


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-35.0, min(35.0, z))))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """``matrix`` x = ``vector`` by Gaussian elimination with partial pivoting."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            if factor:
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def cross_validated(rows: Sequence[Row]) -> list[float]:
    """Each row's probability of being spurious from a model that never saw its article."""
    articles = sorted({row[3] for row in rows})
    random.Random(SEED).shuffle(articles)
    fold = {article: n % FOLDS for n, article in enumerate(articles)}
    odds = [0.0] * len(rows)
    for k in range(FOLDS):
        weights, intercept = fit([r for r in rows if fold[r[3]] != k])
        for n, row in enumerate(rows):
            if fold[row[3]] == k:
                odds[n] = _logistic(intercept + sum(weights.get(name, 0.0) * v
                                                    for name, v in row[0].items()))
    return odds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", nargs="+", choices=("synthetic", "real"),
                        default=["synthetic", "real"])
    args = parser.parse_args(argv)
    ev = _script("eval_events")
    for data in args.data:
        if data == "synthetic":
            rows = gold_rows(ev, SYNTHETIC, "synthetic")
        else:
            if not ev.sample_file().is_file():
                raise SystemExit("probe_event_filter: --data real needs the shared corpus")
            rows = gold_rows(ev, REAL_DEV, "real-gold") + judged_rows(ev)
        odds = cross_validated(rows)
        print(f"{data}: {len(rows)} coded events, {sum(r[1] for r in rows)} spurious")
        for threshold in THRESHOLDS:
            for least in (0, LONG):
                cells = {}
                for (s, spurious, source, _), p in zip(rows, odds):
                    if p > threshold and s["sentences"] >= least:
                        cells.setdefault(source, [0, 0])[0 if spurious else 1] += 1
                print(f"  drop above {threshold}, reports of {least}+ sentences: " + "; ".join(
                    f"{source} {d[0]} spurious : {d[1]} right" for source, d in cells.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
