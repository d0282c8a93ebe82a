"""Round 21: who vouches for an act a sentence closes on a source.

- A trailing source with no statement of its own («، بحسب ما أفاد به شهود»، «، وفق ما أعلنه
  الحاكم»، «، بحسب بيان لوزارة الداخلية») reports the act of its clause: ``reported``. When a
  toll's verb stands between the act and the source («شنت … غارات، ما أسفر عن مقتل سبعة،
  بحسب الدفاع المدني») the source gives the count only, and the act stays told.
- A toll taken into the act before it («غارات …، ما أسفر عن مقتل سبعة، بحسب …») passes on its
  count, not the source's word: the act stays told (``toll_keeps_told``).

The words are the ``sources`` section of ``event_plans.yaml``; the toll verbs are those of
``prec_round16`` in ``event_grammar.yaml``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from marsad.arabic.normalise import folded
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.said_words import holds_any
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

if TYPE_CHECKING:
    from marsad.eventcoding.candidates import Candidate

__all__ = ["trailing_source", "toll_keeps_told"]


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml("event_plans.yaml")["sources"]
    tolls = load_yaml("event_grammar.yaml")["prec_round16"]["toll_verbs"]
    return (folded(data["openers"]), folded(data["verbs"]),
            folded(tolls))


@functools.cache
def _signs() -> frozenset[str]:
    """The openers and the toll's verbs: a sentence without one has no trailing source."""
    openers, _, tolls = _words()
    return openers | tolls


def trailing_source(view: View, hit: Hit) -> bool:
    """The clause of ``hit`` ends on «، بحسب/وفق [ما أفاد به] X» after it, with no toll's
    verb between them."""
    openers, verbs, tolls = _words()
    if not holds_any(view, hit.first, _signs()):
        return False  # most sentences: no opener and no toll's verb at all
    _, stop = view.sentence_of(hit.first)
    for at in range(hit.last + 1, stop):
        word = view.bare(at)
        if word in tolls or view.norm(at) in tolls:
            return False
        if word not in openers and view.norm(at) not in openers:
            continue
        if view.tokens[at - 1].norm not in view.lex.asides or view.contrast_between(hit.last, at):
            return False
        after = at + 1
        if after < stop and view.bare(after) == "ما":  # «بحسب ما أفادت به»
            return after + 1 < stop and any(view.norm(after + 1).startswith(v) or
                                            view.bare(after + 1).startswith(v) for v in verbs)
        return after < stop and view.tokens[after].kind == "word"
    return False


def toll_keeps_told(keep: Candidate, other: Candidate) -> bool:
    """``other`` is a reported toll told after the act ``keep`` narrates: the act keeps its
    own telling."""
    return keep.factuality == "asserted" and other.factuality == "reported" \
        and other.mode in lexicon().tolls and keep.mode not in lexicon().tolls \
        and keep.trigger[0] < other.trigger[0]
