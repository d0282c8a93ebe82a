"""Round 20: the deed a statement condemns is its evidence, not its target.

«وأدانت الخارجية العمانية الغارات على صنعاء»، «ندد الرئيس بالهجوم الإرهابي»: a condemnation,
a refusal or a word of praise made as a statement takes the words after its cue as its target
when no entity is aimed at (``candidates._accused_text``). Those words mostly name the deed,
not a party. Once the evidence test has read them (``merge.has_evidence``), the texts that
name a thing are moved out of the target (``arg_things.split_things``: people, a body, a
nationality's deed «التدخلات الإيرانية» or «مع …» stay), so the event is kept and names no
wrong party. Verbs read by the argument finder are handled there (``drop_thing_targets``).
"""

from __future__ import annotations

from marsad.eventcoding.arg_things import is_thing_mode, split_things
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.speakers import token_at
from marsad.eventcoding.view import View

__all__ = ["drop_told_deeds"]


def drop_told_deeds(view: View, candidates: list[Candidate]) -> None:
    """Move a statement's thing texts from its targets to its evidence."""
    for candidate in candidates:
        args = candidate.args
        if not candidate.statement or not args.target_text or not is_thing_mode(candidate.mode):
            continue
        args.target_text, dropped = split_things(view, token_at(view, candidate.trigger[0]),
                                                 args.target_text)
        args.evidence_text += dropped
