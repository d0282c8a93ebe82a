"""Link accuracy of the KB matcher on the team's dev list (``tests/gold/kb_links.tsv``).

Each row is a sentence we wrote, one mention in it, the article date and the expected KB id.
A row counts as right when the KB match overlapping the mention most links to that id.

    .venv/bin/python scripts/eval_kb.py            accuracy for places, demonyms and actors
    .venv/bin/python scripts/eval_kb.py --errors   and every wrong row
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.arabic.tokenise import tokenise  # noqa: E402
from marsad.kb.match import KBMatch, find_matches  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "kb_links.tsv"


@dataclass
class Score:
    right: int = 0
    total: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def read_gold(path: Path = GOLD) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _best_overlap(matches: list[KBMatch], start: int, end: int) -> KBMatch | None:
    best, best_size = None, 0
    for match in matches:
        size = min(end, match.end) - max(start, match.start)
        if size > best_size:
            best, best_size = match, size
    return best


def evaluate(path: Path = GOLD) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for row in read_gold(path):
        sentence, mention = row["sentence"], row["mention"]
        start = sentence.find(mention)
        matches = find_matches(tokenise(sentence), sentence, date.fromisoformat(row["date"]))
        found = _best_overlap(matches, start, start + len(mention))
        got = found.link.kb if found else "-"
        score = scores.setdefault(row["category"], Score())
        score.total += 1
        if got == row["expected"]:
            score.right += 1
        else:
            score.errors.append(f"{mention}\t{row['expected']}\tgot {got}\t{sentence}")
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--errors", action="store_true", help="print every wrong row")
    args = parser.parse_args()
    scores = evaluate(args.gold)
    for category in sorted(scores):
        score = scores[category]
        print(f"{category:8} {score.right:4}/{score.total:<4} {score.accuracy:6.1%}")
        if args.errors:
            for error in score.errors:
                print("   ", error)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
