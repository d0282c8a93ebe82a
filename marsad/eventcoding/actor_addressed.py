"""Whom a call or an accusation joined by «و» inside its sentence is aimed at, and who makes
it: «أشاد المرجع الديني بسلمية التظاهرات، ودعا الحكومة إلى الاستجابة…» — the statements
layer took «الحكومة» for the speaker, but a cue of an act that takes an object before its
complement (`addressed_act`), with that "speaker" right after it and the complement («إلى/بـ/
على») right after that, has the subject of the verb before it in its sentence; the "speaker"
is whom the act is aimed at (round 21).

This covers what ``speakers.addressee`` leaves: a "speaker" no entity names («الحكومة»،
«الدول الصديقة») and an earlier subject found only as the actor of an event told before the
cue («حمّل ميقاتي إسرائيل المسؤولية، وطالب مجلس الأمن بالضغط…»). A named person right after
the cue speaks himself («ودعا الأمير محمد إلى…»). The earlier subject is that of the nearest
verb or verbal act before the cue in its sentence, not one inside what a statement reports
(«أعلن الرئيس أن حكومته ستشن حربا…، ودعا الدول…»: the president calls); failing one, the
speaker of an earlier statement or an actor opening the sentence (``speakers.earlier_subject``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.speakers import addressed_form, earlier_subject, token_at
from marsad.eventcoding.view import ACTOR_TYPES, View
from marsad.model import Statement

if TYPE_CHECKING:
    from marsad.eventcoding.candidates import Candidate

__all__ = ["subject_over_object"]

#: Kinds of candidate whose subject a cue joined by «و» goes on with.
VERBAL = ("verb", "phrase", "statement")


def subject_over_object(view: View, statement: Statement, args: Args,
                        before: list[Candidate]) -> bool:
    """Give ``args`` (a statement's event) the earlier subject as actor and its "speaker" as
    target when the cue has the addressed shape; whether it did."""
    speaker = statement.speaker
    if speaker is None or not addressed_form(view.article, statement):
        return False
    named = [e for e in view.article.entities if speaker.start <= e.start < speaker.end]
    if named and named[0].type == "PER":
        return False  # «ودعا الأمير محمد إلى…»: a person speaks
    candidate = _earlier(view, statement, before)
    if candidate is not None:
        actors, actor_text = list(candidate.args.actors), list(candidate.args.actor_text)
    else:
        actors, actor_text = earlier_subject(view.article, statement), []
    if not actors and not actor_text:
        return False
    aimed = [e for e in named if e.type in ACTOR_TYPES and e not in actors]
    if any(e in named for e in actors) or speaker.text in actor_text:
        return False  # the earlier subject is this very "speaker": it speaks again
    args.actors, args.actor_text = actors, actor_text
    if aimed:
        args.targets = aimed + [e for e in args.targets if e not in aimed and e not in actors]
        args.target_text = []
    elif not args.targets:
        args.target_text = [speaker.text]
    return True


def _earlier(view: View, statement: Statement, before: list[Candidate]) -> Candidate | None:
    """The nearest verb or verbal act with an actor before the cue in its sentence, outside
    what any statement reports."""
    sentence = view.tokens[token_at(view, statement.cue[0])].sentence
    reported = [s.content for s in view.article.statements if s is not statement]
    earlier = [c for c in before if c.sentence == sentence and c.kind in VERBAL
               and c.args.has_actor and c.trigger[0] < statement.cue[0]
               and not any(lo <= c.trigger[0] < hi for lo, hi in reported)]
    return max(earlier, key=lambda c: c.trigger[0]) if earlier else None
