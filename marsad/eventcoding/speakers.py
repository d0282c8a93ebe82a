"""Who speaks a statement, as entities: the speakers the statements layer found, a bare plural
that names them again («الوزراء»), a name after a title, a party joined by «و»."""

from __future__ import annotations

import bisect
import operator

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_phrases import arg_words, office_holder_words
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import stems
from marsad.eventcoding.view import ACTOR_TYPES, PLACE_TYPES, View
from marsad.model import Article, Entity, Statement

TITLES = 3  # title words between a speaker left as text and its name
OPENING = 3  # words before a sentence's subject («غير أن قوات…»، «وفي الرباط، أعربت…»)

__all__ = ["speaker_entities", "named_speaker", "coordinated", "can_act", "token_at",
           "addressee", "placed_speaker", "earlier_subject", "addressed_form"]


def named_speaker(view: View, statement: Statement) -> list[Entity]:
    """A speaker the statements layer left as text («الرئيس الفرنسي») whose name stands in its
    span or right after it («… إيمانويل ماكرون»)."""
    speaker = statement.speaker
    if speaker is None or not speaker.text or addressee(view.article, statement):
        return []
    last = token_at(view, max(speaker.end - 1, speaker.start))
    last = _titles_after(view, last)  # «نائب رئيس الوزراء وزير الخارجية أيمن الصفدي»
    reach = view.tokens[last + 1].end if last + 1 < len(view.tokens) else speaker.end
    found = [e for e in view.article.entities if e.type in ACTOR_TYPES and speaker.start <= e.start
             and (e.start < speaker.end or (e.start < reach and e.type == "PER"))]
    return [e for e in found if e.type != "NORP"][:1] or found[:1]


def _titles_after(view: View, last: int) -> int:
    """A speaker's second office right after its first («… وزير الخارجية»): the last token of
    the titles (``skip_words``), at most ``TITLES`` words on, else ``last``."""
    at = last
    while at + 1 < len(view.tokens) and at - last < TITLES \
            and view.tokens[at + 1].kind == "word" \
            and view.tokens[at + 1].norm in view.lex.skip_words \
            and at + 1 not in view.entity_at:
        at += 1
    return at


def coordinated(view: View, statement: Statement, named: list[Entity]) -> list[Entity]:
    """«أدان حزب الله وحركة أمل»، «أدانت السعودية وقطر وسلطنة عمان»: each party joined to the
    speaker by «و» right after it acts with it (round 21: all of them, not the first only)."""
    while named:
        after = token_at(view, named[-1].end)
        entity = view.entity_at.get(after)
        if after >= len(view.tokens) or entity is None or entity in named \
                or entity.type not in ("ORG", "GPE", "PER") \
                or not view.tokens[after].norm.startswith(view.lex.conjunction) \
                or entity.start >= statement.content[1] or entity.start < named[-1].end:
            return named
        named = [*named, entity]
    return named


def can_act(view: View, text: str) -> bool:
    """An unnamed speaker that can act: an unnamed actor («المتظاهرون») or a known speaker
    («البيان»، «سموه»), not a thing («السيولة»، «الجفاف»)."""
    lex = view.lex
    words = fold(text).split()
    if len(words) >= 2 and (words[0] in lex.numerals or words[0].isdigit()):
        words = words[1:]  # «عشرون نائبا»: the number of those who spoke
    first = words[0] if words else ""
    bare = next((first[len(c):] for c in lex.conjunctions if first.startswith(c)), "")
    if len(words) >= 2 and org_head(first or bare):
        return True  # «الجبهة الوطنية للتحرير»: an organisation no entity names
    for word in (first, bare):
        if word in lex.unnamed_speakers or any(head == (word, *words[1:len(head)])
                                               for head in lex.heads.get(word, ())):
            return True
    return False


def placed_speaker(view: View, start: int, end: int) -> tuple[str, Entity] | None:
    """«طالب سكان في حي الهاشمي الشمالي بتعويضهم»: an unnamed speaker with a place inside
    («في/قرب + place»): the words before the place word speak, the place is where."""
    first, last = token_at(view, start), token_at(view, max(end - 1, start))
    for index in range(first + 1, last):
        if view.tokens[index].norm not in view.lex.place_words:
            continue
        place = next((e for e in view.article.entities if e.type in PLACE_TYPES
                      and view.tokens[index].end <= e.start and e.end <= end), None)
        head = view.article.text[start:view.tokens[index - 1].end]
        if place is None or not can_act(view, head):
            return None
        return head, place
    return None


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
    if addressee(article, statement):  # the subject is the earlier one, named before
        return earlier_subject(article, statement)
    ids = speaker.actors or ([speaker.entity] if speaker.entity else [])
    holder = office_holder_after(article, speaker.start, speaker.end, speaker.text,
                                 [e for e in (article.entity(i) for i in ids if i) if e])
    if holder is not None:  # «وصف المتحدث باسم الحكومة فلان…» (round 31)
        return [holder]
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


def office_holder_after(article: Article, start: int, end: int, text: str,
                        named: list[Entity]) -> Entity | None:
    """Round 31: a speaker that is an office — its first word an office's or a spokesman's
    (``office_holder_heads``), with only the bodies and places it governs named inside it —
    speaks through the person named right after it, past a rank or an academic title
    (``object_aside_titles``): «وصف المتحدث باسم الحكومة فلان…»، «استنكر مساعد رئيس
    الهيئة الدكتور فلان…»، «ودعا رئيس أركان الجيش الفريق فلان…»."""
    lex = lexicon()
    words = fold(text).split()
    heads = office_holder_words()[0]
    if not words or not (words[0] in heads or (words[0][:1] in lex.conjunctions
                                               and words[0][1:] in heads)):
        return None
    if any(e.type not in _GOVERNED or e.start <= start for e in named):
        return None
    end = max([end, *(e.end for e in named)])
    after = next((e for e in article.entities if e.start >= end), None)
    if after is None or after.type != "PER":
        return None
    between = fold(article.text[end:after.start]).split()
    ranks, seconds = lex.object_aside_titles, office_holder_words()[1]
    if len(between) > RANKS or any(word not in ranks and not (at and word in seconds)
                                   for at, word in enumerate(between)):
        return None
    return after


#: Entities an office's title may hold before the holder's name: the bodies and places it
#: governs («المتحدث باسم الوزارة»، «محافظ البصرة»، «وزير الري الإثيوبي»).
_GOVERNED = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})

#: The most rank words between an office and its holder's name («الفريق أول»).
RANKS = 2


def addressee(article: Article, statement: Statement) -> list[Entity]:
    """«وأدانت الرئاسة العدوان، وطالبت مجلس الأمن بتوفير حماية»: a cue joined by «و» inside
    its sentence, whose act takes an object before its complement (`addressed_act`), with the
    speaker found right after it and the complement (`addressee_prep`) right after that: the
    "speaker" is whom the act is aimed at; its subject is the earlier one."""
    speaker = statement.speaker
    if speaker is None or not addressed_form(article, statement):
        return []
    found = [e for e in article.entities if speaker.start <= e.start < speaker.end]
    if not found or found[0].type == "PER":  # «ودعا الأمير محمد إلى…»: a person speaks
        return []
    return found[:1] if earlier_subject(article, statement) else []


def addressed_form(article: Article, statement: Statement) -> bool:
    """The shape «…، وطالبت مجلس الأمن بتوفير…»: a cue of an `addressed_act` joined by «و»
    after a pause inside its sentence, its "speaker" right after it, and the complement
    (`addressee_prep`) right after that speaker."""
    speaker = statement.speaker
    words = arg_words().words
    if speaker is None or words.get(fold(statement.act)) != "addressed_act" or not article.tokens:
        return False
    tokens = article.tokens
    cue = _token_index(article, statement.cue[0])
    token = tokens[cue]
    if token.norm[:1] not in lexicon().conjunctions or cue == 0 \
            or tokens[cue - 1].sentence != token.sentence or tokens[cue - 1].kind != "punct":
        return False
    first = _token_index(article, speaker.start)
    last = _token_index(article, max(speaker.end - 1, speaker.start))
    if first != cue + 1 or last + 1 >= len(tokens) or tokens[first].start != speaker.start:
        return False
    after = tokens[last + 1]
    opens = words.get(after.norm) == "addressee_prep" or (  # «بتوفير»: a clitic the split kept
        words.get(after.norm[:1]) == "addressee_prep" and statement.content[0] <= after.start)
    return opens and after.sentence == token.sentence


def earlier_subject(article: Article, statement: Statement) -> list[Entity]:
    """Who spoke earlier in the sentence of a cue whose "speaker" is its object: the speaker
    of the statement before it, else an actor opening the sentence («غير أن قوات الدعم السريع
    نفت…، واتهمت الجيش…»)."""
    cue = _token_index(article, statement.cue[0])
    sentence = article.tokens[cue].sentence
    earlier = [s for s in article.statements[: article.statements.index(statement)]
               if s.speaker is not None and s.cue[0] < statement.cue[0]
               and article.tokens[_token_index(article, s.cue[0])].sentence == sentence]
    if earlier:
        speaker = earlier[-1].speaker
        assert speaker is not None
        return speaker_entities(article, earlier[-1]) or _named_in(article, speaker.start,
                                                                   speaker.end)
    opening = [e for e in article.entities if e.end <= statement.cue[0]
               and article.tokens[_token_index(article, e.start)].sentence == sentence]
    if not opening or opening[0].type not in ("ORG", "PER", "GPE") or \
            _token_index(article, opening[0].start) - _sentence_start(article, cue) > OPENING:
        return []
    after = _token_index(article, opening[0].end)  # a verb of its own before the cue
    words = [t for t in article.tokens[after:cue] if t.kind == "word"]
    return [opening[0]] if words else []


def _named_in(article: Article, start: int, end: int) -> list[Entity]:
    """The entity naming a speaker left as text («الرئاسة الفلسطينية» → «الفلسطينية»)."""
    found = [e for e in article.entities if start <= e.start and e.end <= end
             and e.type in ACTOR_TYPES]
    return [e for e in found if e.type != "NORP"][:1] or found[:1]


#: A token's end, read in C by ``bisect`` (no Python call per step).
_END = operator.attrgetter("end")


def _token_index(article: Article, offset: int) -> int:
    index = bisect.bisect_right(article.tokens, offset, key=_END)
    return min(index, len(article.tokens) - 1)


def _sentence_start(article: Article, index: int) -> int:
    sentence = article.tokens[index].sentence
    while index > 0 and article.tokens[index - 1].sentence == sentence:
        index -= 1
    return index


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
    # the tokens' ends read in C as ``bisect`` probes them: the same answer as a search
    # of ``View.token_ends``, without making that list (most articles ask a few offsets)
    index = bisect.bisect_right(view.tokens, offset, key=_END)
    return min(index, max(len(view.tokens) - 1, 0))
