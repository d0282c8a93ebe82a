"""Honorifics before a speaker (round 24, real news): «استنكر معالي نائب رئيس مجلس الشورى
الدكتور فلان …»، «أكد صاحب السمو الملكي الأمير فلان أمير المنطقة …». An honorific
(``speaker_honorifics.txt``: «معالي»، «سمو»، «صاحب السمو الملكي»، «فخامة» …) is courtesy,
not the speaker: the speaker phrase starts at the title or name after it. Before, the
phrase stopped at the honorific («صاحب السمو الملكي») and read as no speaker, so the
statement had none and its condemnation no actor."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.attribution.view import View
from marsad.lexicons import load_words

__all__ = ["skip_honorific"]


@functools.cache
def _honorifics() -> tuple[tuple[str, ...], ...]:
    """The honorifics as folded word tuples, longest first."""
    found = {tuple(fold(word) for word in line.split())
             for line in load_words("speaker_honorifics.txt")}
    return tuple(sorted(found, key=len, reverse=True))


@functools.cache
def _first_words() -> frozenset[str]:
    """The first word of each honorific: a token that is none of them opens none."""
    return frozenset(words[0] for words in _honorifics())


def skip_honorific(view: View, k: int, end: int) -> int:
    """The token after an honorific opening at ``k`` when a word follows it before ``end``,
    else ``k``."""
    if k >= end:
        return k  # an honorific needs a word after it before ``end``
    firsts = _first_words()
    if view.norms[k] not in firsts and view.bare(k) not in firsts:
        return k  # most tokens: no honorific opens here
    for words in _honorifics():
        after = k + len(words)
        if after < end and view.is_word(after) and words[0] in view.forms(k) \
                and all(view.norms[k + i] == word for i, word in enumerate(words) if i):
            return after
    return k
