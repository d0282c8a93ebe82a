"""The subject held between «كان/كانت» and «قد» before a verb (round 12): «وكانت الإدارة
العامة لمكافحة المخدرات قد ضبطت المتهمين»، «وكانت وحدات تابعة لرئاسة الأركان قد انتشرت في
محيط المطار». In this frame what stands between the two words is the verb's subject: the actors
it names, or, when none does (or a name in it stands after a preposition: «المدعومة من
التحالف»), the span kept as text if it opens with a word that can act (a unit, an agent, an
organisation's head or an unnamed actor's head). Not a toll or an arrest («وكان ثلاثة مدنيين قد
قتلوا»: its subject is as often the victims), not a span with punctuation or a function word at
its head («وكانت هذه الخطوة قد…»)."""

from __future__ import annotations

from marsad.eventcoding.argument_phrases import stem_role, word_role
from marsad.eventcoding.constructions import constructions
from marsad.eventcoding.speakers import can_act
from marsad.eventcoding.view import ACTOR_TYPES, Phrase, View
from marsad.model import Entity

__all__ = ["kana_subject"]

#: At most this many words between «كان» and «قد».
KANA_WORDS = 6
_ROLES = ("unit", "agent", "org_head", "member", "construct", "body")


def kana_subject(view: View, qad: int, mode: str) -> Phrase | None:
    """The unnamed subject between «كان» and the «قد» at token ``qad``, or None."""
    if mode in constructions().headed_skip_modes:
        return None
    first, _ = view.sentence_of(qad)
    was = next((at for at in range(qad - 1, max(first, qad - 1 - KANA_WORDS) - 1, -1)
                if not _plain(view, at) or word_role(view, at) == "was"), None)
    if was is None or word_role(view, was) != "was" or was + 1 >= qad:
        return None
    lead = was + 1
    if view.tokens[lead].norm in view.lex.function_words:
        return None
    named = _named_heads(view, lead, qad)
    if named:
        return Phrase(lead, qad - 1, named)  # «وكانت القوات الجوية السورية الروسية قد شنت»
    text = view.article.text[view.tokens[lead].start:view.tokens[qad - 1].end]
    if not (any(stem_role(view, lead, role) for role in _ROLES) or can_act(view, text)):
        return None
    return Phrase(lead, qad - 1, [], text)


def _named_heads(view: View, lead: int, qad: int) -> list[Entity]:
    """The actors the span names itself, none governed by a preposition («المدعومة من
    التحالف»: the backer does not act)."""
    found: list[Entity] = []
    for at in range(lead, qad):
        entity = view.entity_at.get(at)
        if entity is None or entity.type not in ACTOR_TYPES or entity in found:
            continue
        first = view.entity_first[entity.id]
        if view.clitic_prep(first) or (first > lead and view.bare(first - 1) in view.lex.prepositions):
            return []  # one governed name: the span is kept whole, as text
        found.append(entity)
    return found


def _plain(view: View, at: int) -> bool:
    return view.tokens[at].kind == "word" and not view.ends_argument(at)
