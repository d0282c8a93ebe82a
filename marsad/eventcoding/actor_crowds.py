"""A crowd as the doer of a protest: «ونظم عشرات المحامين وقفة احتجاجية»، «وخرج عشرات الآلاف في
صنعاء في تظاهرة»، «تظاهر المئات من أهالي البصرة». No entity and no head word names such a
crowd, so a protest told this way had no actor. For a protest (PROTEST) with no actor that
stands as an event without one, the crowd is kept as text: a count word (``actor_crowds.tsv``),
«الآلاف» after it, «من», and at most two more words, up to a preposition, a time, a pause or the
masdar or a place word («أمام»). It is read right after the trigger when the trigger is the verb («تظاهر»), or right
after one of the crowd verbs («خرج، نظم، احتشد») that stands before the masdar in its clause,
with no pause between. A crowd of a body's following («عشرات من أنصار الجبهة»: a `supporters`
word in its tail) is no crowd: the body is meant. Round 21.

A crowd may also be counted by an estimate or a number (round 25): «تظاهر نحو ثلاثمئة شخص»،
«خرج ما لا يقل عن عشرة آلاف شخص»، «اعتصم أكثر من 300 عامل». An estimate word
(``about``), then a number (digits, a number word) with «آلاف/مئات» after it, then the one
word that names the people counted; without that word it is no crowd.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_phrases import in_time, word_role
from marsad.eventcoding.lexicon import verb_forms
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.view import Phrase, View
from marsad.lexicons import load_table, load_yaml

__all__ = ["crowd_actor", "crowds_as_actors"]

#: The most tokens between a crowd verb and the masdar it does.
_WINDOW = 10
#: The most words of a crowd after its count words and «من».
_TAIL = 3
#: The kinds of number word in ``times_numbers.tsv`` that count a crowd («عشرين»، «مئة»); the
#: other numbers (thousands, the hundreds of one word: «ثلاثمئة») are ``number`` rows of ours.
_NUMBER_KINDS = frozenset({"tens", "hundred"})


@dataclass(frozen=True, slots=True)
class _Crowds:
    types: frozenset[str]  # event types whose doer may be a crowd (PROTEST)
    counts: frozenset[str]  # «عشرات، مئات…», folded
    verbs: frozenset[str]  # the crowd verbs' forms («خرج، نظم…»)
    supporters: frozenset[str]  # «أنصار، مؤيدي…», folded
    about: tuple[tuple[str, ...], ...]  # «نحو»، «ما لا يقل عن»…, folded words, longest first
    numbers: frozenset[str]  # «مئتي، ألف…», folded


@functools.cache
def _crowds() -> _Crowds:
    """The words of ``actor_crowds.tsv``, read once."""
    grammar = load_yaml("event_grammar.yaml")
    found: dict[str, set[str]] = {"type": set(), "count": set(), "verb": set(),
                                  "supporters": set(), "about": set(), "number": set()}
    for row in load_table("actor_crowds.tsv"):
        if row["role"] == "verb":
            found["verb"].update(surface for surface, _, _ in verb_forms(row["word"], grammar))
        elif row["role"] == "type":
            found["type"].add(row["word"])
        else:
            found[row["role"]].add(fold(row["word"]))
    found["number"].update(fold(row["word"]) for row in load_table("times_numbers.tsv")
                           if row["kind"] in _NUMBER_KINDS and row["ordinal"] != "yes")
    about = tuple(sorted((tuple(w.split()) for w in found["about"]), key=len, reverse=True))
    return _Crowds(frozenset(found["type"]), frozenset(found["count"]),
                   frozenset(found["verb"]), frozenset(found["supporters"]), about,
                   frozenset(found["number"]))


def _counted_crowd(view: View, begin: int, stop: int) -> Phrase | None:
    """«نحو ثلاثمئة شخص»، «ما لا يقل عن عشرة آلاف شخص»، «أكثر من 300 متظاهر»: an estimate
    or a number, then the people counted (round 25)."""
    crowds = _crowds()
    at = begin
    for words in crowds.about:
        if at + len(words) < stop and all(view.tokens[at + k].norm == w for k, w in enumerate(words)):
            at += len(words)
            break
    token = view.tokens[at] if at < stop else None
    if token is None or not (token.kind == "number" or token.norm in crowds.numbers
                             or word_role(view, at) == "count" or token.norm in crowds.counts):
        return None
    if at == begin and token.norm in crowds.counts:
        return None  # «عشرات المحامين»: the plain reading below
    if at + 1 < stop and (view.tokens[at + 1].norm in crowds.counts
                          or view.tokens[at + 1].norm in crowds.numbers):
        at += 1  # «عشرة آلاف»، «مئات الآلاف»
    noun = at + 1
    if noun >= stop or view.tokens[noun].kind != "word" or noun in view.entity_at \
            or view.ends_argument(noun) or in_time(view, noun) \
            or view.bare(noun) in view.lex.prepositions or view.tokens[noun].norm in crowds.verbs \
            or view.bare(noun) in view.lex.place_words or view.tokens[noun].norm in crowds.supporters:
        return None  # no people named after the count
    text = view.article.text[view.tokens[begin].start:view.tokens[noun].end]
    return Phrase(begin, noun, [], text)


def _crowd_at(view: View, begin: int, stop: int) -> Phrase | None:
    """The crowd that begins at ``begin``, ending before ``stop``."""
    crowds = _crowds()
    counts, verbs = crowds.counts, crowds.verbs
    if begin < stop and view.tokens[begin].norm not in counts:
        return _counted_crowd(view, begin, stop)
    if begin >= stop:
        return None
    last = begin
    if last + 1 < stop and view.tokens[last + 1].norm in counts:
        last += 1  # «عشرات الآلاف»
    at = last + 1
    if at < stop and view.tokens[at].norm == "من":
        at += 1
    for k in range(at, min(stop, at + _TAIL)):
        token = view.tokens[k]
        if token.kind != "word" or view.ends_argument(k) or in_time(view, k) \
                or view.bare(k) in view.lex.prepositions or token.norm in verbs \
                or view.bare(k) in view.lex.place_words:  # «أمام المبنى»
            break
        if token.norm in crowds.supporters:
            return None  # «عشرات من أنصار الجبهة»: the body they support is meant
        last = k
    text = view.article.text[view.tokens[begin].start:view.tokens[last].end]
    return Phrase(begin, last, [], text)


def crowd_actor(view: View, first: int, last: int, verbal: bool) -> Phrase | None:
    """The crowd that did the protest whose trigger spans tokens ``first .. last``."""
    _, stop = view.sentence_of(first)
    if verbal:
        return _crowd_at(view, last + 1, stop)
    start, _ = view.sentence_of(first)
    verbs = _crowds().verbs
    for at in range(first - 1, max(start, first - _WINDOW) - 1, -1):
        if view.ends_argument(at):
            return None
        norm = view.tokens[at].norm
        if norm in verbs or (norm[:1] in view.lex.conjunctions and norm[1:] in verbs):
            return _crowd_at(view, at + 1, first)
    return None


def _crowd_verb(view: View, at: int) -> bool:
    norm, verbs = view.tokens[at].norm, _crowds().verbs
    return norm in verbs or (norm[:1] in view.lex.conjunctions and norm[1:] in verbs)


def crowds_as_actors(view: View, found: list[Candidate]) -> None:
    """Give each protest of ``found`` that has no actor the crowd that did it. Run on the
    events as they stand, so a crowd changes no merge and makes no event."""
    for candidate in found:
        if candidate.type not in _crowds().types or candidate.args.has_actor:
            continue
        first = view.token_before(candidate.trigger[0])
        last = view.token_before(candidate.trigger[1] - 1)
        crowd = crowd_actor(view, first, last, candidate.kind == "verb")
        if crowd is None and candidate.kind == "phrase" and _crowd_verb(view, first):
            crowd = _crowd_at(view, first + 1, view.sentence_of(first)[1])  # «خرج … إلى الشوارع»
        if crowd is not None:
            candidate.args.add_actor(crowd)
