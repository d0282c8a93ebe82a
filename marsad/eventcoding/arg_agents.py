"""The unnamed subject right after its verb, told by the word that heads it (round 16): a
plural or a collective of people or bodies (role ``body`` in ``event_args_stems.tsv``) —
«دفعت كتائب من مصراتة بتعزيزات»، «واتفق الحاضرون على…»، «وسيجتمع وزراء خارجية دول الجوار في
الجزائر»، «وانسحب المحامون من القاعة». The phrase runs from the head through the words that
qualify it: after a bare head its definite genitive and one «لل» genitive («قيادة الأركان
للجيوش»، «دوريات المرور») or its indefinite adjectives («فرق أمنية»); after a definite word only
definite adjectives (``adjective_ending`` in ``event_args_words.tsv``: a definite noun there is
the object — «تغادر الوحدات المنطقة»); it stops at a preposition, a time, an accusative, a
clause break, or an indefinite noun (the object: «داهمت فرق أمنية منازل…»). A body named
right after a bare head is the subject («قيادة الشرطة الاتحادية»), else the phrase is kept as
text. A head with a pronoun («مقاتلوه») names no one by itself. Not after a verb that takes
whom it addresses first («ودعا سكان…»), nor a civilian body where arms are wanted («انسحب
المحامون من القاعة» is a walkout)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_phrases import (arg_words, carries_preposition, in_time,
                                                is_accusative, possessed_head, stem_role)
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import ACTOR_TYPES, Phrase, View

__all__ = ["agentive_phrase"]

#: The most words of an unnamed subject a body word opens.
AGENT_WORDS = 5


def agentive_phrase(view: View, hit: Hit, index: int, stop: int) -> Phrase | None:
    """The unnamed subject a body word at ``index`` opens after ``hit``, or None."""
    if index >= stop or index in view.entity_at or not _plain(view, index) \
            or carries_preposition(view, index) or not stem_role(view, index, "body") \
            or not _may_act(view, hit, index):
        return None
    if possessed_head(view, Phrase(index, index, [], view.tokens[index].text)):
        return None
    last, state, joined = index, "def" if _definite(view, index) else "head", False
    for at in range(index + 1, min(stop, index + AGENT_WORDS)):
        entity = view.entity_at.get(at)
        if entity is not None:
            if entity.type in ACTOR_TYPES and state == "head" and not view.clitic_prep(at):
                last = view.entity_last[entity.id]  # «قيادة الشرطة الاتحادية»
            break
        if not _plain(view, at) or in_time(view, at) or is_accusative(view, at) \
                or view.bare(at) in view.lex.function_words:
            break
        word = view.tokens[at].norm
        if word.startswith(view.lex.prep_li_article) and state == "def" and not joined:
            joined = True  # «قيادة الأركان العامة للجيوش»
        elif carries_preposition(view, at) or word.startswith(view.lex.conjunction):
            break
        elif state == "head" and _definite(view, at):
            state = "def"  # «دوريات المرور»: the genitive of the head
        elif not _adjective(word) or _definite(view, at) != (state == "def"):
            break  # «داهمت فرق أمنية منازل…»، «تغادر الوحدات المنطقة»: the object
        elif state == "head":
            state = "adj"  # «فرق أمنية»
        last = at
    return _phrase(view, index, last)


def _may_act(view: View, hit: Hit, index: int) -> bool:
    """Not after a verb that takes whom it addresses first («ودعا سكان…»: ``addressee_first``);
    not a civilian body after a type that wants arms (``armed_only``: «انسحب المحامون»)."""
    words, kind = arg_words().words, hit.trigger.type
    if words.get(fold(f"{kind}/{hit.trigger.mode}")) == "addressee_first":
        return False
    return words.get(fold(f"{kind}/*")) != "armed_only" or not stem_role(view, index, "civilian")


def _phrase(view: View, first: int, last: int) -> Phrase:
    named = []
    for at in range(first, last + 1):
        entity = view.entity_at.get(at)
        if entity is not None and entity.type in ACTOR_TYPES and entity not in named:
            named.append(entity)
    if named:
        return Phrase(first, last, named)
    start = view.tokens[first].start
    token = view.tokens[first]
    if token.prefix[:1] in view.lex.conjunctions and len(token.norm) == len(token.text):
        start += 1  # «والوزراء»: the conjunction is no part of the subject (not «وزراء»)
    return Phrase(first, last, [], view.article.text[start:view.tokens[last].end])


def _definite(view: View, at: int) -> bool:
    word = view.tokens[at].norm
    return word.startswith(view.lex.article) or any(
        word.startswith(c + view.lex.article) for c in view.lex.conjunctions)


def _adjective(word: str) -> bool:
    return word.endswith(_endings("adjective_ending"))


@functools.cache
def _endings(role: str) -> tuple[str, ...]:
    return tuple(e for e, found in arg_words().words.items() if found == role)


def _plain(view: View, at: int) -> bool:
    return view.tokens[at].kind == "word" and not view.ends_argument(at)
