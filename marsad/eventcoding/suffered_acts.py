"""Who suffered the act (round 26): «تعرضت السفينة التجارية لهجوم»، «يتعرض المخيم لقصف»،
«بعد تعرضه لهجوم». The subject of «تعرض» (with «ل» on the masdar) underwent the act, yet the
argument readers took it, a party before it or one told elsewhere in the article as the doer.
The doer of such an act is only named after the masdar, in its own clause («لهجوم شنه مسلحون»،
«لاعتداء من قبل محتجين»، «لقصف إسرائيلي»), so the parties read anywhere else are dropped.
The subject is not made the target: the gold sets keep a town shelled as the place and leave
most sufferers unnamed. Verbs in ``event_suffered_acts.yaml``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.matcher import stems
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

if TYPE_CHECKING:
    from marsad.eventcoding.candidates import Candidate

__all__ = ["suffered_doers", "suffered_masdar"]


@functools.cache
def _verbs() -> tuple[frozenset[str], int]:
    data = load_yaml("event_suffered_acts.yaml")
    return folded(data["undergo_li"]), int(data["window"])


@functools.cache
def _marks() -> tuple[frozenset[str], tuple[str, str]]:
    """The commas that do not end the stretch back to the verb, and «من قبل» (folded)."""
    data = load_yaml("event_suffered_acts.yaml")
    first, second = (fold(str(word)) for word in data["doer_mark"])
    return frozenset(map(str, data["clause_commas"])), (first, second)


@functools.cache
def _suffered_masdars() -> frozenset[str]:
    return folded(load_yaml("event_suffered_acts.yaml")["suffered_masdars"])


def suffered_masdar(view: View, index: int) -> bool:
    """The word at ``index`` is a masdar of a loss its genitive underwent («استشهاد»،
    «ووفاة»): whoever announces it did not inflict it (round 27)."""
    return any(stem in _suffered_masdars() for stem in stems(view.tokens[index].text))


def undergo_verb(view: View, masdar: int) -> int:
    """The token of the undergoing verb before the masdar at ``masdar``, else -1."""
    verbs, window = _verbs()
    first, _ = view.sentence_of(masdar)
    if view.tokens[masdar].norm[:1] != view.lex.prep_li:
        return -1
    for at in range(masdar - 1, max(first, masdar - window) - 1, -1):
        if view.is_break(at) and view.tokens[at].norm not in _marks()[0]:  # «تعرضت، مساء الأحد،»
            return -1
        word = view.tokens[at].norm
        if word in verbs or (word[:1] in view.lex.conjunctions and word[1:] in verbs):
            return at
    return -1


def suffered_doers(view: View, candidate: Candidate) -> None:
    """Keep as doers of a suffered act only the parties named after its masdar in its clause."""
    if candidate.kind == "verb" or candidate.kind == "statement" \
            or not (candidate.args.actors or candidate.args.actor_text):
        return
    masdar = view.token_before(candidate.trigger[0])
    if masdar < 0 or undergo_verb(view, masdar) < 0:
        return
    _, end = view.sentence_of(masdar)
    mark_first, mark_second = _marks()[1]
    stop = next((at for at in range(masdar + 1, end) if view.is_break(at)  # its clause; «من
                 and not (view.bare(at) == mark_second and view.bare(at - 1) == mark_first)),
                end)  # قبل» names the doer
    args = candidate.args
    args.actors = [e for e in args.actors
                   if masdar < view.entity_first.get(e.id, -1) < stop]
    after = view.article.text[view.tokens[masdar].end:view.tokens[stop - 1].end]
    args.actor_text = [text for text in args.actor_text if text in after]
