"""A charge told as a description («ووصف الحادث بأنه عمل إجرامي جبان») is an ACCUSE only
where it is the speaker's first word on the matter; a claim described as false («وصف ظريف
اتهامات … بأنها أكاذيب») is a REJECT of the claim (round 27).

Reports of a condemnation often go on with the same speaker describing the act: «دان الأمين
العام … الحادث الإجرامي … . ووصف الدكتور الفلاني الاعتداء بأنه عمل جبان …»، «أعرب
معاليه عن إدانته … . ووصف معاليه الهجوم بأنه …». The description is then the same
condemnation told again, no happening of its own. It stays an event when the speaker said
nothing before it in the article (a minister who only sent condolences: «رفع الوزير العزاء
… . ووصف الحادثة بأنها عمل إجرامي»).

A describing ACCUSE is dropped when a statement or an ACCUSE before it has the same speaker:
one name word in common (the last word of a name: «آل عمرو»، «محمد بن عبدالله آل عمرو»), or
the describer is an honorific pronoun («معاليه»), which stands for someone who spoke before.
The happening it describes («الحادث»، «حادث التفجير») is no target of the charge: the target
text read from it is cleared. Words are in
``marsad/lexicons/attribution_described_objects.yaml``.
"""

from __future__ import annotations

from marsad.arabic.clitics import ARTICLE
from marsad.arabic.normalise import fold
from marsad.attribution.described_objects import (describing_cue, happenings, honorific,
                                                   object_borne)
from marsad.eventcoding.candidates import Candidate, statement_of
from marsad.eventcoding.described_claims import REJECT
from marsad.eventcoding.speakers import token_at
from marsad.eventcoding.view import View
from marsad.model import Speaker, Statement

__all__ = ["without_told_descriptions"]

#: The event type a describing cue makes (a claim it calls false is a REJECT:
#: ``described_claims.py``).
ACCUSE = "ACCUSE"
#: The verbal events a description and a describer's earlier words may be («ورفض … المذكرة،
#: ووصفها بأنها …»).
SPOKEN = frozenset({ACCUSE, REJECT})


def _cue_form(view: View, statement: Statement) -> str:
    """The cue word as written, its conjunction left out («ووصف» → «وصف»)."""
    return view.article.text[statement.cue[0]:statement.cue[1]]


def _description(view: View, candidate: Candidate) -> Statement | None:
    """The statement of a describing ACCUSE («ووصف … بأنه …»), else None."""
    statement = statement_of(view, candidate) if candidate.statement else None
    if statement is None or candidate.type not in SPOKEN:  # a REJECT: a claim called false
        return None
    return statement if describing_cue(statement.act, _cue_form(view, statement)) else None


def _name_words(view: View, speaker: Speaker | None) -> set[str]:
    """The last word of the describer's name, as written and as the name entity has it."""
    if speaker is None:
        return set()
    names = [speaker.text] + [e.text for e in view.article.entities
                              if e.id == speaker.entity or e.id in speaker.actors]
    return {fold(name.split()[-1]) for name in names if name.split()}


def _names_in_sentence(view: View, offset: int, words: set[str]) -> bool:
    """One of ``words`` is a token of the sentence at character ``offset``."""
    first, stop = view.sentence_of(token_at(view, offset))
    return any(view.tokens[k].norm in words or view.bare(k) in words for k in range(first, stop))


def _spoke_before(view: View, statement: Statement, found: list[Candidate],
                  rejection: bool = False) -> bool:
    """A statement, an ACCUSE or a REJECT (for a ``rejection``, a REJECT only) before
    ``statement`` whose sentence names the describer (an honorific pronoun stands for anyone
    who spoke before)."""
    speaker = statement.speaker
    pronoun = speaker is not None and honorific(speaker.text)
    words = _name_words(view, speaker)
    earlier = [s.cue[0] for s in view.article.statements
               if s.cue[0] < statement.cue[0] and s.speaker is not None]
    # a claim called false is no charge told again («واتهمها بالسعي …، ووصف تقريرا …
    # بالادعاءات الواهية»); a denial or a refusal told before is it
    told = frozenset({REJECT}) if rejection else SPOKEN
    earlier += [c.trigger[0] for c in found if c.type in told and c.trigger[0] < statement.cue[0]]
    return any(pronoun or _names_in_sentence(view, offset, words) for offset in earlier)


def _clear_described_target(view: View, statement: Statement, candidate: Candidate) -> None:
    """«ووصف الحادث بأنه …»: the happening described is no party aimed at; nor is the
    description after a cue that bears its object as a pronoun («ووصفه بالمخيب»)."""
    texts = candidate.args.target_text
    if texts and (fold(texts[0].split()[0]).removeprefix(ARTICLE) in happenings()
                  or object_borne(_cue_form(view, statement))):
        candidate.args.target_text = []


def without_told_descriptions(view: View, found: list[Candidate]) -> list[Candidate]:
    """``found`` less each describing ACCUSE whose speaker spoke or condemned before it."""
    kept: list[Candidate] = []
    for candidate in found:
        statement = _description(view, candidate)
        if statement is not None:
            if _spoke_before(view, statement, found, candidate.type == REJECT):
                continue
            _clear_described_target(view, statement, candidate)
        kept.append(candidate)
    return kept
