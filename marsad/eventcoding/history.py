"""History told as background: a trigger dated by a day, month or year that ended long before
the article's («في عام 2013 شهدت المدينة مواجهات»), a date of long ago fronted before the
clause it dates («… سنة 1217هـ، خاض معارك»), and a «وكان …» sentence with no date of its own
right after a sentence of history (round 11); a masdar after «إثر/بعد» that follows a date of
long ago, which came before the dated happening (round 21); a relative clause right after a
date of long ago («في 3 مايو 1982 التي قتلت», round 22: ``prec_backdrops``). Round 22 also
reads a date of long ago farther away in the trigger's clause when it is told as the act's time
(«… قتل تسعة أشخاص في مقهى عام 2011»: ``far_dated``). Round 29: a bare year the times
layer leaves unread, ``history_years`` or more calendar years before the article's («بعد تفجيرات
الرياض 1994،»، «1969- مقتل …»), or a decade of the last century («في الثمانينات») by the trigger
dates it as history too."""

from __future__ import annotations

import bisect
import functools
import operator
from dataclasses import dataclass
from datetime import date

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.prec_backdrops import dated_relative
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.time_values import last_day
from marsad.eventcoding.view import View
from marsad.eventcoding.word_gates import LastArticle
from marsad.lexicons import load_yaml
from marsad.model import Article, Time, Token
from marsad.pipeline import register_cache

__all__ = ["is_history", "far_dated"]


@functools.cache
def _grammar() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    data = load_yaml("event_grammar.yaml")["history"]
    return (frozenset(data["commas"]), frozenset(data["attributive"]),
            tuple(data["conjunctions"]), frozenset(data["backdrop_leads"]))


@functools.cache
def _antecedents() -> frozenset[str]:
    """«… في يوليو 2013 إثر احتجاجات»: words after an old date that open what came before the
    dated happening (round 21), folded as tokens are read."""
    return folded(load_yaml("event_grammar.yaml")["history"]["antecedents"])


def is_history(article: Article, trigger: int, sentence: int) -> bool:
    """Whether the happening whose trigger starts at offset ``trigger`` is told as history."""
    if article.published is None:
        return False
    if _dated(article, _token_at(article, trigger)):
        return True
    return _backdrop(article, sentence)


def _token_at(article: Article, offset: int) -> int:
    return bisect.bisect_right(article.tokens, offset, key=_START) - 1


#: A token's start, read in C as ``bisect`` probes the tokens.
_START = operator.attrgetter("start")


def _old(article: Article, time: Time) -> bool:
    return _age(article, time) is True


def _dated(article: Article, at: int) -> bool:
    """A date of long ago within reach of the trigger, in its clause, or fronted before it."""
    lex = lexicon()
    for where in sorted({*_olds(article), *_bare_olds(article, at)}):
        if abs(where - at) > lex.history_reach:
            continue
        between = article.tokens[min(where, at) + 1:max(where, at)]
        if not any(t.norm in lex.clause_breaks for t in between) \
                or (where < at and _fronted(article, where, between)
                    and not _recent_in_sentence(article, at)) \
                or (where < at and _before_dated(between)) \
                or (where < at and dated_relative(between)):  # «1982 التي قتلت» (round 22)
            return True
    return False


def _olds(article: Article) -> list[int]:
    """The tokens where the article's dates of long ago begin, read once for every event of
    the article (again should its times or its date be set anew)."""
    times, published = article.times, article.published
    kept = _OLDS.get(article)
    if kept is not None and kept[0] is times and kept[1] == len(times) and kept[2] == published:
        return kept[3]
    found = [_token_at(article, time.start) for time in times if _old(article, time)]
    _OLDS.set(article, (times, len(times), published, found))
    return found


#: The last article's times (the list and its length) and date, and its ``_olds``.
_OLDS: LastArticle[tuple[list[Time], int, date | None, list[int]]] = LastArticle()


@dataclass(frozen=True)
class _BareYears:
    first_year: int
    numbered: frozenset[str]
    decades: frozenset[str]


@functools.cache
def _bare_years() -> _BareYears:
    data = load_yaml("event_grammar.yaml")["history"]
    return _BareYears(int(data["bare_years"]["first_year"]), folded(data["bare_years"]["numbered"]),
                      folded(data["decades"]))


def _bare_olds(article: Article, at: int) -> list[int]:
    """Tokens within reach of token ``at`` that date a happening as history though the times
    layer read no date there: a bare year of long ago («تفجيرات الرياض 1994،») and a decade of
    the last century («في الثمانينات»), round 29."""
    assert article.published is not None
    lex, words = lexicon(), _bare_years()
    decades = words.decades
    tokens = article.tokens
    found = []
    for n in range(max(0, at - lex.history_reach), min(len(tokens), at + lex.history_reach + 1)):
        token = tokens[n]
        kind = token.kind
        if kind == "word":  # a decade of the last century («الثمانينات»، «بالسبعينيات»)
            if token.norm not in decades and token.stem not in decades:
                continue
        elif kind != "number" or not (
                len(token.norm) == 4 and token.norm.isdigit()
                and words.first_year <= int(token.norm)
                and article.published.year - int(token.norm) >= lex.history_years
                and (n == 0 or tokens[n - 1].norm not in words.numbered)
                and (n + 1 == len(tokens) or tokens[n + 1].kind == "punct")):
            continue  # neither a decade nor a year of long ago
        if not any(t.start <= token.start < t.end for t in article.times):
            found.append(n)  # not a word of a date the times layer read
    return found


def _before_dated(between: list[Token]) -> bool:
    """The only breaks between an old date and the trigger after it open what came before the
    dated happening («عزل مرسي في يوليو 2013 إثر احتجاجات»): older still (round 21)."""
    lex = lexicon()
    breaks = [t.norm for t in between if t.norm in lex.clause_breaks]
    return bool(breaks) and all(b in _antecedents() for b in breaks)


def _recent_in_sentence(article: Article, at: int) -> bool:
    """A date of the trigger's sentence that is not of long ago («… 1967، وقصفت الطائرات أمس»)."""
    sentence = article.sentences[article.tokens[at].sentence] \
        if article.tokens[at].sentence < len(article.sentences) else None
    return sentence is not None and any(
        sentence.start <= t.start < sentence.end and t.type == "DATE" and t.value
        and not _old(article, t) for t in article.times)


def _fronted(article: Article, where: int, between: list[Token]) -> bool:
    """The only breaks between a date and the trigger after it are commas, the date is no
    noun's attribute, and the clause after the last comma opens without a conjunction."""
    lex = lexicon()
    commas, attributive, conjunctions, _ = _grammar()
    breaks = [n for n, t in enumerate(between) if t.norm in lex.clause_breaks]
    if not breaks or any(between[n].norm not in commas for n in breaks):
        return False
    if article.tokens[where].norm in attributive \
            or (where > 0 and article.tokens[where - 1].norm in attributive):
        return False
    after = article.tokens[where + 1 + breaks[-1] + 1]  # the clause's first word (may be
    # the trigger's own: «… عام 1991، واتهمت الرباط»)
    return not (after.prefix[:1] in conjunctions or after.norm[:1] in conjunctions)


def _backdrop(article: Article, sentence: int) -> bool:
    """A sentence with no date of its own that opens with «وكان…» right after a sentence that
    holds a date of long ago."""
    if sentence < 1 or sentence >= len(article.sentences):
        return False
    _, _, _, leads = _grammar()
    this, before = article.sentences[sentence], article.sentences[sentence - 1]
    first = _token_at(article, this.start)
    if first < 0 or first >= len(article.tokens) or article.tokens[first].start < this.start:
        first += 1
    if first >= len(article.tokens) or article.tokens[first].norm not in leads:
        return False
    dates = [t for t in article.times if t.type == "DATE" and t.value]
    if any(this.start <= t.start < this.end for t in dates):
        return False  # its own date decides («وكانت أجهزة الأمن قد ألقت القبض … عام 2019»
        # is an arrest the gold sets code: background they still count)
    return any(before.start <= t.start < before.end and _old(article, t)
               for t in dates)


@dataclass(frozen=True)
class _FarDates:
    reach: int
    leads: frozenset[str]  # «في»: what tells a date as the act's time
    years: frozenset[str]  # «عام»، «سنة»: may stand between the lead and the date
    openers: frozenset[str]  # «فيما» of «فيما بين»: part of the lead before it
    keep: frozenset[str]  # factualities never read as history here


@functools.cache
def _far_dates() -> _FarDates:
    data = load_yaml("event_grammar.yaml")["history"]["far_dates"]
    return _FarDates(int(data["reach"]), folded(data["leads"]), folded(data["years"]),
                     folded(data["openers"]), frozenset(data["keep"]))


def _told_as_time(view: View, where: int, words: _FarDates) -> int | None:
    """«في 2012»، «في عام 2011»، «فيما بين 2000 و2012»: the date right after a lead, or after
    a lead and «عام»; the index where the lead begins («فيما» of «فيما بين»: it joins the lead,
    it breaks no clause there), or None."""
    tokens = view.tokens
    if where >= 1 and tokens[where - 1].norm in words.years:
        where -= 1
    if where < 1 or tokens[where - 1].norm not in words.leads:
        return None
    lead = where - 1
    return lead - 1 if lead >= 1 and tokens[lead - 1].norm in words.openers else lead


def _age(article: Article, time: Time) -> bool | None:
    """True for a date of long ago, False for a recent one, None for no date."""
    return _age_of(time.type, time.value, article.published)


@register_cache
@functools.lru_cache(maxsize=1 << 12)
def _age_of(kind: str, value: str | None, published: date | None) -> bool | None:
    """``_age`` of a time of ``kind`` and ``value`` in an article of ``published``: asked for
    every date of the article for each event, and most articles share their dates."""
    end = last_day(value) if kind == "DATE" and value else None
    if end is None or published is None:
        return None
    return (published - end).days > lexicon().history_days


def far_dated(view: View, candidate: Candidate) -> bool:
    """A date of long ago told as a time in the candidate's clause, within ``far_dates.reach``
    tokens of its trigger, and no recent date in its sentence (round 22)."""
    words = _far_dates()
    if candidate.factuality in words.keep or not view.article.times:
        return False
    first, last = first_token(view, candidate), last_token(view, candidate)
    s_first, s_stop = view.sentence_of(first)
    found = False
    for time in view.article.times:
        where = view.token_before(time.start)
        if not s_first <= where < s_stop:
            continue
        old = _age(view.article, time)
        if old is False:
            return False  # «… 2012، وقصفت الطائرات أمس»: a recent date of its sentence
        if old is None:
            continue
        gap = where - last if where > last else first - where
        lead = _told_as_time(view, where, words)
        if gap <= words.reach and lead is not None and not any(
                view.is_break(at) for at in range(min(where, first) + 1, max(lead, last))):
            found = True
    return found
