"""A participle that names the people another act was done to or by is no happening of its
own: «اقتحام محتجين إيرانيين مقر السفارة» is one storming (not also a protest), «أوقفت مصالح
الأمن عشرات المتظاهرين» one arrest — the protesters are its target. (After a preposition a
participle was never read: «أطلقت الشرطة النار على المتظاهرين».)"""

from __future__ import annotations

from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.speakers import token_at
from marsad.eventcoding.view import View

__all__ = ["drop_people"]


def drop_people(view: View, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without the participles that stand inside another act's arguments."""
    if all(c.kind != "participle" for c in candidates):
        return candidates  # most articles: no participle, and no token to look up
    acts = [(c.sentence, c.type, token_at(view, c.trigger[0]), c.args.first, c.args.last)
            for c in candidates if c.kind != "participle"]
    return [c for c in candidates if c.kind != "participle" or not _argument_of(view, c, acts)]


def _argument_of(view: View, candidate: Candidate,
                 acts: list[tuple[int, str, int, int, int]]) -> bool:
    at = token_at(view, candidate.trigger[0])
    return any(sentence == candidate.sentence and kind != candidate.type and trigger < at
               and first <= at <= last for sentence, kind, trigger, first, last in acts)
