"""Why was a gold event missed? For every gold event of a folder that the events stage does
not code, say how far its trigger got:

    .venv/bin/python scripts/trace_events.py tests/gold/events/blind20
    .venv/bin/python scripts/trace_events.py tests/gold/events/blind20 --summary

- ``no hit``: no trigger row of the lexicon matches a word of the gold trigger (a lexicon gap);
- ``hit, no candidate``: a row matched, and a guard of ``trigger_candidates`` turned it away
  (a homograph guard, a frame, a factuality that drops it, a statement's cue it belongs to …);
- ``candidate, no evidence``: a candidate was made and dropped because the arguments its
  trigger needs were not found (``merge.has_evidence``): an argument-finding gap;
- ``candidate, lost later``: a candidate was made, had its evidence, and was merged or removed
  by a later step (or coded with another type: the line lists what the sentence got).

Each line names the matched rows and what the sentence was coded with, so a family of misses
can be told at a glance. ``--summary`` prints the counts only. Scoring is ``eval_events``'s
(the same match of gold to coded events), so a set's misses here are its misses there; where
two labels of one type share a sentence, the miss is told at the label whose own word got no
event of its type (``_missed``, round 30).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_events  # noqa: E402
from marsad.eventcoding.candidates import trigger_candidates  # noqa: E402
from marsad.eventcoding.matcher import find_hits  # noqa: E402
from marsad.eventcoding.merge import has_evidence  # noqa: E402
from marsad.eventcoding.view import View  # noqa: E402
from marsad.model import Article  # noqa: E402

NO_HIT = "no hit"
GUARDED = "hit, no candidate"
NO_EVIDENCE = "candidate, no evidence"
LOST = "candidate, lost later"


def trace(article: Article, gold: dict[str, Any]) -> tuple[str, str]:
    """How far the gold event's trigger got in ``article`` (already analysed), and a note:
    the rows that matched it and the events its sentence was coded with."""
    at = eval_events._gold_offset(article, gold)
    end = at + len(gold["trigger"])
    view = View(article)
    rows = [f"{hit.trigger.type}/{hit.trigger.mode} «{hit.trigger.form}»"
            for hit in find_hits(view.tokens)
            if view.tokens[hit.first].start < end and view.tokens[hit.last].end > at]
    made = [c for c in trigger_candidates(view) if c.trigger[0] < end and c.trigger[1] > at]
    sentence = eval_events._sentence(article, at)
    coded = [f"{e.type} «{article.text[slice(*(e.trigger or e.evidence))]}»"
             for e in article.events
             if eval_events._sentence(article, (e.trigger or e.evidence)[0]) == sentence]
    note = f"rows {rows or '-'}; sentence coded {coded or '-'}"
    if not rows:
        return NO_HIT, note
    if not made:
        return GUARDED, note
    if not any(has_evidence(c) for c in made):
        return NO_EVIDENCE, note
    return LOST, note


def trace_folder(folder: str | Path) -> list[tuple[str, dict[str, Any], str, str]]:
    """(file name, gold event, stage, note) for every missed gold event of ``folder``."""
    import marsad
    out = []
    for path in eval_events.gold_folder(folder):
        gold = eval_events.oracle.load_gold(path)
        article = marsad.analyze(gold["text"].strip(), published=str(gold.get("published")))
        for event in _missed(article, gold.get("events") or []):
            stage, note = trace(article, event)
            out.append((path.name, event, stage, note))
    return out


def _missed(article: Article, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``eval_events``'s misses, told at the right label: the scorer pairs each gold label
    with the nearest coded event of its type in its sentence, so when a sentence holds two
    labels of one type and one was coded at its own word («اقتحمت … واعتقلت», both COERCE;
    «اقتحمت» coded ASSAULT), the coded one may go to the other label and the one coded at
    its word reads as the miss. A missed label whose own word carries a coded event of its
    type takes that event back, and the label that held it is the miss: the same count, the
    right word to trace."""
    pairs, missed, _ = eval_events._match(article, events)
    held = {id(event): gold for gold, event in pairs}
    missed = list(missed)
    for index, gold in enumerate(missed):
        at = eval_events._gold_offset(article, gold)
        end = at + len(gold["trigger"])
        for _, event in pairs:
            span = event.trigger or event.evidence
            other = held[id(event)]
            start = eval_events._gold_offset(article, other)
            if event.type == gold["type"] and span[0] < end and span[1] > at \
                    and not (span[0] < start + len(other["trigger"]) and span[1] > start):
                held[id(event)], missed[index] = gold, other
                break
    return missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="a folder of gold YAML files")
    parser.add_argument("--summary", action="store_true", help="print the counts only")
    args = parser.parse_args(argv)
    traced = trace_folder(args.folder)
    counts = Counter(stage for _, _, stage, _ in traced)
    if not args.summary:
        for name, event, stage, note in traced:
            print(f"{name}: {event['type']} «{event['trigger']}» — {stage}; {note}")
    print(f"{len(traced)} missed: " + ", ".join(f"{stage} {counts[stage]}" for stage in
                                                 (NO_HIT, GUARDED, NO_EVIDENCE, LOST)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
