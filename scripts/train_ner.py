"""Train the shipped NER model from ../shared/data/ner-train/ (one command, deterministic).

    .venv/bin/python scripts/train_ner.py            # writes marsad/ner/model.crfsuite (+ .json)
    .venv/bin/python scripts/train_ner.py --out /tmp/m.crfsuite --kb /tmp/kb.sqlite --no-wojood

The dev blocks of NewsFANE (``marsad.ner.corpus.split_dev``) are never trained on. The KB's
names are features, so the same data and KB artefact (its digest is recorded in the model's
``.json``) give the same model byte for byte; retrain after the KB is rebuilt.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from marsad.ner.corpus import read_newsfane, read_wojood, split_dev  # noqa: E402
from marsad.ner.evaluate import evaluate  # noqa: E402
from marsad.ner import gazetteer  # noqa: E402
from marsad.ner.gazetteer import kb_digest, sentence_gazetteer  # noqa: E402
from marsad.ner.features import sequence_features  # noqa: E402
from marsad.ner.tagger import MODEL_PATH  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ner-train"
PARAMS = {"c1": 0.02, "c2": 0.05, "max_iterations": 200,
          "feature.possible_transitions": True, "feature.minfreq": 1}


def training_sentences(data: Path, wojood: bool) -> list[list[tuple[str, str]]]:
    train, _dev = split_dev(read_newsfane(data / "newsfane-train.tsv"))
    if wojood:
        train += read_wojood(data / "wojood-train.txt") + read_wojood(data / "wojood-val.txt")
    return train


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--no-wojood", action="store_true",
                        help="NewsFANE only (the Wojood sample adds ~0.5 dev F1)")
    parser.add_argument("--kb", type=Path, default=None,
                        help="KB artefact for the gazetteer features (default: the shipped one)")
    parser.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    parser.add_argument("--c1", type=float, default=PARAMS["c1"], help="L1 weight")
    parser.add_argument("--c2", type=float, default=PARAMS["c2"], help="L2 weight")
    parser.add_argument("--minfreq", type=float, default=PARAMS["feature.minfreq"],
                        help="drop attributes seen fewer times in training")
    args = parser.parse_args(argv)
    if not (args.data / "newsfane-train.tsv").is_file():
        print(f"error: no newsfane-train.tsv in {args.data} (pass --data)", file=sys.stderr)
        return 2
    gazetteer.KB_PATH = args.kb
    sentences = training_sentences(args.data, wojood=not args.no_wojood)
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for sentence in sentences:
        words = [w for w, _ in sentence]
        trainer.append(sequence_features(words, sentence_gazetteer(words)),
                       [t for _, t in sentence])
    params = {**PARAMS, "max_iterations": args.iterations, "c1": args.c1, "c2": args.c2,
              "feature.minfreq": args.minfreq}
    trainer.set_params(params)
    started = time.perf_counter()
    trainer.train(str(args.out))
    tokens = sum(len(s) for s in sentences)
    print(f"trained on {len(sentences)} sentences, {tokens} tokens in "
          f"{time.perf_counter() - started:.0f}s -> {args.out}")
    card = model_card(args, params=params, sentences=len(sentences), tokens=tokens)
    args.out.with_suffix(".json").write_text(json.dumps(card, ensure_ascii=False, indent=1)
                                             + "\n", encoding="utf-8")
    print(f"dev F1: {card['dev_f1']}")
    return 0


def model_card(args: argparse.Namespace, params: dict, sentences: int, tokens: int) -> dict:
    """What the model was trained on and how it scores on the dev blocks."""
    scores = evaluate(args.data, args.out)
    tagger_only = evaluate(args.data, args.out, second_pass=False)
    data = ["NewsFANE Gold 2014 (newsfane-train.tsv, dev blocks held out), CC BY-SA 3.0"]
    if not args.no_wojood:
        data.append("Wojood sample (wojood-train.txt, wojood-val.txt), MIT")
    return {
        "data": data,
        "person_names": "arabnamer 0.1.3 dict_FINAL.json, CC BY 4.0",
        "kb_digest": kb_digest(),
        "params": params,
        "train_sentences": sentences,
        "train_tokens": tokens,
        "dev_f1": {name: round(100 * s.f1, 1) for name, s in scores.items()},
        "dev_f1_without_second_pass": {name: round(100 * s.f1, 1)
                                       for name, s in tagger_only.items()},
        "dev_gold_mentions": scores["overall"].gold,
    }


if __name__ == "__main__":
    raise SystemExit(main())
