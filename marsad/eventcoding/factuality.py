"""How sure the report is: cues near the trigger («لم ينسحب»، «من المقرر أن يلتقي»، «إذا
انسحب»، «الاجتماع المزمع») and the statement whose content holds it («نفت … انسحاب
الجيش» is denied, «قال إن …» reported, «دعا إلى …» is the request itself).

The strongest reading wins: denied > hypothetical > future > reported > asserted.

Round 21 adds what the cue table cannot hold: plans («على أن ينسحب»، «أن جولة محادثات ستعقد»:
``fact_plans``), a source closing the sentence («، بحسب ما أفاد به شهود»: ``fact_sources``),
hoped or required acts that are no event («نأمل أن تتم محاسبة…»: ``fact_wishes``), a stance the
speaker affirms as its own («مؤكدة رفضها»: ``fact_stances``) and the occasion of a statement
(«خلال لقائه»، «إثر مباحثات»: ``fact_occasions``). Its second wave keeps two acts it used
to drop (``fact_kept``): «أي» + act in a denied clause is denied («لن تشارك في أي ضربات»), and
the act a threat's condition says a party goes on with is hypothetical («إذا واصل الحوثيون
استهداف السفن»).
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from marsad.eventcoding.coop_agreed import agreed_cooperation
from marsad.eventcoding.fact_kept import continued_condition, negated_any
from marsad.eventcoding.fact_occasions import occasion
from marsad.eventcoding.fact_plans import done_by_relative, planned
from marsad.eventcoding.fact_requested import done_on_request
from marsad.eventcoding.fact_sources import trailing_source
from marsad.eventcoding.fact_stances import own_stance
from marsad.eventcoding.fact_wishes import wished
from marsad.eventcoding.lexicon import FACTUALITY_RANK, NO_EVENT, Cue, lexicon
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.narrated import narrated_in_wish
from marsad.eventcoding.performatives import performative
from marsad.eventcoding.prec_sources import before_sourced_toll
from marsad.eventcoding.view import View
from marsad.model import Statement

__all__ = ["Reading", "cue_factuality", "read_factuality", "statement_holding", "stronger"]


@dataclass(slots=True)
class Reading:
    factuality: str = "asserted"
    by: str | None = None
    drop: bool = False  # the content of a call or threat: the verbal event stands for it
    wisher: Statement | None = None  # the wish whose content a narrated clause stands in


def stronger(a: str, b: str) -> str:
    return a if FACTUALITY_RANK[a] >= FACTUALITY_RANK[b] else b


def statement_holding(statements: list[Statement], start: int, end: int,
                      part: str = "content") -> Statement | None:
    """The innermost statement whose ``part`` span holds ``[start, end)``."""
    best: Statement | None = None
    size = 0
    # the two parts asked for read as attributes (a ``getattr`` call for each statement of
    # each hit costs more than the test itself)
    content, cue = part == "content", part == "cue"
    for statement in statements:
        lo, hi = statement.content if content else statement.cue if cue \
            else getattr(statement, part)
        if lo <= start and end <= hi and (best is None or hi - lo < size):
            best, size = statement, hi - lo
    return best


def read_factuality(view: View, hit: Hit) -> Reading:
    reading = Reading("future" if hit.future else "asserted")
    cue = cue_factuality(view, hit.first, hit.end, verbal=hit.tense != "noun",
                         present=hit.tense == "present" and not hit.future,
                         conditional=hit.trigger.type not in lexicon().statement_types)
    if cue == "future" and hit.tense == "noun" and done_by_relative(view, hit.last):
        cue = None  # «ستتابع المحادثات التي أجراها»: talks held before (round 29)
    if cue == NO_EVENT and negated_any(view, hit):  # «لن تشارك في أي ضربات» (round 21)
        cue = "denied"
    if cue == NO_EVENT and agreed_cooperation(view, hit):  # «اتفقا على تعزيز التنسيق الأمني»
        cue = None  # (round 23)
    if cue == NO_EVENT or wished(view, hit):  # «نأمل أن تتم محاسبة…» (round 21)
        reading.drop = True
        return reading
    if cue:
        reading.factuality = stronger(cue, reading.factuality)
    if planned(view, hit):  # «على أن ينسحب»، «أن جولة محادثات ستعقد» (round 21)
        reading.factuality = stronger("future", reading.factuality)
    start, end = view.tokens[hit.first].start, view.tokens[hit.end].end
    statement = statement_holding(view.article.statements, start, end)
    if statement is None and trailing_source(view, hit):  # «، بحسب ما أفاد به شهود»
        reading.factuality = stronger("reported", reading.factuality)
    if statement is None or _after_contrast(view, statement, hit.first) \
            or _presupposed(view, statement) or before_sourced_toll(view, statement, hit.last):
        return reading
    if done_on_request(view, statement, hit):  # «دخلت قوات … بطلب من الحكومة» (round 30)
        return reading
    rule = lexicon().acts.get(statement.act)
    content = rule.content if rule else "reported"
    if content == "reported" and occasion(view, statement, hit):  # «خلال لقائه» (round 21)
        return reading
    reading.by = statement.id  # its speaker may act (a performative too: «أعلن قطع العلاقات»)
    if performative(view, statement, hit) or own_stance(view, statement, hit):
        return reading  # the announcement is the act itself; «مؤكدة رفضها» (round 21)
    if content == "drop" and narrated_in_wish(  # «…بالانسحاب، واتهمتها بقتل مدنيين»
            view, hit, bisect.bisect_left(view.token_starts, statement.content[0])):
        reading.by, reading.wisher = None, statement
        return reading
    if content == "drop" and cue == "hypothetical" and continued_condition(view, hit):
        reading.factuality = "hypothetical"  # «إذا واصل الحوثيون استهداف السفن» (round 21)
    elif content == "drop":  # «حذر من أنه سيقاطع الانتخابات إذا…»: a conditional act stays
        reading.drop = cue != "hypothetical" or statement.act not in lexicon().warning_acts
    else:
        reading.factuality = stronger(content, reading.factuality)
    return reading


def _presupposed(view: View, statement: Statement) -> bool:
    """«أعربت عن أسفها لقرار الدول الأربع قطع علاقاتها»: regret or welcome takes the act it
    is about as told; the reporter narrates it."""
    at = bisect.bisect_left(view.token_starts, statement.content[0])
    return at < len(view.tokens) and view.bare(at) in lexicon().presupposing


def _after_contrast(view: View, statement: Statement, first: int) -> bool:
    """«رفعوا لافتات تطالب برحيل النظام، فيما أضرب الطلاب»: the reporter's next clause is no
    part of the content the statements layer ran on into."""
    at = bisect.bisect_left(view.token_starts, statement.content[0])
    return view.contrast_between(at, first)


def cue_factuality(view: View, start: int, end: int, verbal: bool = True,
                   present: bool = False, conditional: bool = True) -> str | None:
    """The strongest cue around the words ``start``..``end`` (token indices), or ``none``;
    before a noun, cues that mark only a verb («إن» conditional) are not read, and before
    anything but a present verb, cues that mark only one («قد تفرض» may; «قد فرضت» did).
    A condition after the words («ستقدم شكوى إذا تكررت») makes them hypothetical unless
    not ``conditional`` (a threat is made now, whatever its condition)."""
    lex = lexicon()
    tokens = view.tokens
    firsts, conjoined = _cue_keys()  # most words begin no cue: tested here, not called for
    found: str | None = None
    first, stop = view.sentence_of(start)
    floor = max(first, start - lex.cue_reach)
    before: list[tuple[int, Cue]] = []
    is_break, norms = view.is_break, view.norms  # read at every word of both windows
    for at in range(start - 1, floor - 1, -1):
        if is_break(at):
            break
        if norms[at] not in conjoined and tokens[at].text not in firsts:
            continue
        for cue in _cues_at(view, at):
            distance = start - (at + len(cue.words) - 1)
            if not verbal and cue.by_text and cue.words[0] in lex.verb_only_cues:
                continue
            if not present and cue.words[0] in lex.present_only_cues:
                continue
            if cue.side == "before" and 0 < distance <= cue.window:
                before.append((at, cue))
    for at, cue in _unshadowed(before):
        if cue.factuality == NO_EVENT:
            return NO_EVENT
        found = cue.factuality if found is None else stronger(cue.factuality, found)
    ceiling = min(stop, end + 1 + lex.cue_reach)
    for at in range(end + 1, ceiling):
        if is_break(at):
            break
        if norms[at] not in conjoined and tokens[at].text not in firsts:
            continue
        for cue in _cues_at(view, at):
            if cue.side == "after" and at - end <= cue.window and cue.factuality != NO_EVENT \
                    and (conditional or cue.factuality != "hypothetical"):
                found = cue.factuality if found is None else stronger(cue.factuality, found)
    return found


def _unshadowed(found: list[tuple[int, Cue]]) -> list[tuple[int, Cue]]:
    """The cues not inside a longer cue found with them: «ما لم تنسحب» is a condition, not
    the denial «لم» (round 21)."""
    inside = {at + k for at, cue in found for k in range(1, len(cue.words))}
    return [(at, cue) for at, cue in found if at not in inside]


def _cues_at(view: View, at: int) -> list[Cue]:
    """The cues that begin at token ``at`` (read once per article: cue windows overlap)."""
    found = view.cues_at.get(at)
    if found is None:
        found = view.cues_at[at] = _read_cues_at(view, at)
    return found


def _read_cues_at(view: View, at: int) -> list[Cue]:
    lex = lexicon()
    token = view.tokens[at]
    firsts, conjoined = _cue_keys()
    if token.norm not in conjoined and token.text not in firsts:
        return []  # most words: no form of theirs (below) begins a cue
    found: list[Cue] = []
    for key in {token.norm, view.bare(at), _without_conjunction(token.norm), token.text}:
        for cue in lex.cues.get(key, ()):
            if len(cue.words) == 1 or _rest_matches(view, at, cue):  # a word: no rest to read
                found.append(cue)
    return found


@functools.cache
def _cue_keys() -> tuple[frozenset[str], frozenset[str]]:
    """The cues' first words, and the folded words whose forms in ``_read_cues_at`` may be
    one: the word itself or it after a conjunction («وقد»: ``bare`` and
    ``_without_conjunction`` take off a conjunction or nothing)."""
    lex = lexicon()
    firsts = frozenset(lex.cues)
    return firsts, firsts | {c + word for c in lex.conjunctions for word in firsts}


def _without_conjunction(word: str) -> str:
    for conjunction in lexicon().conjunctions:
        if word.startswith(conjunction) and len(word) > len(conjunction) + 1:
            return word[len(conjunction):]
    return word


def _rest_matches(view: View, at: int, cue: Cue) -> bool:
    for offset, word in enumerate(cue.words[1:], 1):
        index = at + offset
        if index >= len(view.tokens):
            return False
        token = view.tokens[index]
        if (token.text if cue.by_text else token.norm) != word:
            return False
    return True
