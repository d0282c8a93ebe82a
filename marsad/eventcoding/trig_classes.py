"""Object classes of phrase triggers (round 18).

A phrase row may name a class of objects in place of a word: «سلم|يسلم @sites» reads as
«سلم|يسلم مواقع», «سلم|يسلم قاعدة», «سلم|يسلم معبر»… one row for every noun of the class
``sites`` in ``event_object_classes.yaml``. A letter written before the class is the
preposition its object carries («دفع|يدفع ب@forces»): the object is then read bare
(«بتعزيزات») and with the article («بالتعزيزات»); after a word of count that carries the
preposition in its place («بمئات المقاتلين», the file's ``counts``) the matcher reads it
(``class_counts``). A count with no preposition on it needs nothing: a verbal phrase reaches
its object past a few words, a noun phrase past its numbers (``matcher``). The rows are expanded once, as the
lexicon compiles the table, so the matcher meets ordinary phrases and stays as fast.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from marsad.arabic.clitics import ARTICLE
from marsad.arabic.normalise import fold
from marsad.lexicons import LexiconError

__all__ = ["CLASS_AT", "CLASS_MARK", "class_counts", "expand_rows", "objects"]

#: What names a class in a trigger row («@sites»).
CLASS_MARK = "@"
#: The key an expanded row gives the place of its class noun among the words after the first.
CLASS_AT = "class_at"


def objects(word: str, data: dict[str, Any]) -> list[str]:
    """The words ``word`` of a row stands for: itself, or every noun of the class it names,
    as ``prefix@class`` is read."""
    if CLASS_MARK not in word:
        return [word]
    prefix, _, name = word.partition(CLASS_MARK)
    members = data["classes"].get(name)
    if not members:
        raise LexiconError(f"event_object_classes.yaml: no class {name!r} (row word {word!r})")
    if not prefix:
        return [str(m) for m in members]
    return [prefix + str(m) for m in members] + [prefix + ARTICLE + str(m) for m in members]


def expand_rows(rows: Iterable[dict[str, str]], data: dict[str, Any]
                ) -> Iterator[dict[str, str]]:
    """The rows of ``event_triggers.tsv`` with every class row replaced by its phrases; a
    phrase a row of its own writes is left to that row."""
    rows = list(rows)
    written = {_key(row["form"]) for row in rows if CLASS_MARK not in row["form"]}
    for row in rows:
        words = row["form"].split()
        marked = [k for k, word in enumerate(words) if CLASS_MARK in word]
        if not marked:
            yield row
            continue
        if len(marked) > 1 or row["kind"] != "phrase" or marked[0] == 0:
            raise LexiconError(f"event_triggers.tsv: {row['form']!r}: one class, after "
                               f"the first word of a phrase")
        at = marked[0]
        for word in objects(words[at], data):
            form = " ".join([*words[:at], word, *words[at + 1:]])
            if _key(form) not in written:
                written.add(_key(form))
                yield dict(row, form=form, **{CLASS_AT: str(at - 1)})


def _key(form: str) -> str:
    return " ".join(fold(word) for word in form.split())


def class_counts(data: dict[str, Any]) -> dict[str, str]:
    """The words of count with a class preposition on them, folded, and that preposition
    («بمئات» -> «ب»)."""
    return {fold(str(p) + str(c)): fold(str(p)) for p in data["count_prepositions"]
            for c in data["counts"]}
