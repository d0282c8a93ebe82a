"""Clauses the reporter narrates inside a call's or a threat's content (round 9).

The statements layer may run a call's content on past the wish into what the reporter tells
next: «طالبت الهيئة القوات الأجنبية بالانسحاب، واتهمتها بقتل مدنيين» (a second act of the
speaker, joined by «و» and told in the past) or «طالب … بتسليم الداعية، والذي تتهمه أنقرة
بتدبير المحاولة» (a relative clause that describes someone named in the wish). Neither is the
wished-for act that the verbal event stands for, so neither is dropped with the content; the
speaker's next act has the speaker as its actor.
"""

from __future__ import annotations

import bisect
import functools
import weakref
from typing import TYPE_CHECKING

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.speakers import can_act, named_speaker, speaker_entities
from marsad.eventcoding.view import ACTOR_TYPES, View
from marsad.lexicons import load_yaml
from marsad.model import Entity, Statement

if TYPE_CHECKING:
    from marsad.eventcoding.candidates import Candidate

__all__ = ["narrated_in_wish", "speaker_acts_next", "take_speaker", "verbal_grammar",
           "charge_is_no_target", "pronoun_antecedent", "cue_in_word", "spoken_args",
           "keep_joined_targets", "joined_targets", "own_announcement"]

#: Per article view: the targets the trigger reading of a statement's cue found («ودعت الجامعة
#: البلدين الشقيقين إلى…»), keyed by the statement, for the statement's event to borrow.
_JOINED: weakref.WeakKeyDictionary[View, dict[str, Args]] = weakref.WeakKeyDictionary()


@functools.cache
def verbal_grammar() -> dict[str, frozenset[str]]:
    """``event_verbal.yaml``, every list a set (words folded; type names as written)."""
    return {key: frozenset(str(v) if str(v).isascii() else fold(str(v)) for v in values)
            for key, values in load_yaml("event_verbal.yaml").items()}


def narrated_in_wish(view: View, hit: Hit, content_first: int) -> bool:
    """The verb ``hit`` inside a wish's content (which opens at token ``content_first``) opens
    a clause of its own: right after a relative pronoun, or the speaker's next act."""
    if hit.trigger.kind != "verb" or hit.first <= content_first:
        return False
    return view.bare(hit.first - 1) in view.lex.relatives or speaker_acts_next(view, hit)


def speaker_acts_next(view: View, hit: Hit) -> bool:
    """«، واتهمتها بقتل مدنيين»: a past verb joined by «و» after a comma (or, for a verbal
    act, without one) goes on with the speaker of the wish before it."""
    first = hit.first
    if hit.trigger.kind != "verb" or hit.tense != "past" or hit.future or first == 0 \
            or view.tokens[first].norm[:1] not in view.lex.conjunctions:
        return False
    return view.tokens[first - 1].norm in view.lex.asides \
        or hit.trigger.type in verbal_grammar()["speaker_next_acts"]


def take_speaker(view: View, args: Args, statement: Statement) -> None:
    """The speaker of the wish acts next: its entities, else its words when they can act."""
    actors = speaker_entities(view.article, statement) or named_speaker(view, statement)
    if actors:
        args.actors, args.actor_text = list(actors), []
        return
    text = statement.speaker.text if statement.speaker is not None else ""
    if text and can_act(view, text) and len(text.split()) <= view.lex.speaker_words:
        args.actors, args.actor_text = [], [text]


def charge_is_no_target(view: View, hit: Hit, args: Args) -> None:
    """«واتهمتها بقتل مدنيين»: the pronoun is the accused; «بقتل…» is the charge."""
    if not hit.pronoun or hit.trigger.kind != "verb" \
            or hit.trigger.type not in verbal_grammar()["charged_types"]:
        return
    bi = view.lex.prep_bi
    args.target_text = [t for t in args.target_text if not fold(t).startswith(bi)]


def pronoun_antecedent(view: View, hit: Hit, args: Args, statement: Statement) -> None:
    """«طالب المجلس بخروج القوات الفرنسية واتهمها…»، «بتسليم الداعية فتح الله غولن المقيم في
    ولاية بنسلفانيا، والذي تتهمه أنقرة…»: the verb's object pronoun names the last party told
    in the wish before it — a person or a body first, else a nation; never a place after a
    preposition («في ولاية بنسلفانيا»)."""
    if not hit.pronoun or args.targets or hit.trigger.kind != "verb":
        return
    lo, hi = statement.content[0], view.tokens[hit.first].start
    found = [e for e in view.article.entities if lo <= e.start and e.end <= hi
             and e.type in ACTOR_TYPES and e not in args.actors and not _governed(view, e)]
    people = [e for e in found if e.type in ("PER", "ORG")]
    pick = (people or found)[-1:] if found else []
    if pick:
        args.targets = list(pick)


def _governed(view: View, entity: Entity) -> bool:
    at = bisect.bisect_left(view.token_starts, entity.start)
    if at < len(view.tokens) and view.clitic_prep(at):
        return True
    lex = view.lex
    return any(view.bare(i) in lex.prepositions or view.bare(i) in lex.place_words
               or view.bare(i) in lex.place_nouns for i in range(max(0, at - 2), at))


def cue_in_word(view: View, hit: Hit) -> Statement | None:
    """The statement whose cue is the trigger's one word without its conjunction: «واتهمت»
    holds the cue «اتهمت»; the statement is the event, not a second one beside it — when
    its speaker can act (else the trigger stands: «وأدان المحاولة» whose speaker the
    statements layer took to be «المحاولة»)."""
    if hit.first != hit.last:
        return None
    token = view.tokens[hit.first]
    if token.norm[:1] not in view.lex.conjunctions:
        return None
    found = next((s for s in view.article.statements
                  if token.start < s.cue[0] and s.cue[1] <= token.end), None)
    if found is None or found.speaker is None:
        return None
    text = found.speaker.text
    if not (speaker_entities(view.article, found) or (text and can_act(view, text))):
        return None
    return found


def spoken_args(view: View, hit: Hit, statement: Statement) -> Args:
    """Arguments holding only the statement's speaker, for a verb joined after its cue."""
    args = Args(hit.first, hit.last)
    take_speaker(view, args, statement)
    return args


def keep_joined_targets(view: View, statement: Statement, args: Args) -> None:
    """Keep what the trigger reading of a statement's cue found after it."""
    _JOINED.setdefault(view, {})[statement.id] = args


def joined_targets(view: View, statement: Statement, args: Args) -> None:
    """A statement's event with no target takes those its cue's trigger reading found."""
    found = _JOINED.get(view, {}).get(statement.id)
    if found is None or args.targets:
        return
    limit = _complement_start(view, statement)  # «وطالبت بسحب القوات السودانية»: the wish's
    args.targets = [e for e in found.targets if e not in args.actors and e.start < limit]
    if args.targets or args.target_text:
        return
    bi = view.lex.prep_bi  # not the charge «بخرق الهدنة»
    args.target_text = [t for t in found.target_text if not fold(t).startswith(bi)]


def _complement_start(view: View, statement: Statement) -> int:
    """Where the content's complement opens («بـ…»، «إلى…»): what follows is what is asked
    or charged, not whom."""
    first = bisect.bisect_left(view.token_starts, statement.content[0])
    last = bisect.bisect_left(view.token_starts, statement.content[1])
    for at in range(first, min(last, len(view.tokens))):
        word = view.tokens[at].norm  # «بسحب»، «بالانسحاب» (not «بين»، «بعد»)
        if (word.startswith(view.lex.prep_bi) and len(word) >= 4) or view.bare(at) == "الى":
            return view.tokens[at].start
    return statement.content[1]



def own_announcement(statement: Statement, candidate: Candidate) -> str:
    """«أعلنت الجزائر فتح مجالها الجوي»، «أعلن الوفد تعليق مشاركته»: a diplomatic act the
    speaker announces as its own, told as the content's noun, is done by the announcing —
    asserted, not reported (``own_act_announcements``, ``own_act_types``); a deed in the
    field it announces («أعلنت الوزارة ترحيل مئة وافد») stays a report."""
    data = verbal_grammar()
    if candidate.factuality == "reported" and statement.act in data["own_act_announcements"] \
            and candidate.type in data["own_act_types"]:
        return "asserted"
    return candidate.factuality
