"""Tallies and re-tellings are no new happenings (round 23, judge of the corpus changes).

Three kinds of candidate that round 23's real-news rows let through are dropped:

- a *tally*: the act is counted over a span of time, not told once. Its sentence counts
  (a figure or «آلاف»، «مئات»; not a share «في المئة») and its clause names a plural period
  in the past («خلال الأشهر الثلاثة الماضية أغلق المفتشون أكثر من 50 محلا»، «في السنوات
  الأخيرة»), a span from one date to another («بين الأول من يناير و30 يونيو قتل 1592
  شخصا») or a span since a war began («منذ بداية النزاع قتل نحو أربعة آلاف»; not «منذ
  بداية العام»: «رابع عملية منذ بداية العام» tells one attack). A period still to come
  («خلال الأشهر المقبلة») is no tally, nor is one act told over past weeks with no count
  («سيطرت خلال الأسابيع الماضية على أكثر من تسعين في المئة من الأحياء»، «قد سمحت للمفتشين
  خلال الأسابيع الماضية»: the gold sets label both). A count over this year is a tally too
  (round 26: «وهوجم نحو 150 مركزا … هذا العام»; not «منذ بداية العام الحالي» nor «في مارس من
  العام الجاري», a day of it), and so is one over a whole past month or year (round 28:
  «خلال شهر يوليو الماضي»، «طوال العام الماضي»). Round 29: a count may stand between the
  lead and the period («خلال العشر سنوات الأخيرة»، «خلال الـ11 عاما الماضية», read from the
  sentence's start), and acts counted by a word of many in a sentence with no day («لكن
  عشرات الغارات التي أعقبته…»، «العديد من حملات الاختطاف») are a series.
- a *re-told death*: an ASSAULT masdar of dying that points back to dead already told
  («وكانت القيادة قد أعلنت أمس استشهادهم») or gives the toll of an incident already told
  («نتج عن الاعتداء الآثم استشهاد 9 أشخاص»), when an ASSAULT of an earlier sentence
  (within ``sentences`` sentences) is kept. The first telling stays.
- an act told again with its figure: the same word («أغلق» … «وأغلقت») and the same figure
  («3 محلات» … «3 محال») within a few sentences of an act of its type. A reply in kind
  («طرد اثني عشر موظفا» … «ستطرد بدورها اثني عشر») and another side's own words («قتل ثلاثة»
  … «حيدت ثلاثة إرهابيين») are other words and stay.

A masdar adjunct dated months ago («… مطلع أبريل الماضي إثر قرار المحكمة …») was tried as a
backdrop and left out: blind3 labels «عقب هجوم مسلح … في مارس من العام الماضي» as the
first telling of the attack.

Words are in ``marsad/lexicons/event_tallies.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.toll_acts import at_toll
from marsad.eventcoding.time_values import is_day
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["tallied", "retold_death", "without_same_figures", "without_tallies_and_retellings"]


@dataclass(frozen=True)
class _Tallies:
    enabled: bool
    leads: frozenset[str]
    periods: frozenset[str]
    past: frozenset[str]
    past_reach: int
    spans: frozenset[str]
    since: frozenset[str]
    since_heads: frozenset[str]
    since_objects: frozenset[str]
    numbers: frozenset[str]
    shares: frozenset[str]
    this_year: tuple[tuple[str, str], ...] = ()
    whole_leads: frozenset[str] = frozenset()  # round 28: «خلال شهر يوليو الماضي»
    whole_periods: frozenset[str] = frozenset()
    whole_past: frozenset[str] = frozenset()
    whole_types: frozenset[str] = frozenset()
    period_count_reach: int = 0  # round 29: «خلال العشر سنوات الأخيرة»، «خلال الـ11 عاما الماضية»
    period_counts: frozenset[str] = frozenset()
    counted_periods: frozenset[str] = frozenset()
    many_types: frozenset[str] = frozenset()  # round 29: «عشرات الغارات» with no day to them
    many: frozenset[str] = frozenset()
    series: frozenset[str] = frozenset()
    long_periods: frozenset[str] = frozenset()  # round 31: «خلال العقد الماضي»
    long_past: frozenset[str] = frozenset()
    war_leads: frozenset[str] = frozenset()  # round 31: «في الصراع»، «خلال الحرب»
    wars: frozenset[str] = frozenset()
    plural_acts: frozenset[str] = frozenset()  # round 31: «اعتداءات» counts its acts
    plural_clitics: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Deaths:
    enabled: bool
    types: frozenset[str]
    deaths: frozenset[str]
    results: frozenset[str]
    incidents: frozenset[str]
    pronouns: frozenset[str]
    reach: int
    sentences: int


@functools.cache
def _tallies() -> _Tallies:
    data = load_yaml("event_tallies.yaml")["tallies"]
    return _Tallies(bool(data["enabled"]), folded(data["leads"]), folded(data["periods"]),
                    folded(data["past"]), int(data["past_reach"]), folded(data["spans"]),
                    folded(data["since"]), folded(data["since_heads"]),
                    folded(data["since_objects"]), folded(data["numbers"]), folded(data["shares"]),
                    tuple((fold(str(a)), fold(str(b))) for a, b in data.get("this_year", ())),
                    folded(data.get("whole_leads", ())), folded(data.get("whole_periods", ())),
                    folded(data.get("whole_past", ())),
                    frozenset(str(t) for t in data.get("whole_types", ())),
                    int(data.get("period_count_reach", 0)), folded(data.get("period_counts", ())),
                    folded(data.get("counted_periods", ())),
                    frozenset(str(t) for t in data.get("many_types", ())),
                    folded(data.get("many", ())), folded(data.get("series", ())),
                    folded(data.get("long_periods", ())), folded(data.get("long_past", ())),
                    folded(data.get("war_leads", ())), folded(data.get("wars", ())),
                    folded(data.get("plural_acts", ())),
                    tuple(fold(str(c)) for c in data.get("plural_clitics", ())))


@functools.cache
def _deaths() -> _Deaths:
    data = load_yaml("event_tallies.yaml")["retold_deaths"]
    return _Deaths(bool(data["enabled"]), frozenset(str(t) for t in data["types"]),
                   folded(data["deaths"]), folded(data["results"]), folded(data["incidents"]),
                   folded(data["pronouns"]), int(data["reach"]), int(data["sentences"]))


@functools.cache
def _signs() -> frozenset[str]:
    """The words one of which every test of ``tallied`` but the word of many needs among the
    trigger's sentence's words as read: the word after a lead (a period, a decade, a war),
    after «منذ» («بداية») or «هذا» («العام»), or a span's «بين» (bare: also after «و/ف»)."""
    words = _tallies()
    spans = {c + word for c in lexicon().conjunctions for word in words.spans}
    return words.periods | words.long_periods | words.wars | words.counted_periods \
        | words.whole_periods | words.since_heads | {second for _, second in words.this_year} \
        | words.spans | spans


def _clause(view: View, candidate: Candidate) -> tuple[int, int]:
    """The tokens of the trigger's clause: from the clause start (``View.clause_bounds``) to
    the first clause break after the trigger."""
    first, last = first_token(view, candidate), last_token(view, candidate)
    start, stop = view.clause_bounds(first)
    start = next((at + 1 for at in range(first - 1, start - 1, -1) if view.is_break(at)), start)
    for at in range(last + 1, stop):
        if view.is_break(at):
            return start, at
    return start, stop


def _dated_span(view: View, at: int, stop: int) -> bool:
    """Token ``at`` («بين») opens a span of two dates of the article's times before ``stop``."""
    low, high = view.tokens[at].start, view.tokens[min(stop, len(view.tokens)) - 1].end
    dates = [t for t in view.article.times if t.type == "DATE" and low <= t.start < high]
    return len(dates) >= 2 and any(_joined(view, view.token_before(t.start)) for t in dates[1:])


def _joined(view: View, at: int) -> bool:
    """The date starting in token ``at`` is joined by «و» («و30 يونيو»، «و 30 يونيو»)."""
    return at > 0 and (view.tokens[at].norm.startswith("و") or view.tokens[at - 1].norm == "و")


def _counted(view: View, start: int, stop: int, words: _Tallies) -> bool:
    """The tokens ``start``..``stop`` (the clause to the sentence's end) count something: a
    figure outside the article's times or a word of number («آلاف»، «مئات»), not a share
    («تسعين في المئة»)."""
    times = [(t.start, t.end) for t in view.article.times]
    for at in range(start, stop):
        token = view.tokens[at]
        if token.norm in words.shares or (at + 1 < stop and view.tokens[at + 1].norm in words.shares):
            continue
        if token.norm in words.numbers or (not token.norm.isalpha()  # a word: no digit
                                          and any(ch.isdigit() for ch in token.norm)
                                          and not any(a <= token.start < b for a, b in times)):
            return True
    return False


def tallied(view: View, candidate: Candidate) -> bool:
    """The candidate's clause counts its act over a span of time (see the module)."""
    words = _tallies()
    if not words.enabled:
        return False
    s_first, s_end = view.sentence_of(first_token(view, candidate))
    if _signs().isdisjoint(view.norms[s_first:s_end]):
        # most sentences: no period, span or «هذا العام» to read, only a word of many
        return _many_acts(view, candidate, s_first, words) and not _day_named(view, s_first, s_end)
    start, stop = _clause(view, candidate)
    if _spanned(view, start, stop, words) \
            and _counted(view, start, view.sentence_of(start)[1], words):  # the rarer test first
        return True
    s_first, s_end = view.sentence_of(start)
    span = _long_span(view, start, s_end, words)
    if span is not None and not _day_named(view, start, span + 1) \
            and (_plural_act(view, candidate, words) or _counted(view, start, s_end, words)):
        return True  # «لدحر اعتداءات التنظيم خلال العقد الماضي»، «مقتل الآلاف في الصراع»
    if _many_acts(view, candidate, s_first, words) and not _day_named(view, s_first, s_end):
        return True  # «غير أن عشرات الغارات التي أعقبته أصابت القرى» (round 29)
    if _counted_period(view, s_first, stop, words) and _counted(view, start, s_end, words):
        return True  # «رصدت خلال العشر سنوات الأخيرة 900 غارة» (round 29)
    # a whole past month anywhere in a sentence that names no single day counts its toll
    # («قتل 9 مدنيين …، جراء … خلال الاشتباكات … خلال شهر يوليو الماضي»)
    first, end = view.sentence_of(start)
    return candidate.type in words.whole_types and _whole_period(view, start, end, words) \
        and not _day_named(view, first, end) \
        and _counted(view, first, end, words)


def _long_span(view: View, start: int, stop: int, words: _Tallies) -> int | None:
    """Round 31: tokens ``start`` … ``stop - 1`` (the clause to its sentence's end) name a
    long past span as the acts' time: a decade with a past word after it («خلال العقد
    الماضي»، «في العقد الزمني الأخير»), or a whole war («في الصراع»، «خلال الحرب»). The
    index of the span's last word, else None."""
    tokens = view.tokens
    for at in range(start, stop - 1):
        if view.bare(at) not in words.leads:
            continue
        nxt = tokens[at + 1].norm
        if nxt in words.long_periods:
            past = next((k for k in range(at + 2, min(stop, at + 2 + words.past_reach))
                         if tokens[k].norm in words.long_past), None)
            if past is not None:
                return past
        if view.bare(at) in words.war_leads and nxt in words.wars:
            return at + 1
    return None


def _plural_act(view: View, candidate: Candidate, words: _Tallies) -> bool:
    """The trigger is a plural act noun («اعتداءات»، «الهجمات»): it counts its acts."""
    return candidate.kind != "verb" and any(
        any(norm.startswith(clitic) and norm[len(clitic):] in words.plural_acts
            for clitic in ("", *words.plural_clitics))  # «لاعتداءات»، «والهجمات»
        for norm in (view.tokens[at].norm
                     for at in range(first_token(view, candidate), last_token(view, candidate) + 1)))


def _day_named(view: View, first: int, end: int) -> bool:
    """The sentence holds a date of one day («أمس»، «الخميس»، «20 يوليو»)."""
    low, high = view.tokens[first].start, view.tokens[end - 1].end
    return any(low <= t.start < high and t.type == "DATE" and is_day(t.value or "")
               for t in view.article.times)


def _whole_period(view: View, start: int, stop: int, words: _Tallies) -> bool:
    """The clause names a whole past month or year as the act's span: «خلال شهر يوليو
    الماضي»، «طوال العام الماضي» (round 28)."""
    tokens = view.tokens
    for at in range(start, stop - 1):
        if view.bare(at) in words.whole_leads and tokens[at + 1].norm in words.whole_periods \
                and any(tokens[k].norm in words.whole_past
                        for k in range(at + 2, min(stop, at + 2 + words.past_reach))):
            return True
    return False


def _many_acts(view: View, candidate: Candidate, s_first: int, words: _Tallies) -> bool:
    """A masdar trigger right after a word of many, with «من» and a word of series between at
    most («عشرات الغارات»، «العديد من حملات الاختطاف»; round 29)."""
    if candidate.type not in words.many_types or candidate.kind == "verb":
        return False
    at = first_token(view, candidate) - 1
    while at > s_first and view.tokens[at].norm in words.series:
        at -= 1
    return at >= s_first and view.bare(at) in words.many


def _counted_period(view: View, start: int, stop: int, words: _Tallies) -> bool:
    """Tokens ``start`` … ``stop - 1`` name a past period with its count between the lead and
    the period word («خلال العشر سنوات الأخيرة»، «خلال الـ11 عاما الماضية»; round 29)."""
    tokens = view.tokens
    for at in range(start, stop - 2):
        if view.bare(at) not in words.leads:
            continue
        n = at + 1
        while n < min(stop, at + 1 + words.period_count_reach) and (
                tokens[n].norm in words.period_counts or tokens[n].norm.isdigit()):
            n += 1
        if at + 1 < n < stop and (tokens[n].norm in words.counted_periods
                                  or tokens[n].norm in words.periods) \
                and any(tokens[k].norm in words.past
                        for k in range(n + 1, min(stop, n + 1 + words.past_reach))):
            return True
    return False


def _spanned(view: View, start: int, stop: int, words: _Tallies) -> bool:
    """The clause names a past plural period, a span between two dates or one since a war
    began."""
    tokens = view.tokens
    for at in range(start, stop):
        word = view.bare(at)
        nxt = tokens[at + 1].norm if at + 1 < stop else ""
        if word in words.leads and nxt in words.periods and any(
                tokens[k].norm in words.past for k in range(at + 2, min(stop, at + 2 + words.past_reach))):
            return True
        if word in words.spans and _dated_span(view, at, stop):
            return True
        if word in words.since and nxt in words.since_heads and at + 2 < stop \
                and tokens[at + 2].norm in words.since_objects:
            return True
        before = view.bare(at - 1) if at > start else ""
        if (word, nxt) in words.this_year and before not in words.since_heads and before != "من":
            return True  # «وهوجم نحو 150 مركزا … هذا العام»; not «منذ بداية العام الحالي»,
            # nor a day of it («في مارس من العام الجاري»، «في وقت سابق من العام الحالي»)
    return False


def _death_retold(view: View, candidate: Candidate, words: _Deaths) -> bool:
    """An ASSAULT masdar of dying with a pronoun for its dead («استشهادهم») or told as the
    result of an incident named by a definite noun («نتج عن الحادث … مقتل»)."""
    if candidate.type not in words.types or candidate.kind == "verb":
        return False
    first = first_token(view, candidate)
    word = view.bare(first)
    if candidate.pronoun or any(word != death and word.startswith(death)
                                and word[len(death):] in words.pronouns for death in words.deaths):
        return True
    if word not in words.deaths:
        return False
    sentence_first, _ = view.sentence_of(first)
    low = max(sentence_first, first - words.reach)
    return any(view.bare(at) in words.results for at in range(low, first)) \
        and any(view.tokens[at].norm in words.incidents for at in range(low, first))


def retold_death(view: View, candidate: Candidate, kept: list[Candidate]) -> bool:
    """A death masdar pointing back to dead told in an ASSAULT of an earlier sentence."""
    words = _deaths()
    if not words.enabled or not _death_retold(view, candidate, words):
        return False
    sentence = candidate.sentence
    return any(other.type in words.types and other.sentence < sentence
               and sentence - other.sentence <= words.sentences for other in kept)


@dataclass(frozen=True)
class _Figures:
    enabled: bool
    types: frozenset[str]
    sentences: int
    figures: frozenset[str]
    prefixes: tuple[str, ...]
    replies: frozenset[str]  # «بدورها»، «ردا»: an answer in kind, its own act


@functools.cache
def _figure_words() -> _Figures:
    data = load_yaml("event_tallies.yaml")["same_figures"]
    return _Figures(bool(data["enabled"]), frozenset(str(t) for t in data["types"]),
                    int(data["sentences"]), folded(data["figures"]),
                    tuple(sorted(folded(data["prefixes"]), key=len, reverse=True)),
                    folded(data["replies"]))


def _figures(view: View, candidate: Candidate, words: _Figures) -> frozenset[str]:
    """The figures of the candidate's clause, not those of the article's times."""
    start, stop = _clause(view, candidate)
    times = [(t.start, t.end) for t in view.article.times]
    found: set[str] = set()
    for at in range(start, stop):
        token = view.tokens[at]
        norm = view.bare(at)
        if not (norm.isdigit() or norm in words.figures):
            continue  # the quick test first
        if any(a <= token.start < b for a, b in times):
            continue
        found.add(norm)
    return frozenset(found)


def _stem(view: View, candidate: Candidate, words: _Figures) -> str:
    """The trigger's first word without a leading conjunction, preposition or article."""
    word = view.tokens[first_token(view, candidate)].norm
    for prefix in words.prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def _same_word(view: View, one: Candidate, other: Candidate, words: _Figures) -> bool:
    """Both triggers are one word told again («أغلق» … «وأغلقت»، «قتل» … «قتلوا»; not
    «طرد» … «ستطرد» nor «قتل» … «حيدت»): one stem starts the other."""
    a, b = sorted((_stem(view, one, words), _stem(view, other, words)), key=len)
    return len(a) >= 3 and b.startswith(a)


def _reply(view: View, candidate: Candidate, words: _Figures) -> bool:
    """A word of its clause tells an answer in kind («وطردت الحكومة الأخرى بدورها 12
    دبلوماسيا ردا على ذلك»): another side's own act, whatever its figure."""
    start, stop = _clause(view, candidate)
    return any(view.bare(at) in words.replies for at in range(start, stop))


def _other_places(one: Candidate, other: Candidate) -> bool:
    """Both acts state a place of their own and the places differ («اعتقلت الشرطة خمسة
    مطلوبين في بغداد» … «واعتقلت خمسة مطلوبين في البصرة»): two acts, not one told again."""
    first, second = one.args.place, other.args.place
    return first is not None and second is not None and one.args.place_stated \
        and other.args.place_stated and first.text != second.text


def without_same_figures(view: View, found: list[Candidate]) -> list[Candidate]:
    """Drop an act told again with the figure of an earlier one of its type (see the YAML)."""
    words = _figure_words()
    if not words.enabled:
        return found
    kept: list[Candidate] = []
    seen: list[tuple[Candidate, frozenset[str]]] = []
    for candidate in sorted(found, key=lambda c: c.trigger[0]):
        figures = _figures(view, candidate, words) if candidate.type in words.types else frozenset()
        if figures and not _reply(view, candidate, words) and any(other.type == candidate.type and other.sentence < candidate.sentence
                           and candidate.sentence - other.sentence <= words.sentences
                           and figures & theirs and _same_word(view, other, candidate, words)
                           and not _other_places(other, candidate)
                           for other, theirs in seen):
            continue
        kept.append(candidate)
        if figures:
            seen.append((candidate, figures))
    return kept


def without_tallies_and_retellings(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``; a toll an act leads is judged at its toll's
    word (round 25, ``toll_acts``: «قتل ستة … في مواجهات» … «ستة حوثيين قتلوا»)."""
    seen = [at_toll(c) for c in found]
    back = {id(shadow): c for shadow, c in zip(seen, found)}
    return [back[id(shadow)] for shadow in _without(view, seen)]


def _without(view: View, found: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in sorted(found, key=lambda c: c.trigger[0]):
        if tallied(view, candidate) or retold_death(view, candidate, kept):
            continue
        kept.append(candidate)
    kept = without_same_figures(view, kept)
    order = {id(c): n for n, c in enumerate(found)}
    return sorted(kept, key=lambda c: order[id(c)])
