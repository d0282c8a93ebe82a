"""Round 22: a statement's act (a call, a threat, an accusation) whose speaker the
statement layer found but no entity names, and whose words are not among the unnamed
speakers the events stage already takes («وهدد الناطق باسم النقابة بتصعيد الاحتجاجات»،
«دعت قيادة الشرطة السكان إلى البقاء في منازلهم»، «ناشدت عائلات الصيادين الحكومة»):
when the speaker's first word is a head of ``evidence_speakers.yaml`` (an office, a
spokesman, a source, the families of…, «آخرون»، «الأخيرة»), the speaker's words are the
act's unnamed actor, and the act has its evidence. The same holds for an act a speaker
does by announcing it (``speaker_does``), told in the first words of what is announced
(«وأعلن رئيس الحكومة تعليق المفاوضات»، «أعلنت قيادة الجيش انطلاق عملية عسكرية»). A
statement whose speaker is a thing («يهدد التصعيد بانهيار الهدنة») or a word not in the
list («دعا خبراء») stays dropped.

The heads are read here, not added to ``unnamed_speakers`` (event_grammar.yaml): read
everywhere, they made an addressee the caller («ودعا قيادة الشرطة إلى…» after a
speaker told before) and a source a party of the talks it told of (round 22)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate, statement_of
from marsad.eventcoding.title_condemners import condemning_title
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Statement

__all__ = ["SpeakerHeads", "speaker_heads", "unnamed_speaker", "speaker_evidence"]


@dataclass(frozen=True, slots=True)
class SpeakerHeads:
    heads: frozenset[str]  # «وزارة»، «الناطق»، «مصدر»: first words of speakers that act
    prefixes: tuple[str, ...]  # «و»: a clitic the first word may carry
    announced_gap: int  # words before an announced act in its content («انطلاق عملية»)


@functools.lru_cache(maxsize=1)
def speaker_heads() -> SpeakerHeads:
    data = load_yaml("evidence_speakers.yaml")
    return SpeakerHeads(heads=folded(data["speaker_heads"]),
                        prefixes=tuple(fold(p) for p in data["prefixes"]),
                        announced_gap=int(data["announced_gap"]))


def _statement(view: View, candidate: Candidate) -> Statement | None:
    """The statement the candidate is (a call, a threat), or the announcement whose content
    opens with it (at most ``announced_gap`` words before the act)."""
    if candidate.statement:
        return statement_of(view, candidate)
    if candidate.kind == "verb":
        return None
    gap = speaker_heads().announced_gap
    for statement in view.article.statements:
        if statement.act not in view.lex.speaker_does \
                or not statement.content[0] <= candidate.trigger[0] < statement.content[1]:
            continue
        first = view.token_before(statement.content[0])
        if view.token_before(candidate.trigger[0]) - first <= gap:
            return statement
    return None


def unnamed_speaker(view: View, candidate: Candidate) -> str | None:
    """The words of the candidate's speaker (its own statement's, or the announcer's) when
    they begin with a speaker head and are no longer than the events stage's unnamed
    speakers (``speaker_text_words``)."""
    if candidate.args.has_actor:
        return None
    statement = _statement(view, candidate)
    speaker = statement.speaker if statement is not None else None
    if speaker is None or not speaker.text or speaker.entity or speaker.actors:
        return None
    words = fold(speaker.text).split()
    if not words or len(words) > view.lex.speaker_words:
        return None
    rules = speaker_heads()
    first = words[0]
    bare = [first] + [first[len(p):] for p in rules.prefixes if first.startswith(p)]
    if any(word in rules.heads or condemning_title(candidate.type, word)  # round 24
           for word in bare):
        return speaker.text
    return None


def speaker_evidence(view: View, candidate: Candidate) -> bool:
    """Whether the candidate's speaker is an unnamed one that acts; if so it becomes the
    candidate's unnamed actor (``Args.actor_text``)."""
    text = unnamed_speaker(view, candidate)
    if text is None:
        return False
    candidate.args.actor_text = [text]
    return True
