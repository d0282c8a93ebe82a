"""Reading the NER training corpora into sentences of (folded word, BIO tag) pairs.

NewsFANE (``token<TAB>tag``, a blank line between sentences) comes partly segmented: the
conjunctions و/ف, some prepositions and the pronoun suffixes are separate tokens. News
text at inference is not, so ``attach_clitics`` glues them back onto their word (the tag
is the word's): the tagger learns on the same kind of tokens it will see. Fine classes
become marsad's types through ``marsad/lexicons/ner_labels.tsv``.

The corpus has no document boundaries, so the dev set is contiguous blocks of
sentences: the last tenth of each of ten equal parts (``split_dev``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

from marsad.arabic.normalise import fold
from marsad.lexicons import load_table

Sentence = list[tuple[str, str]]

#: Separate clitic tokens that belong to the next word (pro-) or the previous one (en-).
PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك"})
ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن", "نا", "كم"})


class CorpusError(ValueError):
    """A training file that cannot be read."""


@functools.cache
def _coarse() -> dict[str, str]:
    return {row["fine"]: row["coarse"] for row in load_table("ner_labels.tsv")}


def coarse_tag(tag: str) -> str:
    """``B-Politician`` → ``B-PER``; unknown or unmapped classes → ``O``."""
    if tag == "O" or "-" not in tag:
        return "O"
    bio, fine = tag.split("-", 1)
    coarse = _coarse().get(fine, "O")
    return "O" if coarse == "O" else f"{bio}-{coarse}"


def _is_word(token: str) -> bool:
    return len(token) > 1 and token[:1].isalpha() and not token.isascii()


def attach_clitics(sentence: Sentence) -> Sentence:
    """Glue separate proclitic and enclitic tokens onto their words."""
    out: Sentence = []
    pending, pending_tag = "", "O"
    for word, tag in sentence:
        if word in PROCLITICS and tag[:1] in "OI":
            if not pending:
                pending_tag = tag
            pending += word
            continue
        if word in ENCLITICS and out and _is_word(out[-1][0]) and not pending:
            prev_word, prev_tag = out[-1]
            out[-1] = (prev_word + word, prev_tag)
            continue
        if pending and _is_word(word):
            out.append((pending + word, tag))
        else:
            if pending:
                out.append((pending, pending_tag))
            out.append((word, tag))
        pending = ""
    if pending:
        out.append((pending, pending_tag))
    return _repair_bio(out)


def _repair_bio(sentence: Sentence) -> Sentence:
    """An ``I-X`` that does not follow ``B-X``/``I-X`` starts a name (``B-X``)."""
    out: Sentence = []
    prev = "O"
    for word, tag in sentence:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append((word, tag))
        prev = tag
    return out


def read_newsfane(path: Path) -> list[Sentence]:
    """NewsFANE sentences with folded words, coarse tags and clitics attached."""
    return [attach_clitics(s) for s in _read_columns(path, separator="\t")]


def read_wojood(path: Path) -> list[Sentence]:
    """Wojood sentences with folded words and coarse tags: of its nested layers, the
    outermost name of a type marsad keeps (``سكرتير اللجنة`` is OCC, ``اللجنة`` ORG)."""
    return _read_columns(path, separator=" ")


def _outermost(tags: list[list[str]]) -> list[str]:
    """One BIO layer from nested layers: the longest kept spans that do not overlap."""
    spans: list[tuple[int, int, str]] = []
    for layer in range(max(len(t) for t in tags)):
        column = [t[layer] if layer < len(t) else "O" for t in tags]
        spans.extend(s for s in bio_spans(column) if s[2] != "O")
    spans.sort(key=lambda s: (s[0] - s[1], s[0]))
    out = ["O"] * len(tags)
    for start, end, typ in spans:
        if all(tag == "O" for tag in out[start:end]):
            out[start:end] = ["B-" + typ] + ["I-" + typ] * (end - start - 1)
    return out


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """``[(start, end, type)]`` token spans of a BIO sequence (a stray ``I-`` opens a span)."""
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and (tag == "O" or tag.startswith("B-") or tag[2:] != typ):
            spans.append((start, i, typ))
            start = -1
        if tag != "O" and start < 0:
            start, typ = i, tag[2:]
    return spans


def _read_columns(path: Path, separator: str) -> list[Sentence]:
    if not path.is_file():
        raise CorpusError(f"training file not found: {path}")
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[list[str]] = []
    for line in [*_lines(path), ""]:
        fields = line.split(separator) if line.strip() else []
        if fields and len(fields) >= 2 and fields[0] != "$#$":
            words.append(fold(fields[0]))
            tags.append([coarse_tag(tag) for tag in fields[1:] if tag])
        elif not fields and words:
            sentences.append(list(zip(words, _outermost(tags))))
            words, tags = [], []
    return sentences


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\n")


def split_dev(sentences: list[Sentence], parts: int = 10, share: float = 0.1
              ) -> tuple[list[Sentence], list[Sentence]]:
    """``(train, dev)``: the last ``share`` of each of ``parts`` contiguous blocks is dev."""
    train, blocks = split_dev_blocks(sentences, parts, share)
    return train, [sentence for block in blocks for sentence in block]


def split_dev_blocks(sentences: list[Sentence], parts: int = 10, share: float = 0.1
                     ) -> tuple[list[Sentence], list[list[Sentence]]]:
    """``(train, dev blocks)``: as ``split_dev``, the dev set kept as its ``parts`` blocks
    of contiguous sentences (the documents of the tagger's second pass)."""
    train: list[Sentence] = []
    blocks: list[list[Sentence]] = []
    size = len(sentences)
    for part in range(parts):
        lo, hi = size * part // parts, size * (part + 1) // parts
        cut = hi - round((hi - lo) * share)
        train.extend(sentences[lo:cut])
        blocks.append(sentences[cut:hi])
    return train, blocks
