"""Test scaffolding, not shipped: an ``Article`` built by hand from a gold file, with the
entities, statements and times the annotator placed, so the events stage can be measured
on its own ("oracle" upstream layers). ``scripts/eval_events.py --pipeline`` measures the
real chain instead.

Gold files (one YAML per article, arguments named by their surface strings)::

    published: 2025-03-02
    dateline: غزة                      # optional
    text: |
      …
    entities: {الجيش الإسرائيلي: ORG, غزة: GPE}
    statements:                         # optional
      - {act: DENY, cue: نفت, speaker: وزارة الدفاع, content: "انسحاب الجيش من حمص"}
    times: {أمس: 2025-03-01}            # optional
    events:
      - {type: ASSAULT, trigger: قصف, actors: [الجيش الإسرائيلي], targets: [], place: غزة,
         time: 2025-03-02, factuality: asserted}
"""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from marsad.arabic.normalise import fold
from marsad.model import (Article, Dateline, Entity, Event, Sentence, Speaker, Statement, Time,
                          Token)

GOLD_DIR = Path(__file__).resolve().parent
_TOKEN = re.compile(r"[\w\u064B-\u0652\u0670\u0640]+|[^\w\s]")
_SENTENCE_END = {".", "؟", "!", "?"}
#: Letters an entity may follow inside a word («وسوريا»، «بغزة»، «لحماس»).
_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "وال")


def gold_files(part: str = "") -> list[Path]:
    """The gold files: the development set, or ``part="heldout"`` (never tuned on)."""
    return sorted((GOLD_DIR / part if part else GOLD_DIR).glob("*.yaml"))


def load_gold(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def tokenise(text: str) -> tuple[list[Token], list[Sentence]]:
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    start = 0
    for match in _TOKEN.finditer(text):
        word = match.group()
        if tokens and "\n" in text[tokens[-1].end:match.start()] and tokens[-1].sentence == len(sentences):
            sentences.append(Sentence(start, tokens[-1].end))
            start = match.start()
        kind = "punct" if not word[0].isalnum() and word[0] != "_" else (
            "number" if word.isdigit() else "word")
        tokens.append(Token(match.start(), match.end(), word, fold(word), kind,
                            stem=fold(word), sentence=len(sentences)))
        if word in _SENTENCE_END:
            sentences.append(Sentence(start, match.end()))
            start = match.end() + 1
    if tokens and tokens[-1].sentence == len(sentences):
        sentences.append(Sentence(start, tokens[-1].end))
    return tokens, sentences


def _aligned(text: str, tokens: list[Token], start: int, end: int) -> bool:
    token = next((t for t in tokens if t.start <= start < t.end), None)
    ends = any(t.end == end for t in tokens)
    if token is None or not ends:
        return False
    return token.start == start or text[token.start:start] in _CLITICS


def place_entities(text: str, tokens: list[Token], surfaces: dict[str, str]) -> list[Entity]:
    taken = [False] * len(text)
    spans: list[tuple[int, int, str]] = []
    for surface in sorted(surfaces, key=len, reverse=True):
        for match in re.finditer(re.escape(surface), text):
            lo, hi = match.span()
            if any(taken[lo:hi]) or not _aligned(text, tokens, lo, hi):
                continue
            taken[lo:hi] = [True] * (hi - lo)
            spans.append((lo, hi, surfaces[surface]))
    spans.sort()
    return [Entity(f"m{n}", lo, hi, text[lo:hi], type_, source="gold")
            for n, (lo, hi, type_) in enumerate(spans, 1)]


def _find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    at = text.find(needle, after)
    if at < 0:
        at = text.find(needle)
    if at < 0:
        raise ValueError(f"gold: {needle!r} not in the text")
    return at, at + len(needle)


def place_statements(text: str, entities: list[Entity],
                     items: list[dict[str, Any]]) -> list[Statement]:
    statements: list[Statement] = []
    for n, item in enumerate(items, 1):
        cue = _find(text, item["cue"])
        content = _find(text, item["content"], cue[0])
        speaker = None
        if item.get("speaker"):
            lo, hi = _find(text, item["speaker"], max(cue[0] - 80, 0))
            inside = [e.id for e in entities if lo <= e.start and e.end <= hi]
            speaker = Speaker(lo, hi, text[lo:hi], entity=inside[0] if len(inside) == 1 else None,
                              actors=inside if len(inside) > 1 else [])
        statements.append(Statement(f"s{n}", item["act"], cue, content, speaker))
    return statements


def place_times(text: str, values: dict[str, str]) -> list[Time]:
    times = []
    for surface, value in values.items():
        for match in re.finditer(re.escape(surface), text):
            times.append(Time(match.start(), match.end(), surface, "DATE", str(value)))
    return sorted(times, key=lambda t: t.start)


def article_from_gold(gold: dict[str, Any]) -> Article:
    text = gold["text"].strip()
    article = Article(raw=text, text=text)
    published = gold.get("published")
    article.published = published if isinstance(published, date) else (
        date.fromisoformat(str(published)) if published else None)
    if gold.get("dateline"):
        article.dateline = Dateline(text=gold["dateline"], place=gold["dateline"])
    article.tokens, article.sentences = tokenise(text)
    article.entities = place_entities(text, article.tokens, gold.get("entities") or {})
    article.statements = place_statements(text, article.entities, gold.get("statements") or [])
    article.times = place_times(text, gold.get("times") or {})
    return article


def article_from_text(text: str, entities: dict[str, str] | None = None,
                      statements: list[dict[str, Any]] | None = None,
                      times: dict[str, str] | None = None,
                      published: str = "2025-01-15", dateline: str | None = None) -> Article:
    """A hand-built article for a unit test."""
    return article_from_gold({"text": text, "entities": entities or {},
                              "statements": statements or [], "times": times or {},
                              "published": published, "dateline": dateline})


def coded(text: str, entities: dict[str, str] | None = None, **layers: Any
          ) -> tuple[Article, list[Event]]:
    """An article built by hand from ``text`` and its events as the events stage codes them."""
    from marsad.events import code_events

    article = article_from_text(text, entities, **layers)
    article.events = code_events(article)
    return article, article.events


def script(name: str) -> ModuleType:
    """A fresh copy of ``scripts/<name>.py`` (read, never changed), registered under its name
    (dataclasses look their module up there)."""
    path = GOLD_DIR.parents[2] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@functools.cache
def _eval_script() -> ModuleType:
    """``scripts/eval_events.py``, loaded once (read, never changed)."""
    path = GOLD_DIR.parents[2] / "scripts" / "eval_events.py"
    spec = importlib.util.spec_from_file_location("eval_events_oracle", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_events_oracle"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@functools.cache
def scored(folder: str, pipeline: bool = True) -> dict[str, Any]:
    """The scores of the gold folder ``tests/gold/events/<folder>`` (``scripts/eval_events.py
    [--pipeline] --gold DIR``), computed once per test run however many tests read them;
    the result is shared: read it, never change it."""
    result: dict[str, Any] = _eval_script().evaluate(pipeline=pipeline,
                                                     gold_dir=GOLD_DIR / folder)
    return result


def analyzed(text: str, published: str = "2024-05-01") -> Article:
    """``text`` through the real chain (every stage), dated ``published``."""
    import marsad

    return marsad.analyze(text, published=published)


def first_coded(text: str, type_: str, published: str = "2024-05-01") -> tuple[Article, Event]:
    """``text`` through the real chain and its first event of ``type_`` (the test fails,
    listing what was coded, if there is none)."""
    article = analyzed(text, published=published)
    found = of_type(article.events, type_)
    assert found, f"no {type_} event in {text!r}: {types(article.events)}"
    return article, found[0]


def names(article: Article, ids: list[str]) -> list[str]:
    """The surface text of the entities ``ids``."""
    return [article.entity(i).text for i in ids]  # type: ignore[union-attr]


def types(events: list[Event]) -> list[str]:
    """The types of ``events``, in order."""
    return [e.type for e in events]


def of_type(events: list[Event], type_: str) -> list[Event]:
    """The events of one type."""
    return [e for e in events if e.type == type_]


def times_in_order(text: str, type_: str, published: str) -> list[str | None]:
    """The times of the events of ``type_`` coded from ``text``, in text order (at least one)."""
    events = of_type(analyzed(text, published=published).events, type_)
    assert events, f"no {type_} event in {text!r}"
    return [e.time for e in sorted(events, key=lambda e: (e.trigger or e.evidence)[0])]


def places(text: str, type_: str) -> list[str | None]:
    """The place text of each event of ``type_`` coded from ``text`` (``None``: no place)."""
    article = analyzed(text)
    found = [article.entity(e.place) if e.place else None for e in of_type(article.events, type_)]
    return [entity.text if entity else None for entity in found]


def event_places(text: str) -> list[tuple[str, str | None]]:
    """Each event coded from ``text``, in order, as (type, its place's text or ``None``)."""
    article = analyzed(text)
    names = {e.id: e.text for e in article.entities}
    return [(e.type, names.get(e.place) if e.place else None) for e in article.events]


def triggers(text: str, type_: str, published: str = "2024-05-01") -> list[str]:
    """The trigger text (else the evidence) of each event of ``type_`` coded from ``text``
    (dated ``published``), in order."""
    article = analyzed(text, published)
    found = []
    for event in of_type(article.events, type_):
        start, end = event.trigger or event.evidence
        found.append(article.text[start:end])
    return found


def timed_triggers(text: str, type_: str, published: str = "2024-05-01"
                   ) -> list[tuple[str, str | None]]:
    """The trigger text (else the evidence) and the time of each event of ``type_`` coded from
    ``text`` dated ``published``, in order."""
    article = analyzed(text, published=published)
    return [(article.text[slice(*(e.trigger or e.evidence))], e.time)
            for e in of_type(article.events, type_)]


def only(events: list[Event], type_: str) -> Event:
    """The one event of ``type_`` (the test fails, listing what was coded, if not one)."""
    found = of_type(events, type_)
    assert len(found) == 1, [(e.type, e.mode) for e in events]
    return found[0]
