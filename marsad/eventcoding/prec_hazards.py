"""Round 14: a state of alert against a natural hazard. An alert or a state of emergency
raised against rain, floods, dust storms or an epidemic («رفعت المديرية العامة للدفاع
المدني درجة الاستعداد … ودعت المواطنين إلى الابتعاد عن مجاري السيول»، «رفعت المحافظة حالة
الطوارئ تحسبا لسيول محتملة») has no adversary: no MOBILIZE, no coercion. The
hazard is named in the alert's sentence, or the body that raises it is a civil protection
service. An army's alert («رفع الجيش درجة التأهب على الحدود تحسبا لأي تصعيد») stays.
Round 16: rescue teams sent out («ونشرت فرق الإنقاذ والآليات الثقيلة على الطرق») are no
MOBILIZE either, whoever sends them. Words in ``event_grammar.yaml`` (``prec_round14``,
``prec_round16``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["against_hazard"]


@dataclass(frozen=True)
class _Words:
    modes: frozenset[str]
    stems: frozenset[str]
    bodies: tuple[str, ...]
    rescue_types: frozenset[str]
    rescuers: tuple[str, ...]
    rescue_reach: int


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_grammar.yaml")["prec_round14"]
    rescue = load_yaml("event_grammar.yaml")["prec_round16"]
    return _Words(frozenset(data["hazard_modes"]), frozenset(fold(w) for w in data["hazard_stems"]),
                  tuple(fold(w) for w in data["hazard_bodies"]), frozenset(rescue["rescue_types"]),
                  tuple(fold(w) for w in rescue["rescue_bodies"]), int(rescue["rescue_reach"]))


def against_hazard(view: View, candidate: Candidate) -> bool:
    """The candidate is an alert or a state of emergency raised against a natural hazard, or
    rescue teams sent out."""
    lex = _words()
    if candidate.statement:
        return False
    if candidate.mode not in lex.modes:
        return candidate.type in lex.rescue_types and (
            _names(candidate, lex.rescuers) or _sends_rescuers(view, candidate))
    return _hazard_named(view, first_token(view, candidate)) or _raised_by_civil_body(candidate)


def _hazard_named(view: View, index: int) -> bool:
    first, stop = view.sentence_of(index)
    stems = _words().stems
    return any(view.tokens[i].stem in stems or view.tokens[i].norm in stems
               for i in range(first, stop))


def _raised_by_civil_body(candidate: Candidate) -> bool:
    args = candidate.args
    names = [fold(e.text) for e in args.actors] + [fold(t) for t in args.actor_text]
    return any(body in name for name in names for body in _words().bodies)


def _sends_rescuers(view: View, candidate: Candidate) -> bool:
    """«ونشرت الشرطة فرق الإنقاذ والآليات»: the words the trigger sends, up to the clause's
    end, name rescue teams."""
    start = last_token(view, candidate) + 1
    _, stop = view.sentence_of(start - 1)
    words: list[str] = []
    for at in range(start, min(stop, start + _words().rescue_reach)):
        if view.is_break(at):
            break
        words.append(view.norm(at))
    said = " ".join(words)
    return any(body in said for body in _words().rescuers)


def _names(candidate: Candidate, bodies: tuple[str, ...]) -> bool:
    """One of ``bodies`` is in the candidate's actor or target (the teams sent are read as
    either)."""
    args = candidate.args
    names = [fold(e.text) for e in args.actors + args.targets] \
        + [fold(t) for t in args.actor_text + args.target_text]
    return any(body in name for name in names for body in bodies)
