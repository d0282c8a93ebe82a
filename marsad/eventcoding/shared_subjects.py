"""Who makes a verbal act the statements layer left without a speaker that can act: the
subject of a verb before it in its sentence («رفضت كوريا الشمالية الدعوة، وتوعدت بالرد»;
«قطعت الجزائر علاقاتها…، متهما الرباط…»), the speaker before it («قال سريع إن… وتوعد بمزيد»),
or the owner of the noun that carries it («رفع المشاركون لافتات تطالب برحيل النظام»، «مرددين
شعارات تطالب…»، «أعلن الرئيس مبادرة تدعو إلى…»)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.eventcoding.argument_core import Args, actor_before
from marsad.eventcoding.speakers import can_act, speaker_entities, token_at
from marsad.eventcoding.view import View
from marsad.model import Statement

if TYPE_CHECKING:
    from marsad.eventcoding.candidates import Candidate

__all__ = ["share_subject", "continues", "noun_owner"]


def share_subject(view: View, statement: Statement, args: Args, sentence: int,
                  before: list[Candidate]) -> None:
    """A cue joined by «و» to a verb earlier in its sentence, or a participle after a pause,
    shares that verb's subject; a cue opening its sentence with «و» goes on with the last
    speaker."""
    first = token_at(view, statement.cue[0])
    paused = first > 0 and view.tokens[first - 1].kind != "word"
    if view.tokens[first].norm[:1] not in view.lex.conjunctions and not paused:
        return
    if _earlier_subject(statement, args, sentence, before):
        return
    sentence = view.tokens[first].sentence  # «قال سريع إن… وتوعد بمزيد»: the last speaker goes on
    if first != view.sentence_of(first)[0]:
        if paused and view.tokens[first].norm[:1] not in view.lex.conjunctions:
            _last_speaker(view, statement, args, (sentence,))  # «وأفادت X بأن…، متهمة Y…»
        return
    _last_speaker(view, statement, args, (sentence, sentence - 1))


def _last_speaker(view: View, statement: Statement, args: Args, sentences: tuple[int, ...]) -> None:
    """The speaker of the last statement cued before this one in ``sentences``: a participle
    after a pause goes on with the speaker of its sentence (round 12)."""
    spoken = [s for s in view.article.statements if s.cue[0] < statement.cue[0]
              and s.speaker is not None
              and view.tokens[token_at(view, s.cue[0])].sentence in sentences]
    if spoken:
        last_statement = max(spoken, key=lambda s: s.cue[0])
        args.actors = speaker_entities(view.article, last_statement)
        text = last_statement.speaker.text if last_statement.speaker else ""
        if not args.actors and text and can_act(view, text) \
                and len(text.split()) <= view.lex.speaker_words:
            args.actor_text = [text]


#: Kinds of candidate whose subject a later cue may share; a noun's owner may be any's.
VERBAL = ("verb", "phrase", "statement")
ANY_KIND = ("verb", "phrase", "statement", "masdar", "participle")


def _earlier_subject(statement: Statement, args: Args, sentence: int,
                     before: list[Candidate], kinds: tuple[str, ...] = VERBAL) -> bool:
    """The subject of the nearest verb (or verbal act) before the cue in its sentence."""
    earlier = [c for c in before if c.sentence == sentence and c.args.has_actor
               and c.kind in kinds and c.trigger[0] < statement.cue[0]]
    if not earlier:
        return False
    last = max(earlier, key=lambda c: c.trigger[0])
    args.actors, args.actor_text = list(last.args.actors), list(last.args.actor_text)
    return True


def continues(view: View, statement: Statement, before: Candidate) -> bool:
    """A cue opening its sentence with «و» («وحث…») goes on with the act told just before."""
    first = token_at(view, statement.cue[0])
    sentence_first, _ = view.sentence_of(first)
    token = view.tokens[first]
    return first == sentence_first and token.norm[:1] in view.lex.conjunctions \
        and before.sentence in (token.sentence, token.sentence - 1)


def noun_owner(view: View, statement: Statement, args: Args, sentence: int,
               before: list[Candidate]) -> None:
    """A cue in the present tense right after an indefinite noun qualifies that noun
    («لافتات تطالب»، «مبادرة تدعو»): who holds the placards or made the initiative acts —
    the subject of the verb before the noun, or the actor named right before the noun."""
    first = token_at(view, statement.cue[0])
    noun = first - 1
    lex = view.lex
    if noun < 1 or statement.speaker is not None \
            or view.tokens[first].norm[:1] not in lex.present_prefixes \
            or view.tokens[noun].kind != "word" or noun in view.entity_at \
            or view.tokens[noun].norm.startswith(lex.article) \
            or view.tokens[noun].norm in lex.function_words:
        return
    found = actor_before(view, noun)
    if found is not None and found.last == noun - 1:
        args.add_actor(found)  # «رفع المشاركون لافتات»: the subject stands right before
        return
    subject = view.tokens[noun - 1]
    if subject.kind == "word" and subject.norm.startswith(lex.article) \
            and can_act(view, subject.text):
        args.actor_text = [subject.text]  # a speaker word no head names («المشاركون»)
        return
    _earlier_subject(statement, args, sentence, before, kinds=ANY_KIND)  # «نظم العمال
    # وقفة…، مرددين شعارات تطالب…»
