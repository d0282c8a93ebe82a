"""An attack named as what a use of land, bases or airspace serves is not told done.

«وافقت الحكومة على السماح للتحالف باستخدام مطاراتها في شن غارات على المتمردين»:
the news is the permission to use the land; the campaign it serves is its aim, no happening
of the report. A candidate of a listed type is dropped when its word follows a waging
masdar tied to a use («في شن»، «لشن»، «لتنفيذ») and a masdar of using («استخدام»،
«باستخدام») stands a few words before that, in its sentence. Round 27 (real news): the
attack's own masdar with the purpose «لـ» serves the use the same way («وسمحت الحكومة للحلفاء
باستخدام مطاراتها العسكرية لقصف المتمردين»). Words in ``marsad/lexicons/event_means_of_use.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["means_of_use"]


@dataclass(frozen=True)
class _Words:
    types: frozenset[str]
    uses: frozenset[str]
    wagings: tuple[tuple[str, ...], ...]
    reach: int
    purpose: str


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_means_of_use.yaml")
    return _Words(frozenset(str(t) for t in data["types"]), folded(data["uses"]),
                  tuple(tuple(fold(w) for w in str(p).split()) for p in data["wagings"]),
                  int(data["reach"]), fold(str(data["purpose"])))


def means_of_use(view: View, candidate: Candidate) -> bool:
    """The candidate's act is the aim of a use told before it («باستخدام أراضيها في شن …»)."""
    words = _words()
    if candidate.type not in words.types or candidate.statement:
        return False
    at = first_token(view, candidate)
    first, _ = view.sentence_of(at)
    if candidate.kind != "verb" and _purpose(view, at, words) and any(  # «… لقصف المتشددين»
            view.bare(i) in words.uses for i in range(max(first, at - words.reach), at)):
        return True
    for waging in words.wagings:
        start = at - len(waging)
        if start < first or tuple(view.bare(i) for i in range(start, at)) != waging:
            continue
        return any(view.bare(i) in words.uses
                   for i in range(max(first, start - words.reach), start))
    return False


def _purpose(view: View, at: int, words: _Words) -> bool:
    """The token carries the purpose «لـ» on an attack masdar («لقصف»، «للهجوم»; no attack
    word of the lexicon begins with «ل»)."""
    norm = view.tokens[at].norm
    return norm.startswith(words.purpose) and len(norm) - len(words.purpose) >= 3
