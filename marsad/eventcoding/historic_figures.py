"""Acts of remote history told with a figure of long ago: «وقد قتل زمن الخليفة الأول
أبي بكر الصديق في معركة اليمامة»، «طعن الخليفة عمر بن الخطاب أثناء صلاة الفجر».
Sermons, op-eds and "on this day" columns tell them without a year, so no date of long ago
(``history``) marks them: the figure's name, within a few words of the trigger, does. A name
after «مسجد/جامع/كتائب …» («مسجد الإمام علي بن أبي طالب») names a place or a body of today and
marks nothing. Words are in ``marsad/lexicons/event_historic_figures.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.clitics import CONJUNCTIONS, PREPOSITIONS
from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.folded_words import span_words
from marsad.eventcoding.prec_words import without_conjunction
from marsad.lexicons import load_yaml
from marsad.model import Article

__all__ = ["with_historic_figure"]

#: One leading clitic letter a figure's name may carry («وعمر»، «بعلي»): the conjunctions and
#: one-letter prepositions of ``clitics.yaml``.
_CLITICS = CONJUNCTIONS + PREPOSITIONS


@dataclass(frozen=True)
class _Figures:
    names: tuple[tuple[str, ...], ...]
    before: int
    after: int
    named_after: frozenset[str]
    by_first: dict[str, tuple[tuple[str, ...], ...]]  # first word -> the names it opens
    openers: frozenset[str]  # the words ``opened_by`` finds names for: first words, clitic or not

    def opened_by(self, word: str) -> tuple[tuple[str, ...], ...]:
        """The names whose first word is ``word`` as written or without its clitic."""
        found = self.by_first.get(word, ())
        bare = _bare(word)
        return found + self.by_first.get(bare, ()) if bare != word else found


@functools.cache
def _figures() -> _Figures:
    data = load_yaml("event_historic_figures.yaml")
    names = tuple(tuple(fold(str(n)).split()) for n in data["names"])
    by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
    for name in names:
        by_first[name[0]] = (*by_first.get(name[0], ()), name)
    openers = frozenset(by_first) | {c + word for c in _CLITICS for word in by_first}
    return _Figures(names, int(data["before"]), int(data["after"]),
                    folded(data["named_after"]), by_first, openers)


def _bare(word: str) -> str:
    """``word`` without one leading clitic «و/ف/ب/ل» (only when a long word remains)."""
    return word[1:] if word[:1] in _CLITICS and len(word) > 3 else word


def with_historic_figure(article: Article, trigger: tuple[int, int], sentence: int) -> bool:
    """A figure of remote history is named within reach of the trigger, in its sentence."""
    if sentence >= len(article.sentences):
        return False
    figures = _figures()
    bounds = article.sentences[sentence]
    words = span_words(article.text, bounds.start, bounds.end)
    if figures.openers.isdisjoint(words):
        return False  # most sentences: no word that opens a figure's name at all
    at = len(fold(article.text[bounds.start:trigger[0]]).split())
    low, high = max(0, at - figures.before), min(len(words), at + figures.after + 1)
    openers = figures.openers
    for i in range(low, high):
        if words[i] not in openers:
            continue  # opens no name (``opened_by`` finds none): most words
        for name in figures.opened_by(words[i]):
            end = i + len(name)
            if end > len(words):
                continue
            if tuple(words[i + 1:end]) != name[1:]:
                continue
            lead = words[max(0, i - 2):i]
            if not any(without_conjunction(_bare(w)) in figures.named_after
                       or w in figures.named_after for w in lead):
                return True
    return False
