"""The doer named by a verb right after an event noun: «غارة شنتها طائرات الاحتلال»، «جسر جوي
أطلقته أبوظبي»، «إضراب عام دعا إليه الاتحاد العام للشغل»، «هجوم نفذته حركة الشباب». The verb
carries the noun as its object pronoun (or is followed by «إليه/إليها»), and its subject did the
noun. Only for an event that has no actor by any other reading; the noun may be the trigger, or a
noun told as the cause of a verb's toll («قتل عشرة جراء قصف شنته القوات»): its doer is the
verb's too, since the merge makes the two one happening. Between the noun and the verb only its
adjectives and «الذي/التي» may stand; the subject is a named party (or a body no entity names),
read past a time or a stated place. Verbs: ``actor_deed_verbs.tsv`` and the light verbs whose
role is actor or committed. Failing that, a light verb's subject across a time aside
(``actor_far_light``). A candidate that lacks the evidence its trigger needs gets no doer here,
so these rules never make an event of one (which events stand is not their business). Round 21.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from marsad.arabic.normalise import folded
from marsad.eventcoding.actor_far_light import far_light_subject
from marsad.eventcoding.argument_phrases import arg_words, phrase
from marsad.eventcoding.argument_places import skip_adjuncts
from marsad.eventcoding.lexicon import verb_forms
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import ACTOR_TYPES, Phrase, View
from marsad.lexicons import load_table, load_words, load_yaml

if TYPE_CHECKING:
    from marsad.eventcoding.candidates import Candidate

__all__ = ["deed_doer"]

#: Words that may stand between the noun and the verb besides adjectives: at most this many.
_GAP = 3


@functools.cache
def _verbs() -> dict[str, str]:
    """Surface form (folded) -> `pronoun` | `to`."""
    grammar = load_yaml("event_grammar.yaml")
    found: dict[str, str] = {}
    for row in load_table("actor_deed_verbs.tsv"):
        found.update((surface, row["role"]) for surface, _, _ in verb_forms(row["form"], grammar))
    return found


@functools.cache
def _to_noun() -> frozenset[str]:
    """«دعا إليه»: the words after a `to` verb that point back to the noun, folded."""
    return folded(load_words("actor_deed_pointers.txt"))


def _verb_at(view: View, at: int) -> str:
    """`pronoun` or `to` when the word at ``at`` is a deed verb of that kind, else ''."""
    word = view.tokens[at].norm
    kind = _verbs().get(word)
    if kind == "to":
        return kind
    light = arg_words().light
    for pronoun in view.lex.pronouns:
        if word.endswith(pronoun) and len(word) - len(pronoun) >= 2:
            stem = word[: -len(pronoun)]
            if _verbs().get(stem) == "pronoun" or view.lex.light_verbs.get(stem) == "actor" \
                    or light.get(stem) == "committed":
                return "pronoun"
    return ""


def _is_noun_use(view: View, hit: Hit) -> bool:
    """The hit is a noun («غارة»), or a verb-looking word read as one after a preposition or a
    cause word («جراء قصف»، «في قصف»)."""
    if not hit.trigger.verbal:
        return True
    before = hit.first - 1
    if before < 0 or view.tokens[before].sentence != view.tokens[hit.first].sentence:
        return False
    return view.bare(before) in view.lex.prepositions \
        or view.tokens[before].norm in _cause_words()


@functools.cache
def _cause_words() -> frozenset[str]:
    return folded(load_yaml("event_grammar.yaml")["toll_causes"])


def _doer_after(view: View, noun_end: int, stop: int) -> Phrase | None:
    """The subject of a deed verb within a few words after ``noun_end``."""
    for at in range(noun_end + 1, min(stop, noun_end + 1 + _GAP + 1)):
        if view.ends_argument(at):
            return None
        kind = _verb_at(view, at)
        if not kind:
            if view.entity_at.get(at) is not None or view.bare(at) in view.lex.prepositions:
                return None  # a party or a preposition: the noun's own complement
            continue
        start = at + 1
        if kind == "to":
            if start >= stop or view.tokens[start].norm not in _to_noun():
                return None
            start += 1
        start, _ = skip_adjuncts(view, start, stop)
        if start >= stop or view.bare(start) in view.lex.prepositions:
            return None
        found = phrase(view, start, min(stop, start + view.lex.object_window), orgs=True)
        if found is None or not (found.text or any(e.type in ACTOR_TYPES for e in found.entities)):
            return None
        return found
    return None


def deed_doer(view: View, hit: Hit, candidate: Candidate) -> None:
    """Give ``candidate`` (of ``hit``) the doer named after its noun when it has no actor and
    stands as an event without one: a doer never makes an event of a candidate that lacked
    the evidence its trigger needs (which events stand is not this rule's business)."""
    args = candidate.args
    if args.has_actor or hit.passive:
        return  # most candidates: the import below is not made
    from marsad.eventcoding.merge import has_evidence  # merge imports the candidates

    if not has_evidence(candidate):
        return
    _, stop = view.sentence_of(hit.first)
    found = (_doer_after(view, max(hit.end, hit.last), stop) if _is_noun_use(view, hit) else None) \
        or far_light_subject(view, hit)
    if found is not None:
        args.add_actor(found)
