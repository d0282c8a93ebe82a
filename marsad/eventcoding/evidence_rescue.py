"""Round 21: evidence a candidate's own test does not read, for candidates that would
otherwise be dropped for want of arguments (``merge.has_evidence``).

* **a subject the entity layer does not name** — a verb told in reported speech whose
  subject stands between «أن/إن» and it: a short noun phrase («إن القطعات حررت ثلاث قرى»،
  «إن 14 مدنيا قتلوا»، «أن الصيادين طالبوا بتعويضات»), or the pronoun on «أن/لكن» («أنها
  ستعزز دورياتها»، «لكنها ترفض التدخل»), optionally with «قد/لن/لم/لا» before the verb. Not
  a present verb after a noun with no particle (a habit or an opinion: «إن المواطن البسيط
  يرفض العنف»), a pronoun on the opener with more words after it («إنها بالكاد تلتقي»), God
  («إن الله قد توعد الظالمين»), nor the types of ``skip_types`` («إن المملكة رحبت»). The
  subject is evidence that someone did the act; it is not made an actor (an unnamed common
  noun is no entity, and a pronoun's referent is the speakers' business).

The words are in ``event_evidence.yaml``. Measured before shipping: on the spent gold sets it
adds 13 right events for 1 wrong, on the corpus 14 of 14 are right (round 21 in docs/events.md).
A second family measured with it, a trigger that finds only the party of its other role («شن
هجوما حادا على الحكومة»), was right 17 times for 4 wrong on the gold sets but only 16 of 22 on
the corpus, and was not shipped.

Round 22 asks four more modules, each for an argument that is there in a form the test does
not read: an unnamed office or source that speaks or announces (``evidence_speakers``), a
noun aimed at someone by «على» (``evidence_aimed``), an attack someone took part in or is
tied to (``evidence_parts``), a force in a withdrawal's genitive (``evidence_genitive``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.evidence_aimed import aimed_after
from marsad.eventcoding.evidence_genitive import force_evidence
from marsad.eventcoding.evidence_parts import part_taken
from marsad.eventcoding.evidence_speakers import speaker_evidence
from marsad.eventcoding.prec_dates import past_verb
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["Evidence", "evidence", "subject_before", "rescued"]


@dataclass(frozen=True, slots=True)
class Evidence:
    openers: frozenset[str]  # «أن/إن»: what follows opens a clause with its subject first
    pronoun_openers: frozenset[str]  # «لكن»: only with a pronoun («لكنها ترفض»)
    prefixes: tuple[str, ...]  # «و، ف، ب، وب»: clitics an opener may carry («وبأن»)
    pronouns: frozenset[str]  # «ها، ه، هم، هما»: the subject on the opener («إنها»)
    particles: frozenset[str]  # «قد، لن، لم، لا»: between the subject and the verb
    subject_words: int  # the most words of a subject between the opener and the verb
    not_subjects: frozenset[str]  # words that open no subject («ما»، «من»، «هذا»)
    skip_types: frozenset[str]  # types not rescued («ترحب»، «الوقوف إلى جانب»)
    copulas: frozenset[str]  # «أن يكون/تكون» + the subject («أن يكون مقاتلوه قد انسحبوا»)


@functools.lru_cache(maxsize=1)
def evidence() -> Evidence:
    section = load_yaml("event_evidence.yaml")["evidence"]

    def words(key: str) -> frozenset[str]:
        return folded(section[key])
    return Evidence(openers=words("openers"), pronoun_openers=words("pronoun_openers"),
                    prefixes=tuple(sorted((fold(w) for w in section["prefixes"]),
                                          key=len, reverse=True)),
                    pronouns=words("pronouns"), particles=words("particles"),
                    subject_words=int(section["subject_words"]),
                    not_subjects=words("not_subjects"),
                    skip_types=frozenset(section["skip_types"]),
                    copulas=words("copulas"))


def subject_before(view: View, candidate: Candidate) -> bool:
    """A reported verb whose subject, unnamed or a pronoun, stands between «أن/إن» and it."""
    rules = evidence()
    if candidate.kind not in ("verb", "statement") or candidate.by is None \
            or candidate.type in rules.skip_types:
        return False
    at = view.token_before(candidate.trigger[0])
    first, _ = view.sentence_of(at)
    at -= 1
    particle = at >= first and view.tokens[at].norm in rules.particles
    if particle:
        at -= 1  # «إن المقاتلين لن ينسحبوا»
    habit = not particle and not past_verb(view, candidate)  # «إن المواطن يرفض العنف»
    words = 0
    while at >= first and words <= rules.subject_words:
        token = view.tokens[at]
        if token.kind not in ("word", "number"):
            return False
        opened = _opener(token.norm, rules)
        if opened is not None:  # «إنها لن تنسحب»: the pronoun is the whole subject
            return words == 0 if opened else words > 0 and not habit
        if token.norm in rules.copulas and at > first \
                and _opener(view.tokens[at - 1].norm, rules) is False:
            return words > 0 and not habit  # «نفى أن يكون مقاتلوه قد انسحبوا»
        if token.norm in rules.not_subjects or token.norm in view.lex.function_words:
            return False
        words += 1
        at -= 1
    return False


def _opener(word: str, rules: Evidence) -> bool | None:
    """None: not an opener; True: an opener holding the subject as a pronoun («إنها»);
    False: a bare opener («أن»), its subject follows it."""
    for prefix in ("",) + rules.prefixes:
        if prefix and not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        if rest in rules.openers:
            return False
        for opener in rules.openers | rules.pronoun_openers:
            if rest.startswith(opener) and rest[len(opener):] in rules.pronouns:
                return True
    return None


def rescued(view: View, candidate: Candidate) -> bool:
    """The candidate has evidence of a kind ``merge.has_evidence`` does not read."""
    return subject_before(view, candidate) or speaker_evidence(view, candidate) \
        or aimed_after(view, candidate) or part_taken(view, candidate) \
        or force_evidence(view, candidate)  # round 22
