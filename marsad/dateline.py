"""Datelines at the head of a report: ``الجمعة6 ديسمبر2024_``, ``دمشق، سوريا (CNN) --``,
``(د ب أ)``, ``الرياض - واس``, ``لجين الأحمدي – عين اليوم``.

``parse_dateline(line)`` returns the ``Dateline`` (place, agency, author, ISO date) and where
it ends in ``line``, or ``None``. Matching runs on the folded form of the line
(``marsad.arabic.normalise``) and maps back with its offset map. The words are data:
``months.tsv``, ``weekdays.tsv``, ``agencies.tsv``, ``cleaning.yaml``, the era marks of
``times_signals.tsv``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from hijridate import Hijri

from marsad.arabic.clitics import ARTICLE
from marsad.arabic.normalise import fold, normalise
from marsad.lexicons import load_table, load_words, load_yaml
from marsad.model import Dateline

_WORD = r"[^\W\d_]+"
_AGENCY_SPACER = r"[\s.]*"
ToOriginal = Callable[[int], int]
#: The era marks a dated dateline may carry after its year: the abbreviated Gregorian mark
#: of ``times_signals.tsv`` («2024م»); the spelt-out and Hijri marks are not read here.
_ERA_ROLE, _ERA_LETTERS = "gregorian", 1
#: A dateline is short: only the head of a line is examined.
_HEAD_CHARS = 160


@dataclass(frozen=True, slots=True)
class _Lexicon:
    months: dict[str, tuple[int, str]]  # folded name → (month, calendar)
    agencies: dict[str, tuple[str, str]]  # key (folded, no spaces/dots) → (short, kind)
    date_re: re.Pattern[str]
    paren_re: re.Pattern[str]
    left_re: re.Pattern[str]
    right_re: re.Pattern[str]
    place_re: re.Pattern[str]  # «تبوك:» after a byline: the place the report is filed from
    quoted_re: re.Pattern[str]  # «بيروت ـ «القدس العربي»:»: a place and a quoted source
    separators: tuple[str, ...]  # as written (the tatweel dash folds away)
    quote_opens: tuple[str, ...]  # folded: one of them is in every match of quoted_re


def _alternation(names: list[str]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


def _agency_pattern(name: str) -> str:
    parts = [re.escape(part) for part in re.split(r"[\s.]+", fold(name)) if part]
    return _AGENCY_SPACER.join(parts) + r"\.?"


def agency_key(text: str) -> str:
    return re.sub(r"[\s.]+", "", fold(text))


@functools.cache
def _lexicon() -> _Lexicon:
    settings = load_yaml("cleaning.yaml")
    sep = "[" + "".join(re.escape(s) for s in settings["separators"]) + "]"
    words = int(settings["name_words"])
    months = {fold(r["name"]): (int(r["month"]), r["calendar"]) for r in load_table("months.tsv")}
    weekdays = [fold(r["name"]) for r in load_table("weekdays.tsv")]
    agencies = {agency_key(r["name"]): (r["short"], r["kind"]) for r in load_table("agencies.tsv")}
    month = _alternation([re.escape(m) for m in months])
    weekday = _alternation([re.escape(w) for w in weekdays])
    agency = _alternation([_agency_pattern(r["name"]) for r in load_table("agencies.tsv")])
    eras = {fold(r["word"]) for r in load_table("times_signals.tsv")
            if r["role"] == _ERA_ROLE and len(fold(r["word"])) == _ERA_LETTERS}
    era = _alternation([re.escape(e) for e in eras])
    name = rf"{_WORD}(?:(?:\s*[،,]\s*|\s+){_WORD}){{0,{words - 1}}}"
    date_re = re.compile(
        rf"(?:(?P<weekday>{weekday})\s*[،,]?\s*)?(?P<day>\d{{1,2}})\s*(?P<month>{month})\s*[،,]?"
        rf"\s*(?P<year>\d{{4}})\s*(?:(?:{era})\b)?\s*(?P<sep>{sep}+)?\s*")
    paren_re = re.compile(rf"(?:(?P<place>{name})\s*(?:{sep}+\s*)?)?\(\s*(?P<agency>{agency})\s*\)"
                          rf"\s*(?:{sep}+\s*)?")
    left_re = re.compile(rf"(?P<left>{name})\s*{sep}+\s*(?P<agency>{agency})"
                         rf"(?:\s*(?:$|{sep}+\s*)|(?P<space>\s+))")
    right_re = re.compile(rf"(?P<agency>{agency})\s*{sep}+\s*(?P<right>{name})\s*(?:$|:\s*)")
    place_re = re.compile(rf"(?P<place>{_WORD}(?:\s+{_WORD})?)\s*:\s*")
    quotes = settings["quotes"]
    pairs = "|".join(rf"{re.escape(fold(a))}(?P<q{n}>[^\n{re.escape(fold(b))}]{{1,{int(settings['source_chars'])}}}){re.escape(fold(b))}"
                     for n, (a, b) in enumerate(zip(quotes["open"], quotes["close"])))
    quoted_re = re.compile(rf"(?P<left>{name})(?P<gap>\s*(?:{sep}+\s*)?)(?:{pairs})\s*(?P<end>{sep}+)\s*")
    return _Lexicon(months, agencies, date_re, paren_re, left_re, right_re, place_re, quoted_re,
                    tuple(settings["separators"]), tuple(fold(a) for a in quotes["open"]))


@dataclass(slots=True)
class _Found:
    place: str | None = None
    agency: str | None = None
    author: str | None = None
    date: str | None = None


def parse_dateline(line: str) -> tuple[Dateline, int] | None:
    """The dateline at the start of ``line`` and the offset where the body begins."""
    lex = _lexicon()
    folded, offsets = normalise(line[:_HEAD_CHARS])
    found = _Found()
    end = 0
    for parse in (_parse_date, _parse_paren, _parse_quoted, _parse_left, _parse_right,
                  _parse_place):
        match_end = parse(lex, folded, end, found, line, offsets.to_original)
        if match_end is not None:
            end = match_end
    if end == 0:
        return None
    cut = offsets.to_original(end)
    text = line[:cut].strip()
    return Dateline(text=text, place=found.place, agency=found.agency, author=found.author,
                    date=found.date), cut


def _span(line: str, to_original: ToOriginal, match: re.Match[str], group: str) -> str | None:
    if match.group(group) is None:
        return None
    return line[to_original(match.start(group)):to_original(match.end(group))].strip() or None


def _parse_date(lex: _Lexicon, folded: str, pos: int, found: _Found, line: str,
                to_original: ToOriginal) -> int | None:
    match = lex.date_re.match(folded, pos)
    if not match or not (match.group("weekday") or match.group("sep")):
        return None
    month, calendar = lex.months[match.group("month")]
    found.date = _iso(int(match.group("year")), month, int(match.group("day")), calendar)
    return match.end()


def _iso(year: int, month: int, day: int, calendar: str) -> str | None:
    try:
        if calendar == "hijri":
            return Hijri(year, month, day).to_gregorian().isoformat()
        return date(year, month, day).isoformat()
    except (ValueError, OverflowError):
        return None


def _agency(lex: _Lexicon, text: str) -> tuple[str, str]:
    return lex.agencies.get(agency_key(text), (text, "agency"))


def _parse_paren(lex: _Lexicon, folded: str, pos: int, found: _Found, line: str,
                 to_original: ToOriginal) -> int | None:
    if folded.find("(", pos) < 0:
        return None  # most lines: the agency's bracket is nowhere (and the place's words
        # would be tried in vain at every length)
    match = lex.paren_re.match(folded, pos)
    if not match:
        return None
    found.agency = _agency(lex, match.group("agency"))[0]
    found.place = _span(line, to_original, match, "place") or found.place
    return match.end()


def _parse_quoted(lex: _Lexicon, folded: str, pos: int, found: _Found, line: str,
                  to_original: ToOriginal) -> int | None:
    """``دمشق - «سانا»:``, ``بيروت ـ «القدس العربي»:``: a place (or a byline) and the source
    between quotation marks, then a separator: a colon unless the source is a listed agency
    (``agencies.tsv``), so a quoted word in a first sentence is no source."""
    if found.agency or all(folded.find(mark, pos) < 0 for mark in lex.quote_opens):
        return None  # no quoted source can follow (most lines)
    match = lex.quoted_re.match(folded, pos)
    if not match:
        return None
    group = next(g for g in match.groupdict() if g.startswith("q") and match.group(g))
    listed = lex.agencies.get(agency_key(match.group(group)))
    if listed is None and ":" not in match.group("end"):
        return None  # an unlisted source is a dateline's only before a colon
    found.agency = listed[0] if listed else _span(line, to_original, match, group)
    gap = line[to_original(match.start("gap")):to_original(match.end("gap"))]
    if not any(mark in gap for mark in lex.separators):
        return None  # «قال «المرصد»:» is a quote; «بيروت ـ «القدس العربي»:» a dateline (the
        # tatweel dash folds away, so the gap is read as written)
    left = _span(line, to_original, match, "left")
    first = match.group("left").split()[0]
    if first in _person_names() and not first.startswith(ARTICLE):
        found.author = left  # «محمد العلي – «الأيام»:» is a byline
    else:
        found.place = left  # «شرم الشيخ – «الأهرام»:»
    return match.end()


@functools.cache
def _person_names() -> frozenset[str]:
    """First names (folded) that make the head of a dateline a byline, not a place."""
    return load_words("ner_person_names.txt")


def _parse_left(lex: _Lexicon, folded: str, pos: int, found: _Found, line: str,
                to_original: ToOriginal) -> int | None:
    """``الرياض - واس`` (place, agency), ``لجين الأحمدي – عين اليوم`` (author, outlet),
    ``حنان الحامدي – متابعات`` (author, desk), ``غزة - وكالات`` (place, wires)."""
    match = lex.left_re.match(folded, pos)
    if not match or found.agency:
        return None
    short, kind = _agency(lex, match.group("agency"))
    if match.group("space") and kind != "agency":
        return None  # only a wire's name may run straight into the body: «الكويت - كونا أعلنت»
    left = _span(line, to_original, match, "left")
    if kind == "desk":
        left_known = lex.agencies.get(agency_key(match.group("left")))
        if left_known:
            found.agency = left_known[0]
        else:
            found.author = left
    elif kind == "wires":
        found.place = left
    elif kind == "outlet":
        found.agency, found.author = short, left
    else:
        found.agency, found.place = short, left
    return match.end()


def _parse_right(lex: _Lexicon, folded: str, pos: int, found: _Found, line: str,
                 to_original: ToOriginal) -> int | None:
    """``عين اليوم – بغداد`` (outlet, place), ``عين اليوم – هيفاء عبدالله`` (outlet, author)."""
    match = lex.right_re.match(folded, pos)
    if not match or found.agency:
        return None
    short, kind = _agency(lex, match.group("agency"))
    found.agency = short if kind not in ("desk", "wires") else None
    right = _span(line, to_original, match, "right")
    if agency_key(match.group("right")) in lex.agencies:
        return match.end()
    if _looks_like_person(match.group("right")):
        found.author = right
    else:
        found.place = right
    return match.end()


def _looks_like_person(folded_name: str) -> bool:
    """Two or more words, the first without the article: «هيفاء عبدالله», not «المدينة المنورة»."""
    words = folded_name.split()
    return len(words) >= 2 and not words[0].startswith("ال")


def _parse_place(lex: _Lexicon, folded: str, pos: int, found: _Found, line: str,
                 to_original: ToOriginal) -> int | None:
    """``متعب البقمي - سبق - تبوك:``: a place and a colon after a byline without one."""
    if not (found.agency and found.author) or found.place:
        return None
    match = lex.place_re.match(folded, pos)
    if not match:
        return None
    found.place = _span(line, to_original, match, "place")
    return match.end()
