"""Who stopped what, for a measure on a paper or a channel told by its masdar.

Real news tells an authority stopping a paper by a masdar whose paper is its genitive and whose
authority is the speaker of the words it opens: «وكانت سلطات البحرين أعلنت مساء الخميس تعليق
صدور الوسط»، «وقالت الهيئة …، مؤكدة أن إيقاف إصدار "الأيام" إجراء قانوني». The masdar rows need no
argument, so such a COERCE had none. Here

* the target is the paper named right after the trigger: a quoted name («"الوسط"»), a name the
  entity layer knows, one bare word that is no other thing issued («صدور القرار»), or, for the
  paper told by its kind («وقف صدور الصحيفة»), the paper named before with that kind in the
  article («لصحيفة الوسط»);
* the actor is the speaker whose words open with the trigger (a few words between at most),
  when the speaker is an authority (its head is «سلطات/هيئة/وزارة/…»): an authority announces
  or defends its own measure; a rights group calling a suspension arbitrary is no doer.

Only an empty role is filled. The words are data: ``event_measure_parties.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.clitics import ARTICLE, CONJUNCTIONS, PREPOSITIONS
from marsad.arabic.normalise import fold, folded
from marsad.attribution.view import QUOTE_MARKS
from marsad.eventcoding.candidates import Candidate, statement_of
from marsad.eventcoding.speakers import speaker_entities
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["measure_parties"]


@dataclass(frozen=True, slots=True)
class _Words:
    outputs: frozenset[str]
    modes: frozenset[str]
    authorities: frozenset[str]
    lead: int
    kinds: frozenset[str]
    not_names: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_measure_parties.yaml")
    classes = load_yaml("event_object_classes.yaml")["classes"]
    outputs = [word for name in data["classes"] for word in classes[str(name)]]
    return _Words(folded(outputs), frozenset(str(m) for m in data["modes"]),
                  folded(data["authorities"]), int(data["lead"]), folded(data["kinds"]),
                  folded(data["not_names"]))


def _quoted(view: View, at: int, stop: int) -> tuple[str, int] | None:
    """The name inside quotes opening at ``at`` (at most three words) and the token after it."""
    if view.tokens[at].text not in QUOTE_MARKS:
        return None
    for end in range(at + 1, min(stop, at + 5)):
        if view.tokens[end].text in QUOTE_MARKS:
            if end == at + 1:
                return None
            start, finish = view.tokens[at + 1].start, view.tokens[end - 1].end
            return view.article.text[start:finish], end + 1
    return None


def _name_after(view: View, at: int, stop: int) -> str | None:
    """The paper's name at ``at``: quoted, or one bare word before a break."""
    if at >= stop:
        return None
    quoted = _quoted(view, at, stop)
    if quoted is not None:
        return quoted[0]
    token = view.tokens[at]
    if token.kind != "word" or fold(token.text) in _words().not_names:
        return None
    return token.text


def _without(word: str, prefixes: tuple[str, ...]) -> str:
    """``word`` without the first of ``prefixes`` it opens with, when more than two letters are
    left."""
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix):]
    return word


def _kind(word: str) -> str:
    """«لصحيفة»، «والصحيفة»، «للصحيفة» → «صحيفة»: the word without its conjunction, its
    preposition and its article (the article's «ا» is dropped after «ل»: «للصحيفة»)."""
    word = _without(_without(fold(word), CONJUNCTIONS), PREPOSITIONS)
    article = ARTICLE[1:] if word.startswith(ARTICLE[1:]) else ARTICLE
    return _without(word, (article,))


def _is_kind(word: str) -> bool:
    """``word`` is a paper's kind, with or without its clitics and article («الصحيفة»،
    «والصحيفة»، «لجريدة»)."""
    return _kind(word) in _words().kinds


def _paper_named_before(view: View, at: int) -> str | None:
    """«لصحيفة الوسط» … «وقف صدور الصحيفة»: the last paper named with this kind before."""
    kind = _kind(view.tokens[at].text)
    for back in range(at - 1, -1, -1):
        word = fold(view.tokens[back].text)
        if _is_kind(word) and _kind(word) == kind and back + 1 < at:
            _, stop = view.sentence_of(back)
            name = _name_after(view, back + 1, min(stop, at))
            if name is not None and not _is_kind(name):
                return name
    return None


def _target(view: View, candidate: Candidate, last: int) -> None:
    _, stop = view.sentence_of(last)
    at = last + 1
    if at >= stop:
        return
    entity = view.entity_at.get(at)
    args = candidate.args
    if entity is not None and view.entity_first.get(entity.id) == at:
        if entity not in args.targets:
            args.targets.append(entity)
        return
    name = _paper_named_before(view, at) if _is_kind(view.tokens[at].text) \
        else _name_after(view, at, stop)
    if name and name not in args.target_text:
        args.target_text.append(name)


def _actor(view: View, candidate: Candidate, first: int) -> None:
    statement = statement_of(view, candidate)
    if statement is None or statement.speaker is None:
        return
    opening = view.token_before(statement.content[0])
    if not 0 <= first - opening <= _words().lead:
        return
    text = statement.speaker.text
    head = fold(text.split()[0]) if text.split() else ""
    if head not in _words().authorities:
        return
    actors = speaker_entities(view.article, statement)
    if actors:
        candidate.args.actors = actors
    else:
        candidate.args.actor_text = [text]


def measure_parties(view: View, found: list[Candidate]) -> None:
    """Fill the empty actor and target of a masdar stopping a paper or a channel."""
    words = _words()
    for candidate in found:
        if candidate.type != "COERCE" or candidate.mode not in words.modes \
                or candidate.kind == "verb":
            continue
        start, end = candidate.trigger
        first, last = view.token_before(start), view.token_before(end - 1)
        if view.bare(last) not in words.outputs and fold(view.tokens[last].text) \
                not in words.outputs:
            continue
        if not candidate.args.targets and not candidate.args.target_text:
            _target(view, candidate, last)
        if not candidate.args.has_actor:
            _actor(view, candidate, first)
