"""Real-news gold for the events stage: skeleton folders, a format check, near-duplicates.

The real-news measure is labelled by hand on articles of the shared corpus, whose text is under
a research licence: the folders live outside the repository (e.g. ``/work/realgold``) and are
scored with ``scripts/eval_events.py --pipeline --unnamed --gold DIR``. This script makes the
folders an annotator fills in, checks what they wrote, and lists stories told in two folders
(a development folder and an unseen one must not share a story).

    .venv/bin/python scripts/real_gold.py skeletons OUT --seed 90011 --sets rgG rgH --per 18 \\
        [--words 40-800] [--exclude OUT/rgA ...] [--exclude-samples 81004-81060]
    .venv/bin/python scripts/real_gold.py check DIR        # every label well formed
    .venv/bin/python scripts/real_gold.py overlap DIR ...  # near-duplicate articles across folders
    .venv/bin/python scripts/real_gold.py pack DIR OUT.json    # labels as offsets, no text
    .venv/bin/python scripts/real_gold.py unpack FILE.json OUT # the folder again, from the corpus
    .venv/bin/python scripts/real_gold.py agree DIR_A DIR_B    # two labellings of one folder

A skeleton file is named ``rNN_INDEX.yaml`` (INDEX = the article's line in the corpus file) and
holds ``published`` (the record's day), ``dateline: null``, the article ``text`` (the corpus ``content`` with
trailing spaces removed) and ``events: []``. ``--exclude-samples`` leaves out the articles that
``eval_events.py --sample SEED --n 30`` showed for each seed of the range (articles someone has
already judged the coder's output on).

A labelled folder holds the corpus text, so it cannot be committed. ``pack`` turns it into a
JSON file that holds no text: each article by its corpus line and a digest of its text, each
label by character offsets (trigger, names, place, ``by``) and its values (type, time,
factuality). That file is committed (``tests/gold/realnews/``); ``unpack`` rebuilds the
folder from the corpus, refusing an article whose text is not the one labelled, and
``scripts/eval_events.py --gold FILE.json`` scores a packed file directly.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._corpus import sample_file, sample_lines, sampled_numbers  # noqa: E402
from marsad.eventcoding.lexicon import TYPES  # noqa: E402

FACTUALITIES = frozenset({"asserted", "reported", "denied", "future", "hypothetical"})
FIELDS = frozenset({"type", "trigger", "nth", "actors", "targets", "actor_text", "target_text",
                    "place", "time", "factuality", "by"})
REQUIRED = ("type", "trigger", "actors", "targets", "place", "time", "factuality")
TIME = re.compile(r"\d{4}(-\d\d(-\d\d)?|-W\d\d)?")
INDEX = re.compile(r"_(\d+)\.yaml$")


def article_text(content: str) -> str:
    """The text a skeleton holds: the content without trailing spaces on its lines."""
    return "\n".join(line.rstrip() for line in content.strip().splitlines())


def used_indices(folders: Iterable[Path]) -> set[int]:
    """The corpus lines already in gold folders (from their ``rNN_INDEX.yaml`` names)."""
    used: set[int] = set()
    for folder in folders:
        for path in folder.glob("*.yaml"):
            match = INDEX.search(path.name)
            if match:
                used.add(int(match.group(1)))
    return used


def sampled_indices(seeds: range, total: int) -> set[int]:
    """The lines ``eval_events.py --sample SEED`` showed for every seed of ``seeds``."""
    shown: set[int] = set()
    for seed in seeds:
        shown.update(sampled_numbers(seed, total))
    return shown


def skeleton(text: str, title: str, published: str) -> str:
    """One gold file to fill in: the article text as a YAML block, no events yet."""
    body = "\n".join("  " + line if line else "" for line in text.splitlines())
    return (f"published: {published}\ndateline: null\n# title (not part of the text): {title}\n"
            f"text: |-\n{body}\nevents: []\n")


def make_skeletons(out: Path, sets: Sequence[str], seed: int, per: int, words: tuple[int, int],
                   excluded: set[int], corpus: Path) -> dict[str, list[int]]:
    """Draw ``per`` articles for each set name from the corpus lines not ``excluded`` whose
    length in words is within ``words``, and write the skeleton folders under ``out``."""
    lines = sample_lines(corpus)
    pool = []
    for number, line in enumerate(lines):
        n = len((json.loads(line).get("content") or "").split())
        if words[0] <= n <= words[1] and number not in excluded:
            pool.append(number)
    if len(pool) < per * len(sets):
        raise SystemExit(f"error: only {len(pool)} articles are left to draw from; "
                         "ask for fewer sets or widen --words")
    drawn = random.Random(seed).sample(pool, per * len(sets))
    made: dict[str, list[int]] = {}
    for k, name in enumerate(sets):
        folder = out / name
        if folder.exists():
            raise SystemExit(f"error: {folder} exists; choose another set name")
        folder.mkdir(parents=True)
        chosen = sorted(drawn[k * per:(k + 1) * per])
        for position, number in enumerate(chosen, 1):
            record = json.loads(lines[number])
            text = article_text(record.get("content") or "")
            title = " ".join((record.get("title") or "").split())
            path = folder / f"r{position:02d}_{number}.yaml"
            # the record's day, as the JSON Lines reader takes it (``marsad.ingest``)
            day = str(record.get("published") or record.get("date_extracted") or "")[:10]
            path.write_text(skeleton(text, title, day), encoding="utf-8")
            if yaml.safe_load(path.read_text(encoding="utf-8"))["text"] != text:
                raise SystemExit(f"error: {path} does not read back as its article text")
        made[name] = chosen
    return made


def problems(folder: Path) -> tuple[int, list[str]]:
    """The number of events in a filled folder and one line for every malformed label."""
    found: list[str] = []
    count = 0
    for path in sorted(folder.glob("*.yaml")):
        data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        text = str(data.get("text") or "")
        for i, event in enumerate(data.get("events") or [], 1):
            count += 1
            where = f"{path.name} event {i}:"
            found.extend(f"{where} {p}" for p in event_problems(event, text))
    return count, found


def event_problems(event: dict[str, Any], text: str) -> list[str]:
    """What is wrong with one label: unknown or missing fields, a type or factuality not in
    the house lists, a trigger, name or ``by`` that is not in the text, a malformed time."""
    out = []
    if set(event) - FIELDS:
        out.append(f"unknown fields {sorted(set(event) - FIELDS)}")
    out.extend(f"missing {field}" for field in REQUIRED if field not in event)
    if event.get("type") not in TYPES:
        out.append(f"type {event.get('type')!r} is not a PLOVER type")
    if event.get("factuality") not in FACTUALITIES:
        out.append(f"factuality {event.get('factuality')!r}")
    if event.get("factuality") in ("reported", "denied") and not event.get("by"):
        out.append("a reported or denied event needs `by`")
    trigger = str(event.get("trigger", ""))
    if not trigger or text.count(trigger) < int(event.get("nth", 1)):
        out.append(f"trigger «{trigger}» is not in the text (nth {event.get('nth', 1)})")
    for field in ("actors", "targets", "actor_text", "target_text"):
        out.extend(f"{field} «{name}» is not in the text"
                   for name in event.get(field) or [] if str(name) not in text)
    for field in ("place", "by"):
        if event.get(field) and str(event[field]) not in text:
            out.append(f"{field} «{event[field]}» is not in the text")
    if not TIME.fullmatch(str(event.get("time"))):
        out.append(f"time {event.get('time')!r} is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www")
    return out


#: The label fields that name text (offsets when packed); ``place`` and ``by`` hold one name.
NAMES = ("actors", "targets", "actor_text", "target_text")
ONE_NAME = ("place", "by")


def text_digest(text: str) -> str:
    """A short digest of an article's text: the packed file's check that it is the same text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _nth_offset(text: str, needle: str, nth: int) -> int:
    at = -1
    for _ in range(nth):
        at = text.find(needle, at + 1)
        if at < 0:
            raise ValueError(f"«{needle}» does not occur {nth} times")
    return at


def _span_of(text: str, name: str) -> list[int]:
    at = text.find(name)
    if at < 0:
        raise ValueError(f"«{name}» is not in the text")
    return [at, at + len(name)]


def pack_event(event: dict[str, Any], text: str) -> dict[str, Any]:
    """One label with its names replaced by ``[start, end]`` offsets into ``text``."""
    trigger = str(event["trigger"])
    start = _nth_offset(text, trigger, int(event.get("nth", 1)))
    packed: dict[str, Any] = {"type": event["type"], "trigger": [start, start + len(trigger)]}
    for field in NAMES:
        if field in event:
            packed[field] = [_span_of(text, str(name)) for name in event[field] or []]
    for field in ONE_NAME:
        if field in event:
            packed[field] = _span_of(text, str(event[field])) if event[field] else None
    packed["time"] = str(event["time"])
    packed["factuality"] = event["factuality"]
    return packed


def unpack_event(packed: dict[str, Any], text: str) -> dict[str, Any]:
    """The label again, names as strings (``nth`` where the trigger occurs earlier)."""
    start, end = packed["trigger"]
    trigger = text[start:end]
    event: dict[str, Any] = {"type": packed["type"], "trigger": trigger}
    nth = text.count(trigger, 0, start) + 1 if trigger else 1
    if nth > 1:
        event["nth"] = nth
    for field in NAMES:
        if field in packed:
            event[field] = [text[a:b] for a, b in packed[field]]
    for field in ONE_NAME:
        if field in packed:
            event[field] = text[packed[field][0]:packed[field][1]] if packed[field] else None
    event["time"] = packed["time"]
    event["factuality"] = packed["factuality"]
    return event


def pack_folder(folder: Path) -> dict[str, Any]:
    """A labelled folder as a JSON-ready dict with no article text in it."""
    articles = []
    for path in sorted(folder.glob("*.yaml")):
        match = INDEX.search(path.name)
        if not match:
            raise SystemExit(f"error: {path.name} is not named rNN_INDEX.yaml")
        data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        text = str(data.get("text") or "")
        try:
            events = [pack_event(event, text) for event in data.get("events") or []]
        except (KeyError, ValueError) as error:
            raise SystemExit(f"error: {path.name}: {error}; run `real_gold.py check` first")
        articles.append({"file": path.name, "line": int(match.group(1)),
                         "digest": text_digest(text), "published": str(data.get("published")),
                         "events": events})
    return {"set": folder.name, "articles": articles}


def packed_json(packed: dict[str, Any]) -> str:
    """The packed set as JSON with one article head and one label per line (diffs stay small)."""
    def one(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    rows = []
    for article in packed["articles"]:
        head = one({key: value for key, value in article.items() if key != "events"})[:-1]
        labels = ",\n".join("   " + one(event) for event in article["events"])
        rows.append(f" {head}, \"events\": [\n{labels}]}}" if labels else f" {head}, \"events\": []}}")
    return f'{{"set": {one(packed["set"])}, "articles": [\n' + ",\n".join(rows) + "]}\n"


def unpack_folder(packed: dict[str, Any], out: Path, corpus: Path) -> Path:
    """Write the packed set's folder under ``out`` from the corpus; returns the folder."""
    if not corpus.is_file():
        raise SystemExit(f"error: no corpus file {corpus}; the packed gold needs the shared "
                         "corpus (../shared/corpus)")
    lines = sample_lines(corpus)
    folder = out / packed["set"]
    folder.mkdir(parents=True, exist_ok=True)
    for article in packed["articles"]:
        record = json.loads(lines[article["line"]])
        text = article_text(record.get("content") or "")
        if text_digest(text) != article["digest"]:
            raise SystemExit(f"error: corpus line {article['line']} is not the text "
                             f"{packed['set']}/{article['file']} was labelled on")
        title = " ".join((record.get("title") or "").split())
        events = [unpack_event(event, text) for event in article["events"]]
        body = skeleton(text, title, article["published"]).rsplit("events: []", 1)[0]
        listed = "".join("  - " + yaml.safe_dump(event, allow_unicode=True, sort_keys=False,
                                                 default_flow_style=True, width=10**6)
                         for event in events)
        (folder / article["file"]).write_text(
            body + ("events:\n" + listed if events else "events: []\n"), encoding="utf-8")
    return folder


_SENTENCE_END = re.compile(r"[.؟!?](?=\s|$)|\n")


def sentence_of(text: str, offset: int) -> int:
    """The number of the sentence ``offset`` falls in (ends: . ؟ ! ? before a space, a line end)."""
    return len(_SENTENCE_END.findall(text, 0, offset))


def agreement(first: Path, second: Path) -> dict[str, Any]:
    """Type-and-sentence agreement of two labellings of the same articles: a label of one
    matches a label of the other of the same type whose trigger is in the same sentence (one
    to one). Returns the counts and F1, and the labels each labelling alone has."""
    both = only_first = only_second = 0
    alone: list[str] = []
    for path in sorted(first.glob("*.yaml")):
        other = second / path.name
        if not other.is_file():
            raise SystemExit(f"error: {other} is missing; agree needs the same files in both")
        keyed = []
        for folder_path in (path, other):
            data: dict[str, Any] = yaml.safe_load(folder_path.read_text(encoding="utf-8")) or {}
            text = str(data.get("text") or "")
            keyed.append([(str(e["type"]), sentence_of(text, _nth_offset(
                text, str(e["trigger"]), int(e.get("nth", 1)))), str(e["trigger"]))
                for e in data.get("events") or []])
        rest = list(keyed[1])
        for kind, sentence, trigger in keyed[0]:
            hit = next((k for k in rest if k[:2] == (kind, sentence)), None)
            if hit:
                rest.remove(hit)
                both += 1
            else:
                only_first += 1
                alone.append(f"{path.name}: first only {kind} «{trigger}»")
        only_second += len(rest)
        alone.extend(f"{path.name}: second only {k[0]} «{k[2]}»" for k in rest)
    total = 2 * both + only_first + only_second
    return {"both": both, "first_only": only_first, "second_only": only_second,
            "f1": 2 * both / total if total else 1.0, "alone": alone}


def shingles(text: str) -> set[tuple[str, ...]]:
    """The text's word trigrams."""
    words = text.split()
    return set(zip(words, words[1:], words[2:]))


def overlaps(folders: Sequence[Path], threshold: float = 0.3) -> list[tuple[str, str, float]]:
    """Pairs of articles in different folders that share more than ``threshold`` of the
    smaller one's word trigrams: one story told twice."""
    docs = []
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            text = str((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("text") or "")
            docs.append((folder.name, f"{folder.name}/{path.name}", shingles(text)))
    pairs = []
    for i, (set_a, name_a, a) in enumerate(docs):
        for set_b, name_b, b in docs[i + 1:]:
            if set_a != set_b and a and b:
                share = len(a & b) / min(len(a), len(b))
                if share > threshold:
                    pairs.append((name_a, name_b, round(share, 2)))
    return pairs


def _span(value: str) -> tuple[int, int]:
    low, _, high = value.partition("-")
    return int(low), int(high or low)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("skeletons", help="draw articles and write folders to label")
    make.add_argument("out", type=Path)
    make.add_argument("--seed", type=int, required=True)
    make.add_argument("--sets", nargs="+", required=True)
    make.add_argument("--per", type=int, default=18)
    make.add_argument("--words", default="40-800", help="article length in words, LOW-HIGH")
    make.add_argument("--exclude", nargs="*", type=Path, default=[],
                      help="gold folders whose articles are not drawn again")
    make.add_argument("--exclude-samples", metavar="FIRST-LAST",
                      help="seeds of hand-judging samples whose articles are not drawn")
    make.add_argument("--corpus", type=Path, default=sample_file())
    check = commands.add_parser("check", help="check a labelled folder")
    check.add_argument("folder", type=Path)
    overlap = commands.add_parser("overlap", help="near-duplicate articles across folders")
    overlap.add_argument("folders", nargs="+", type=Path)
    pack = commands.add_parser("pack", help="a labelled folder as offsets, no text (committed)")
    pack.add_argument("folder", type=Path)
    pack.add_argument("out", type=Path)
    unpack = commands.add_parser("unpack", help="a packed file's folder again, from the corpus")
    unpack.add_argument("packed", type=Path)
    unpack.add_argument("out", type=Path)
    unpack.add_argument("--corpus", type=Path, default=sample_file())
    agree = commands.add_parser("agree", help="agreement of two labellings of one folder")
    agree.add_argument("first", type=Path)
    agree.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    if args.command == "agree":
        result = agreement(args.first, args.second)
        print("\n".join(result["alone"]))
        print(f"in both {result['both']}, first only {result['first_only']}, second only "
              f"{result['second_only']}: type-and-sentence F1 {result['f1']:.3f}")
        return 0
    if args.command == "pack":
        packed = pack_folder(args.folder)
        args.out.write_text(packed_json(packed), encoding="utf-8")
        print(f"{args.out}: {len(packed['articles'])} articles, "
              f"{sum(len(a['events']) for a in packed['articles'])} events")
        return 0
    if args.command == "unpack":
        packed = json.loads(args.packed.read_text(encoding="utf-8"))
        print(unpack_folder(packed, args.out, args.corpus))
        return 0
    if args.command == "skeletons":
        if not args.corpus.is_file():
            raise SystemExit(f"error: no corpus file {args.corpus}")
        excluded = used_indices(args.exclude)
        if args.exclude_samples:
            first, last = _span(args.exclude_samples)
            excluded |= sampled_indices(range(first, last + 1), len(sample_lines(args.corpus)))
        for name, chosen in make_skeletons(args.out, args.sets, args.seed, args.per,
                                           _span(args.words), excluded, args.corpus).items():
            print(name, chosen)
        return 0
    if args.command == "check":
        count, found = problems(args.folder)
        print("\n".join(found + [f"{count} events, {len(found)} problems"]))
        return 1 if found else 0
    for pair in overlaps(args.folders):
        print(*pair)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
