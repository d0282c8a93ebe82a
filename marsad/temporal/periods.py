"""Periods and quantities: «الأسبوع الماضي»، «قبل ثلاثة أيام»، «لمدة شهرين»، «كل يوم»،
«الأسابيع القليلة الماضية»، «مطلع العام المقبل»، and the words that name a reference or a set."""

from __future__ import annotations

from marsad.temporal.dates import month_year, year_only
from marsad.temporal.frame import Frame, Match
from marsad.temporal.lexicon import OPENERS
from marsad.temporal.reader import Reader

_DURATION_UNITS = {"D": "D", "W": "W", "M": "M", "Y": "Y", "H": "TH", "MIN": "TM", "DEC": "Y"}
_CALENDAR_UNITS = ("D", "W", "M", "Y")
DEFINITE = ("ال", "وال", "بال", "لل", "فال")
#: «الشهر نفسه من العام الماضي»: how many of the inner unit make one of the outer one.
_SAME_IN = {("M", "Y"): 12}
_SIGNALS: frozenset[str] = OPENERS.get("signal", frozenset())
_MOD_OPENERS: frozenset[str] = OPENERS.get("mod", frozenset())


def duration_value(count: int, unit: str) -> str:
    """``P3D``, ``P2W``, ``PT5H``, ``PT30M``; a decade counts as ten years."""
    if unit == "DEC":
        count *= 10
    code = _DURATION_UNITS[unit]
    return f"PT{count}{code[1]}" if code.startswith("T") else f"P{count}{code}"


def quantity(r: Reader, i: int, *, loose: bool) -> tuple[int | None, str, int] | None:
    """A counted unit → (count or None when vague, unit, end).

    «ثلاثة أيام»، «15 يوما»، «يومين»; with ``loose`` also a singular («أسبوع») and a vague
    or bare plural («بضعة أيام»، «أيام»)."""
    num = r.number(i)
    if num is not None and not num.ordinal:
        unit = r.find(num.end, "unit")
        if unit and unit[0].data[1] != 2 and not r.norms[num.end].startswith("ال"):
            return num.value, unit[0].data[0], unit[1]
        return None
    unit = r.find(i, "unit")
    if unit is None or r.norms[i].startswith("ال"):
        vague = r.signal(i, "vague")
        if loose and vague:
            unit = r.find(vague, "unit")
            if unit and unit[0].data[1] == 0:
                return None, unit[0].data[0], unit[1]
        return None
    name, count = unit[0].data
    if count == 2:
        return 2, name, unit[1]
    one = r.number(unit[1])
    if count == 1 and one is not None and one.value == 1 and not one.digits:
        return 1, name, one.end  # «يوما واحدا»
    if loose and count == 1:
        return 1, name, unit[1]
    if loose and count == 0:  # «ساعات»، «ساعات قليلة»
        return None, name, r.signal(unit[1], "vague") or unit[1]
    return None


def ago(r: Reader, i: int) -> Match | None:
    """«قبل ثلاثة أيام»، «بعد أسبوعين»، «منذ عامين»، «قبل أيام» (a vague past)."""
    for role, sign in (("ago", -1), ("since", -1), ("after", 1)):
        j = r.signal(i, role)
        if j is None:
            continue
        mod = r.find(j, "mod", "APPROX")
        k = mod[1] if mod else j
        q = quantity(r, k, loose=True)
        if q is None:
            return None
        count, unit, end = q
        # «بعد 72 عاما من …»، «بعد أيام على …»: counted from an event, not from today; after
        # «منذ/قبل» a «على» is mostly the verb's («تعمل منذ أشهر على …»، round 29)
        if r.signal(end, "of") or (sign > 0 and r.signal(end, "from")):
            return None if count is None else Match(k, end, Frame(
                "duration", value=duration_value(count, unit), mod=mod[0].data[0] if mod else None))
        if count is None:
            return Match(i, end, Frame("ref", value="PAST_REF" if sign < 0 else "FUTURE_REF"))
        frame = Frame("rel", unit=unit, offset=sign * count, mod=mod[0].data[0] if mod else None)
        return Match(i, end, frame)
    return None


def duration(r: Reader, i: int) -> Match | None:
    """[«لمدة»|«خلال»|«طوال»] a counted unit → a duration; the signal is not in the span."""
    norms, n = r.norms, r.n
    # the calls are made only when the word can answer (tried at most tokens, rarely matching)
    j = r.signal(i, "for", "within") if i < n and norms[i] in _SIGNALS else None
    start = j if j is not None else i
    mod = r.find(start, "mod", "APPROX") if start < n and norms[start] in _MOD_OPENERS else None
    q = quantity(r, mod[1] if mod else start, loose=j is not None)
    if q is None:
        return None
    count, unit, end = q
    if count is None:
        return None
    frame = Frame("duration", value=duration_value(count, unit), mod=mod[0].data[0] if mod else None)
    return Match(start, end, frame)


def every(r: Reader, i: int) -> Match | None:
    """«كل يوم»، «كل ثلاثة أشهر»، «كل يوم الجمعة»."""
    j = r.signal(i, "every")
    if j is None:
        return None
    k = r.signal(j, "day") or j
    day = r.find(k, "weekday")
    if day:
        return Match(i, day[1], Frame("set", value=f"XXXX-WXX-{day[0].data[0]}"))
    q = quantity(r, j, loose=True)
    if q is None or q[0] is None:
        return None
    return Match(i, q[2], Frame("set", value=duration_value(q[0], q[1])))


def named(r: Reader, i: int) -> Match | None:
    """A word that is a reference or a set by itself: «حاليا»، «مؤخرا»، «أسبوعيا»."""
    found = r.find(i, "rel")
    if found is None or found[0].data[0] == "day":
        return None
    kind, _, value, _ = found[0].data
    return Match(i, found[1], Frame(kind, value=value))


def period(r: Reader, i: int) -> Match | None:
    """«الأسبوع الماضي»، «هذا العام»، «العام الجاري»، «الأيام الثلاثة الماضية»، «الأشهر المقبلة»."""
    before = r.find(i, "dir")
    j = before[1] if before and before[0].data[1] == "before" else i
    unit = r.find(j, "unit")
    if unit is None or not r.norms[j].startswith(DEFINITE):
        return None
    name, count = unit[0].data
    end = unit[1]
    if count == 0:
        return _plural_period(r, i, name, end)
    if count == 2:
        return _dual_period(r, i, name, end)
    if name not in _CALENDAR_UNITS:
        return None
    if j != i:
        return Match(i, end, Frame("rel", unit=name, offset=0))
    same = r.signal(end, "same")
    if same is not None:
        return _same_in(r, i, name, same)
    direction = r.find(end, "dir")
    if direction is None or direction[0].data[1] != "after":
        return None
    return Match(i, direction[1], Frame("rel", unit=name, offset=direction[0].data[0]))


def _same_in(r: Reader, i: int, unit: str, k: int) -> Match | None:
    """«الشهر نفسه من العام الماضي»: the same place in
    another period, as a shift of the inner unit."""
    of = r.signal(k, "of")
    outer = period(r, of) if of is not None else None
    if outer is None or outer.frame.kind != "rel" or not outer.frame.offset:
        return None
    factor = _SAME_IN.get((unit, outer.frame.unit or ""))
    if factor is None:
        return None
    return Match(i, outer.end, Frame("rel", unit=unit, offset=outer.frame.offset * factor))


def _dual_period(r: Reader, i: int, unit: str, end: int) -> Match | None:
    """«الأسبوعين الماضيين»، «اليومين المقبلين»: a two-unit stretch next to the anchor."""
    direction = r.find(end, "dir")
    if direction is None or direction[0].data[1] != "after" or direction[0].data[0] == 0:
        return None
    return Match(i, direction[1], Frame("duration", value=duration_value(2, unit)))


def _plural_period(r: Reader, i: int, unit: str, end: int) -> Match | None:
    num = r.number(end)
    count = num.value if num and not num.ordinal else None
    k = num.end if count is not None and num else end
    k = r.signal(k, "vague") or k
    direction = r.find(k, "dir")
    if direction is None or direction[0].data[1] != "after":
        return None
    if count is not None:
        return Match(i, direction[1], Frame("duration", value=duration_value(count, unit)))
    if unit not in _CALENDAR_UNITS and unit != "H":
        return None
    value = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[direction[0].data[0]]
    return Match(i, direction[1], Frame("ref", value=value))


def modified(r: Reader, i: int) -> Match | None:
    """«مطلع العام»، «أواخر الشهر الماضي»، «منتصف ديسمبر»، «نهاية 2023»."""
    mod = r.find(i, "mod")
    if mod is None or mod[0].data[0] == "APPROX":
        return None
    j = mod[1]
    inner = period(r, j) or month_year(r, j) or year_only(r, j) or _bare_current(r, j)
    if inner is None:
        return None
    inner.frame.mod = mod[0].data[0]
    return Match(i, inner.end, inner.frame)


def _bare_current(r: Reader, i: int) -> Match | None:
    """«العام»، «الشهر»، «الأسبوع» after a modifier: the current one («مطلع العام»)."""
    unit = r.find(i, "unit")
    if unit is None or unit[0].data[1] != 1 or unit[0].data[0] not in ("W", "M", "Y"):
        return None
    if not r.norms[i].startswith("ال"):
        return None
    return Match(i, unit[1], Frame("rel", unit=unit[0].data[0], offset=0))
