"""Score the NER tagger on its NewsFANE dev blocks (CoNLL exact span + type, micro-F1).

    .venv/bin/python scripts/eval_ner.py                     # the shipped model
    .venv/bin/python scripts/eval_ner.py --model /tmp/m.crfsuite
    .venv/bin/python scripts/eval_ner.py --no-second-pass     # sentence by sentence only
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from marsad.ner import gazetteer  # noqa: E402
from marsad.ner.evaluate import DATA, evaluate  # noqa: E402
from marsad.ner.tagger import MODEL_PATH, ModelMissing  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--model", type=Path, default=MODEL_PATH)
    parser.add_argument("--kb", type=Path, default=None,
                        help="KB artefact for the gazetteer features (default: the shipped one)")
    parser.add_argument("--no-second-pass", action="store_true",
                        help="score the tagger sentence by sentence, without the document pass")
    args = parser.parse_args(argv)
    gazetteer.KB_PATH = args.kb
    if not (args.data / "newsfane-train.tsv").is_file():
        print(f"error: no newsfane-train.tsv in {args.data} (pass --data)", file=sys.stderr)
        return 2
    try:
        scores = evaluate(args.data, args.model, second_pass=not args.no_second_pass)
    except ModelMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{'group':<18}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}")
    for name, s in scores.items():
        print(f"{name:<18}{s.gold:>6}{s.predicted:>6}{100 * s.precision:>7.1f}"
              f"{100 * s.recall:>7.1f}{100 * s.f1:>7.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
