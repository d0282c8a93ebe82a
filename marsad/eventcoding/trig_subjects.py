"""Verbs read by their doer (round 23).

Some verbs tell a troop movement, a retreat or a protest only when their doer is one who does
such a thing: «وصلت قوات إضافية إلى المنطقة» and «التعزيزات وصلت إلى المنطقة» are forces
arriving (MOBILIZE), «وصل عدد القتلى إلى مئة» is not; «مسلحو التنظيم فروا من الحي» is a
retreat, «فر آلاف المدنيين من القصف» are refugees; «تجمع مئات الشبان أمام المحكمة» and «قطع
محتجون الطريق» are protests, «أغلقت السلطات الطريق» is not. Such a row is read only when a
word of its doer group stands

* right after the verb, behind at most two counts («آخر رتل»، «مئات من»، «200 جندي»);
* before it in its clause, within ``reach`` words (a name or a quoted name counts one word);
* or, for an arrival, after the place told right after the verb («وصلت إلى الدوحة دفعة جديدة
  من الجنود»): after «من» or without the article.

A doer word governed by a preposition is none («أطلقت الرصاص على المعتصمين وأحرقت خيامهم»).
The row is not read when a definite noun right after a verb with no subject ending is its
subject («في حال تراجعت الجاهزية الأمنية»), when a word soon after it gives it another sense
(«تراجع عن قراره»، «انتقلت قوات الأمن إلى مكان الحادث»، «وصلت إلى مشارف المدينة»: an
advance), or when a word of its clause does («قد يفرون» from a jail, «توافد الآلاف لتشييع
الضحايا»، «وصلت جثامين الجنود»). A doer told before the verb is its subject, so the verb does
not share the subject of the verb before it in the sentence (``doer_told_before``).

Round 30 (S2): for a group that is the verb's object («أطلق» and what is launched), the object
may follow the launcher and an aside («أطلقت كتائب القسام، الجناح العسكري للحركة، عشرات
الصواريخ»).

The forms (by type), the groups and the words are data: ``event_subject_triggers.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold
from marsad.eventcoding.matcher import Hit, stem_test, stems
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["doer_told_before", "lacks_doer"]


@dataclass(frozen=True, slots=True)
class _Table:
    reach: int
    doers: dict[tuple[str, str], frozenset[str]]  # (type, form) -> the doer words it needs
    before_doer: frozenset[str]
    barred_after: dict[str, frozenset[str]]
    barred_near: dict[str, frozenset[str]]
    quotes: tuple[str, str]  # the marks that open and close a quoted name
    barred_reach: int
    near_reach: int
    apart: frozenset[str]  # forms whose doer may follow the place («وصلت إلى الدوحة دفعة…»)
    apart_reach: int
    apart_openers: frozenset[str]  # the preposition right after the verb that opens the place
    partitive: str  # «من» before a doer: a part of the force
    count_words: frozenset[str]
    count_heads_barred: frozenset[str]  # «مئات المسلحين» is no crowd of protesters
    objects: frozenset[tuple[str, str]]  # (type, form) whose group is the verb's object
    object_reach: int
    object_stops: frozenset[str]


def _folded(words: list[object]) -> frozenset[str]:
    return frozenset(fold(str(word)) for word in words)


@functools.cache
def _table() -> _Table:
    data = load_yaml("event_subject_triggers.yaml")
    groups = {str(name): _folded(words) for name, words in data["groups"].items()}
    return _Table(
        reach=int(data["reach"]),
        doers={(str(type_), str(form)): groups[str(group)]
               for type_, forms in data["forms"].items() for form, group in forms.items()},
        before_doer=_folded(data["before_doer"]),
        barred_after={str(form): _folded(words)
                      for form, words in (data.get("barred_after") or {}).items()},
        barred_near={str(form): _folded(words)
                     for form, words in (data.get("barred_near") or {}).items()},
        quotes=(str(data["quotes"][0]), str(data["quotes"][1])),
        barred_reach=int(data["barred_reach"]),
        near_reach=int(data["near_reach"]),
        apart=frozenset(str(form) for form in data["apart"]),
        apart_reach=int(data["apart_reach"]),
        apart_openers=_folded(data["apart_openers"]),
        partitive=fold(str(data["partitive"])),
        count_words=_folded(data["count_words"]),
        count_heads_barred=_folded(data["count_heads_barred"]),
        objects=frozenset((str(type_), str(form)) for type_, forms in data["forms"].items()
                          for form, group in forms.items()
                          if str(group) in {str(g) for g in data["object_groups"]}),
        object_reach=int(data["object_reach"]),
        object_stops=_folded(data["object_stops"]))


def _is_doer(view: View, index: int, words: frozenset[str]) -> bool:
    """A doer word (as written, or its stem without the article, a conjunction or a pronoun)
    not governed by a preposition («أطلقت الرصاص على المعتصمين»، «بقوة»)."""
    if not _doer_word(view, index, words) or _barred_count(view, index):
        return False
    token = view.tokens[index]
    prefix = token.prefix.lstrip("".join(view.lex.conjunctions))
    if prefix[:1] in _preposition_letters(view):
        return False
    return index == 0 or view.bare(index - 1) not in view.lex.prepositions


def _barred_count(view: View, index: int) -> bool:
    """A count whose noun is armed men or civilians («خروج مئات المسلحين»، «آلاف النازحين»)."""
    table = _table()
    token = view.tokens[index]
    if token.norm not in table.count_words and token.stem not in table.count_words:
        return False
    after = index + 1
    if after < len(view.tokens) and view.bare(after) == table.partitive:
        after += 1  # «مئات من المسلحين»
    return after < len(view.tokens) and (view.tokens[after].norm in table.count_heads_barred
                                         or view.tokens[after].stem in table.count_heads_barred)


def _doer_word(view: View, index: int, words: frozenset[str]) -> bool:
    """The word, or its stem by the conservative split, is one of ``words`` («كميات» is no
    «مئات»: the matcher's looser stems would read it so)."""
    token = view.tokens[index]
    return token.norm in words or token.stem in words


def _preposition_letters(view: View) -> frozenset[str]:
    return frozenset(clitic[-1] for clitic in view.lex.clitic_preps)


def _other_subject(view: View, hit: Hit, words: frozenset[str]) -> bool:
    """A one-word verb with no subject ending whose next word is a definite noun that is no
    doer: that noun is its subject («في حال تراجعت الجاهزية الأمنية»)."""
    after = hit.first + 1
    if hit.first != hit.end or hit.plural or after >= len(view.tokens) \
            or view.tokens[after].sentence != view.tokens[hit.first].sentence:
        return False
    token = view.tokens[after]
    return token.prefix.lstrip("".join(view.lex.conjunctions)) == view.lex.article \
        and not _is_doer(view, after, words)


def lacks_doer(view: View, hit: Hit) -> bool:
    """Whether the hit's verb needs a doer of its group and none stands next to it (or a word
    that gives it another sense stands right after it or in its clause)."""
    table = _table()
    words = table.doers.get((hit.trigger.type, hit.trigger.form))
    if words is None:
        return False
    if _barred(view, hit, table) or _other_subject(view, hit, words):
        return True
    return not (_doer_after(view, hit, words, table) or _doer_before(view, hit, words, table)
                or _doer_apart(view, hit, words, table)
                or ((hit.trigger.type, hit.trigger.form) in table.objects  # round 30 (S2)
                    and _object_later(view, hit, words, table)))


def _object_later(view: View, hit: Hit, words: frozenset[str], table: _Table) -> bool:
    """«أطلقت كتائب القسام، الجناح العسكري للحركة، عشرات الصواريخ»: what is launched after
    the launcher and an aside, within ``object_reach`` words, before another clause opens."""
    tokens, sentence = view.tokens, view.tokens[hit.first].sentence
    index, left = hit.end + 1, table.object_reach
    while index < len(tokens) and left > 0:
        token = tokens[index]
        if token.sentence != sentence or token.norm in table.object_stops \
                or view.bare(index) in table.object_stops \
                or (view.is_break(index) and token.kind == "word"):
            return False
        if _is_doer(view, index, words):
            return True
        left -= token.kind == "word"  # quote marks and the aside's commas count none
        index += 1
    return False


def doer_told_before(view: View, hit: Hit) -> bool:
    """Whether the hit's doer (of a verb read by its doer) is told before it and none after it:
    that noun is its subject, not the subject of the verb before it in the sentence («ودانت
    الولايات المتحدة الهجوم، فيما أفادت مصادر بأن تعزيزات عسكرية وصلت إلى سامراء»)."""
    table = _table()
    words = table.doers.get((hit.trigger.type, hit.trigger.form))
    return words is not None and not _doer_after(view, hit, words, table) \
        and _doer_before(view, hit, words, table)


def _barred(view: View, hit: Hit, table: _Table) -> bool:
    """«تراجع عن قراره»، «وصلت قوات الأمن إلى مكان الحادث» (the next ``barred_reach`` words
    of its clause); «قد يفرون من السجن» (a word of the clause within ``near_reach`` either side)."""
    tokens, sentence = view.tokens, view.tokens[hit.first].sentence
    after = table.barred_after.get(hit.trigger.form, frozenset())
    for index in range(hit.first + 1, min(len(tokens), hit.first + 1 + table.barred_reach)):
        if tokens[index].sentence != sentence or view.is_break(index):
            break
        if view.bare(index) in after:
            return True
    near = table.barred_near.get(hit.trigger.form, frozenset())
    if not near:
        return False
    test = stem_test(near)  # most words: no stem to look up
    for step in (1, -1):
        index = hit.first + step
        while 0 <= index < len(tokens) and abs(index - hit.first) <= table.near_reach \
                and tokens[index].sentence == sentence and not view.is_break(index):
            if (test is None or test(tokens[index].norm)) \
                    and any(stem in near for stem in stems(tokens[index].norm)):
                return True
            index += step
    return False


def _doer_after(view: View, hit: Hit, words: frozenset[str], table: _Table) -> bool:
    """A doer right after the verb, or behind a count («آخر رتل»، «مئات من»، «200»); a phrase's doer
    may stand before its object («أضرم محتجون النار»)."""
    tokens, sentence = view.tokens, view.tokens[hit.first].sentence
    first = hit.first + 1
    for index in range(first, min(len(tokens), first + 3)):
        if tokens[index].sentence != sentence or view.is_break(index):
            return False
        if _is_doer(view, index, words):
            return True
        if view.bare(index) not in table.before_doer and tokens[index].kind != "number":
            return False
    return False


def _doer_apart(view: View, hit: Hit, words: frozenset[str], table: _Table) -> bool:
    """«وصلت إلى الدوحة دفعة جديدة من الجنود»: the place told first, right after the verb, and
    the doer after it within ``apart_reach`` words — after «من» (a part of the force) or
    without the article («تعزيزات عسكرية»); «وصل الوزير إلى مقر قيادة القوات» is none."""
    tokens, sentence = view.tokens, view.tokens[hit.first].sentence
    first = hit.first + 1
    if hit.trigger.form not in table.apart or first >= len(tokens) \
            or tokens[first].sentence != sentence or view.bare(first) not in table.apart_openers:
        return False
    for index in range(first + 1, min(len(tokens), first + 1 + table.apart_reach)):
        if tokens[index].sentence != sentence or view.is_break(index):
            return False
        if view.bare(index - 1) == table.partitive and _doer_word(view, index, words) \
                or not tokens[index].prefix and _is_doer(view, index, words):
            return True
    return False


def _doer_before(view: View, hit: Hit, words: frozenset[str], table: _Table) -> bool:
    """A doer before the verb in its clause and its reported clause (not past «أن/إن»), within
    ``reach`` words; a name or a quoted name counts as one word («عناصر تنظيم «ي ب ك/ بي كا كا» الإرهابي فروا»)."""
    tokens, sentence = view.tokens, view.tokens[hit.first].sentence
    low = hit.first - 1
    while low > 0 and tokens[low - 1].sentence == sentence:
        low -= 1
    starts = {view.entity_last[key]: view.entity_first[key] for key in view.entity_last
              if low <= view.entity_last[key] < hit.first}
    opened: list[int] = []
    for index in range(hit.first - 1, -1, -1):
        if tokens[index].sentence != sentence:
            break
        if tokens[index].norm == table.quotes[1]:
            opened.append(index)
        elif tokens[index].norm == table.quotes[0] and opened:
            starts[opened.pop()] = index
    index, steps = hit.first - 1, 0
    while index >= 0 and steps < table.reach:
        if tokens[index].sentence != sentence or view.is_break(index):
            return False
        start = starts.get(index, index)
        if any(_is_doer(view, i, words) for i in range(start, index + 1)):
            return True
        if view.ends_argument(index):  # «قال الناطق باسم الجيش إن الرئيس توجه إلى…»
            return False
        index, steps = start - 1, steps + 1
    return False
