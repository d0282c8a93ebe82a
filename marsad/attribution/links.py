"""Clause links: «فيما»، «بينما»، «في حين»، «لكن(ه)»، «غير أن» … (data ``clause_link`` in
``attribution_words.tsv``) open a new clause of the reporter's. A cue right after a link, or
after a link and its subject («لكن مسؤولا قطريا أكد»), starts there: the content before it
ends at the link, and the cue is a statement of its own, not a report nested in that content."""

from __future__ import annotations

import functools

from marsad.attribution.cues import CueHit
from marsad.attribution.lexicon import lexicon
from marsad.attribution.phrase import MAX_PHRASE, phrase_at
from marsad.attribution.speaker import looks_like_speaker, speaker_before
from marsad.attribution.view import COLONS, View

def clause_link(view: View, hit: CueHit, cue_tokens: frozenset[int]) -> int | None:
    """The first token of a clause link («فيما»، «في حين»، «لكنه») standing right before a
    cue with no conjunction of its own, or before its subject («لكن مسؤولا قطريا أكد»)."""
    if hit.opens_clause:
        return None
    floor = view.sentence_start[hit.first]
    link = _link_ending_at(view, hit.first - 1, floor)
    if link is None and _link_near(view, max(floor, hit.first - MAX_PHRASE - 2), hit.first):
        subject = speaker_before(view, hit.first, cue_tokens)
        if subject is not None and looks_like_speaker(view, subject, definite_will_do=False):
            link = _link_ending_at(view, subject.first - 1, floor)
    if link is None or any(view.is_punct(j, COLONS) for j in range(floor, link)):
        return None  # «قائلا: … لكن الموضوع يدعو للشك»: inside direct speech
    return link


def _link_near(view: View, start: int, end: int) -> bool:
    """Whether a clause link's (last) word stands in ``[start, end)``: a cheap test before
    the subject is looked for."""
    return not _link_words().isdisjoint(view.norms[start:end])


@functools.cache
def _breakers() -> tuple[str, ...]:
    return tuple(lexicon().roles.get("link_breaker", frozenset()))


@functools.cache
def _link_words() -> frozenset[str]:
    """The one-word links and the last words of the longer ones."""
    lex = lexicon()
    return lex.roles["clause_link"] | lex.phrase_lasts["clause_link"]


def _link_ending_at(view: View, k: int, floor: int) -> int | None:
    if k < floor:
        return None
    lex = lexicon()
    if view.norms[k] in lex.roles["clause_link"]:
        return None if view.norms[k + 1].startswith(_breakers()) else k  # «فيما بينها»
    if view.norms[k] not in lex.phrase_lasts["clause_link"]:
        return None  # no longer link ends at this word
    for words in lex.phrases.get("clause_link", ()):
        start = k - len(words) + 1
        if start >= floor and phrase_at(view, start, words, k + 1):
            return start
    return None


__all__ = ["clause_link"]
