"""Build marsad/lexicons/ner_person_names.txt: Arabic personal-name tokens for the tagger.

    .venv/bin/python scripts/build_ner_names.py [--shared ../shared]

Source: the English→Arabic name-token dictionary of the PyPI package ``arabnamer`` 0.1.3
(``../shared/data/arabnamer/dict_FINAL.json``), data licence CC BY 4.0. Only the Arabic
side is kept, folded (``marsad.arabic.normalise.fold``), one token a line, sorted.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from marsad.arabic.normalise import fold  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "marsad" / "lexicons" / "ner_person_names.txt"
HEADER = ("# Arabic personal-name tokens (folded), a feature of the NER tagger.\n"
          "# Source: arabnamer 0.1.3 dict_FINAL.json (PyPI; repository sayedyousef/arabnamer),\n"
          "# data licence CC BY 4.0. Rebuilt by scripts/build_ner_names.py.\n")


def name_tokens(source: Path) -> list[str]:
    pairs = json.loads(source.read_text(encoding="utf-8"))
    out = set()
    for arabic in pairs.values():
        for token in fold(str(arabic)).split():
            if len(token) >= 2 and all("\u0621" <= ch <= "\u064a" for ch in token):
                out.add(token)
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    source = args.shared / "data" / "arabnamer" / "dict_FINAL.json"
    if not source.is_file():
        print(f"error: {source} not found (pass --shared)", file=sys.stderr)
        return 2
    tokens = name_tokens(source)
    OUT.write_text(HEADER + "\n".join(tokens) + "\n", encoding="utf-8")
    print(f"{len(tokens)} name tokens -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
