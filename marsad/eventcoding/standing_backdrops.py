"""Round 24 (backdrops): a generic, habitual or continuing backdrop is no event.

News sets the day's happenings against what goes on all the time. Three shapes of such a
backdrop are dropped, each read in the trigger's own clause (no comma, relative pronoun or
other clause break between; words in ``marsad/lexicons/event_standing_backdrops.yaml``):

- **a habit**: a word of habit near the trigger («تقصف الطائرات مواقعه بصورة شبه يومية»،
  «وغارات تشنها الطائرات بين حين وآخر»، «مداهمات شبه ليلية»);
- **a continuing state since long ago**: «منذ» with a span of a month or more («منذ سنوات»،
  «منذ عام 2014»، «منذ مطلع الشهر الماضي» when it is a month or more before the article;
  round 26: since a war began, «منذ بدء أحداث الحرب»),
  told in the present — the trigger is a present verb («ويعتصم المحتجون في الساحة منذ…») or
  the object of a present verb of a standing state («تشهد البلاد منذ عام 2014 حربا»، «يخوض
  الحزب منذ عام 1984 تمردا»), or many acts are counted right before it («ضمن سلسلة هجمات
  منذ تسعة أشهر»: a series since long ago, not one of its acts).

- **acts told as continuing** (round 26): a word of continuance within a few words after a
  masdar trigger («وهجمات المستوطنين المستمرة»، «الهجمات على المقابر متكررة»، «الغارات
  المتواصلة على المدينة»), unless a reprisal answers them («رداً على هجمات الجماعة المتكررة»:
  the gold sets code the answered attacks). A verb trigger is another act and stays («ونددت
  الحكومة بالغارات المتواصلة»).

- **the length of a war** (round 26): a plural act after a span and «من» («أكثر من أربعة
  أشهر من المعارك»، «بعد سنوات من القتال»، «خلال أسبوعين من الغارات»); weeks or days only
  after «خلال/طوال» («بعد أسابيع من هجمات الجماعة» tells the acts), and a singular act is a
  date, not a length («بعد شهرين من الهجوم»).

- **a standing stance** (round 28): a request, rejection, support, accusation or threat
  told by a present verb with a mark of continuing in its clause («لا تزال الحكومة ترفض…»،
  «ترفض واشنطن باستمرار…»، «وكعادتها تتهم طهران…»): where a party stands, not what it
  said that day. A present verb with no mark («يطالب الوزير في بيان اليوم…») stays.

- **a campaign going on** (round 29): a party's own acts, a masdar with a possessive pronoun,
  a few words after a lead of continuing or focus («إن الدولة تواصل مباحثاتها»، «أن تركيز
  الطائرات قصفها على مواقع»; a plural after «بدأ»: «وبدأوا اعتداءاتهم على الحدود»). A lead
  after «ب» is a charge's content and is not read («اتهمه بمواصلة هجماته»).

A specific past happening told as background («وكانت القوات قد انسحبت من المدينة في مايو
الماضي») has neither sign and stays, with its own time. A past verb with «منذ» and no count
before its act is left to ``tallies.py`` («واعتقلت الشرطة منذ أشهر عشرة من قادته» stays),
and a short span («منذ ثلاثة أيام»، «منذ أمس») tells the news of the day: it is not read here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.matcher import readings
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.prec_words import without_conjunction
from marsad.eventcoding.said_words import holds_any
from marsad.eventcoding.time_values import last_day
from marsad.eventcoding.view import PLACE_TYPES, View
from marsad.eventcoding.word_gates import bare_spellings, phrases_by_first
from marsad.lexicons import load_yaml

__all__ = ["standing_backdrop", "without_standing_backdrops"]


@dataclass(frozen=True, slots=True)
class _Words:
    reach: int
    habits: tuple[tuple[str, ...], ...]
    since: frozenset[str]
    span_leads: frozenset[str]
    span_words: frozenset[str]
    span_days: int
    states: frozenset[str]
    current: frozenset[str]
    many: frozenset[str]
    many_reach: int
    after_words: frozenset[str]
    after_reach: int
    reply_leads: frozenset[str]
    latest_words: frozenset[str]
    span_long: frozenset[str]
    span_short: frozenset[str]
    span_during: frozenset[str]
    span_acts: frozenset[str]
    war_leads: frozenset[str]
    war_words: frozenset[str]
    class_objects: tuple[_ClassObjects, ...]
    running_units: frozenset[str]
    running_tail: frozenset[str]
    running_reach: int
    stance_types: frozenset[str]
    stance_marks: tuple[tuple[str, ...], ...]
    campaign: _Campaign
    over_leads: tuple[tuple[str, ...], ...] = ()  # round 31 (BD): «اعتصامات على مدى أشهر»
    over_reach: int = 0
    over_acts: frozenset[str] = frozenset()
    amid_leads: tuple[tuple[str, ...], ...] = ()  # round 31 (BD): «في ظل سيطرة المسلحين»
    amid_types: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class _Campaign:
    """``campaign_leads``: a party's own acts told as a campaign going on (round 29)."""

    reach: int
    types: frozenset[str]
    leads: frozenset[str]
    begin: frozenset[str]
    plural_end: str
    pronouns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _ClassObjects:
    """A row of ``class_objects``: an act on a whole class of things (round 28)."""

    types: frozenset[str]
    kinds: frozenset[str]
    reach: int
    places: bool
    runs: tuple[tuple[str, ...], ...]
    not_after: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_standing_backdrops.yaml")
    return _Words(reach=int(data["reach"]),
                  habits=tuple(tuple(fold(str(w)) for w in run) for run in data["habits"]),
                  since=folded(data["since"]), span_leads=folded(data["span_leads"]),
                  span_words=folded(data["span_words"]), span_days=int(data["span_days"]),
                  states=folded(data["states"]), current=folded(data["current"]),
                  many=folded(data["many"]), many_reach=int(data["many_reach"]),
                  after_words=folded(data["after_words"]),
                  after_reach=int(data["after_reach"]),
                  reply_leads=folded(data["reply_leads"]),
                  latest_words=folded(data.get("latest_words", ())),
                  span_long=folded(data["span_long"]), span_short=folded(data["span_short"]),
                  span_during=folded(data["span_during"]), span_acts=folded(data["span_acts"]),
                  war_leads=folded(data["war_leads"]), war_words=folded(data["war_words"]),
                  class_objects=tuple(
                      _ClassObjects(types=frozenset(row["types"]), kinds=frozenset(row["kinds"]),
                                    reach=int(row["reach"]), places=bool(row["places"]),
                                    runs=tuple(tuple(fold(str(w)) for w in run)
                                               for run in row["runs"]),
                                    not_after=folded(row.get("not_after", ())))
                      for row in data.get("class_objects", ())),
                  running_units=folded(data.get("running_units", ())),
                  running_tail=folded(data.get("running_tail", ())),
                  running_reach=int(data.get("running_reach", 0)),
                  stance_types=frozenset(data.get("stances", {}).get("types", ())),
                  stance_marks=tuple(tuple(fold(str(w)) for w in run)
                                     for run in data.get("stances", {}).get("marks", ())),
                  campaign=_campaign(data.get("campaign_leads", {})),
                  over_leads=tuple(tuple(fold(str(w)) for w in run)
                                   for run in data.get("over_leads", ())),
                  over_reach=int(data.get("over_reach", 0)),
                  over_acts=folded(data.get("over_acts", ())),
                  amid_leads=tuple(tuple(fold(str(w)) for w in run)
                                   for run in data.get("amid_leads", ())),
                  amid_types=frozenset(data.get("amid_types", ())))


def _campaign(data: dict[str, object]) -> _Campaign:
    def words(key: str) -> list[str]:
        found = data.get(key, ())
        return [str(w) for w in found] if isinstance(found, list) else []
    return _Campaign(reach=int(str(data.get("reach", 0))), types=frozenset(words("types")),
                     leads=folded(words("leads")), begin=folded(words("begin")),
                     plural_end=fold(str(data.get("plural_end", ""))),
                     pronouns=tuple(sorted(folded(words("pronouns")), key=len, reverse=True)))


@functools.cache
def _signs() -> frozenset[str]:
    """«منذ» and the first word of each habit: one of them is in a backdrop's sentence."""
    words = _words()
    return words.since | words.after_words | words.latest_words | words.running_units \
        | frozenset(run[0] for run in words.habits)


def without_standing_backdrops(view: View, found: list[Candidate]) -> list[Candidate]:
    """The candidates that are no standing backdrop."""
    return [c for c in found if not standing_backdrop(view, c)]


def standing_backdrop(view: View, candidate: Candidate) -> bool:
    """The candidate tells a habit or a state that has gone on since long ago."""
    first, last = first_token(view, candidate), last_token(view, candidate)
    if _span_of_acts(view, first):
        return True  # «أكثر من ستة أسابيع من القتال»
    if _class_object(view, candidate, last):
        return True  # «تفجير المساجد»، «وسيطرة التنظيم على أراض عراقية» (round 28)
    if _standing_stance(view, candidate, first, last):
        return True  # «لا تزال الحكومة ترفض…»، «ترفض واشنطن باستمرار…» (round 28)
    if _campaign_acts(view, candidate, first):
        return True  # «إن الدولة تواصل مباحثاتها»، «وبدأوا اعتداءاتهم» (round 29)
    if candidate.kind in ("masdar", "phrase") and (
            _over_span(view, first, last)
            or (candidate.type in _words().amid_types and _amid(view, first))):
        return True  # «اعتصامات على مدى أشهر»، «في ظل سيطرة المسلحين» (round 31)
    if not holds_any(view, first, _signs()):
        return False  # most sentences: no «منذ» and no word of habit at all
    start, stop = _clause(view, first, last)
    return _habit(view, start, stop) or _continuing(view, first, start, stop) \
        or (candidate.kind in ("masdar", "phrase") and (_continued_after(view, first, last, stop)
                                                         or _latest(view, first, last, stop)))


def _continued_after(view: View, first: int, last: int, stop: int) -> bool:
    """A word of continuance within ``after_reach`` tokens after a masdar trigger, in its
    clause («وهجمات المستوطنين المستمرة»; round 26: a verb before it is another act,
    «ونددت الحكومة بالغارات المتواصلة» condemns today), unless a reprisal answers the acts
    («رداً على هجمات الجماعة المتكررة»)."""
    words = _words()
    if any(_word(view, at) in words.reply_leads for at in range(max(0, first - 2), first)):
        return False
    return any(_word(view, at) in words.after_words
               for at in range(last + 1, min(stop, last + 1 + words.after_reach)))


def _latest(view: View, first: int, last: int, stop: int) -> bool:
    """Round 31: «الأخير/الأخيرة» within ``after_reach`` tokens after a masdar trigger, in
    its clause, agreeing with it (right after the trigger or after a definite word of its
    phrase: «العدوان الإسرائيلي الأخير على غزة»، «بعد المحادثات الأخيرة في
    جنيف»): the latest of a kind, a past happening named as background or one told
    again, not a new one; not «انسحاب مقاتلي الأخير» («the latter's fighters»: after a
    construct head with no article), nor the acts a reprisal answers."""
    words = _words()
    if not words.latest_words \
            or any(_word(view, at) in words.reply_leads for at in range(max(0, first - 2), first)):
        return False
    for at in range(last + 1, min(stop, last + 1 + words.after_reach)):
        if view.tokens[at].norm in words.latest_words:
            return at - 1 == last or view.tokens[at - 1].norm.startswith(view.lex.article)
    return False


def _over_span(view: View, first: int, last: int) -> bool:
    """Round 31 (BD): a plural act trigger (``span_acts`` or ``over_acts``), then within
    ``over_reach`` words a run of ``over_leads`` and a span word, a count may stand before it
    («اعتصامات على مدى أشهر»، «غارات على مدار ثلاثة أشهر»): the length of a campaign."""
    words = _words()
    if _word(view, first) not in words.span_acts | words.over_acts:
        return False
    s_stop = view.sentence_of(last)[1]
    spans = words.span_long | words.span_short
    for at in range(last + 1, min(s_stop, last + 2 + words.over_reach)):
        for run in words.over_leads:
            end = at + len(run)
            if end < s_stop and all(view.bare(at + n) == w for n, w in enumerate(run)):
                if view.tokens[end].norm in spans or (
                        end + 1 < s_stop and view.tokens[end + 1].norm in spans
                        and (view.tokens[end].norm.isdigit()
                             or view.bare(end) in words.span_leads)):
                    return True
    return False


def _amid(view: View, first: int) -> bool:
    """Round 31 (BD): the masdar trigger right after a run of ``amid_leads`` («في ظل سيطرة
    الجماعة على المحافظات»): the standing state the news happens under."""
    s_first = view.sentence_of(first)[0]
    return any(first - len(run) >= s_first
               and all(view.tokens[first - len(run) + n].norm == w for n, w in enumerate(run))
               for run in _words().amid_leads)


def _class_object(view: View, candidate: Candidate, last: int) -> bool:
    """A run of ``class_objects`` within its row's reach after the trigger, in its clause: the
    act is on a whole class of things («تفجير المساجد»، «السيطرة على أراض شاسعة»), unless
    the row wants no place and a place name follows the run in the clause, or a verb of a
    deed of the row's ``not_after`` stands right before the trigger."""
    s_first, s_stop = view.sentence_of(last)
    first = first_token(view, candidate)
    for row in _words().class_objects:
        if candidate.type not in row.types or candidate.kind not in row.kinds:
            continue
        if first > s_first and _word(view, first - 1) in row.not_after:
            continue  # «استعادت القوات السيطرة على أراض»: the deed of a verb
        stop = last + 1
        while stop < min(s_stop, last + 1 + row.reach + 3) and not view.is_break(stop):
            stop += 1
        runs = _runs_by_first(row)
        for at in range(last + 1, min(stop, last + 1 + row.reach)):
            for run in runs.get(_word(view, at), ()):  # the runs its word opens: few or none
                end = at + len(run)
                if end <= stop and all(_word(view, at + n) == word for n, word in enumerate(run)):
                    if row.places or not _place_in(view, end, _clause_end(view, end, s_stop)):
                        return True
    return False


@functools.cache
def _runs_by_first(row: _ClassObjects) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The row's runs by their first word."""
    return phrases_by_first(row.runs)


def _standing_stance(view: View, candidate: Candidate, first: int, last: int) -> bool:
    """A verbal stance (``stances.types``) told by a present verb with a mark of continuing in
    its clause («لا تزال الحكومة ترفض…»، «ترفض واشنطن باستمرار…»، «وكعادتها تتهم طهران…»):
    the party's standing position, not a statement of the day."""
    words = _words()
    if candidate.type not in words.stance_types or candidate.kind not in ("verb", "statement") \
            or not _present(view, first):
        return False
    start, stop = _clause(view, first, last)
    norms = [_word(view, at) for at in range(start, stop)]
    if _stance_firsts().isdisjoint(norms):
        return False  # no word opens a mark of continuing: most clauses
    return any(tuple(norms[n:n + len(run)]) == run
               for n in range(len(norms)) for run in words.stance_marks)


@functools.cache
def _stance_firsts() -> frozenset[str]:
    """The first words of the marks of continuing (``stances.marks``)."""
    return frozenset(run[0] for run in _words().stance_marks)


def _campaign_acts(view: View, candidate: Candidate, first: int) -> bool:
    """A masdar with a possessive pronoun («مباحثاتها»، «قصفها») after a lead of ``campaign_leads``
    at most ``reach`` tokens before it in its clause (see the YAML)."""
    words = _words().campaign
    if candidate.type not in words.types or candidate.kind not in ("masdar", "phrase", "verb"):
        return False
    word = without_conjunction(view.tokens[first].norm)
    suffix = next((p for p in words.pronouns if word.endswith(p) and len(word) > len(p) + 2), "")
    if not suffix or not any(r.pronoun and r.surface.tense == "noun"
                             for r in readings(view.tokens[first].text)):
        return False  # a verb trigger only where it reads as a masdar too («قصفها»)
    plural = word[:-len(suffix)].endswith(words.plural_end)
    s_first = view.sentence_of(first)[0]
    for at in range(first - 1, max(s_first, first - words.reach) - 1, -1):
        if view.is_break(at):
            return False
        lead = _word(view, at)
        if lead in words.leads or (plural and lead in words.begin):
            return True
    return False


def _clause_end(view: View, at: int, s_stop: int) -> int:
    """The first clause break at or after token ``at`` in its sentence."""
    while at < s_stop and not view.is_break(at):
        at += 1
    return at


def _place_in(view: View, start: int, stop: int) -> bool:
    """A place name begins among tokens ``start`` … ``stop - 1``."""
    return any(entity.type in PLACE_TYPES and start <= view.entity_first.get(entity.id, -1) < stop
               for entity in view.article.entities)


def _span_of_acts(view: View, first: int) -> bool:
    """The trigger is a plural act after a span and «من» in its sentence («أكثر من أربعة أشهر
    من المعارك»; a span of weeks or days only after «خلال/طوال»: «خلال أسبوعين من الغارات»)."""
    words = _words()
    s_first = view.sentence_of(first)[0]
    if first - 2 < s_first or view.bare(first - 1) != "من" \
            or without_conjunction(view.tokens[first].norm) not in words.span_acts:
        return False
    span = view.tokens[first - 2].norm
    if span in words.span_long:
        return True
    return span in words.span_short and any(
        view.bare(at) in words.span_during for at in range(max(s_first, first - 5), first - 2))


def _clause(view: View, first: int, last: int) -> tuple[int, int]:
    """The tokens around the trigger, at most ``reach`` each side, up to a clause break."""
    reach = _words().reach
    s_first, s_stop = view.sentence_of(first)
    start = first
    while start > max(s_first, first - reach) and not view.is_break(start - 1):
        start -= 1
    stop = last + 1
    while stop < min(s_stop, last + 1 + reach) and not view.is_break(stop):
        stop += 1
    return start, stop


def _habit(view: View, start: int, stop: int) -> bool:
    """A run of words of habit within the clause."""
    norms = [view.bare(at) for at in range(start, stop)]
    runs = _habits_by_first()
    return any(tuple(norms[n:n + len(run)]) == run
               for n, word in enumerate(norms) for run in runs.get(word, ()))


@functools.cache
def _habits_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The runs of words of habit by their first word (a clause's word opens few or none)."""
    return phrases_by_first(_words().habits)


def _continuing(view: View, first: int, start: int, stop: int) -> bool:
    """«منذ» and a long span in the clause, told by a present verb (the trigger, or a verb of
    a standing state before it), or of many acts counted right before the trigger."""
    words = _words()
    norms = view.norms[start:stop]
    if bare_spellings(words.since).isdisjoint(norms) and words.running_units.isdisjoint(norms):
        return False  # no «منذ» (``bare``) and no running count in the clause: most clauses
    if not any(view.bare(at) in words.since and _long_span(view, at) or _running(view, at, stop)
               for at in range(start, stop)):
        return False
    if _present(view, first):
        return True  # «ويعتصم المحتجون في الساحة منذ أشهر»
    if any(_word(view, at) in words.many
           for at in range(max(start, first - words.many_reach), first)):
        return True  # «ضمن سلسلة اعتداءات منذ عامين»
    return any(_word(view, at) in words.states for at in range(start, first))  # «تشهد … منذ»


def _running(view: View, at: int, stop: int) -> bool:
    """A running count of weeks or months at token ``at`` («للأسبوع الثاني على التوالي»,
    round 28): one of ``running_units`` and the tail within ``running_reach`` words."""
    words = _words()
    return view.tokens[at].norm in words.running_units and any(
        view.tokens[n].norm in words.running_tail
        for n in range(at + 1, min(stop, at + 1 + words.running_reach)))


def _word(view: View, at: int) -> str:
    """Token ``at`` without a leading «و/ف» («ويشهد» → «يشهد»)."""
    return without_conjunction(view.tokens[at].norm)


def _present(view: View, at: int) -> bool:
    """Token ``at`` reads only as a present verb (not a future one)."""
    found = readings(view.tokens[at].text)
    return bool(found) and all(r.surface.tense == "present" and not r.future for r in found)


def _long_span(view: View, since: int) -> bool:
    """In the few words after «منذ»: a word of a long span not of this year («منذ سنوات»،
    «منذ العام الماضي»; not «منذ بداية العام الحالي»), a year, or a date a month or more
    before the article."""
    words = _words()
    end = min(view.sentence_of(since)[1], since + 5)
    if _since_war(view, since, end):
        return True  # «منذ بدء أحداث الحرب»
    for at in range(since + 1, end):
        word = view.tokens[at].norm
        if len(word) == 4 and word.isdigit():
            return True
        if word in words.span_words and not (
                at + 1 < len(view.tokens) and view.bare(at + 1) in words.current):
            return True
        if view.bare(at) not in words.span_leads and not word.isdigit():
            break
    return _old_date_at(view, since, end - 1)


def _since_war(view: View, since: int, end: int) -> bool:
    """After «منذ», words that lead to a war («بدء»، «اندلاع»، «أحداث»), then a war word
    («منذ بدء أحداث الحرب»، «منذ اندلاع النزاع»)."""
    words = _words()
    at = since + 1
    while at < end and view.bare(at) in words.war_leads:
        at += 1
    return since + 1 < at < end and view.bare(at) in words.war_words


def _old_date_at(view: View, since: int, at: int) -> bool:
    """A date that starts between «منذ» and token ``at`` ends ``span_days`` or more before the
    article was published."""
    published = view.article.published
    if published is None:
        return False
    lo, hi = view.tokens[since].end, view.tokens[at].end
    for time in view.article.times:
        if lo <= time.start < hi and time.type == "DATE" and time.value:
            end = last_day(time.value)
            if end is not None and (published - end).days >= _words().span_days:
                return True
    return False
