"""Round 23: measure, on gold sets, what relaxing the evidence test (``merge.has_evidence``)
for one group of trigger rows, or turning one guard of ``trigger_candidates`` off, gains
(gold events matched) and adds (spurious events):

    PYTHONPATH=. .venv/bin/python scripts/audit_needs.py blind blind2 … --out /tmp/audit.json

Each article is analysed once; then the events stage is run again per group
(``MARSAD_NEEDS_AUDIT``, read by ``evidence_needs``) and per guard (the guard's function
replaced, here only, by one that never turns a hit away). Per group: right = gold events
gained + spurious ones removed, wrong = gold events lost + spurious ones added (the ship
rule's counts), and the sets where it gained. ``--out`` writes every changed event (its
group, signs, and whether it matched gold) to slice further. Measuring only: nothing here
changes what the pipeline ships.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_events  # noqa: E402
from marsad.eventcoding import act_filters, candidates, evidence_needs, word_guards  # noqa: E402
from marsad.eventcoding.factuality import read_factuality  # noqa: E402
from marsad.eventcoding.view import View  # noqa: E402
from marsad.events import code_events  # noqa: E402
from marsad.model import Article, Event  # noqa: E402


def _never(*_: Any) -> bool:
    return False


def _always(*_: Any) -> bool:
    return True


def _no_frames(*_: Any) -> frozenset[int]:
    return frozenset()


def _no_drop(view: View, hit: Any) -> Any:
    reading = read_factuality(view, hit)
    reading.drop = False
    return reading


#: guard name -> (module, attribute, replacement that never turns a hit away)
GUARDS: dict[str, list[tuple[Any, str, Callable[..., Any]]]] = {
    "false_trigger": [(candidates, "false_trigger", _never)],
    "false_trigger.pronoun_less": [(word_guards, "pronoun_less", _never)],
    "false_trigger.manner_masdar": [(word_guards, "manner_masdar", _never)],
    "false_trigger.name_in_construct": [(word_guards, "name_in_construct", _never)],
    "lacks_next_mark": [(candidates, "lacks_next_mark", _never)],
    "led": [(candidates, "led", _always)],
    "frames": [(candidates, "framed", _no_frames)],
    "statement_types": [(candidates, "told_call", _always)],
    "blocked_by_context": [(candidates, "blocked_by_context", _never)],
    "dated_history": [(candidates, "dated_history", _never)],
    "paused_participle": [(candidates, "paused_participle", _always)],
    "reading.drop": [(candidates, "read_factuality", _no_drop)],
    "abstract_after": [(View, "abstract_after", _never)],
    "not_a_happening": [(candidates, "not_a_happening", _never)],
    "not_a_happening.backdrop": [(act_filters, "backdrop", _never)],
    "not_a_happening.whoever": [(act_filters, "whoever", _never)],
    "not_a_happening.unrealised": [(act_filters, "unrealised", _never)],
    "not_a_happening.no_happening": [(act_filters, "no_happening", _never)],
}


@contextlib.contextmanager
def patched(changes: list[tuple[Any, str, Callable[..., Any]]]) -> Iterator[None]:
    saved = [(owner, name, getattr(owner, name)) for owner, name, _ in changes]
    try:
        for owner, name, value in changes:
            setattr(owner, name, value)
        yield
    finally:
        for owner, name, value in saved:
            setattr(owner, name, value)


@contextlib.contextmanager
def audit(group: str) -> Iterator[None]:
    os.environ[evidence_needs.AUDIT_ENV] = group
    try:
        yield
    finally:
        del os.environ[evidence_needs.AUDIT_ENV]


def _key(event: Event) -> tuple[str, tuple[int, int] | None]:
    return event.type, event.trigger


def compare(article: Article, gold: list[dict[str, Any]], base: list[Event],
            events: list[Event]) -> tuple[int, int, list[dict[str, Any]]]:
    """(right, wrong, the changed events) of ``events`` against ``base``."""
    article.events = base
    pairs0, _, _ = eval_events._match(article, gold)
    article.events = events
    pairs1, _, free1 = eval_events._match(article, gold)
    dm = len(pairs1) - len(pairs0)
    spurious = (len(events) - len(pairs1)) - (len(base) - len(pairs0))
    right, wrong = max(dm, 0) + max(-spurious, 0), max(-dm, 0) + max(spurious, 0)
    matched0 = {id(g) for g, _ in pairs0}
    old = {_key(e) for e in base}
    changed = []
    for g, e in pairs1:
        if _key(e) not in old:
            changed.append({"event": e, "status": "gain" if id(g) not in matched0 else "steal"})
    changed += [{"event": e, "status": "spurious"} for e in free1 if _key(e) not in old]
    return right, wrong, changed


def run(sets: list[str], groups: list[str], guards: list[str]) -> dict[str, Any]:
    import marsad
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fired: dict[str, Counter[str]] = defaultdict(Counter)
    changes: list[dict[str, Any]] = []
    for name in sets:
        folder = "tests/gold/events" if name == "dev" else f"tests/gold/events/{name}"
        for path in eval_events.gold_folder(folder):
            gold_doc = eval_events.oracle.load_gold(path)
            gold = gold_doc.get("events") or []
            article = marsad.analyze(gold_doc["text"].strip(),
                                     published=str(gold_doc.get("published")))
            base = list(article.events)
            configs: list[tuple[str, Callable[[], list[Event]]]] = []
            for group in groups:
                def needs_run(group: str = group) -> list[Event]:
                    evidence_needs.AUDIT_LOG.clear()
                    with audit(group):
                        return code_events(article)
                configs.append((f"needs {group}", needs_run))
            for guard in guards:
                def guard_run(guard: str = guard) -> list[Event]:
                    with patched(GUARDS[guard]):
                        return code_events(article)
                configs.append((f"guard {guard}", guard_run))
            for label, make in configs:
                events = make()
                logged: dict[object, dict[str, Any]] = {
                    r["trigger"]: r for r in evidence_needs.AUDIT_LOG}
                right, wrong, changed = compare(article, gold, base, events)
                totals[label][0] += right
                totals[label][1] += wrong
                if right:
                    fired[label][name] += right
                for change in changed:
                    event = change["event"]
                    row = logged.get(event.trigger, {}) if label.startswith("needs") else {}
                    changes.append({"config": label, "set": name, "file": path.name,
                                    "status": change["status"], "type": event.type,
                                    "mode": event.mode, "kind": row.get("kind"),
                                    "needs": row.get("needs"), "signs": row.get("signs"),
                                    "trigger": article.text[slice(*event.trigger)]
                                    if event.trigger else "",
                                    "context": _context(article, event)})
            article.events = base
    return {"totals": {k: v for k, v in totals.items()},
            "fired": {k: dict(v) for k, v in fired.items()}, "changes": changes}


def _context(article: Article, event: Event) -> str:
    lo, hi = event.trigger or event.evidence
    return article.text[max(0, lo - 60):hi + 60].replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--groups", default="", help="needs groups, ';'-separated")
    parser.add_argument("--guards", default="", help="guard names, ';'-separated ('all')")
    parser.add_argument("--out", default="")
    args = parser.parse_args(argv)
    groups = [g for g in args.groups.split(";") if g]
    guards = list(GUARDS) if args.guards == "all" else [g for g in args.guards.split(";") if g]
    result = run(args.sets, groups, guards)
    for label, (right, wrong) in result["totals"].items():
        sets = result["fired"].get(label, {})
        print(f"{label:40} right {right:4} wrong {wrong:4} sets {len(sets)}")
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1),
                                  encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
