"""The article record and its layers.

Every span carries ``start``/``end`` character offsets into ``Article.text``; the
``text`` of a span is always derived from those offsets (``Article.span_text``).
``Article.to_dict()`` produces the public record described in
``docs/record.md`` (field names are a public contract: extend, never rename).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any


class SpanError(ValueError):
    """A span whose offsets do not line up with ``Article.text``."""


@dataclass(slots=True)
class Source:
    path: str | None = None
    url: str | None = None
    outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "url": self.url, "outlet": self.outlet}


@dataclass(slots=True)
class Removed:
    """A part of the raw input that cleaning dropped, and why."""

    kind: str  # duplicate_title | related_links | boilerplate | dateline | control_chars
    text: str
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass(slots=True)
class Dateline:
    """What a dateline said: ``دمشق، سوريا (CNN) --`` or ``الرياض - واس``."""

    text: str
    place: str | None = None
    agency: str | None = None
    author: str | None = None
    date: str | None = None  # ISO date when the dateline states one
    start: int | None = None  # where it stands in Article.text (its own first paragraph)
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "place": self.place, "agency": self.agency,
                "author": self.author, "date": self.date, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    heading: bool = False
    dateline: bool = False


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    heading: bool = False
    paragraph: int = 0
    dateline: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.heading:
            out["heading"] = True
        if self.dateline:
            out["dateline"] = True
        return out


@dataclass(slots=True)
class Token:
    """One token. ``norm`` is the matching form (see ``marsad.arabic.normalise``);
    ``prefix``/``stem``/``suffix`` are a conservative clitic split of ``norm``."""

    start: int
    end: int
    text: str
    norm: str
    kind: str  # word | number | punct | url | abbr | latin | symbol
    prefix: str = ""
    stem: str = ""
    suffix: str = ""
    sentence: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "norm": self.norm,
                "kind": self.kind, "prefix": self.prefix, "stem": self.stem,
                "suffix": self.suffix}


@dataclass(slots=True)
class Link:
    kb: str  # "geonames:169577", "actor:fuad-hussein", "country:SY"
    name_en: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    score: float = 1.0
    kind: str | None = None  # country | admin1 | place | person | organisation | ...

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kb": self.kb, "name_en": self.name_en, "country": self.country,
                               "score": round(self.score, 3)}
        if self.lat is not None:
            out["lat"] = round(self.lat, 5)
            out["lon"] = round(self.lon, 5) if self.lon is not None else None
        if self.kind:
            out["kind"] = self.kind
        return out


@dataclass(slots=True)
class Entity:
    id: str
    start: int
    end: int
    text: str
    type: str  # PER ORG GPE LOC FAC NORP MISC
    link: Link | None = None
    source: str = ""  # kb | tagger | rule | fused

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "start": self.start, "end": self.end,
                               "text": self.text, "type": self.type,
                               "link": self.link.to_dict() if self.link else None}
        if self.source:
            out["source"] = self.source
        return out


@dataclass(slots=True)
class Time:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    part_of_day: str | None = None  # MO AF EV NI
    mod: str | None = None  # START MID END APPROX BEFORE AFTER
    anchored: bool = True

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                               "type": self.type, "value": self.value,
                               "part_of_day": self.part_of_day}
        if self.mod:
            out["mod"] = self.mod
        if not self.anchored:
            out["anchored"] = False
        return out


def span_dict(start: int, end: int, text: str) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text}


@dataclass(slots=True)
class Speaker:
    start: int
    end: int
    text: str
    entity: str | None = None
    actors: list[str] = field(default_factory=list)  # entity ids of a compound speaker
    anonymous: bool = False
    link: Link | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                               "entity": self.entity}
        if self.actors:
            out["actors"] = list(self.actors)
        if self.anonymous:
            out["anonymous"] = True
        if self.link:
            out["link"] = self.link.to_dict()
        return out


@dataclass(slots=True)
class Statement:
    id: str
    act: str
    cue: tuple[int, int]
    content: tuple[int, int]
    speaker: Speaker | None = None
    direct: bool = False
    via: list[dict[str, Any]] = field(default_factory=list)
    time: str | None = None
    hedged: bool = False


@dataclass(slots=True)
class Event:
    id: str
    type: str
    mode: str
    evidence: tuple[int, int]
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None
    time: str | None = None
    factuality: str = "asserted"
    by: str | None = None
    trigger: tuple[int, int] | None = None
    actor_text: list[str] = field(default_factory=list)  # unnamed actors kept as text
    target_text: list[str] = field(default_factory=list)  # unnamed targets kept as text


@dataclass(slots=True)
class Framing:
    start: int
    end: int
    text: str
    frame: str
    refers_to: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "frame": self.frame,
                "refers_to": self.refers_to}


@dataclass
class Article:
    """One article as it moves through the pipeline.

    ``raw`` is what the reader produced (plain text, HTML already extracted);
    ``text`` is the cleaned body that every offset indexes.
    """

    raw: str
    source: Source = field(default_factory=Source)
    metadata: dict[str, Any] = field(default_factory=dict)
    published_override: date | None = None

    title: str | None = None
    published: date | None = None
    language: str = "ar"
    text: str = ""
    removed: list[Removed] = field(default_factory=list)
    dateline: Dateline | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    kb_matches: list[Any] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def span_text(self, start: int, end: int) -> str:
        """The text of ``[start, end)``; raises ``SpanError`` for offsets that don't line up."""
        if not (0 <= start <= end <= len(self.text)):
            raise SpanError(f"span {start}..{end} outside text of length {len(self.text)}")
        return self.text[start:end]

    def entity(self, entity_id: str) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def to_dict(self, *, tokens: bool = False) -> dict[str, Any]:
        """The public record (see ``docs/record.md``)."""
        out: dict[str, Any] = {
            "id": self.id,
            "source": self.source.to_dict(),
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "sentences": [s.to_dict() for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "times": [t.to_dict() for t in self.times],
            "statements": [self._statement_dict(s) for s in self.statements],
            "events": [self._event_dict(e) for e in self.events],
            "framing": [f.to_dict() for f in self.framing],
        }
        if tokens:
            out["tokens"] = [t.to_dict() for t in self.tokens]
        return out

    def _span(self, span: tuple[int, int]) -> dict[str, Any]:
        return span_dict(span[0], span[1], self.span_text(*span))

    def _statement_dict(self, st: Statement) -> dict[str, Any]:
        return {"id": st.id, "act": st.act, "cue": self._span(st.cue),
                "speaker": st.speaker.to_dict() if st.speaker else None,
                "content": self._span(st.content), "direct": st.direct,
                "via": list(st.via), "time": st.time, "hedged": st.hedged}

    def _event_dict(self, ev: Event) -> dict[str, Any]:
        out: dict[str, Any] = {"id": ev.id, "type": ev.type, "mode": ev.mode,
                               "actors": list(ev.actors), "targets": list(ev.targets),
                               "place": ev.place, "time": ev.time,
                               "factuality": ev.factuality, "by": ev.by,
                               "evidence": self._span(ev.evidence)}
        if ev.trigger:
            out["trigger"] = self._span(ev.trigger)
        if ev.actor_text:
            out["actor_text"] = list(ev.actor_text)
        if ev.target_text:
            out["target_text"] = list(ev.target_text)
        return out
