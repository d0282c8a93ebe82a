"""Who speaks a statement, as entities: the speakers the statements layer found, a bare plural
that names them again («الوزراء»), a name after a title, a party joined by «و»."""

from __future__ import annotations

import bisect

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_phrases import arg_words
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import stems
from marsad.eventcoding.view import ACTOR_TYPES, View
from marsad.model import Article, Entity, Statement

__all__ = ["speaker_entities", "named_speaker", "coordinated", "can_act", "token_at"]


def named_speaker(view: View, statement: Statement) -> list[Entity]:
    """A speaker the statements layer left as text («الرئيس الفرنسي») whose name stands in its
    span or right after it («… إيمانويل ماكرون»)."""
    speaker = statement.speaker
    if speaker is None or not speaker.text:
        return []
    last = token_at(view, max(speaker.end - 1, speaker.start))
    reach = view.tokens[last + 1].end if last + 1 < len(view.tokens) else speaker.end
    found = [e for e in view.article.entities if e.type in ACTOR_TYPES and speaker.start <= e.start
             and (e.start < speaker.end or (e.start < reach and e.type == "PER"))]
    return [e for e in found if e.type != "NORP"][:1] or found[:1]


def coordinated(view: View, statement: Statement, named: list[Entity]) -> list[Entity]:
    """«أدان حزب الله وحركة أمل»: a party joined to the speaker by «و» right after it acts
    with it."""
    if not named:
        return named
    after = token_at(view, named[-1].end)
    entity = view.entity_at.get(after)
    if after >= len(view.tokens) or entity is None or entity in named \
            or entity.type not in ("ORG", "GPE", "PER") \
            or not view.tokens[after].norm.startswith(view.lex.conjunction) \
            or entity.start >= statement.content[1] or entity.start < named[-1].end:
        return named
    return [*named, entity]


def can_act(view: View, text: str) -> bool:
    """An unnamed speaker that can act: an unnamed actor («المتظاهرون») or a known speaker
    («البيان»، «سموه»), not a thing («السيولة»، «الجفاف»)."""
    words = fold(text).split()
    first = words[0] if words else ""
    lex = view.lex
    bare = next((first[len(c):] for c in lex.conjunctions if first.startswith(c)), "")
    if len(words) >= 2 and org_head(first or bare):
        return True  # «الجبهة الوطنية للتحرير»: an organisation no entity names
    for word in (first, bare):
        if word in lex.unnamed_speakers or any(head == (word, *words[1:len(head)])
                                               for head in lex.heads.get(word, ())):
            return True
    return False


def org_head(word: str) -> bool:
    """Whether a folded word is the head of an organisation's name («الجبهة»، «قوى»)."""
    heads = arg_words().stem_sets.get("org_head", frozenset())
    return any(stem in heads for stem in stems(word))


def speaker_entities(article: Article, statement: Statement) -> list[Entity]:
    """The entities a statement's speaker names; a bare plural («الوزراء») takes those of the
    last speaker it is part of («وزراء خارجية العراق وسوريا وإيران»)."""
    speaker = statement.speaker
    if speaker is None:
        return []
    ids = speaker.actors or ([speaker.entity] if speaker.entity else [])
    if not ids and speaker.text:
        wanted = _without_article(fold(speaker.text))
        if len(wanted) <= 2:
            return []
        for earlier in reversed(article.statements[: article.statements.index(statement)]):
            other = earlier.speaker
            if other is not None and (other.actors or other.entity) and wanted in fold(other.text):
                ids = other.actors or [other.entity] if other.entity else other.actors
                break
        else:  # «ودعت الجامعة» after «رحبت جامعة الدول العربية»
            named = [e for e in article.entities if e.end <= speaker.start
                     and e.type in ("ORG", "PER") and wanted in fold(e.text)]
            ids = [named[-1].id] if named else []
    found = [e for e in (article.entity(i) for i in ids if i) if e is not None]
    return [_titled_name(article, e) for e in found]


def _titled_name(article: Article, entity: Entity) -> Entity:
    """«وزير الدفاع الإسرائيلي يسرائيل كاتس»: a speaker that is only a title speaks through the
    name right after it."""
    words = fold(entity.text).split()
    lex = lexicon()
    if entity.type != "PER" or not words or words[0] not in lex.skip_words \
            or words[0] in lex.honorifics:
        return entity
    for other in article.entities:
        if other.type == "PER" and other.start >= entity.end \
                and not article.text[entity.end:other.start].strip():
            return other
    return entity


def _without_article(word: str) -> str:
    article = lexicon().article
    return word[len(article):] if word.startswith(article) else word


def token_at(view: View, offset: int) -> int:
    index = bisect.bisect_right(view.token_ends, offset)
    return min(index, max(len(view.tokens) - 1, 0))
