#!/usr/bin/env python3
"""Score the ``statements`` stage on the gold set (``tests/gold/statements/*.yaml``).

Each gold article runs through the real pipeline (clean → text → kb → entities → times →
statements, as far as those stages exist). Matching, per article:

* cue: a predicted cue is right when its span equals a gold cue's span (the cue word
  without its و/ف conjunction); cue precision and recall count these pairs.
* act: a matched cue whose act equals the gold act (act P/R count only those).
* speaker: for matched cues, right when the predicted speaker span overlaps the gold
  speaker's mention, or one's folded text contains the other's (a speaker carried on
  from an earlier mention of the same actor).
* content: for matched cues, ``exact`` when the spans are equal, ``overlap`` when the
  character overlap F1 of the two spans is at least 0.5.
* direct, via and anonymous: agreement on matched cues.

Usage: .venv/bin/python scripts/eval_statements.py [--verbose] [--json] [GOLD_DIR]

For hand judging on real reports, ``--sample SEED N`` prints N corpus articles drawn with
``random.Random(SEED).sample`` over the lines of ``--corpus`` (default: the shared
SaudiNewsNet file), each cue marked in the text and each statement listed below it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._corpus import sample_file  # noqa: E402
from marsad.arabic.normalise import fold  # noqa: E402
from marsad.model import Article, Statement  # noqa: E402

GOLD_DIR = ROOT / "tests" / "gold" / "statements"
CORPUS = sample_file()  # ../shared/corpus/saudinewsnet-2015-08-09.jsonl (bench/_corpus.py)
STAGES = ("clean", "text", "kb", "entities", "times", "statements")
_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_PREFIXES = "وفبل"


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    cue: int = 0
    act: int = 0
    speaker: int = 0
    content_exact: int = 0
    content_overlap: int = 0
    direct: int = 0
    via: int = 0
    anonymous: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("gold", "predicted", "cue", "act", "speaker", "content_exact",
                     "content_overlap", "direct", "via", "anonymous"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors

    def summary(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 1.0
        return {"articles_gold_statements": self.gold, "predicted": self.predicted,
                "cue_precision": ratio(self.cue, self.predicted),
                "cue_recall": ratio(self.cue, self.gold),
                "act_precision": ratio(self.act, self.predicted),
                "act_recall": ratio(self.act, self.gold),
                "speaker_right": ratio(self.speaker, self.cue),
                "content_exact": ratio(self.content_exact, self.cue),
                "content_overlap": ratio(self.content_overlap, self.cue),
                "direct_agreement": ratio(self.direct, self.cue),
                "via_agreement": ratio(self.via, self.cue),
                "anonymous_agreement": ratio(self.anonymous, self.cue)}


def _pipeline() -> Any:
    """The real pipeline; while an upstream stage is missing, its registered
    neighbours run in order (said once on stderr)."""
    from marsad.pipeline import Pipeline, PipelineError, registered_stages

    registry = registered_stages()
    names = [n for n in STAGES if n in registry]
    try:
        return Pipeline(names)
    except PipelineError as exc:
        print(f"note: {exc}; running the registered stages {names} unchecked", file=sys.stderr)

        def run(article: Article) -> Article:
            for name in names:
                registry[name].fn(article)
            return article
        return run


def analyse(text: str, published: Any, pipeline: Any) -> Article:
    from marsad.api import _parse_published
    from marsad.ingest import article_from_string

    article = article_from_string(text)
    if not isinstance(article, Article):
        raise SystemExit(f"gold article rejected: {article.reason}")
    article.published_override = _parse_published(str(published) if published else None)
    return pipeline(article)


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of ``needle`` as a whole word (a clitic و ف ب ل may precede)."""
    out = []
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = text[start - 1] if start else " "
        before2 = text[start - 2] if start > 1 else " "
        after = text[end] if end < len(text) else " "
        free_before = not _LETTER.match(before) or (
            before in _PREFIXES and not _LETTER.match(before2))
        if free_before and not _LETTER.match(after):
            out.append(start)
        start = text.find(needle, start + 1)
    return out


def nearest(text: str, needle: str, anchor: int) -> tuple[int, int] | None:
    found = occurrences(text, needle) or [m.start() for m in re.finditer(re.escape(needle), text)]
    if not found:
        return None
    start = min(found, key=lambda s: abs(s - anchor))
    return start, start + len(needle)


def _overlap_f1(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    if not inter:
        return 0.0
    p, r = inter / (a[1] - a[0]), inter / (b[1] - b[0])
    return 2 * p * r / (p + r)


def _speaker_right(text: str, gold: dict[str, Any], gold_span: tuple[int, int] | None,
                   st: Statement) -> bool:
    if st.speaker is None:
        return False
    pred = (st.speaker.start, st.speaker.end)
    if gold_span and pred[0] < gold_span[1] and gold_span[0] < pred[1]:
        return True
    g, p = fold(gold["speaker"]), fold(st.speaker.text)
    return bool(g and p) and (g in p or p in g)


def score_article(path: Path, pipeline: Any) -> Tally:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    article = analyse(doc["text"], doc.get("published"), pipeline)
    text = article.text
    tally = Tally(gold=len(doc.get("statements") or []), predicted=len(article.statements))
    by_cue = {st.cue: st for st in article.statements}
    floor = 0
    for gold in doc.get("statements") or []:
        found = [s for s in occurrences(text, gold["cue"]) if s >= floor]
        if not found:
            tally.errors.append(f"{path.name}: gold cue {gold['cue']!r} not in the text")
            continue
        cue = (found[0], found[0] + len(gold["cue"]))
        floor = cue[0] + 1
        st = by_cue.pop(cue, None)
        if st is None:
            tally.errors.append(f"{path.name}: missed {gold['act']} {gold['cue']!r}")
            continue
        _score_pair(path.name, text, gold, cue, st, tally)
    for st in by_cue.values():
        tally.errors.append(f"{path.name}: spurious {st.act} {text[st.cue[0]:st.cue[1]]!r}")
    return tally


def _score_pair(name: str, text: str, gold: dict[str, Any], cue: tuple[int, int],
                st: Statement, tally: Tally) -> None:
    tally.cue += 1
    where = f"{name}: {gold['cue']!r}"
    if st.act == gold["act"]:
        tally.act += 1
    else:
        tally.errors.append(f"{where} act {st.act} != {gold['act']}")
    speaker_span = nearest(text, gold["speaker"], cue[0])
    if _speaker_right(text, gold, speaker_span, st):
        tally.speaker += 1
    else:
        tally.errors.append(f"{where} speaker {st.speaker.text if st.speaker else None!r} "
                            f"!= {gold['speaker']!r}")
    content_span = nearest(text, gold["content"], cue[0])
    if content_span == st.content:
        tally.content_exact += 1
    else:
        tally.errors.append(f"{where} content {text[st.content[0]:st.content[1]]!r} "
                            f"!= {gold['content']!r}")
    if content_span and _overlap_f1(content_span, st.content) >= 0.5:
        tally.content_overlap += 1
    _agree(tally, "direct", where, st.direct, bool(gold.get("direct", False)))
    _agree(tally, "via", where, sorted(fold(v["text"]) for v in st.via),
           sorted(fold(v) for v in gold.get("via") or []))
    _agree(tally, "anonymous", where, bool(st.speaker and st.speaker.anonymous),
           bool(gold.get("anonymous", False)))


def _agree(tally: Tally, name: str, where: str, predicted: Any, gold: Any) -> None:
    if predicted == gold:
        setattr(tally, name, getattr(tally, name) + 1)
    else:
        tally.errors.append(f"{where} {name} {predicted!r} != {gold!r}")


def evaluate(gold_dir: Path = GOLD_DIR) -> Tally:
    pipeline = _pipeline()
    total = Tally()
    for path in sorted(gold_dir.glob("*.yaml")):
        total.add(score_article(path, pipeline))
    return total


def print_sample(corpus: Path, seed: int, count: int) -> None:
    """Statements of ``count`` random corpus articles, laid out for judging by hand."""
    lines = corpus.read_text(encoding="utf-8").splitlines()
    pipeline = _pipeline()
    for index in random.Random(seed).sample(range(len(lines)), min(count, len(lines))):
        article = pipeline(Article(raw=json.loads(lines[index]).get("content") or ""))
        text = article.text
        marks = {s.cue[0]: f"⟦{s.id}:{s.act}⟧" for s in article.statements}
        print(f"\n#### line {index}: {len(article.statements)} statements")
        print("".join(marks.get(i, "") + ch for i, ch in enumerate(text)))
        for st in article.statements:
            speaker = st.speaker.text if st.speaker else None
            print(f"  {st.id} {st.act} cue={text[slice(*st.cue)]!r} speaker={speaker!r} "
                  f"via={[v['text'] for v in st.via]} direct={st.direct}")
            print(f"      content={text[slice(*st.content)]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=GOLD_DIR)
    parser.add_argument("--sample", nargs=2, type=int, metavar=("SEED", "N"),
                        help="print N random corpus articles with their statements")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--verbose", action="store_true", help="print every error")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()
    if args.sample:
        if not args.corpus.is_file():
            print(f"error: no corpus file {args.corpus}", file=sys.stderr)
            return 2
        print_sample(args.corpus, *args.sample)
        return 0
    if not args.gold_dir.is_dir():
        print(f"error: no gold directory {args.gold_dir}", file=sys.stderr)
        return 2
    total = evaluate(args.gold_dir)
    if args.verbose:
        print("\n".join(total.errors))
    summary = total.summary()
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        for key, value in summary.items():
            print(f"{key:24} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
