"""One pass over the stream: cheap trigger check per token, grammar only around triggers.

A trigger is a token whose folded form is a word no time expression goes without (a
month, weekday, unit, relative word, part of day, «الساعة») or a number that can stand in
one (a four-digit year, a date or clock time, a number before a time word). Around each
trigger the rules that can open at each word are tried from up to three tokens before it
(«قبل ثلاثة أيام»، «السادس من ديسمبر»), and the longest reading covering the trigger wins.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from itertools import compress, count

from marsad.temporal.clock import POD_CLOCK, clock, hour_for
from marsad.temporal.dates import day, day_month, month_year, year_only
from marsad.temporal.frame import Frame, Match
from marsad.temporal.lexicon import PHRASE_TRIGGERS, PHRASES, TRIGGERS, WORDS, roles_of
from marsad.temporal.periods import DEFINITE, ago, duration, every, modified, named, period
from marsad.temporal.reader import Reader
from marsad.temporal.seasons import season
from marsad.temporal.stream import Stream
from marsad.temporal.year_ranges import year_range

Rule = Callable[[Reader, int], Match | None]
RULES: tuple[Rule, ...] = (day, ago, duration, every, period, modified, month_year,
                           year_only, named, clock, season)
_DIGITS = frozenset("0123456789")
_NUMBER_JOINERS = frozenset(":/-.")
_BACK = 3
_STARTERS = frozenset(WORDS) | frozenset(PHRASES)  # words that can open an expression
#: What may follow a day to be joined with it (a clock time), or a clock time (a day).
_JOINABLE = frozenset({"clock", "digits", "num", "pod", "weekday", "rel", "day"})


def triggers(stream: Stream, marked: Sequence[int] | None = None) -> list[int]:
    """Indices of trigger tokens: time words (one C-level set test per token) and numbers
    that can belong to a time (a four-digit year, or a number before a time word or a
    «:»، «/»، «-»، «.»). ``marked``: the indices, in order, of a pass that found every
    trigger word among others (``times.times_in``), looked at instead of every token."""
    norms = stream.norms
    if marked is None:
        hits = list(compress(count(), map(TRIGGERS.__contains__, norms)))
    else:
        hits = [i for i in marked if norms[i] in TRIGGERS]
    last = len(norms) - 1
    if not PHRASE_TRIGGERS.keys().isdisjoint(map(norms.__getitem__, hits)):
        hits = [i for i in hits if norms[i] not in PHRASE_TRIGGERS or _phrase_follows(norms, i)]
    useful = [i for i in stream.numbers if i < last and (
        norms[i + 1] in TRIGGERS or norms[i + 1] in _NUMBER_JOINERS)]
    if useful:
        hits = sorted(set(hits).union(useful))
    return hits


def _phrase_follows(norms: list[str], i: int) -> bool:
    """A word that triggers only as a phrase's first word («حتى اللحظة») is followed by the
    rest of one of those phrases."""
    return any(tuple(norms[i + 1:i + 1 + len(rest)]) == rest for rest in PHRASE_TRIGGERS[norms[i]])


def day_range(r: Reader, i: int) -> list[Match] | None:
    """«من 5 إلى 7 ديسمبر»، «بين 5 و7 ديسمبر»، «5-7 ديسمبر» → two dates; the first borrows
    the month and year of the second."""
    j = r.signal(i, "of", "between") or i
    first = r.number(j)
    if first is None or not 1 <= first.value <= 31 or (first.digits and first.width > 2):
        return None
    k = r.signal(first.end, "range_to")
    if k is None and (r.is_punct(first.end, "-") or (first.end < r.n and r.norms[first.end] == "و")):
        k = first.end + 1
    if k is None or k == first.end:
        return None
    second = day_month(r, k)
    if second is None:
        return None
    head = Frame("date", year=second.frame.year, month=second.frame.month, day=first.value,
                 calendar=second.frame.calendar, offset=second.frame.offset)
    return [Match(j, first.end, head), second]


#: Which rules can start at a token, by the roles (or signal kinds) its readings have.
_BY_ROLE: dict[str, tuple[Rule, ...]] = {
    "month": (month_year,), "weekday": (day,), "rel": (day, named), "pod": (day,),
    "unit": (duration, period), "mod": (modified, duration), "dir": (period,),
    "num": (day, duration, clock), "day": (day,), "ago": (ago,), "since": (ago,), "after": (ago,),
    "for": (duration,), "within": (duration,), "every": (every,), "year": (year_only,),
    "clock": (clock,), "season": (season,),
}
_FOR_DAY_DIGITS: tuple[Rule, ...] = (day, duration, clock)  # «6 ديسمبر»، «3 أيام»، «10:30»
_FOR_YEAR_DIGITS: tuple[Rule, ...] = (year_only, day, duration)  # «2024م»، «2024-12-06»، «2000 سنة»
_FOR_OTHER_DIGITS: tuple[Rule, ...] = (duration,)
_RANGE_ROLES = frozenset({"of", "between", "num"})
_DURATION_OPENERS = frozenset({"for", "within", "mod", "num"})
_DAY_OPENERS = frozenset({"weekday", "pod", "num", "day", "digits"})


@functools.lru_cache(maxsize=16384)
def _rules_for(norm: str) -> tuple[tuple[Rule, ...], bool]:
    """The rules worth trying at a token of form ``norm``, and whether a day range may
    start there (cached: the same words come back in every article)."""
    if norm[:1] in _DIGITS:
        return _digit_rules(norm)
    roles = roles_of(norm)
    wanted = {rule for role in roles for rule in _BY_ROLE.get(role, ())}
    rules = tuple(rule for rule in RULES if rule in wanted and _may_open(rule, norm, roles))
    return rules, not roles.isdisjoint(_RANGE_ROLES)


def _may_open(rule: Rule, norm: str, roles: frozenset[str]) -> bool:
    """What the form alone rules out: a period opens on a definite unit («العام الماضي») or
    a direction («هذا العام»); a definite unit opens no duration without a signal, a
    modifier or a number («لمدة»، «نحو»)."""
    if rule is period:
        return "dir" in roles or norm.startswith(DEFINITE)
    if rule is duration:
        return not norm.startswith("ال") or not roles.isdisjoint(_DURATION_OPENERS)
    if rule is named:  # «حاليا»، «مؤخرا»: a relative word that is not a day
        return any(kind != "day" for kind in _relative_kinds(norm))
    if rule is day and roles.isdisjoint(_DAY_OPENERS):  # only a relative word opens it
        return "day" in _relative_kinds(norm)
    return True


def _relative_kinds(norm: str) -> set[str]:
    """The kinds («day»، «ref»، «set») of the relative words and phrases ``norm`` opens."""
    entries = [*WORDS.get(norm, ()), *(e for _, e in PHRASES.get(norm, ()))]
    return {e.data[0] for e in entries if e.role == "rel"}


def _digit_rules(norm: str) -> tuple[tuple[Rule, ...], bool]:
    if len(norm) <= 2:
        return _FOR_DAY_DIGITS, True
    return (_FOR_YEAR_DIGITS if len(norm) == 4 else _FOR_OTHER_DIGITS), False


def _number_next(r: Reader, i: int) -> bool:
    """A number word here or a number right after («من 5»، «بين الخامس»)."""
    if "num" in roles_of(r.norms[i]):
        return True
    return i + 1 < r.n and (r.norms[i + 1][:1] in _DIGITS or "num" in roles_of(r.norms[i + 1]))


def _is_day(frame: Frame) -> bool:
    return (frame.kind in ("weekday", "clock") or (frame.kind == "rel" and frame.unit == "D")
            or (frame.kind == "date" and frame.day is not None))


def _join(r: Reader, m: Match) -> Match:
    """A day then a clock time, or a clock time then a day, read as one expression."""
    if not _is_day(m.frame):
        return m
    k = m.end + 1 if r.is_punct(m.end, "،,") else m.end
    k = r.signal(k, "of") or k
    if k >= r.n or roles_of(r.norms[k]).isdisjoint(_JOINABLE):
        return m
    if m.frame.kind == "clock":
        other = day(r, k)
        if other is None or other.frame.kind == "clock":
            return m
        date_frame, time_frame = other.frame, m.frame
    else:
        other = clock(r, k)
        if other is None:
            return m
        date_frame, time_frame = m.frame, other.frame
    date_frame.hour, date_frame.minute = time_frame.hour, time_frame.minute
    if time_frame.part_of_day is None and date_frame.part_of_day is not None and date_frame.hour is not None:
        # «الساعة التاسعة من مساء غد»: the part of the day after the clock sets its half
        date_frame.hour = hour_for(date_frame.hour, POD_CLOCK.get(date_frame.part_of_day, "am"))
    date_frame.part_of_day = time_frame.part_of_day or date_frame.part_of_day
    return Match(m.start, other.end, date_frame)


def parse_at(r: Reader, i: int) -> list[Match] | None:
    """The longest reading that opens at ``i`` (a range gives two), read once per index."""
    found = r.memo.get(i, r)
    if found is not r:
        return found  # type: ignore[no-any-return]
    norm = r.norms[i]
    rules, may_range = _rules_for(norm)  # cached, digits included
    found = None
    if may_range and (norm[:1] in _DIGITS or _number_next(r, i)):
        found = day_range(r, i)
    if not found and (may_range or len(norm) == 4 and norm.isdecimal()):
        found = year_range(r, i)  # «بين 1977 و2013»، «(1997 - 2007)»
    if not found and rules:
        best: Match | None = None
        for rule in rules:
            m = rule(r, i)
            if m is not None and (best is None or m.end > best.end):
                best = m
        found = [_join(r, best)] if best else None
    r.memo[i] = found
    return found


def _around(r: Reader, hit: int, done: int) -> list[Match] | None:
    """The longest reading that covers ``hit``, opening up to three tokens before it."""
    best: list[Match] | None = None
    norms, memo = r.norms, r.memo
    for start in range(max(done, hit - _BACK), hit + 1):
        if start < hit and norms[start] not in _OPENING and norms[start][:1] not in _DIGITS:
            continue  # not a word that opens anything
        matches = memo[start] if start in memo else parse_at(r, start)  # read once per index
        if matches and matches[-1].end > hit and (best is None or matches[-1].end > best[-1].end):
            best = matches
    return best


def recognise(stream: Stream, hits: list[int] | None = None) -> list[Match]:
    """Every time expression in ``stream``, left to right, not overlapping; ``hits`` are the
    trigger indices when the caller has them. When a later trigger inside a reading opens
    a longer one («حتى الساعة» | «الساعة الثالثة فجرا»), the longer one wins."""
    r = Reader(stream)
    hits = triggers(stream) if hits is None else hits
    found: list[Match] = []
    done = 0
    for n, hit in enumerate(hits):
        if hit < done:
            continue
        best = _around(r, hit, done)
        if not best:
            continue
        end = best[-1].end
        for later in hits[n + 1:]:
            if later >= end:
                break
            longer = parse_at(r, later)
            if longer and longer[-1].end > end:
                best, end = longer, longer[-1].end
        found.extend(best)
        done = best[-1].end
    return found


#: Words that open a rule or a range (prepositions such as «في» open nothing by themselves).
_OPENING = frozenset(w for w in _STARTERS if _rules_for(w) != ((), False))
