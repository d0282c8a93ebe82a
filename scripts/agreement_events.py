"""How far two people labelling the same articles agree on their events, and where the coder
stands between them.

    .venv/bin/python scripts/agreement_events.py FIRST SECOND [--system] [--disagreements]

FIRST is a folder of gold YAML files (``tests/gold/events/blind14``); SECOND a folder of
independent labels of the same articles (``tests/gold/events/agreement/blind14``), one file per
article, named by the first's file name up to its first ``_`` (``n01.yaml`` for
``n01_coalition.yaml``), holding ``events`` only. Events are matched as
``scripts/eval_events.py`` matches them: same type, same sentence, one to one, nearest
trigger first; the sentences are the text stage's.

Printed: the second labelling scored against the first (precision, recall, F1 of type;
factuality agreement over matched events) — the agreement of two careful people, the ceiling
a coder's score against one of them should be read against. With ``--system``: the coder (the
real chain) scored against each labelling, and a lenient precision that counts a coded event
right when either person labelled it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_events  # noqa: E402  (the scorer: its sentence and trigger lookups)
from marsad.api import analyze  # noqa: E402
from marsad.model import Article  # noqa: E402

#: A labelled event reduced to what is compared: (type, sentence index, trigger offset,
#: factuality).
Mention = tuple[str, int, int, str]


@dataclass
class Tally:
    """Matched, first-side and second-side counts, and factuality agreement."""
    matched: int = 0
    first: int = 0
    second: int = 0
    same_factuality: int = 0
    lines: list[str] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        p = self.matched / self.second if self.second else 1.0
        r = self.matched / self.first if self.first else 1.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                "factuality": self.same_factuality / self.matched if self.matched else 0.0}


def labelled(article: Article, events: list[dict[str, Any]]) -> list[Mention]:
    """Labelled events as mentions of the analysed article's sentences."""
    out = []
    for event in events:
        at = eval_events._gold_offset(article, event)
        out.append((event["type"], eval_events._sentence(article, at), at,
                    event.get("factuality", "asserted")))
    return out


def coded(article: Article) -> list[Mention]:
    """The coder's events as mentions."""
    out = []
    for event in article.events:
        at = (event.trigger or event.evidence)[0]
        out.append((event.type, eval_events._sentence(article, at), at, event.factuality))
    return out


def match(first: list[Mention], second: list[Mention]) -> tuple[list[tuple[Mention, Mention]],
                                                               list[Mention], list[Mention]]:
    """One-to-one pairs (same type and sentence, nearest offset), and what each side kept."""
    free = list(second)
    pairs, alone = [], []
    for want in first:
        options = [m for m in free if m[0] == want[0] and m[1] == want[1]]
        if not options:
            alone.append(want)
            continue
        best = min(options, key=lambda m: abs(m[2] - want[2]))
        free.remove(best)
        pairs.append((want, best))
    return pairs, alone, free


def add(tally: Tally, name: str, text: str, first: list[Mention],
        second: list[Mention]) -> None:
    pairs, only_first, only_second = match(first, second)
    tally.matched += len(pairs)
    tally.first += len(first)
    tally.second += len(second)
    tally.same_factuality += sum(a[3] == b[3] for a, b in pairs)
    tally.lines += [f"{name}: first only {m[0]} «{text[m[2]:m[2] + 30]}»" for m in only_first]
    tally.lines += [f"{name}: second only {m[0]} «{text[m[2]:m[2] + 30]}»" for m in only_second]


def pairs_of(first_dir: Path, second_dir: Path) -> list[tuple[Path, Path]]:
    out = []
    for path in sorted(first_dir.glob("*.yaml")):
        other = second_dir / (path.name.split("_")[0].removesuffix(".yaml") + ".yaml")
        if not other.is_file():
            raise SystemExit(f"agreement_events: no second labelling {other} for {path.name}")
        out.append((path, other))
    if not out:
        raise SystemExit(f"agreement_events: no *.yaml files in {first_dir}")
    return out


def compare(first_dir: Path, second_dir: Path, system: bool = False) -> dict[str, Tally]:
    tallies = {"second vs first": Tally()}
    if system:
        tallies.update({"coder vs first": Tally(), "coder vs second": Tally(),
                        "coder vs either": Tally()})
    for path, other in pairs_of(first_dir, second_dir):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        article = analyze(gold["text"].strip(), published=str(gold.get("published")))
        one = labelled(article, gold.get("events") or [])
        two = labelled(article, (yaml.safe_load(other.read_text(encoding="utf-8")) or {})
                       .get("events") or [])
        add(tallies["second vs first"], path.name, article.text, one, two)
        if system:
            mine = coded(article)
            add(tallies["coder vs first"], path.name, article.text, one, mine)
            add(tallies["coder vs second"], path.name, article.text, two, mine)
            _either(tallies["coder vs either"], one, two, mine)
    return tallies


def _either(tally: Tally, one: list[Mention], two: list[Mention], mine: list[Mention]) -> None:
    """Precision only: a coded event is right when either labelling has it (matched one to
    one against the union: the first's events and those only the second has)."""
    _, _, only_two = match(one, two)
    _, _, wrong = match(one + only_two, mine)
    tally.second += len(mine)
    tally.matched += len(mine) - len(wrong)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="gold folder (reference labelling)")
    parser.add_argument("second", type=Path, help="folder of the second labelling")
    parser.add_argument("--system", action="store_true", help="score the coder against both")
    parser.add_argument("--disagreements", action="store_true",
                        help="list the events only one labelling has")
    args = parser.parse_args(argv)
    for name, tally in compare(args.first, args.second, args.system).items():
        s = tally.scores()
        if name == "coder vs either":
            print(f"{name:<16} P {s['precision']:.3f} (lenient: right if either labelled it)")
            continue
        print(f"{name:<16} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
              f"factuality {s['factuality']:.3f}  ({tally.first} first, {tally.second} second, "
              f"{tally.matched} matched)")
        if args.disagreements and name == "second vs first":
            for line in tally.lines:
                print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
