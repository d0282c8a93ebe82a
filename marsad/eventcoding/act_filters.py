"""Whether a statement is an act the events stage codes: not a prayer («دعا المولى»), not a
noun («وفاة طالب سعودي»), a participle cue after a pause («، متهمة…»), with the mark its act
needs soon after its cue («هدد … بالرد»); and a conditional warning by a named party, which is
a threat. Whether a trigger names a happening: its lead («لن يقبل»), its frame (a match, an
anniversary), its year (history), its context and object, and whether it stands alone."""

from __future__ import annotations

import bisect
import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.lexicon import ActRule, lexicon
from marsad.eventcoding.constructions import whoever
from marsad.eventcoding.far_marks import far_mark
from marsad.eventcoding.force_threats import forceful, forecast
from marsad.eventcoding.future_requests import future_request
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.military_ranks import blockers_in_sentence, periodic
from marsad.eventcoding.negated_tenses import turned_tense
from marsad.eventcoding.prec_backdrops import backdrop
from marsad.eventcoding.sense_words import tells_violence
from marsad.eventcoding.round11_guards import no_happening, own_waw
from marsad.eventcoding.speakers import speaker_entities, token_at
from marsad.eventcoding.trig_warnings import constraint_verbs
from marsad.eventcoding.view import ACTOR_TYPES, View
from marsad.lexicons import load_yaml
from marsad.model import Statement, Token

__all__ = ["threat_rule", "unpaused", "prayer", "noun_cue", "marked", "mark_after", "led", "framed",
           "dated_history", "blocked_by_context", "not_a_happening", "alone"]


def threat_rule(view: View, statement: Statement) -> ActRule | None:
    """«حذر السيسي من أن كل الخيارات مفتوحة إذا مست إثيوبيا حصة مصر»: a warning by a named
    party whose content holds a condition is a threat."""
    lex = view.lex
    if forceful(view, statement):  # «مؤكدا أن الجيش سيرد بقوة على أي اعتداء» (round 9)
        return lex.acts.get("THREATEN")
    if statement.act not in lex.warning_acts or not speaker_entities(view.article, statement):
        return None
    first, last = token_at(view, statement.content[0]), token_at(view, statement.content[1])
    words = {view.bare(i) for i in range(first, min(last, len(view.tokens)))}
    norms = {view.tokens[i].norm for i in range(first, min(last, len(view.tokens)))}
    if words & lex.threat_conditions and not words & lex.forecast_words \
            and not forecast(view, statement) \
            and not norms & constraint_verbs():  # «من أنها ستضطر إلى وقف…إذا»: a constraint (round 14)
        return lex.acts.get("THREATEN")
    return None


def unpaused(view: View, statement: Statement) -> bool:
    """«، متهمة الدوحة بدعم…» accuses; «امرأة متهمة بالقتل» is an accused woman."""
    first = token_at(view, statement.cue[0])
    paused = view.lex.paused_cues
    if view.tokens[first].norm not in paused and view.bare(first) not in paused:
        return False
    return first == 0 or view.tokens[first - 1].kind == "word"


def prayer(view: View, statement: Statement) -> bool:
    """«دعا المولى عز وجل أن…»: a call to God is no request."""
    first = token_at(view, statement.cue[1])
    # «دعت الجمعية في المدينة الله…»: up to the content's first words
    last = max(first + 4, token_at(view, statement.content[0]) + 2)
    words = view.lex.prayer_words
    named = [(e.start, e.end) for e in view.article.entities]  # «حزب الله»، «الملك عبد الله»
    return any((view.tokens[i].norm in words or view.bare(i) in words)
               and not any(a <= view.tokens[i].start < b for a, b in named)
               for i in range(first, min(last, first + view.lex.subject_window, len(view.tokens))))


def noun_cue(view: View, statement: Statement) -> bool:
    """«وفاة طالب سعودي»: a cue followed by an indefinite nationality is a noun (a student),
    where a verb's subject would be definite («طالب السعوديون»); a cue inside a person's name
    is a name («المخرج أمين طالب»); a cue after a «و» that is its verb's own letter is
    another verb («ودّعت محافظة ميسان الشهيد»: bade farewell, round 11)."""
    if view.in_name(token_at(view, statement.cue[0]), PERSON):  # «المخرج أمين طالب»
        return True
    if own_waw(view.article.text, statement.cue[0]):
        return True
    after = token_at(view, statement.cue[1])
    entity = view.entity_at.get(after)
    return entity is not None and entity.type == "NORP" \
        and after > token_at(view, statement.cue[0]) \
        and not view.tokens[after].norm.startswith(view.lex.article)


def marked(view: View, statement: Statement, type_: str) -> bool:
    """«هدد … بالرد»: an act that needs a mark has one soon after its cue, in its clause."""
    marks = view.lex.act_marks.get(type_)
    return not marks or mark_after(view, token_at(view, statement.cue[1]), marks)


def mark_after(view: View, first: int, marks: frozenset[str]) -> bool:
    """A mark in the words from ``first`` on, within ``window.act_mark``, in its clause."""
    if first >= len(view.tokens):
        return False
    _, stop = view.sentence_of(first)
    # round 35 (C): the window counts words: quote marks and the inner words of a name
    # («اتهام وزارة الداخلية حركتي «النور» و«الفجر» بالتحريض») use none of it
    index, left = first, view.lex.act_mark_window + 1
    while index < stop and left > 0:
        if index > first and view.is_break(index):
            return False
        if _carries_mark(view.bare(index), marks, view.lex.conjunctions) \
                and view.bare(index) not in view.lex.mark_lookalikes:
            return True
        if view.tokens[index].kind == "word" and not view.in_name(index, ACTOR_TYPES):
            left -= 1
        index += 1
    return False


def _carries_mark(word: str, marks: frozenset[str], conjunctions: tuple[str, ...]) -> bool:
    """The word is a mark, or a mark as proclitic on a word of three letters or more
    («بالحرمان»، «وباستهداف»، «بفرض»; not «بين»، «بعد»)."""
    if word in marks:
        return True
    for conjunction in conjunctions:
        if word.startswith(conjunction) and word[len(conjunction):] in marks:
            return True
    word = next((word[len(c):] for c in conjunctions if word.startswith(c)), word)
    return len(word) - 1 >= 3 and word[:1] in _letters(marks)


@functools.cache
def _letters(marks: frozenset[str]) -> frozenset[str]:
    """The marks of one letter (a proclitic: «ب»)."""
    return frozenset(mark for mark in marks if len(mark) == 1)


@functools.cache
def _joined(field: str, one: str, other: str) -> frozenset[str]:
    """The words of ``one`` and of ``other`` (a trigger's form and type) in the lexicon's
    table ``field``, joined once for each pair: asked for every hit."""
    table: dict[str, frozenset[str]] = getattr(lexicon(), field)
    return table.get(one, frozenset()) | table.get(other, frozenset())


@functools.cache
def _openers(field: str, one: str, other: str) -> frozenset[str]:
    """The words that may open a word of ``_joined(field, one, other)`` (its first word, of a
    blocker of two), as read or after a conjunction (``View.bare``)."""
    firsts = {word.split(" ")[0] for word in _joined(field, one, other)}
    return frozenset(firsts | {c + word for c in lexicon().conjunctions for word in firsts})


def not_a_happening(view: View, hit: Hit) -> bool:
    """A state told in the present («التي يسيطر عليها»), a trigger without the mark it needs
    («اتفق مع فلان» without «على»), or an object that makes it mean something else
    («استقبال الجرحى»)."""
    if hit.tense == "present" and not hit.future and hit.trigger.mode in view.lex.present_is_state \
            and not turned_tense(view, hit):  # «لم يوافق»، «لن توافق» (round 26, guards)
        return True
    if backdrop(view, hit):  # «التحالف الذي يقصف مواقعه»، «في القرن الماضي» (round 22)
        return True
    if whoever(view, hit) or unrealised(view, hit):  # «كل من يشارك في اعتصام»، «إحباط هجوم»
        return True
    if view.in_name(hit.first):  # «في مديرية أرحب»
        return True
    first = view.tokens[hit.first]
    if first.prefix[:1] and own_waw(view.article.text, first.start + 1):  # «ودّعت» (round 11)
        return True
    if no_happening(view, hit):  # «لقاءك»، «يقبله العرب أو يرفضونه» (round 11)
        return True
    if hit.trigger.form in view.lex.doer_after and not _doer_after(view, hit):
        return True  # «رفض العدوان» is a stance; «العدوان التركي» a happening
    marks = view.lex.trigger_marks.get(hit.trigger.form)
    if marks and not mark_after(view, hit.end + 1, marks) \
            and not far_mark(view, hit) \
            and not future_request(view, hit):  # «اتفقت …، في ختام …، على»، «ستطلب اجتماعا» (26)
        return True
    blockers = _joined("object_blockers", hit.trigger.form, hit.trigger.type)
    if not blockers:
        return False
    _, stop = view.sentence_of(hit.first)
    if _openers("object_blockers", hit.trigger.form, hit.trigger.type).isdisjoint(
            view.norms[hit.end + 1:stop]):
        return False  # most sentences: no blocker's word after the trigger at all
    # the inner words of a long name between (the subject: «رفضت المجموعة الاقتصادية لدول
    # غرب أفريقيا التعليق») do not use up the window
    left, index = view.lex.object_window, hit.end + 1
    while index < stop and left > 0:
        if view.is_break(index):
            closing = _title_aside(view, index, stop)  # «، العقيد سليماني مايغا،» (round 28)
            if closing is None:
                return False
            index = closing + 1
            continue
        if view.tokens[index].norm in blockers or view.bare(index) in blockers:
            return True
        if index + 1 < stop and f"{view.bare(index)} {view.tokens[index + 1].norm}" in blockers:
            return True  # a blocker of two words: «الإعلان عن» (round 28)
        if not view.in_name(index, ACTOR_TYPES):
            left -= 1
        index += 1
    return False


def _title_aside(view: View, comma: int, stop: int) -> int | None:
    """The closing comma of an aside that a title opens right after the comma ``comma`` —
    the subject's name and rank: «رفض المتحدث العسكري، العقيد سامر الحداد، الإفصاح» — else
    None. The aside holds at most ``window.aside`` words besides the title."""
    lex = view.lex
    if view.tokens[comma].norm not in lex.asides or comma + 1 >= stop \
            or view.tokens[comma + 1].norm not in lex.object_aside_titles:
        return None
    for at in range(comma + 2, min(stop, comma + 3 + lex.aside_words)):
        if view.is_break(at):
            return at if view.tokens[at].norm in lex.asides else None
    return None


def unrealised(view: View, hit: Hit) -> bool:
    """A word before the trigger (within ``window.unrealised``, in its clause) tells an act
    foiled, planned or asked for, not done: «إحباط هجوم»، «طلبت الحكومة مساعدات مالية»."""
    words = _joined("unrealised_before", hit.trigger.type, "*")
    if not words:
        return False
    lowest = max(0, hit.first - view.lex.unrealised_window)
    if _openers("unrealised_before", hit.trigger.type, "*").isdisjoint(
            view.norms[lowest:hit.first]):
        return False  # most triggers: no such word before them at all
    for index in range(hit.first - 1, lowest - 1, -1):
        if view.is_break(index):
            return False
        norm = view.tokens[index].norm
        if norm in words or (norm[:1] in view.lex.conjunctions and norm[1:] in words):
            return True
    return False


def led(view: View, hit: Hit) -> bool:
    """A trigger that names an act only after its lead word has it right before it, and the
    lead becomes its first word («لن يقبل»: a refusal, not a negated acceptance)."""
    leads = view.lex.trigger_leads.get(hit.trigger.form)
    if not leads:
        return True
    if hit.first == 0 or view.tokens[hit.first - 1].norm not in leads:
        return False
    hit.first -= 1
    return True


@functools.cache
def _kept_in_frames() -> frozenset[str]:
    return frozenset(load_yaml("event_grammar.yaml")["frame_kept_modes"])


@functools.cache
def _occasions() -> tuple[frozenset[str], frozenset[str]]:
    """(the words that name an occasion, the trigger rows an occasion does not frame)."""
    grammar = load_yaml("event_grammar.yaml")["frame_occasions"]
    return frozenset(fold(w) for w in grammar["words"]), frozenset(grammar["rows"])


def kept_in_frame(view: View, hit: Hit) -> bool:
    """An act a match does not make a figure of speech: fans arrested or rioting after it
    («اعتقلت الشرطة 170 شخصا إثر أعمال شغب أعقبت المباراة»; ``frame_kept_modes``); a
    congratulation whose anniversary is only its occasion («برقية تهنئة … بمناسبة ذكرى
    استقلال بلاده»: every frame word of the sentence stands right after «بمناسبة»)."""
    if hit.trigger.mode in _kept_in_frames():
        return True
    words, rows = _occasions()
    if hit.trigger.form not in rows:
        return False
    start, stop = view.sentence_of(hit.first)
    frame = view.lex.frame_words
    return all(at > start and view.norm(at - 1) in words
               for at in range(start, stop) if view.norm(at) in frame)


def framed(view: View) -> frozenset[int]:
    """The sentences that tell a match or an anniversary («في مباراة سيطر فيها أسود الأطلس على
    مجريات اللعب»، «يحيي اللبنانيون الذكرى … لتوقيع اتفاق الطائف»)."""
    frame = view.lex.frame_words
    if frame.isdisjoint(view.norms):
        return frozenset()  # most articles: no frame word at all
    tokens = view.tokens
    words = [n for n, norm in enumerate(view.norms) if norm in frame]  # a few of the article's
    return frozenset(tokens[n].sentence for n in words
                     if not _names_a_place(view, tokens[n])
                     and not tells_violence(view, n)  # a stadium bombing (round 22)
                     and not periodic(view, n))  # «اجتماعهم الدوري» (round 30)


def _names_a_place(view: View, token: Token) -> bool:
    """«سيطرت القوات على الملعب البلدي»: a stadium that is the place fought over frames no match."""
    entity = view.entity_at.get(bisect.bisect_left(view.token_starts, token.start))
    return entity is not None and entity.type in _PLACES


_PLACES = frozenset({"FAC", "LOC", "GPE"})
PERSON = frozenset({"PER"})

def dated_history(view: View, hit: Hit) -> bool:
    """A trigger dated by a year before the article's («تفاصيل اجتياح عام 1982»)."""
    published = view.article.published
    if published is None:
        return False
    _, stop = view.sentence_of(hit.first)
    tokens, words = view.tokens, view.lex.year_words
    end = min(stop - 1, hit.end + 5)
    if _year_words().isdisjoint(view.norms[hit.end + 1:end]):
        return False  # most triggers: no «عام» after them at all
    for at in range(hit.end + 1, end):
        if view.is_break(at):
            return False
        year = tokens[at + 1].text
        if len(year) == 4 and year.isdigit() \
                and (tokens[at].norm in words or view.bare(at) in words) \
                and int(year) < published.year:  # the year first: most words are none
            return True
    return False


@functools.cache
def _year_words() -> frozenset[str]:
    """The words a year's word may be read in (``View.bare``): as it is or after a
    conjunction."""
    lex = lexicon()
    return lex.year_words | {c + word for c in lex.conjunctions for word in lex.year_words}


def blocked_by_context(view: View, hit: Hit) -> bool:
    """A word of its sentence makes the trigger no happening of its type: a storm's dead, a
    team that «meets», a family's or a tourist's visit (the lists of its form and its type)."""
    blockers = _joined("context_blockers", hit.trigger.form, hit.trigger.type)
    return bool(blockers) and blockers_in_sentence(view, hit.first, blockers)  # «الفريق أول» (26)


def alone(view: View, hit: Hit) -> bool:
    """A concrete happening («غارة»، «اشتباكات»، «اعتقال») stands without a named party,
    unless a word before it makes it a kind of act («لصد أي هجوم»)."""
    if hit.trigger.form not in view.lex.stand_alone:
        return False
    return hit.first == 0 or (view.tokens[hit.first - 1].norm not in view.lex.generic_before
                              and view.bare(hit.first - 1) not in view.lex.generic_before)


def _doer_after(view: View, hit: Hit) -> bool:
    """A named doer right after the trigger (no pronoun on it): «العدوان التركي», or a noun and
    its nationality «عدوان الاحتلال الإسرائيلي»."""
    if hit.pronoun:
        return False
    _, stop = view.sentence_of(hit.first)
    for index in range(hit.last + 1, min(stop, hit.last + 3)):
        if view.is_break(index) or view.tokens[index].kind != "word":
            return False
        entity = view.entity_at.get(index)
        if entity is not None:
            return entity.type in ACTOR_TYPES and entity.start >= view.tokens[index].start
    return False

