"""Round 27 (breaches): a breach of a truce told by an accuser is that accusation's content.

«خرق الهدنة»، «انتهاك وقف إطلاق النار» name an attack in general words. Told by an accuser,
the breach is what the accusation says happened: a ``reported`` ASSAULT whose source is the
accusation (the gold conventions' accused deed), also when the accused is quoted and the
statement's content stops at the quote («اتهم … «الدولة التركية» بـ«خرق» الهدنة»: it was
coded ``asserted``, a fresh attack of the day). When the same speaker tells the attack itself
later in the sentence («… بخرق الهدنة، مؤكدا أنها قصفت أحياء سكنية»), the breach and the
shelling are one happening, coded once, at the concrete act.

Words in ``marsad/lexicons/event_breaches.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate, statement_of
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Statement

__all__ = ["accused_breaches", "is_breach"]


@dataclass(frozen=True)
class _Words:
    words: frozenset[str]
    proclitics: tuple[str, ...]
    acts: frozenset[str]
    joints: frozenset[str]
    marks: str
    gap_chars: int  # the most characters between an accusation's content and its breach


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_breaches.yaml")
    return _Words(folded(data["words"]),
                  tuple(sorted((fold(p) for p in data["proclitics"]), key=len, reverse=True)),
                  frozenset(data["acts"]), folded(data["joints"]), str(data["joint_marks"]),
                  int(data["gap_chars"]))


def is_breach(view: View, candidate: Candidate) -> bool:
    """Whether the candidate's trigger opens with a breach word («بخرق»، «وانتهكت»)."""
    if candidate.type != "ASSAULT":
        return False
    words = _words()
    word = view.tokens[first_token(view, candidate)].norm
    return word in words.words or any(word.startswith(p) and word[len(p):] in words.words
                                      for p in words.proclitics)


def accused_breaches(view: View, found: list[Candidate]) -> list[Candidate]:
    """``found`` with each breach told by an accuser made the accusation's report, less a
    breach whose speaker tells the attack itself later in its sentence."""
    breaches = [c for c in found if is_breach(view, c)]
    if not breaches:
        return found
    for breach in breaches:
        if breach.factuality == "asserted" and breach.by is None:
            accusation = _accusation_before(view, breach)
            if accusation is not None:
                breach.factuality, breach.by = "reported", accusation.id
    told = {id(b) for b in breaches if _attack_told_after(view, b, found)}
    return [c for c in found if id(c) not in told]


def _accusation_before(view: View, breach: Candidate) -> Statement | None:
    """The accusation whose content ends right before the breach, with only quotes and «بـ»
    between them («اتهم … «الدولة التركية» بـ«خرق»»)."""
    words = _words()
    text = view.article.text
    for statement in view.article.statements:
        if statement.act not in words.acts or statement.content[1] > breach.trigger[0]:
            continue
        gap = text[statement.content[1]:breach.trigger[0]]
        joint = "".join(ch for ch in gap if ch not in words.marks)
        if len(gap) <= words.gap_chars and (not joint or fold(joint) in words.joints):
            return statement
    return None


def _speaker(view: View, candidate: Candidate) -> tuple[int, int] | None:
    statement = statement_of(view, candidate)
    if statement is None or statement.speaker is None:
        return None
    return statement.speaker.start, statement.speaker.end


def _attack_told_after(view: View, breach: Candidate, found: list[Candidate]) -> bool:
    """A concrete attack (no breach) of the breach's sentence, after it, told by the same
    speaker."""
    speaker = _speaker(view, breach)
    if speaker is None:
        return False
    return any(c is not breach and c.type == "ASSAULT" and c.sentence == breach.sentence
               and c.trigger[0] > breach.trigger[1] and not is_breach(view, c)
               and _speaker(view, c) == speaker for c in found)
