"""An attack told again inside a condemnation is the event told before (round 24, retold).

Reports tell a strike and then who condemned it: «قصفت مسيرة تركية سيارة قرب سنجار …»
and «ودانت وزارة الخارجية العراقية القصف التركي». The condemned masdar is the strike told
again; the gold sets label a happening once, where it is first told, so it is no event of
its own. (The condemnation itself stays an ACCUSE.)

An attack masdar is dropped when a condemnation cue («دان»، «ندد»، «استنكر»، «شجب»،
«منددة» …, also after «و»/«ف» and with «ب» before the masdar) stands at most ``reach``
words before it in its clause, and an attack was told as done (asserted or reported) in an
earlier sentence. It stays an event when no attack came before (the condemnation is then
the first telling; ``condemned_attacks.py`` handles that shape), or only at another place
than the one it names; when a relative clause right after it tells it anew («ندد الاتحاد
بالهجوم الذي استهدف قاعدة عسكرية في مالي»: a digest of other happenings); and when it is
planned, denied or conditional. Words are in ``marsad/lexicons/event_denied_retellings.yaml``
(``condemned``).

Round 29: the same holds for an attack named as what a party took part in or had a link with
(``took_part``: «شارك في»، «صلة لها ب»، «تورطها في»), claimed or denied alike («وأكد البيت الأبيض
أن واشنطن لم تشارك في الضربات» after the strikes were told). Only a definite masdar or noun is
such a telling; an indefinite one («لن تشارك في أي هجوم مضاد») names an act of its own.

Round 29 (third wave): a place the condemned masdar is given keeps it apart only when it is
the masdar's own, and new. Its own: the place stands at most ``place_reach`` words after the
masdar with no break and no word joined by «و» between («أدان الوزير الاعتداء الجوي على
بلدتهم»); a place read from a later clause of the sentence («دانت الهيئة القصف وطالبت بوقف
الحرب على البلاد») names no place of it. New: the place is not named in an earlier sentence
that told an attack as done, and it is not the country of the earlier attack's place («قصفت
الطائرات مخازن في المدينة» … «ودانت الحكومة القصف على العراق»). Such a masdar is then the
attack told again even where the earlier telling's place (or the dateline's) differs in
words.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate, kept_in_order
from marsad.eventcoding.denied_retellings import told_before
from marsad.eventcoding.merge import TOLD
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.prec_words import after_conjunction
from marsad.eventcoding.view import View
from marsad.model import Entity
from marsad.lexicons import load_yaml

__all__ = ["condemned_retelling", "took_part_retelling", "without_condemned_masdars"]

#: How many words after the masdar a relative pronoun may stand (adjectives between).
_RELATIVE_REACH = 3


@dataclass(frozen=True)
class _Words:
    types: frozenset[str]
    cues: frozenset[str]
    reach: int
    place_reach: int


@functools.cache
def _words(part: str = "condemned") -> _Words:
    data = load_yaml("event_denied_retellings.yaml")[part]
    return _Words(frozenset(data["types"]), folded(data["cues"]), int(data["reach"]),
                  int(data.get("place_reach", 0)))


def _condemned(view: View, first: int, words: _Words) -> bool:
    """A condemnation cue (or a cue of ``words``) within ``reach`` words before the token, in
    its clause."""
    sentence = view.tokens[first].sentence
    for index in range(first - 1, max(first - 1 - words.reach, -1), -1):
        if view.tokens[index].sentence != sentence or view.is_break(index):
            return False
        if after_conjunction(view.tokens[index].norm, words.cues):
            return True
    return False


def _described(view: View, last: int) -> bool:
    """A relative pronoun within ``_RELATIVE_REACH`` words after the masdar: the clause tells
    the attack anew («ندد … بالهجوم الذي استهدف قاعدة عسكرية في مالي»)."""
    sentence = view.tokens[last].sentence
    for index in range(last + 1, min(len(view.tokens), last + 1 + _RELATIVE_REACH)):
        if view.tokens[index].sentence != sentence:
            return False
        if view.bare(index) in view.lex.relatives:
            return True
    return False


def _own_place(view: View, candidate: Candidate, words: _Words) -> Entity | None:
    """The masdar's stated place when it stands in the masdar's own phrase: at most
    ``place_reach`` words after it, with no break and no word joined by «و» between."""
    place = candidate.args.place if candidate.args.place_stated else None
    if place is None:
        return None
    first = view.entity_first.get(place.id)
    last = last_token(view, candidate)
    if first is None or not 0 < first - last <= words.place_reach + 1:
        return None
    for index in range(last + 1, first):
        if view.is_break(index) or view.tokens[index].norm.startswith(view.lex.conjunction):
            return None
    return place


def _same_country(place: Entity, earlier: Entity | None) -> bool:
    """``place`` is a country and ``earlier`` lies in it."""
    return place.link is not None and place.link.kind == "country" and earlier is not None \
        and earlier.link is not None and earlier.link.country is not None \
        and earlier.link.country == place.link.country


def _condemned_told_before(view: View, candidate: Candidate, kept: list[Candidate],
                           words: _Words) -> bool:
    """An attack told as done in an earlier sentence that the condemned masdar may name
    again: it has no own place, or its own place is the earlier one's, its country, or named
    in the earlier attack's sentence."""
    place = _own_place(view, candidate, words)
    for other in kept:
        if other.type != candidate.type or other.factuality not in TOLD \
                or other.sentence >= candidate.sentence:
            continue
        if place is None or _same_country(place, other.args.place):
            return True
        sentence = view.article.sentences[other.sentence]
        if fold(place.text) in fold(view.article.text[sentence.start:sentence.end]):
            return True
    return False


def condemned_retelling(view: View, candidate: Candidate, kept: list[Candidate]) -> bool:
    """A told attack masdar after a condemnation cue, with an attack told as done in an
    earlier sentence."""
    words = _words()
    if candidate.kind != "masdar" or candidate.type not in words.types \
            or candidate.factuality not in TOLD:
        return False
    if not (told_before(candidate, kept) or _condemned_told_before(view, candidate, kept, words)) \
            or _described(view, last_token(view, candidate)):
        return False
    return _condemned(view, first_token(view, candidate), words)


def took_part_retelling(view: View, candidate: Candidate, kept: list[Candidate]) -> bool:
    """A definite attack masdar or noun after a cue of taking part or a link («شاركت في
    الضربات»، «أي صلة لها بالهجمات»), told or denied, with an attack told as done in an
    earlier sentence."""
    words = _words("took_part")
    if candidate.kind == "verb" or not candidate.definite or candidate.type not in words.types \
            or candidate.factuality not in TOLD | {"denied"}:
        return False
    if not told_before(candidate, kept):
        return False
    return _condemned(view, first_token(view, candidate), words)


def without_condemned_masdars(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: drop condemned attack masdars, and attacks a
    party took part in, that name an attack told before."""
    return kept_in_order(view, found, lambda v, c, kept: condemned_retelling(v, c, kept)
                         or took_part_retelling(v, c, kept))
