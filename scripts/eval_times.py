"""Score the times stage on the team's dev set (``tests/gold/times_dev/*.json``).

    .venv/bin/python scripts/eval_times.py [--verbose] [DIR]

Each file holds an article we wrote (``text``), its date (``published``, or null) and every
time expression in it, in order (``times``: span text and value). The text is tokenised by
the text stage's tokeniser, as in the pipeline. Prints recognition precision, recall and F1
(exact spans, and overlapping spans), and value accuracy: of the gold expressions that were
found (overlap), how many got the right value — and of all gold expressions.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from marsad.model import Time
from marsad.times import times_in

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "gold" / "times_dev"


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    exact: int = 0
    overlap_gold: int = 0  # gold expressions overlapped by some prediction
    overlap_found: int = 0  # predictions that overlap some gold expression
    values_right: int = 0

    @staticmethod
    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def report(self) -> dict[str, float]:
        p_exact = self.exact / self.found if self.found else 0.0
        r_exact = self.exact / self.gold if self.gold else 0.0
        p_loose = self.overlap_found / self.found if self.found else 0.0
        r_loose = self.overlap_gold / self.gold if self.gold else 0.0
        return {
            "exact_p": p_exact, "exact_r": r_exact, "exact_f1": self.f1(p_exact, r_exact),
            "overlap_p": p_loose, "overlap_r": r_loose, "overlap_f1": self.f1(p_loose, r_loose),
            "value_acc_found": self.values_right / self.overlap_gold if self.overlap_gold else 0.0,
            "value_acc_all": self.values_right / self.gold if self.gold else 0.0,
        }


def _tokens(text: str) -> list | None:
    try:
        from marsad.arabic.tokenise import tokenise
    except ImportError:  # the text stage not there: the recogniser tokenises by itself
        return None
    return tokenise(text)


def gold_spans(doc: dict) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for item in doc["times"]:
        start = doc["text"].index(item["text"], pos)
        pos = start + len(item["text"])
        out.append((start, pos, item["value"]))
    return out


def score_article(doc: dict, score: Score, verbose: bool, name: str) -> None:
    anchor = date.fromisoformat(doc["published"]) if doc["published"] else None
    found: list[Time] = times_in(doc["text"], anchor, _tokens(doc["text"]))
    gold = gold_spans(doc)
    score.gold += len(gold)
    score.found += len(found)
    spans = {(t.start, t.end) for t in found}
    score.exact += sum((s, e) in spans for s, e, _ in gold)
    score.overlap_found += sum(any(t.start < e and s < t.end for s, e, _ in gold) for t in found)
    for s, e, value in gold:
        hit = next((t for t in found if t.start < e and s < t.end), None)
        if hit is None:
            if verbose:
                print(f"{name}: missed {doc['text'][s:e]!r} ({value})")
            continue
        score.overlap_gold += 1
        score.values_right += hit.value == value
        if verbose and (hit.value != value or (hit.start, hit.end) != (s, e)):
            print(f"{name}: {doc['text'][s:e]!r} {value} ← got {hit.text!r} {hit.value}")
    if verbose:
        for t in found:
            if not any(t.start < e and s < t.end for s, e, _ in gold):
                print(f"{name}: spurious {t.text!r} {t.value}")


def evaluate(folder: Path = DEFAULT, verbose: bool = False) -> tuple[int, Score]:
    score = Score()
    files = sorted(folder.glob("*.json"))
    for path in files:
        score_article(json.loads(path.read_text(encoding="utf-8")), score, verbose, path.stem)
    return len(files), score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--verbose", action="store_true", help="list every miss and error")
    args = parser.parse_args()
    n, score = evaluate(args.folder, args.verbose)
    r = score.report()
    print(f"{n} articles, {score.gold} gold expressions, {score.found} found")
    print(f"recognition, exact spans:   P {r['exact_p']:.3f}  R {r['exact_r']:.3f}  F1 {r['exact_f1']:.3f}")
    print(f"recognition, overlapping:   P {r['overlap_p']:.3f}  R {r['overlap_r']:.3f}  F1 {r['overlap_f1']:.3f}")
    print(f"values right: {r['value_acc_found']:.1%} of those found, {r['value_acc_all']:.1%} of all")


if __name__ == "__main__":
    main()
