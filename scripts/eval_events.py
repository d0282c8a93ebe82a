"""Score the events stage on the gold set (``tests/gold/events/*.yaml``).

    .venv/bin/python scripts/eval_events.py              # oracle upstream layers (the gold's)
    .venv/bin/python scripts/eval_events.py --pipeline   # the real chain: marsad.analyze()
    .venv/bin/python scripts/eval_events.py --errors     # list misses and spurious events
    .venv/bin/python scripts/eval_events.py --heldout    # the held-out articles (never tuned on)
    .venv/bin/python scripts/eval_events.py --gold DIR   # any folder of gold YAML files
    .venv/bin/python scripts/eval_events.py --gold A B C # several folders, pooled
    .venv/bin/python scripts/eval_events.py --gold tests/gold/realnews/rnA.json  # packed real news
    .venv/bin/python scripts/eval_events.py --sample SEED [--n 30]  # corpus events to judge by hand

A predicted event matches a gold event of the same type in the same sentence (one to one,
nearest trigger first). Reported: precision and recall of type; of actors, targets and place
over matched events (a predicted argument matches a gold one when either folded text holds
the other); time and factuality accuracy over matched events.

Targets are named ones (entities) by default, as the development gold labels them. With
``--unnamed`` the unnamed targets kept as text count too, predicted (``target_text``) and gold
(``target_text``, or text in ``targets``): the right reading for gold sets that label every
target, named or not (the blind sets do).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._corpus import SAMPLE_N, sample_file, sample_lines, sampled_numbers  # noqa: E402
from marsad.arabic.normalise import fold  # noqa: E402
from marsad.events import code_events  # noqa: E402
from marsad.model import Article, Event  # noqa: E402

_spec = importlib.util.spec_from_file_location("events_oracle",
                                               ROOT / "tests" / "gold" / "events" / "oracle.py")
assert _spec and _spec.loader
oracle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(oracle)


def _article(gold: dict[str, Any], pipeline: bool) -> Article:
    if not pipeline:
        article = oracle.article_from_gold(gold)
        article.events = code_events(article)
        return article
    import marsad
    return marsad.analyze(gold["text"].strip(), published=str(gold.get("published")))


def _sentence(article: Article, offset: int) -> int:
    for index, sentence in enumerate(article.sentences):
        if sentence.start <= offset < sentence.end:
            return index
    return -1


def _gold_offset(article: Article, event: dict[str, Any]) -> int:
    at = -1
    for _ in range(int(event.get("nth", 1))):
        at = article.text.find(event["trigger"], at + 1)
    return at


def _texts(article: Article, ids: list[str]) -> list[str]:
    return [e.text for e in (article.entity(i) for i in ids) if e is not None]


def _gold(event: dict[str, Any], role: str, unnamed: bool) -> list[str]:
    """A gold event's ``role``s (``actors``/``targets``), with its unnamed ones kept apart
    (``actor_text``/``target_text``) when ``unnamed``."""
    found = list(event.get(f"{role}s") or [])
    return found + list(event.get(f"{role}_text") or []) if unnamed else found


def _predicted(article: Article, event: Event, role: str, unnamed: bool) -> list[str]:
    """A predicted event's actors (named and unnamed, as always) or targets (named; and the
    unnamed ones when ``unnamed``)."""
    if role == "actor":
        return _texts(article, event.actors) + event.actor_text
    return _texts(article, event.targets) + (event.target_text if unnamed else [])


def _same(a: str, b: str) -> bool:
    x, y = fold(a), fold(b)
    return bool(x) and bool(y) and (x in y or y in x)


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}  # name -> [true pos (pred), pred, true pos (gold), gold]

    def add(self, name: str, predicted: list[str], gold: list[str]) -> None:
        row = self.counts.setdefault(name, [0, 0, 0, 0])
        row[0] += sum(any(_same(p, g) for g in gold) for p in predicted)
        row[1] += len(predicted)
        row[2] += sum(any(_same(p, g) for p in predicted) for g in gold)
        row[3] += len(gold)

    def scores(self) -> dict[str, dict[str, float]]:
        out = {}
        for name, (tp_p, pred, tp_g, gold) in self.counts.items():
            out[name] = {"precision": tp_p / pred if pred else 1.0,
                         "recall": tp_g / gold if gold else 1.0, "predicted": pred, "gold": gold}
        return out


def _match(article: Article, gold_events: list[dict[str, Any]]
           ) -> tuple[list[tuple[dict[str, Any], Event]], list[dict[str, Any]], list[Event]]:
    free = list(article.events)
    pairs, missed = [], []
    for gold in gold_events:
        at = _gold_offset(article, gold)
        sentence = _sentence(article, at)
        options = [e for e in free if e.type == gold["type"]
                   and _sentence(article, (e.trigger or e.evidence)[0]) == sentence]
        if not options:
            missed.append(gold)
            continue
        best = min(options, key=lambda e: abs((e.trigger or e.evidence)[0] - at))
        free.remove(best)
        pairs.append((gold, best))
    return pairs, missed, free


def _argument_errors(name: str, article: Article, want: dict[str, Any], got: Event,
                     unnamed: bool = False) -> list[str]:
    found = {"actors": _predicted(article, got, "actor", unnamed),
             "targets": _predicted(article, got, "target", unnamed),
             "place": _texts(article, [got.place] if got.place else [])}
    out = []
    for key, predicted in found.items():
        gold = (want.get(key) or []) if key == "place" else _gold(want, key[:-1], unnamed)
        gold = [gold] if isinstance(gold, str) else gold
        if sorted(map(fold, predicted)) != sorted(map(fold, gold)) and not (
                all(any(_same(p, g) for g in gold) for p in predicted)
                and all(any(_same(p, g) for p in predicted) for g in gold)):
            out.append(f"{name}: {want['type']} «{want['trigger']}» {key} {predicted}, gold {gold}")
    return out


def _unpacked(packed: Path) -> Path:
    """A packed real-news gold file (``scripts/real_gold.py pack``) unpacked from the shared
    corpus into a temporary folder, removed when the script ends."""
    import atexit
    import shutil
    import tempfile
    spec = importlib.util.spec_from_file_location("real_gold", ROOT / "scripts" / "real_gold.py")
    assert spec and spec.loader
    real_gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(real_gold)
    out = Path(tempfile.mkdtemp(prefix="marsad-realgold-"))
    atexit.register(shutil.rmtree, out, True)
    data = json.loads(packed.read_text(encoding="utf-8"))
    return Path(real_gold.unpack_folder(data, out, sample_file()))


def gold_folder(folder: str | Path) -> list[Path]:
    """The gold files of any folder (``--gold DIR``), or of a packed real-news gold file
    (``--gold FILE.json``); a clear error when it holds none."""
    path = Path(folder)
    if path.suffix == ".json" and path.is_file():
        path = _unpacked(path)
    files = sorted(path.glob("*.yaml")) if path.is_dir() else []
    if not files:
        raise SystemExit(f"eval_events: no gold *.yaml files in {path}")
    return files


def evaluate(pipeline: bool = False, errors: bool = False, heldout: bool = False,
             gold_dir: str | Path | Sequence[str | Path] | None = None,
             unnamed: bool = False) -> dict[str, Any]:
    """Scores over the gold files of ``gold_dir`` (one folder, or several pooled: counts are
    summed before the ratios), else of the development or held-out gold."""
    tally = Tally()
    matched = gold_total = predicted = time_right = fact_right = 0
    problems: list[str] = []
    folders = [gold_dir] if isinstance(gold_dir, (str, Path)) else list(gold_dir or [])
    files = [f for folder in folders for f in gold_folder(folder)] if folders \
        else oracle.gold_files("heldout" if heldout else "")
    for path in files:
        gold = oracle.load_gold(path)
        article = _article(gold, pipeline)
        name = f"{path.parent.name}/{path.name}" if len(folders) > 1 else path.name
        pairs, missed, spurious = _match(article, gold.get("events") or [])
        matched += len(pairs)
        gold_total += len(gold.get("events") or [])
        predicted += len(article.events)
        for want, got in pairs:
            for role in ("actor", "target"):
                tally.add(role, _predicted(article, got, role, unnamed),
                          _gold(want, role, unnamed))
            place = want.get("place")
            tally.add("place", _texts(article, [got.place] if got.place else []),
                      [place] if place else [])
            time_right += str(want.get("time")) == str(got.time)
            fact_right += want.get("factuality", "asserted") == got.factuality
            if errors:
                problems += _argument_errors(name, article, want, got, unnamed)
            if errors and str(want.get("time")) != str(got.time):
                problems.append(f"{name}: {want['type']} «{want['trigger']}» time "
                                f"{got.time}, gold {want.get('time')}")
            if errors and want.get("factuality", "asserted") != got.factuality:
                problems.append(f"{name}: {want['type']} «{want['trigger']}» factuality "
                                f"{got.factuality}, gold {want.get('factuality')}")
        if errors:
            problems += [f"{name}: missed {g['type']} «{g['trigger']}»" for g in missed]
            problems += [f"{name}: spurious {e.type} «{article.text[slice(*e.evidence)]}»"
                         for e in spurious]
    result: dict[str, Any] = {
        "articles": len(files), "gold": gold_total, "predicted": predicted, "matched": matched,
        "type": {"precision": matched / predicted if predicted else 1.0,
                 "recall": matched / gold_total if gold_total else 1.0},
        "arguments": tally.scores(),
        "time_accuracy": time_right / matched if matched else 0.0,
        "factuality_accuracy": fact_right / matched if matched else 0.0,
    }
    if errors:
        result["errors"] = problems
    return result


def _print(result: dict[str, Any]) -> None:
    t = result["type"]
    print(f"{result['articles']} articles, {result['gold']} gold events, "
          f"{result['predicted']} predicted, {result['matched']} matched")
    print(f"type         P {t['precision']:.3f}  R {t['recall']:.3f}")
    for name, s in result["arguments"].items():
        print(f"{name:<12} P {s['precision']:.3f}  R {s['recall']:.3f}  "
              f"({s['predicted']} predicted, {s['gold']} gold)")
    print(f"time         accuracy {result['time_accuracy']:.3f}")
    print(f"factuality   accuracy {result['factuality_accuracy']:.3f}")
    for line in result.get("errors", []):
        print("  " + line)


CORPUS = sample_file()  # ../shared/corpus/saudinewsnet-2015-08-09.jsonl (bench/_corpus.py)


def print_sample(seed: int, n: int) -> None:
    """The events of ``n`` corpus articles drawn with ``seed``, one line each with its
    sentence, for a person to judge (type, actor, factuality). Nothing is written."""
    import marsad
    if not CORPUS.is_file():
        raise SystemExit(f"error: no corpus file {CORPUS}")
    lines = sample_lines(CORPUS)
    for number in sampled_numbers(seed, len(lines), n):
        record = json.loads(lines[number])
        try:
            # the record's date, as the JSON Lines reader takes it (``marsad.ingest``): without
            # it an event dated years back is not recognised as history
            date = str(record.get("published") or record.get("date_extracted") or "")[:10]
            article = marsad.analyze(record.get("content") or "", published=date or None)
        except Exception as error:  # noqa: BLE001 - a rejected article is reported, not fatal
            print(f"## {number}: {error}")
            continue
        print(f"## article {number}: {len(article.events)} events")
        for event in article.events:
            span = event.trigger or event.evidence
            sentence = article.sentences[_sentence(article, span[0])]
            text = article.text[sentence.start:sentence.end].replace("\n", " ")
            a, b = span[0] - sentence.start, span[1] - sentence.start
            print(f"{event.id} {event.type}/{event.mode} {event.factuality} by={event.by}"
                  f" A={_texts(article, event.actors)}{event.actor_text or ''}"
                  f" T={_texts(article, event.targets)}"
                  f" P={_texts(article, [event.place] if event.place else [])}")
            print(f"   {text[max(0, a - 160):a]}[[{text[a:b]}]]{text[b:b + 120]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", action="store_true", help="run the real stages")
    parser.add_argument("--errors", action="store_true", help="list misses and spurious events")
    parser.add_argument("--heldout", action="store_true", help="score the held-out articles")
    parser.add_argument("--gold", metavar="DIR", nargs="+",
                        help="score the gold YAML files of DIR (several: pooled)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--unnamed", action="store_true",
                        help="count unnamed targets kept as text (gold sets that label them)")
    parser.add_argument("--sample", type=int, metavar="SEED",
                        help="print the events of N random corpus articles, to judge by hand")
    parser.add_argument("--n", type=int, default=SAMPLE_N, help="articles in the sample")
    args = parser.parse_args(argv)
    if args.sample is not None:
        print_sample(args.sample, args.n)
        return 0
    result = evaluate(pipeline=args.pipeline, errors=args.errors, heldout=args.heldout,
                      gold_dir=args.gold, unnamed=args.unnamed)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
