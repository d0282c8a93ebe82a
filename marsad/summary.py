"""The readable summary of one analysed article (``marsad analyze --format text``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from marsad.model import Article

_MAX_ITEMS = 12
_MAX_CHARS = 90


def _short(text: str, limit: int = _MAX_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _listed(items: Iterable[str]) -> list[str]:
    items = list(items)
    shown = [f"  - {item}" for item in items[:_MAX_ITEMS]]
    if len(items) > _MAX_ITEMS:
        shown.append(f"  … and {len(items) - _MAX_ITEMS} more")
    return shown


def summarise(article: Article, *, timings: bool = False) -> str:
    """A few lines a reader can scan: title, date, dateline, counts and the found layers."""
    src = article.source
    lines = [f"== {src.path or src.url or '<input>'}" + (f" ({src.outlet})" if src.outlet else ""),
             f"title:      {article.title or '—'}",
             f"published:  {article.published.isoformat() if article.published else '—'}"]
    if article.dateline:
        d = article.dateline
        parts = [f"{name} {value}" for name, value in (
            ("place", d.place), ("agency", d.agency), ("author", d.author), ("date", d.date))
            if value]
        lines.append(f"dateline:   {d.text}" + (f"  ({', '.join(parts)})" if parts else ""))
    kinds = Counter(r.kind for r in article.removed)
    lines.append(f"removed:    {len(article.removed)}"
                 + (" — " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) if kinds else ""))
    headings = sum(p.heading for p in article.paragraphs)
    lines.append(f"counts:     {len(article.paragraphs)} paragraphs ({headings} headings), "
                 f"{len(article.sentences)} sentences, {len(article.tokens)} tokens, "
                 f"{len(article.entities)} entities, {len(article.times)} times, "
                 f"{len(article.statements)} statements, {len(article.events)} events")
    lines += _layers(article)
    if timings and article.timings:
        lines.append("timings:    " + ", ".join(f"{name} {seconds * 1000:.2f} ms"
                                                for name, seconds in article.timings.items()))
    return "\n".join(lines)


def _layers(article: Article) -> list[str]:
    out: list[str] = []
    if article.entities:
        out.append("entities:")
        out += _listed(f"{e.text} [{e.type}]" + (f" → {e.link.kb} {e.link.name_en}" if e.link else "")
                       for e in article.entities)
    if article.times:
        out.append("times:")
        out += _listed(f"{t.text} [{t.type}] = {t.value}" for t in article.times)
    if article.statements:
        out.append("statements:")
        out += _listed(
            f"{s.act} {(s.speaker.text if s.speaker else '?')}: "
            f"«{_short(article.text[s.content[0]:s.content[1]], 70)}»" for s in article.statements)
    if article.events:
        out.append("events:")
        out += _listed(f"{e.type}/{e.mode} ({e.factuality}): "
                       f"{_short(article.text[e.evidence[0]:e.evidence[1]], 70)}"
                       for e in article.events)
    return out
