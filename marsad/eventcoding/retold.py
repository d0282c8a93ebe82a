"""A happening named again later in the article by a definite masdar («الهجوم»، «اللقاء»،
«التظاهرات»، «الهدنة») is the event told before, not a new one (round 21).

The mention joins (``merge.merge_anaphora``) the first told event of its type in an earlier
sentence. It stays an event of its own when:

- it is planned, conditional or denied (only a told happening is told again);
- it is an attack (ASSAULT): a condemned attack («ودانت الإمارات الهجوم») is the condemner's
  own `reported` event in most gold sets, and on the news corpus a later «الغارات»،
  «المواجهات»، «الهجمات» mostly names another strike or battle than the first one told;
- it is another kind of happening of the type (``lexicon().happening``), or it names both
  its sides and they, or its stated place, differ from the earlier event's;
- a relative clause right after it tells it anew («اللقاء الثلاثي الذي جمع الوزراء في
  الدوحة»، «الزيارة الرسمية التي قام بها الوزير في مايو 2013»): another meeting or visit.
"""

from __future__ import annotations

from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import View

__all__ = ["retold_mention", "described_mentions"]

#: How many words after the masdar a relative pronoun may stand (adjectives between).
_RELATIVE_REACH = 3

#: Factualities of a happening told as done.
TOLD = frozenset({"asserted", "reported"})

#: Types whose definite re-mention is left an event of its own (see the module's notes).
_OWN_EVENT = frozenset({"ASSAULT"})


def retold_mention(candidate: Candidate) -> bool:
    """A definite masdar that may name a happening told before (see the module's notes)."""
    if not candidate.definite or candidate.kind != "masdar" or candidate.claimed:
        return False
    return candidate.factuality in TOLD and candidate.type not in _OWN_EVENT


def described_mentions(view: View, candidates: list[Candidate]) -> frozenset[int]:
    """The ids of definite masdars that a relative clause right after them describes."""
    found: set[int] = set()
    for candidate in candidates:
        if not (candidate.definite and candidate.kind == "masdar"):
            continue
        last = view.token_before(candidate.trigger[1] - 1)
        _, stop = view.sentence_of(last)
        for index in range(last + 1, min(stop, last + 1 + _RELATIVE_REACH)):
            if view.bare(index) in view.lex.relatives:
                found.add(id(candidate))
                break
            if view.is_break(index):
                break
    return frozenset(found)
