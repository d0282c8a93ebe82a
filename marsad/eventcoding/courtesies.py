"""When a congratulation or a thanks is a political act (round 23).

«وهنأ الرئيس التونسي قيس سعيد نظيره الجزائري بفوزه»، «هنأه فيه بتوليه المنصب»، «وشكرت
الفلبين سلطنة عمان على جهودها»: a state's or a leader's congratulation or thanks is a SUPPORT
(praise). Three readings of the same words are not:

- **the adverb.** Folding writes «أ» and «ئ» as «ا» and «ي», so «هنأ» folds to «هنا» (here)
  and «هناك» reads as «هنأ» with a pronoun. Such a row makes a hit only when its first word,
  as written in the article, holds one of the row's letters.
- **an interjection.** «شكرا سعادة المدير على عطائكم» (a placard) is no verb.
- **a private courtesy.** A firm's manager congratulating a colleague on a new post, a paper
  congratulating a sheikh: the courtesy stands only when one of its actors is an entity the
  knowledge base links (a state, a leader, a party, a body), not a person or a paper it does
  not know.

A team congratulated on a win is sport, as for any SUPPORT (the sport guards of
``event_grammar.yaml``). Words: ``event_courtesies.yaml``.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["not_a_courtesy", "private_courtesy"]


@functools.cache
def _words() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    data = load_yaml("event_courtesies.yaml")
    rows = {str(form): frozenset(str(letter) for letter in letters or [])
            for form, letters in data["rows"].items()}
    return rows, frozenset(fold(str(word)) for word in data["interjections"])


def not_a_courtesy(view: View, hit: Hit) -> bool:
    """The hit is a courtesy row read from the adverb «هنا/هناك» or an interjection."""
    rows, interjections = _words()
    letters = rows.get(hit.trigger.form)
    if letters is None:
        return False
    token = view.tokens[hit.first]
    if token.norm in interjections:
        return True
    written = view.article.text[token.start:token.end]
    return bool(letters) and not any(letter in written for letter in letters)


def private_courtesy(hit: Hit, actors: list[Entity]) -> bool:
    """The hit is a courtesy and none of its actors is linked to the knowledge base."""
    return hit.trigger.form in _words()[0] and not any(actor.link is not None for actor in actors)
