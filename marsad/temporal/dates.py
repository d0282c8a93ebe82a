"""Calendar expressions: days, weekdays, relative days, months and years.

«الجمعة 6 ديسمبر 2024»، «السادس من كانون الأول/ديسمبر»، «6/12/2024»، «مساء اليوم الجمعة»،
«الاثنين المقبل»، «شهر رمضان 1446 هـ»، «عام 2024».
"""

from __future__ import annotations

from marsad.temporal.frame import Frame, Match
from marsad.temporal.lexicon import OPENERS, roles_of
from marsad.temporal.reader import Reader

_WEEKDAY_OPENERS = frozenset({"weekday", "day"})
_RELATIVE_OPENERS = frozenset({"rel", "day"})
_DATE_OPENERS = frozenset({"digits", "num", "day"})
_SEPARATORS = "/-."
_FIRST_GREGORIAN_YEAR = 1600  # a numeric date with an earlier year is a Hijri one
_DOUBLE_MONTH = "/-(،"
_SIGNALS: frozenset[str] = OPENERS.get("signal", frozenset())  # a miss here needs no call


def read_year(r: Reader, i: int, *, need_word: bool = False) -> tuple[int, int, str | None] | None:
    """[«عام»] YYYY [«م» | «هـ»] → (year, end, calendar named by an era mark or None)."""
    j = (r.signal(i, "year") or i) if i < r.n and r.norms[i] in _SIGNALS else i
    if need_word and j == i:
        return None
    if j >= r.n or not r.norms[j].isdecimal() or len(r.norms[j]) != 4:
        return None
    year, end = int(r.norms[j]), j + 1
    calendar = None
    after = r.signal(end, "hijri")
    if after:
        calendar, end = "hijri", after
    else:
        after = r.signal(end, "gregorian")
        if after:
            calendar, end = "gregorian", after
    return year, end, calendar


def read_month(r: Reader, i: int) -> tuple[int, str, int] | None:
    """A month name, with its doubled form («كانون الأول/ديسمبر») → (month, calendar, end)."""
    found = r.find(i, "month")
    if not found:
        return None
    entry, end = found
    month, calendar = entry.data
    sep = end + 1 if r.is_punct(end, _DOUBLE_MONTH) else end
    second = r.find(sep, "month")
    if second and second[0].data[1] != "hijri" and calendar != "hijri":
        end = second[1] + (1 if r.is_punct(second[1], ")") else 0)
    return month, ("hijri" if calendar == "hijri" else "gregorian"), end


def _with_year(r: Reader, frame: Frame, end: int) -> int:
    """[،] [«من»] a year after a day and month («3 مارس من عام 1924م»)."""
    j = end + 1 if r.is_punct(end, "،,") else end
    of = r.signal(j, "of")
    year = read_year(r, of, need_word=True) if of else None
    year = year or read_year(r, j)
    if year is None:
        return end
    frame.year = year[0]
    if year[2] == "hijri":
        frame.calendar = "hijri"
    return year[1]


def _with_direction(r: Reader, frame: Frame, end: int) -> int:
    """«يناير الماضي»، «الخامس من مارس المقبل»، «نوفمبر من العام الماضي»: which year, when
    none is written."""
    if frame.year is not None:
        return end
    of = r.signal(end, "of")
    year_word = r.find(of, "unit") if of else None
    if of and year_word and year_word[0].data == ("Y", 1) and r.norms[of].startswith("ال"):
        shift = r.find(year_word[1], "dir")
        if shift and shift[0].data[1] == "after":
            frame.year_shift = shift[0].data[0]
            return shift[1]
    direction = r.find(end, "dir")
    if direction is None or direction[0].data[1] != "after":
        return end
    frame.offset = direction[0].data[0]
    return direction[1]


def numeric_date(r: Reader, i: int) -> Match | None:
    """«6/12/2024»، «2024-12-06»، «21 / 10 / 1436هـ»: three numbers with one kind of
    separator (touching them, except «/»)."""
    if i + 4 >= r.n or not r.is_punct(i + 1, _SEPARATORS):
        return None
    sep = r.norms[i + 1]
    a, b, c = r.norms[i], r.norms[i + 2], r.norms[i + 4]
    if r.norms[i + 3] != sep or not (a.isdecimal() and b.isdecimal() and c.isdecimal()):
        return None
    if sep != "/" and not all(r.adjacent(k) for k in range(i, i + 4)):
        return None  # «21 / 10 / 1436» may be spaced; «5 - 7» or «3 . 5» is no date
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4:
        day, month, year = int(a), int(b), int(c)
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    frame = Frame("date", year=year, month=month, day=day)
    era = r.signal(i + 5, "hijri")
    if era or year < _FIRST_GREGORIAN_YEAR:  # «01/12/1436هـ»
        frame.calendar = "hijri"
    return Match(i, era or i + 5, frame)


def day_month(r: Reader, i: int) -> Match | None:
    """A day number or ordinal, then [«من»] a month, then [a year]."""
    num = r.number(i)
    if num is None or not 1 <= num.value <= 31 or (num.digits and num.width > 2):
        return None
    if not (num.digits or num.ordinal) and r.norms[i].startswith("ال"):
        return None  # «صيام الست من شوال» counts six days; a day is «السادس من شوال»
    before = r.find(i - 1, "num") if i > 0 else None
    if before is not None and before[0].data[1] == "fraction":
        return None  # «النصف الثاني من يوليو» is half a month, not its second day
    j = r.signal(num.end, "of") or num.end
    month = read_month(r, j)
    if month is None:
        return None
    frame = Frame("date", month=month[0], day=num.value, calendar=month[1])
    yearly = _every_year(r, month[2])
    if yearly and frame.calendar == "gregorian":  # «8 مارس من كل عام»
        return Match(i, yearly, Frame("set", value=f"XXXX-{month[0]:02d}-{num.value:02d}"))
    end = _with_year(r, frame, month[2])
    return Match(i, _with_direction(r, frame, end), frame)


def _every_year(r: Reader, i: int) -> int | None:
    """«من كل عام» after a day and month: the end index, or None."""
    of = r.signal(i, "of")
    every = r.signal(of, "every") if of else None
    unit = r.find(every, "unit") if every else None
    return unit[1] if unit and unit[0].data == ("Y", 1) else None


def _after_prep(r: Reader, i: int) -> bool:
    """A preposition or a modifier stands before token ``i`` («في 2024»، «مطلع سبتمبر»), and
    no count word before that («أكثر من 2000» is a count, round 30)."""
    return i > 0 and (r.signal(i - 1, "prep") is not None or r.find(i - 1, "mod") is not None) \
        and not (i > 1 and r.signal(i - 2, "count") is not None)


def month_year(r: Reader, i: int) -> Match | None:
    """[«شهر»] month [year]; a bare month needs «شهر», a year or a preposition before it."""
    j = r.signal(i, "month") or i
    month = read_month(r, j)
    if month is None:
        return None
    frame = Frame("date", month=month[0], calendar=month[1])
    end = _with_direction(r, frame, _with_year(r, frame, month[2]))
    after_prep = _after_prep(r, i)
    if j == i and frame.year is None and frame.offset is None and not after_prep:
        return None
    return Match(i, end, frame)


def year_only(r: Reader, i: int) -> Match | None:
    """«عام 2024»، «2024م»، «1446 هـ»، or «في 2024» after a preposition."""
    year = read_year(r, i)
    if year is None:
        return None
    value, end, calendar = year
    worded = r.signal(i, "year") is not None
    after_prep = _after_prep(r, i)
    if not (worded or calendar or after_prep):
        return None
    if calendar != "hijri" and not 1900 <= value <= 2100:
        return None
    return Match(i, end, Frame("date", year=value, calendar=calendar or "gregorian"))


def calendar_date(r: Reader, i: int) -> Match | None:
    """[«يوم»] a numeric date or a day and month."""
    j = (r.signal(i, "day") or i) if i < r.n and r.norms[i] in _SIGNALS else i
    found = numeric_date(r, j) or day_month(r, j)
    if found is None:
        return None
    return Match(i, found.end, found.frame)


def weekday(r: Reader, i: int) -> Match | None:
    """[«يوم»] weekday [«الماضي»|«المقبل»] [،] [«الموافق»] [a calendar date]."""
    j = r.signal(i, "day") or i
    found = r.find(j, "weekday")
    if found is None:
        return None
    end = found[1]
    frame = Frame("weekday", weekday=found[0].data[0])
    night_into = r.find(end, "weekday")  # «ليل السبت الأحد»: the night between two days
    if night_into and not r.norms[end].startswith(("و", "ف")):
        end = night_into[1]
    direction = r.find(end, "dir")
    if direction and direction[0].data[1] == "after":
        frame.offset, end = direction[0].data[0], direction[1]
    k = end + 1 if r.is_punct(end, "،,(") else end
    k = r.signal(k, "corresponding") or k
    date = calendar_date(r, k)
    if date is not None:
        date.frame.weekday = frame.weekday
        end = date.end + (1 if r.is_punct(date.end, ")") else 0)
        return Match(i, end, date.frame)
    frame.future = frame.offset is None and r.future_context(i, end)
    return Match(i, end, frame)


def relative_day(r: Reader, i: int) -> Match | None:
    """[«يوم»] «اليوم»|«أمس»|«غدا»… [weekday]: «اليوم الجمعة»، «يوم أمس»، «الليلة الماضية»."""
    j = r.signal(i, "day") or i
    found = r.find(j, "rel")
    if found is None or found[0].data[0] != "day":
        return None
    entry, end = found
    ordinal = r.find(end, "num")
    if r.blocked(j, end) or (ordinal is not None and ordinal[0].data[2]):
        return None  # «اليوم الوطني»، «لليوم الخامس»
    _, offset, _, part = entry.data
    frame = Frame("rel", unit="D", offset=offset, part_of_day=part)
    named = r.find(end, "weekday")
    if named:
        frame.weekday, end = named[0].data[0], named[1]
        date = calendar_date(r, end + 1 if r.is_punct(end, "،,") else end)
        if date is not None:
            date.frame.part_of_day = frame.part_of_day
            return Match(i, date.end, date.frame)
    return Match(i, end, frame)


def day(r: Reader, i: int) -> Match | None:
    """A day, with a part of the day before or after it: «مساء اليوم الجمعة»، «الجمعة مساء»."""
    pod = r.find(i, "pod") if "pod" in roles_of(r.norms[i]) else None
    start = pod[1] if pod else i
    if start >= r.n:
        return None
    roles = roles_of(r.norms[start])
    core = None
    if not roles.isdisjoint(_WEEKDAY_OPENERS):
        core = weekday(r, start)
    if core is None and not roles.isdisjoint(_RELATIVE_OPENERS):
        core = relative_day(r, start)
    if core is None and not roles.isdisjoint(_DATE_OPENERS):
        core = calendar_date(r, start)
    if core is None:
        return None
    frame, end = core.frame, core.end
    if pod:
        frame.part_of_day = pod[0].data[0]
    else:
        after = r.find(end, "pod")
        if after:
            frame.part_of_day, end = after[0].data[0], after[1]
    return Match(i, end, frame)
