"""What every reader shares: the ``Rejected`` value and the reading options."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.model import Article

#: The default size limit for one input file (and one JSON Lines record): 5 MB.
DEFAULT_MAX_BYTES = 5_000_000

#: Files read from a directory when no ``--include`` glob is given.
DEFAULT_INCLUDE: tuple[str, ...] = ("*.txt", "*.text", "*.html", "*.htm", "*.jsonl", "*.ndjson")


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that did not become an article, and a one-line reason that says what to do."""

    path: str | None
    reason: str

    def __str__(self) -> str:
        return f"{self.path or '<input>'}: {self.reason}"


Item = Article | Rejected


@dataclass(frozen=True, slots=True)
class JsonlFields:
    """Which JSON Lines fields hold what. Each entry lists the names tried, in order."""

    text: tuple[str, ...] = ("text", "content", "body", "article")
    title: tuple[str, ...] = ("title", "headline")
    date: tuple[str, ...] = ("published", "date", "date_published", "date_extracted")
    url: tuple[str, ...] = ("url", "link")
    id: tuple[str, ...] = ("id",)
    outlet: tuple[str, ...] = ("outlet", "sitename", "source")
    author: tuple[str, ...] = ("author",)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Options shared by all readers (one object, passed down)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    include: tuple[str, ...] = DEFAULT_INCLUDE
    fields: JsonlFields = field(default_factory=JsonlFields)
    force_jsonl: bool = False  # read stdin as JSON Lines even when it does not look like it


def human_size(n: int) -> str:
    """``5000000`` → ``"5 MB"``; ``1536`` → ``"1.5 kB"``."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= scale:
            value = n / scale
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{n} bytes"


def too_big(size: int, options: ReadOptions) -> str:
    return f"over the {human_size(options.max_bytes)} size limit (--max-bytes): split it"
