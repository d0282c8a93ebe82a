"""Round 22: what long reports double or misread. A candidate is dropped when

- it is a deployment read from a published document: «في بيان نشرته على موقعها الأجهزة
  الأمنية» (the verb carries its object, the document named right before it);
- it is a meeting or a visit called off or put off: «أعلنت الخارجية إلغاء زيارة الوزير»;
- it is a death told in one clause with the strike that caused it, and that strike is
  coded too: «قتل ثلاثة مقاتلين في غارات إسرائيلية استهدفت …»، «قتل ضابطان بضربة نفذها
  الجيش»، «اقتحمت المخيم … في مواجهات قتل فيها سبعة». The strike is the event, the death
  its toll. A death told alone, or after «فيما» with another act, stays;
- it is a concession named among demands: «مطالب المقاومة، وعلى رأسها رفع الحصار»;
- it is a checkpoint («كمين») right after an attack verb: «هاجموا كمينا للجيش»;
- it is a truce that names the document a signing of its sentence signs: «وقع الطرفان
  اتفاقا دائما لوقف إطلاق النار» is one agreement.

Words in ``marsad/lexicons/event_prec_long.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.toll_acts import at_toll
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["without_long_doubles"]


@dataclass(frozen=True)
class _Words:
    stems: frozenset[str]
    feminine: str
    suffixes: tuple[str, ...]
    documents: frozenset[str]
    called_off: frozenset[str]
    kill_modes: frozenset[str]
    resumptive: frozenset[str]
    cause_prepositions: frozenset[str]
    cause_clitic: str
    strikes: frozenset[str]
    stops: frozenset[str]
    asides: frozenset[str]
    cause_reach: int


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_prec_long.yaml")
    published, tolls = data["published"], data["tolls"]
    return _Words(folded(published["verb_stems"]), fold(published["feminine"]),
                  tuple(fold(s) for s in published["object_suffixes"]),
                  folded(published["documents"]), folded(data["called_off"]),
                  frozenset(tolls["kill_modes"]), folded(tolls["resumptive"]),
                  folded(tolls["cause_prepositions"]), fold(tolls["cause_clitic"]),
                  folded(tolls["strikes"]), folded(tolls["stops"]), folded(tolls["asides"]),
                  int(tolls["cause_reach"]))


def without_long_doubles(view: View, found: list[Candidate]) -> list[Candidate]:
    """The candidates less published «deployments», called-off meetings, folded tolls,
    demanded concessions, checkpoints attacked and truces that name a signed document."""
    return [c for c in found if not (_published(view, c) or _called_off(view, c)
                                     or _folded_toll(view, at_toll(c), found)  # round 25
                                     or _demanded(view, c, found)
                                     or _checkpoint(view, c, found)
                                     or _signed_document(view, c, found))]


def _index(view: View, candidate: Candidate) -> int:
    return view.token_before(candidate.trigger[0])


def _published(view: View, candidate: Candidate) -> bool:
    """«بيان نشرته … الأجهزة الأمنية»: the verb's object is the document before it."""
    if candidate.type != "MOBILIZE" or candidate.statement:
        return False
    words, at = _words(), _index(view, candidate)
    if at < 1:
        return False
    word = view.bare(at)  # «نشرته»، «نشره»، «تنشرها»: a stem, a feminine «ت», a pronoun
    if not any(word.endswith(s) and (word[:-len(s)] in words.stems
                                     or word[:-len(s)].removesuffix(words.feminine)
                                     in words.stems)
               for s in words.suffixes):
        return False
    return view.bare(at - 1) in words.documents


def _called_off(view: View, candidate: Candidate) -> bool:
    """«إلغاء زيارة الوزير»: a meeting that will not be held."""
    if candidate.type != "CONSULT" or candidate.statement:
        return False
    at = _index(view, candidate)
    return at >= 1 and view.bare(at - 1) in _words().called_off


def _folded_toll(view: View, candidate: Candidate, found: list[Candidate]) -> bool:
    """A death in the clause of the strike that caused it, that strike coded too."""
    words = _words()
    if candidate.type != "ASSAULT" or candidate.mode not in words.kill_modes \
            or candidate.statement:
        return False
    at = _index(view, candidate)
    if at < 0:
        return False
    others = [c for c in found if c is not candidate and c.type == "ASSAULT"
              and c.sentence == candidate.sentence and c.mode not in words.kill_modes]
    if not others:
        return False
    first, stop = view.sentence_of(at)
    if at + 1 < stop and view.bare(at + 1) in words.resumptive:  # «في مواجهات قتل فيها»
        return any(c.trigger[0] < candidate.trigger[0] for c in others)
    cause = _cause_after(view, at, stop)
    if cause is None:
        return False
    end = _clause_end(view, cause, stop)
    return any(view.token_starts[cause] <= c.trigger[0]
               and (end >= len(view.tokens) or c.trigger[0] < view.token_starts[end])
               for c in others)


def _cause_after(view: View, at: int, stop: int) -> int | None:
    """The strike noun that the death is told «in» or «by», a few words on, before a new
    clause opens («قتل ضابطان …، اليوم الثلاثاء، بضربة نفذها …»: commas of an aside pass)."""
    words = _words()
    for index in range(at + 1, min(stop, at + 1 + words.cause_reach)):
        word = view.bare(index)
        if word in words.stops or (view.is_break(index) and word not in words.asides):
            return None  # another clause: «، وقال …» (a comma alone may open an aside)
        if word in words.strikes and index > at + 1 \
                and view.bare(index - 1) in words.cause_prepositions:
            return index
        if word.startswith(words.cause_clitic) and word[len(words.cause_clitic):] in words.strikes:
            return index
    return None


def _clause_end(view: View, start: int, stop: int) -> int:
    """The end of the strike's own phrase: the first comma or clause break after ``start``
    («جراء قصف مدفعي …، إثر اشتباكات»: the clashes are another happening)."""
    words = _words()
    for index in range(start + 1, stop):
        if view.bare(index) in words.stops or view.is_break(index):
            return index
    return stop


@dataclass(frozen=True)
class _More:
    demand_types: frozenset[str]
    demands: frozenset[str]
    answered: frozenset[str]
    demand_reach: int
    checkpoints: frozenset[str]
    checkpoint_reach: int
    documents: frozenset[str]
    truce_modes: frozenset[str]
    signing_modes: frozenset[str]
    purpose: str
    document_reach: int


@functools.cache
def _more() -> _More:
    data = load_yaml("event_prec_long.yaml")
    demanded, points, signed = data["demanded"], data["checkpoints"], data["signed_documents"]
    return _More(frozenset(demanded["types"]), folded(demanded["demands"]),
                 folded(demanded["answered"]), int(demanded["reach"]),
                 folded(points["words"]), int(points["reach"]),
                 folded(signed["documents"]), frozenset(signed["modes"]),
                 frozenset(signed["signing_modes"]), fold(signed["purpose"]),
                 int(signed["reach"]))


def _between(found: list[Candidate], start: int, end: int) -> bool:
    """Another candidate's trigger starts between offsets ``start`` and ``end``."""
    return any(start < c.trigger[0] < end for c in found)


def _demanded(view: View, candidate: Candidate, found: list[Candidate]) -> bool:
    """A concession masdar a few words after a demand («مطالبه، وفي مقدمتها رفع الحصار»)."""
    more = _more()
    if candidate.type not in more.demand_types or candidate.kind == "verb" \
            or candidate.statement:
        return False
    at = _index(view, candidate)
    first, _ = view.sentence_of(at) if at >= 0 else (0, 0)
    for index in range(at - 1, max(first, at - more.demand_reach) - 1, -1):
        if view.bare(index) in more.demands:
            answered = index > first and view.bare(index - 1) in more.answered
            return not answered and not _between(found, view.token_starts[index],
                                                 candidate.trigger[0])
    return False


def _checkpoint(view: View, candidate: Candidate, found: list[Candidate]) -> bool:
    """«هاجموا كمينا للجيش»: the checkpoint attacked, right after the attack's verb."""
    more = _more()
    if candidate.type != "ASSAULT" or candidate.statement:
        return False
    at = _index(view, candidate)
    if at < 1 or view.bare(at) not in more.checkpoints:
        return False
    reach = more.checkpoint_reach
    low = view.token_starts[max(0, at - reach)]
    return any(c is not candidate and c.type == "ASSAULT" and c.kind == "verb"
               and c.sentence == candidate.sentence and low <= c.trigger[0] < candidate.trigger[0]
               for c in found)


def _signed_document(view: View, candidate: Candidate, found: list[Candidate]) -> bool:
    """«وقع … اتفاقا "دائما" لوقف إطلاق النار»: the truce names the signed document."""
    more = _more()
    if candidate.type != "AGREE" or candidate.mode not in more.truce_modes:
        return False
    at = _index(view, candidate)
    if at < 1 or not view.norm(at).startswith(more.purpose):
        return False
    reach = more.document_reach
    document = next((i for i in range(at - 1, max(0, at - reach) - 1, -1)
                     if view.bare(i) in more.documents), None)
    if document is None:
        return False
    return any(c is not candidate and c.type == "AGREE" and c.mode in more.signing_modes
               and c.sentence == candidate.sentence
               and c.trigger[0] < view.token_starts[document] for c in found)
