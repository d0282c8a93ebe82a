"""A statement that says the speaker's side will punish or hit back is a threat (round 23).

«وأكدت الوزارة أنها لن تتهاون مع كل من يحاول المساس بأمن الوطن»، «مشيرة إلى أنها ستتصدى
بكل حسم لأي خروج على القانون»، «وحذر الوزير من أن الحكومة ستتخذ الإجراءات القانونية بحق
المضربين»، «وقال إن الاعتداءات لن تمر دون حساب»، «وحذرت الخارجية من أن طهران تحتفظ بحق الرد».
The cue is a plain saying, affirming, announcing, warning or promising; what makes it a threat
is a fixed phrase of resolve in its content: a verb told with «لن» (لن تتهاون، لن تتوانى، لن
تتسامح مع، لن تقف مكتوفة الأيدي، لن تمر دون عقاب), with «سـ» (ستتعامل بحزم، ستتصدى بحسم،
ستضرب بيد من حديد، ستتخذ إجراءات بحق/ضد) or in the present (تحتفظ بحق الرد). The statement
then codes a THREATEN by its speaker, asserted, as a statement whose act is a threat does.

Not a denial or a claim (their acts are not read), not measures with no one they are taken
against («ستتخذ الإجراءات اللازمة لحماية مواطنيها»), and not a phrase outside the content.
Words: ``event_resolve_threats.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold
from marsad.eventcoding.speakers import token_at
from marsad.eventcoding.view import View
from marsad.eventcoding.word_gates import LastArticle
from marsad.lexicons import load_yaml
from marsad.model import Statement

__all__ = ["resolve_threat"]


@dataclass(frozen=True, slots=True)
class _Phrase:
    told: str  # "not" | "future" | "now"
    after: tuple[frozenset[str], ...]


@dataclass(frozen=True, slots=True)
class _Words:
    acts: frozenset[str]
    gap: int
    # a verb as written (folded) -> the phrases it opens, each with the word that must stand
    # right before it («لن», «سوف»), or "" for none
    verbs: dict[str, tuple[tuple[_Phrase, frozenset[str]], ...]]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_resolve_threats.yaml")
    persons = [fold(str(w)) for w in data["persons"]]
    futures = [fold(str(w)) for w in data["future"]]
    before_future = frozenset(fold(str(w)) for w in data["future_words"])
    before_not = frozenset(fold(str(w)) for w in data["not_words"])
    leads = [fold(str(w)) for w in data["leads"]]
    endings = [fold(str(w)) for w in data["endings"]]
    verbs: dict[str, list[tuple[_Phrase, frozenset[str]]]] = {}
    for row in data["phrases"]:
        told, stem = str(row["told"]), fold(str(row["stem"]))
        phrase = _Phrase(told, tuple(frozenset(fold(str(w)) for w in group)
                                     for group in row["after"]))
        heads: list[tuple[str, frozenset[str]]] = [(p, frozenset()) for p in persons]
        if told == "future":  # «ستتخذ», or «سوف تتخذ»
            heads = [(f + p, frozenset()) for f in futures for p in persons] \
                + [(p, before_future) for p in persons]
        elif told == "not":
            heads = [(p, before_not) for p in persons]
        for head, before in heads:
            for lead in leads:
                for ending in endings:
                    verbs.setdefault(lead + head + stem + ending, []).append((phrase, before))
    return _Words(frozenset(str(a) for a in data["acts"]), int(data["gap"]),
                  {verb: tuple(found) for verb, found in verbs.items()})


def resolve_threat(view: View, statement: Statement) -> bool:
    """The statement's content holds a phrase of resolve (module docstring)."""
    words = _words()
    if statement.act not in words.acts or statement.speaker is None \
            or not statement.speaker.text.strip() or not _any_verb(view, words):
        return False
    first = token_at(view, statement.content[0])
    last = min(token_at(view, statement.content[1]), len(view.tokens))
    if words.verbs.keys().isdisjoint(view.norms[first:last]):
        return False  # most contents: no verb of resolve at all
    tokens = view.tokens
    for at in range(first, last):
        for phrase, before in words.verbs.get(tokens[at].norm, ()):
            if before and (at == 0 or tokens[at - 1].norm not in before):
                continue
            if _words_follow(view, at, last, phrase, words.gap):
                return True
    return False


def _any_verb(view: View, words: _Words) -> bool:
    """A verb of resolve stands anywhere in the article: read once an article (most have
    none), before the content of each statement is read."""
    found = _HAS_VERB.get(view)
    if found is None:
        found = _HAS_VERB.set(view, not words.verbs.keys().isdisjoint(view.norms))
    return found


#: Whether the last view's words hold a verb of resolve (``_any_verb``).
_HAS_VERB: LastArticle[bool] = LastArticle()


def _words_follow(view: View, at: int, last: int, phrase: _Phrase, gap: int) -> bool:
    """The phrase's words follow its verb at ``at`` in order, each within ``gap`` words."""
    index = at
    for group in phrase.after:
        found = next((i for i in range(index + 1, min(last, index + 1 + gap))
                      if view.tokens[i].norm in group), None)
        if found is None:
            return False
        index = found
    return True
