"""Round 17: a blame told with «و» right after a condemnation by the same voice («وأدانت
الحكومة الهجوم، وحمّلت الميليشيا المسؤولية الكاملة») is one happening with it, not a second
ACCUSE. Words in ``event_grammar.yaml`` (``prec_round17``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["blames_after_condemning"]


@dataclass(frozen=True)
class _Words:
    blame_type: str
    condemn_modes: frozenset[str]
    conjunction: str
    blame_verbs: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_grammar.yaml")["prec_round17"]
    return _Words(blame_type=str(data["blame_type"]),
                  condemn_modes=frozenset(str(m) for m in data["condemn_modes"]),
                  conjunction=fold(str(data["blame_conjunction"])),
                  blame_verbs=frozenset(fold(str(w)) for w in data["blame_verbs"]))


def blames_after_condemning(view: View, found: list[Candidate]) -> list[Candidate]:
    """Fold each «و + blame verb» ACCUSE into the condemnation told before it in its clause;
    the parties its own reading found join the condemnation's targets: the verb's subject is
    the condemner's, so a party read after it is the one blamed («وحمّلت دمشق»)."""
    kept: list[Candidate] = []
    for candidate in found:
        earlier = _condemnation_before(view, candidate, kept)
        if earlier is None:
            kept.append(candidate)
            continue
        earlier.evidence = (min(earlier.evidence[0], candidate.evidence[0]),
                            max(earlier.evidence[1], candidate.evidence[1]))
        for entity in candidate.args.actors + candidate.args.targets:
            if entity not in earlier.args.targets and entity not in earlier.args.actors:
                earlier.args.targets.append(entity)
    return kept


def _condemnation_before(view: View, candidate: Candidate,
                         kept: list[Candidate]) -> Candidate | None:
    lex = _words()
    if candidate.type != lex.blame_type or not _coordinated_blame(view, candidate):
        return None
    for earlier in reversed(kept):
        if earlier.sentence == candidate.sentence and earlier.type == lex.blame_type \
                and earlier.mode in lex.condemn_modes and earlier.clause == candidate.clause \
                and earlier.trigger[0] < candidate.trigger[0]:
            return earlier
    return None


def _coordinated_blame(view: View, candidate: Candidate) -> bool:
    """The trigger's word is the blame verb with «و» on it («وحمّلت»)."""
    lex = _words()
    norm = view.tokens[first_token(view, candidate)].norm
    return norm.startswith(lex.conjunction) \
        and norm[len(lex.conjunction):] in lex.blame_verbs
