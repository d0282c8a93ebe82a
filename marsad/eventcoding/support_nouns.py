"""Support told as a noun, the object of a stating verb (round 27).

«وأكد السفير الياباني دعم حكومته الكامل للأردن»، «جدد دعمه للحكومة الشرعية»، «تم التأكيد على دعم
الحركة لسياسة الحكومة»: the noun «دعم/مساندة» as what a speaker affirms is a SUPPORT. A verbal
phrase reaches its object a few words on, so the rows of ``event_support_nouns.yaml`` are read
only where the noun stands tight as that object:

- nothing between the verb and the noun opens a reported clause, a readiness or an aim
  («أكد أن الحكومة ستواصل دعم …»، «أكد حرصه واستعداده لتقديم الدعم …»: a plan, not a stance);
- the noun is the noun itself (with «و» or the article), not a purpose («لدعم») or a means;
- a supported party follows with «ل» within a few words, past the noun's genitive and
  adjectives; a bare noun's genitive is a party (a name, or «بلاده»، «المملكة»), not a thing
  («أكد دعم المشاريع»);
- the party is no programme («للمشاريع الصغيرة»: spending, not support);
- the noun is no word of another trigger («الدعم العسكري» is aid, «لتقديم الدعم» a
  readiness): the matcher leaves a support noun's words free for other rows
  (``matcher.find_hits``), and the other reading is kept.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.arabic.clitics import ARTICLE
from marsad.arabic.normalise import fold, folded
from marsad.lexicons import load_yaml
from marsad.model import Token

if TYPE_CHECKING:  # the matcher imports this module, and the view and the hit import the
    # matcher: they are named here for the types only
    from marsad.eventcoding.matcher import Hit
    from marsad.eventcoding.view import View

__all__ = ["loose_support", "shared_forms", "tight_noun"]

#: The conjunction, folded.
AND = "و"


@dataclass(frozen=True)
class _Words:
    forms: frozenset[str]
    nouns: frozenset[str]
    barriers: frozenset[str]
    reach: int
    to: str
    owners: frozenset[str]
    programmes: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_support_nouns.yaml")
    return _Words(frozenset(str(form) for form in data["forms"]), folded(data["nouns"]),
                  folded(data["barriers"]), int(data["reach"]), fold(str(data["to"])),
                  folded(data["owners"]), folded(data["programmes"]))


def shared_forms() -> frozenset[str]:
    """The support-noun rows (as written in ``event_triggers.tsv``)."""
    return _words().forms


def _bare(norm: str) -> str:
    """A folded word without a leading «و» (a word of four letters or more)."""
    return norm[1:] if len(norm) > 3 and norm.startswith(AND) else norm


def _noun(norm: str, nouns: frozenset[str]) -> str | None:
    """What a support noun carries after it (its pronoun suffix, or ''), «و» and the article
    off; None when the word is no such noun as it stands (it bears a preposition)."""
    bare = _bare(norm).removeprefix(ARTICLE)
    for noun in nouns:
        stem = noun[:-1] if noun.endswith("ه") else noun  # «مساندة» → «مساندتنا»
        if bare == noun:
            return ""
        if bare.startswith(stem) and len(bare) > len(stem):
            return bare[len(stem):]
    return None


def tight_noun(tokens: list[Token], verb: int, noun: int) -> bool:
    """The matcher's reading: the noun at ``noun`` stands as it is («لدعم»، «بدعم» tell a
    purpose or a means) and no barrier word stands between it and the verb at ``verb``
    («أكد أن …»، «حرصه واستعداده …»). A row that fails leaves the word to other rows («أكدوا
    رفضهم القاطع لدعم …» is a refusal)."""
    words = _words()
    if _noun(tokens[noun].norm, words.nouns) is None:
        return False
    return not any(tokens[k].norm in words.barriers or _bare(tokens[k].norm) in words.barriers
                   for k in range(verb + 1, noun))


def _party_after(view: View, noun: int, stop: int, words: _Words) -> bool:
    """A «ل» word within ``reach`` after the noun names a party, not a programme."""
    for k in range(noun + 1, min(stop, noun + 1 + words.reach)):
        if view.ends_argument(k):
            return False
        norm = view.bare(k)
        if norm.startswith(words.to) and len(norm) > len(words.to) + 1:
            rest = norm[len(words.to):]
            thing = ARTICLE + rest[1:] if rest.startswith(words.to) else rest  # «للمشاريع»
            return thing not in words.programmes and rest not in words.programmes
    return False


def loose_support(view: View, hit: Hit) -> bool:
    """Whether a support-noun row's hit does not stand as the stated support (see above)."""
    words = _words()
    if hit.trigger.form not in words.forms:
        return False
    noun = hit.end  # a verbal phrase's object stands apart from its verb
    suffix = _noun(view.norms[noun], words.nouns)
    if suffix is None or not tight_noun(view.tokens, hit.first, noun):
        return True  # «لدعم»، «بدعم»: a purpose or a means; «أكد أن …»: a reported clause
    if any(other is not hit and other.first <= noun <= other.end for other in view.hits):
        return True  # «الدعم العسكري»، «لتقديم الدعم»: the noun is another trigger's word
    _, stop = view.sentence_of(noun)
    bare = not suffix and not _bare(view.norms[noun]).startswith(ARTICLE)
    if bare:  # «دعم بلاده»: its genitive must be a party
        owner = noun + 1
        if owner >= stop or not (owner in view.entity_at or view.bare(owner) in words.owners):
            return True
    return not _party_after(view, noun, stop, words)
