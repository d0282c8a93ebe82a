"""Stage "clean": from ``Article.raw`` to ``Article.text``, the body every offset indexes.

In order: invisible controls are dropped and presentation forms mapped to letters; the
title is taken from the metadata (or from a first line repeated as the next) and its
repetitions in the body removed; the dateline is parsed and set on a line of its own;
«related links» lines and blocks, share/follow lines and glued tag lists are removed;
crossheads are marked as heading paragraphs. Every removal is a ``Removed(kind, text, reason)``. Markers are data
(``related_links.tsv``, ``boilerplate.tsv``, ``cleaning.yaml``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from marsad.arabic.normalise import fold, normalise
from marsad.dateline import parse_dateline
from marsad.lexicons import load_table, load_yaml
from marsad.model import Article, Paragraph, Removed
from marsad.pipeline import stage

PARAGRAPH_BREAK = "\n\n"

# Zero-width and bidi controls (ALM, ZWSP…RLM, LRE…RLO, word joiner…, LRI…PDI, BOM, SHY),
# and the C0/C1 control characters other than tab and line breaks.
_CONTROLS = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f"
                       "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufefe]")
_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
#: Markers are matched at the start of a line, tag lists near the end: only that much is folded.
_HEAD_CHARS = 64
_TAIL_CHARS = 320
_FIRST_WORD = re.compile(r"\w+")
_ADDRESS_LINE = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)$")
_MARKER_END = r"(?=$|[\s:.،,|\-–—»«()\[\]])"
_LIST_ITEM = re.compile(r"^\s*\d+\s*[-.)–]")
_LETTER = re.compile(r"[^\W\d_]{2}")


@dataclass(frozen=True, slots=True)
class _Rules:
    related: re.Pattern[str]
    first_words: frozenset[str]  # folded first words of every line marker: a cheap pre-check
    tail_words_raw: tuple[str, ...]  # tail markers as written: a cheap pre-check
    line_marker: re.Pattern[str]
    line_max_words: dict[str, int]
    tail: re.Pattern[str]
    sentence_end: str
    heading_words: int
    title_words: int
    link_words: int
    tail_words: int


def _alternation(markers: list[str]) -> str:
    return "|".join(re.escape(m) for m in sorted(set(markers), key=len, reverse=True))


@functools.cache
def _rules() -> _Rules:
    settings = load_yaml("cleaning.yaml")
    related = [fold(row["marker"]) for row in load_table("related_links.tsv")]
    rows = load_table("boilerplate.tsv")
    lines = {fold(r["marker"]): int(r["max_words"] or 0) for r in rows if r["where"] == "line"}
    tails = [fold(r["marker"]) for r in rows if r["where"] == "tail"]
    ends = "".join(settings["sentence_end"])
    return _Rules(
        related=re.compile(rf"^(?:{_alternation(related)}){_MARKER_END}"),
        first_words=frozenset(m.split()[0] for m in [*related, *lines]),
        tail_words_raw=tuple(r["marker"] for r in rows if r["where"] == "tail"),
        line_marker=re.compile(rf"^({_alternation(list(lines))}){_MARKER_END}"),
        line_max_words=lines,
        tail=re.compile(rf"(?:^|(?<=[{re.escape(ends)}»”\")]))\s*(?:{_alternation(tails)})\s"),
        sentence_end=ends,
        heading_words=int(settings["heading_words"]),
        title_words=int(settings["title_words"]),
        link_words=int(settings["link_words"]),
        tail_words=int(settings["tail_words"]),
    )


# --- characters -------------------------------------------------------------------------

@functools.cache
def _ordinary(form: str) -> str:
    return unicodedata.normalize("NFKC", form)


#: Any character the three passes below change: most articles have none, and one search
#: spares the other passes.
_ANY_SPECIAL = re.compile("[" + "".join(p.pattern[1:-1]
                                         for p in (_CONTROLS, _PRESENTATION_FORMS, _SPACES)) + "]")


def clean_characters(raw: str, removed: list[Removed]) -> str:
    """Drop zero-width/bidi controls (recorded), map presentation forms to letters, NFC."""
    if _ANY_SPECIAL.search(raw) is None:  # nothing to drop or map: line breaks and NFC only
        return unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    controls = Counter(_CONTROLS.findall(raw))
    if controls:
        listed = ", ".join(f"U+{ord(ch):04X}×{n}" for ch, n in sorted(controls.items()))
        removed.append(Removed("control_chars", listed, "zero-width and bidi control characters"))
        raw = _CONTROLS.sub("", raw)
    raw = _PRESENTATION_FORMS.sub(lambda m: _ordinary(m.group()), raw)
    raw = _SPACES.sub(" ", raw.replace("\r\n", "\n").replace("\r", "\n"))
    return unicodedata.normalize("NFC", raw)


_fold_word = functools.lru_cache(maxsize=8192)(fold)


def _lines(text: str) -> list[str]:
    return [line for line in (" ".join(part.split()) for part in text.split("\n")) if line]


def _key(text: str) -> str:
    """Comparison form: folded words only (punctuation and spacing ignored)."""
    return " ".join(re.findall(r"\w+", fold(text)))


def _same_key(a: str, b: str) -> bool:
    """``_key(a) == _key(b)``, most pairs told apart from their first characters alone: the
    key of a head is a prefix of the whole key, so equal keys have heads one of which
    begins the other (folding long paragraphs only to find they differ is most of it)."""
    head_a, head_b = _key(a[:_HEAD_CHARS]), _key(b[:_HEAD_CHARS])
    if not (head_a.startswith(head_b) or head_b.startswith(head_a)):
        return False
    return _key(a) == _key(b)


def _words(text: str) -> int:
    return len(text.split())


# --- title ------------------------------------------------------------------------------

def _take_title(lines: list[str], metadata: dict[str, Any], removed: list[Removed]) -> str | None:
    meta = metadata.get("title")
    title = " ".join(clean_characters(str(meta), []).split()) if meta else None
    if not title and len(lines) >= 2 and _same_key(lines[0], lines[1]):
        title = lines.pop(0)
    elif not title and _title_like(lines):
        return lines.pop(0)
    if title:
        while lines and _same_key(lines[0], title):
            removed.append(Removed("duplicate_title", lines.pop(0), "headline repeated in the body"))
    return title


def _title_like(lines: list[str]) -> bool:
    """A plain text's first line is its title when short, unpunctuated, not a dateline,
    and followed by a longer line or by a dateline."""
    if len(lines) < 2:
        return False
    first, rules = lines[0], _rules()
    if _words(first) > rules.title_words or first[-1] in rules.sentence_end:
        return False
    if parse_dateline(first) is not None:
        return False
    return _words(lines[1]) > _words(first) or parse_dateline(lines[1]) is not None


# --- dateline ---------------------------------------------------------------------------

def _take_dateline(lines: list[str], article: Article) -> None:
    """Parse the dateline opening the body and give it a line (paragraph) of its own, so
    that it stays in the text — its place, agency and date keep their offsets — without
    joining the first sentence. ``_mark_dateline`` records where it landed."""
    if not lines:
        return
    found = parse_dateline(lines[0])
    if found is None:
        return
    dateline, cut = found
    article.dateline = dateline
    rest = lines[0][cut:].strip()
    lines[0] = dateline.text
    if rest:
        lines.insert(1, rest)


def _mark_dateline(article: Article) -> None:
    dateline = article.dateline
    if dateline is None or not article.paragraphs:
        return
    first = article.paragraphs[0]
    if article.text[first.start:first.end] == dateline.text:
        first.heading = False
        first.dateline = True
        dateline.start, dateline.end = first.start, first.end
        if len(article.paragraphs) > 1:
            article.paragraphs[1].heading = False  # the body's opening line, not a crosshead


# --- related links, share/follow lines, tag lists -----------------------------------------

def _drop_boilerplate(lines: list[str], removed: list[Removed]) -> list[str]:
    rules = _rules()
    kept: list[str] = []
    in_block = False
    for line in lines:
        if _ADDRESS_LINE.match(line):
            removed.append(Removed("boilerplate", line, "e-mail or web address line"))
            continue
        first = _FIRST_WORD.match(line)
        if not (first and _fold_word(first.group()) in rules.first_words) and not in_block:
            kept.append(line)
            continue
        folded = fold(line[:_HEAD_CHARS])
        if rules.related.match(folded):
            removed.append(Removed("related_links", line, "«related links» line"))
            in_block = not re.sub(r"[\W_]+", " ", rules.related.sub("", folded)).strip()
            continue
        if in_block and _link_like(line, rules):
            removed.append(Removed("related_links", line, "line of a «related links» block"))
            continue
        in_block = False
        marker = rules.line_marker.match(folded)
        limit = rules.line_max_words.get(marker.group(1), 0) if marker else -1
        if marker and (limit == 0 or _words(line) <= limit):
            removed.append(Removed("boilerplate", line, "share/follow or site line"))
            continue
        kept.append(line)
    if len(kept) > 1:
        kept[-1] = _cut_tail(kept[-1], removed, rules)
    return [line for line in kept if line]


def _link_like(line: str, rules: _Rules) -> bool:
    return _words(line) <= rules.link_words and line[-1] not in ".!؟?"


def _cut_tail(line: str, removed: list[Removed], rules: _Rules) -> str:
    start = max(0, len(line) - _TAIL_CHARS)
    if not any(word in line[start:] for word in rules.tail_words_raw):
        return line
    folded, offsets = normalise(line[start:])
    match = rules.tail.search(folded, 1 if start else 0)  # «^» is the line's start only
    if not match:
        return line
    cut = start + offsets.to_original(match.start())
    tail = line[cut:].strip()
    if _words(tail) > rules.tail_words or any(ch in rules.sentence_end for ch in tail):
        return line
    removed.append(Removed("boilerplate", tail, "tag list glued to the end"))
    return line[:cut].rstrip()


# --- paragraphs and crossheads ----------------------------------------------------------

def _is_crosshead(lines: list[str], i: int, rules: _Rules) -> bool:
    """A short, unpunctuated line with a paragraph before it and a body paragraph after."""
    if i == 0 or i == len(lines) - 1:
        return False
    line, after = lines[i], lines[i + 1]
    if _LIST_ITEM.match(line) or not _LETTER.search(line):
        return False
    most = rules.heading_words
    # words are counted up to one past ``most`` (a body paragraph has hundreds): a count
    # above ``most`` only needs to be known as such
    words = _words_upto(line, most)
    if words > most or line[-1] in rules.sentence_end:
        return False
    words_after = _words_upto(after, most)
    return words_after > words and (words_after > most or after[-1] in rules.sentence_end)


def _words_upto(text: str, most: int) -> int:
    """``min(_words(text), most + 1)``."""
    return len(text.split(None, most))


def _assemble(lines: list[str]) -> tuple[str, list[Paragraph]]:
    rules = _rules()
    paragraphs: list[Paragraph] = []
    offset = 0
    for i, line in enumerate(lines):
        paragraphs.append(Paragraph(offset, offset + len(line), _is_crosshead(lines, i, rules)))
        offset += len(line) + len(PARAGRAPH_BREAK)
    return PARAGRAPH_BREAK.join(lines), paragraphs


# --- date -------------------------------------------------------------------------------

def as_date(value: object) -> date | None:
    """A ``date`` from a date, datetime or ISO-like string; ``None`` when it is not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    for candidate in (text.replace("Z", "+00:00"), text[:10]):
        try:
            return datetime.fromisoformat(candidate).date()
        except ValueError:
            continue
    return None


@stage("clean", requires=("raw", "metadata"),
       assigns=("text", "title", "published", "removed", "dateline", "paragraphs"))
def clean(article: Article) -> None:
    removed: list[Removed] = []
    lines = _lines(clean_characters(article.raw, removed))
    article.title = _take_title(lines, article.metadata, removed)
    _take_dateline(lines, article)
    lines = _drop_boilerplate(lines, removed)
    article.text, article.paragraphs = _assemble(lines)
    _mark_dateline(article)
    article.removed = removed
    stated = article.dateline.date if article.dateline else None
    article.published = (article.published_override or as_date(article.metadata.get("published"))
                         or as_date(stated))
