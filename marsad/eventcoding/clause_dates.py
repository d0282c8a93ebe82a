"""A told act takes the date of its own clause over a nearer one of the clause before it.

An event is dated by the date nearest its trigger in its sentence (``events._time``). When a
verb's clause tells its own date after the verb, and the nearer date stands before the verb in
another clause — past a comma, a colon or a relative pronoun — the nearer date is that other
clause's, and the verb takes the date of its own clause:

- «زار رئيس الوزراء أمس معبرا حدوديا، قرب مكان قتل فيه حارسان في مواجهات الشهر الماضي»: the
  killing last month, not yesterday;
- «استدعت الحكومة اليوم سفيرها، ورفضت المذكرة التي وقعها الطرفان أمس في أديس أبابا»: the
  signing yesterday;
- «القاهرة - «اليوم»: قتل 30 جنديا أمس»: the killing yesterday, not the paper's name.

The date after the verb must be its clause's: no comma (but one right before the date, «أفرجت
السلطات، أمس الأربعاء»), relative pronoun or «أن/إن» between them (a place's name spelled like «فإن», the town «فان», is none) («أشاد بالتعافي، لكنه تكهن
بأن يصل النمو العام المقبل»: not next year). A date before a «أن/إن» clause stays the event's:
a statement's date dates what it tells («أعلن المبعوث أمس أن الأطراف وافقت على هدنة تبدأ مساء
اليوم»). Only verbs: a masdar sits in its clause's noun phrase. Words are in
``marsad/lexicons/event_clause_dates.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.own_times import nearest_own_time, own_time
from marsad.eventcoding.view import PLACE_TYPES
from marsad.lexicons import load_yaml
from marsad.model import Article, Sentence, Time

__all__ = ["clause_date", "own_clause_time"]


@dataclass(frozen=True)
class _Words:
    breaks: frozenset[str]
    complementisers: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data = load_yaml("event_clause_dates.yaml")
    plans = load_yaml("event_plans.yaml")["occasions"]  # one list of «أن/إن» forms
    return _Words(frozenset(map(str, data["breaks"])), folded(plans["complementisers"]))


def clause_date(article: Article, trigger: tuple[int, int], kind: str, nearest: Time,
                sentence: Sentence, done: bool = False) -> Time:
    """The date of the event of ``trigger`` (a candidate of ``kind``, in ``sentence``), given
    ``nearest``, the own date of its sentence nearest the trigger: the first own date after a
    verb when ``nearest`` stands before it in another clause, else ``nearest``."""
    if kind != "verb" or nearest.start >= trigger[0]:
        return nearest
    later = min((t for t in article.times if trigger[1] <= t.start < sentence.end
                 and t.value and t.type in ("DATE", "TIME")
                 and own_time(article, trigger, t, sentence.start, done)),
                key=lambda t: t.start, default=None)
    if later is None or not _other_clause(article, trigger, nearest) \
            or not _same_clause(article, trigger, later):
        return nearest
    return later


def own_clause_time(article: Article, trigger: tuple[int, int], kind: str,
                    index: int, done: bool = False) -> Time | None:
    """The time of the event of ``trigger`` (a candidate of ``kind``) in sentence ``index``:
    the own time of the sentence nearest the trigger (``own_times.nearest_own_time``) as
    ``clause_date`` places it; None when the sentence has no own time."""
    if not article.times or index >= len(article.sentences):
        return None
    sentence = article.sentences[index]
    nearest = nearest_own_time(article, trigger, sentence, done)
    return None if nearest is None else clause_date(article, trigger, kind, nearest, sentence,
                                                    done)


def _other_clause(article: Article, trigger: tuple[int, int], before: Time) -> bool:
    """A comma, a colon or a relative pronoun, and no «أن/إن», between ``before`` and the
    trigger."""
    words = _tokens(_unplaced(article, before.end, trigger[0]))
    return not any(w in _words().complementisers for w in words) and any(map(_opens, words))


def _same_clause(article: Article, trigger: tuple[int, int], later: Time) -> bool:
    """Nothing that opens a clause between the trigger and ``later`` (a comma right before
    the date is a parenthesis: «أفرجت السلطات، أمس الأربعاء»)."""
    words = _tokens(_unplaced(article, trigger[1], later.start))
    if words and words[-1] in _words().breaks:
        words = words[:-1]
    return not any(_opens(w) or w in _words().complementisers for w in words)


def _unplaced(article: Article, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` with the places' names blanked: the town «فان» is no
    «فإن» (as ``attribution/place_words.py`` reads it)."""
    text = article.text[start:end]
    for entity in article.entities:
        if entity.type in PLACE_TYPES and start <= entity.start and entity.end <= end:
            a, b = entity.start - start, entity.end - start
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def _tokens(text: str) -> list[str]:
    """Folded words, each mark of ``breaks`` a word of its own."""
    for mark in _words().breaks:
        text = text.replace(mark, f" {mark} ")
    return fold(text).split()


def _opens(word: str) -> bool:
    """A clause boundary: a comma, a colon or a relative pronoun."""
    return word in _words().breaks or word in lexicon().relatives
