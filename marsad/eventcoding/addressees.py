"""Whom a call or an accusation is aimed at when the statements layer left the addressee at
the start of the content: «وأدانت المنظمة…، وطالبت السلطات المصرية بالإفراج عن…» — the
speaker is the earlier subject, the content opens with «السلطات المصرية» and its complement
(«بـ/إلى/على», ``addressee_prep``) follows."""

from __future__ import annotations

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_phrases import arg_words
from marsad.eventcoding.speakers import can_act, token_at
from marsad.eventcoding.view import ACTOR_TYPES, View
from marsad.model import Entity, Statement

ADDRESSEE_WORDS = 4  # the most words an addressee at the content's start may have
BI_STEM = 4  # the fewest letters after a «بـ» left whole that may open a complement

__all__ = ["content_addressee"]


def content_addressee(view: View, statement: Statement,
                      speakers: list[Entity]) -> tuple[list[Entity], list[str]]:
    """The addressee opening a call's or an accusation's content: the entity it names (a body
    with its nisba, «السلطات المصرية», gives the nisba's entity, as a speaker's does), else
    the words themselves when they can act («الأجهزة الأمنية»); nothing when no complement
    follows within ``ADDRESSEE_WORDS`` words."""
    if arg_words().words.get(fold(statement.act)) != "addressed_act":
        return [], []
    span = _phrase(view, statement)
    if span is None:
        return [], []
    first, last = span
    lo, hi = view.tokens[first].start, view.tokens[last].end
    named = [e for e in view.article.entities if lo <= e.start and e.end <= hi
             and e.type in ACTOR_TYPES and e not in speakers]
    if named:
        return named[:1], []
    text = view.article.text[lo:hi]
    if can_act(view, text) or (statement.speaker is not None and _unnamed_addressee(text)):
        return [], [text]
    return [], []


def _unnamed_addressee(text: str) -> bool:
    """«المجتمع الدولي»، «جميع الأطراف»، «المنظمات الدولية»: an unnamed addressee's head
    (``addressee``, past ``addressee_all``) opens the words (round 28)."""
    words = arg_words().words
    folded = fold(text).split()
    while len(folded) > 1 and words.get(folded[0]) == "addressee_all":
        folded = folded[1:]
    return bool(folded) and words.get(folded[0]) == "addressee"


def _phrase(view: View, statement: Statement) -> tuple[int, int] | None:
    """The tokens from the content's start up to the complement, when the content opens right
    after the cue or the speaker."""
    tokens = view.tokens
    first = token_at(view, statement.content[0])
    if first >= len(tokens) or tokens[first].start != statement.content[0] or first == 0:
        return None
    before = tokens[first - 1].end
    ends = {statement.cue[1]} | ({statement.speaker.end} if statement.speaker else set())
    if before not in ends:
        return None
    if tokens[first].norm[:1] in view.lex.conjunctions and tokens[first].prefix[:1] != "":
        return None  # «دعا الحكومة التركية وحزب العمال إلى…»: a second party, not an addressee
    sentence = tokens[first].sentence
    for index in range(first, min(first + ADDRESSEE_WORDS + 1, len(tokens))):
        token = tokens[index]
        if token.sentence != sentence or token.kind != "word":
            return None
        if index > first and (_complement(view, index) or _whole_bi(view, index)):
            return first, index - 1
        if _complement(view, index) or view.is_break(index) \
                or view.bare(index) in view.lex.prepositions or view.clitic_prep(index):
            return None  # «بنقل مقارها من صنعاء إلى…»: the content opens with the act itself
    return None


def _whole_bi(view: View, index: int) -> bool:
    """«داعياً المجتمع الإسلامي بضرورة…»، «بضمان…»: a «بـ» the conservative split left on its
    word (no entity there, no preposition, a stem of ``BI_STEM`` letters or more) opens the
    complement all the same (round 28)."""
    token = view.tokens[index]
    bi = view.lex.prep_bi
    return token.prefix == "" and token.norm.startswith(bi) \
        and len(token.norm) - len(bi) >= BI_STEM and index not in view.entity_at \
        and token.norm not in view.lex.prepositions and arg_words().words.get(bi) == "addressee_prep"


def _complement(view: View, index: int) -> bool:
    """«إلى/على» as a word, or «بـ» as the token's clitic («بالإفراج»، «وبوقف»)."""
    token = view.tokens[index]
    words = arg_words().words
    if words.get(token.norm) == "addressee_prep":
        return True
    prefix = token.prefix[1:] if token.prefix[:1] in view.lex.conjunctions else token.prefix
    return prefix[:1] != "" and words.get(prefix[:1]) == "addressee_prep"
