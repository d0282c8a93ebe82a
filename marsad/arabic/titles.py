"""Office titles as news writes them (``marsad/lexicons/event_args_titles.tsv``), read once for
every layer that names a person by a title alone: office words that a definite word must
follow («وزير الداخلية»، «أمير المنطقة») and whole two-word titles («المدعي العام»)."""

from __future__ import annotations

from functools import lru_cache

from marsad.arabic.normalise import fold
from marsad.lexicons import load_table

__all__ = ["office_titles"]


@lru_cache(maxsize=1)
def office_titles() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Office words (a definite word must follow) and whole two-word titles, folded."""
    heads: set[str] = set()
    whole: set[tuple[str, str]] = set()
    for row in load_table("event_args_titles.tsv"):
        words = tuple(fold(row["title"]).split())
        if len(words) == 1:
            heads.add(words[0])
        elif len(words) == 2:
            whole.add((words[0], words[1]))
    return frozenset(heads), frozenset(whole)
