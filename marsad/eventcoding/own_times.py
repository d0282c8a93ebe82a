"""Which of its sentence's dates an event takes (round 24).

An event is dated by the date nearest its trigger in its sentence, else by the article's date
(``events._time``). A sentence often holds a date that is not the event's own:

- «حاليا» (``PRESENT_REF``): the article's own time, so no date of its own; and a vague future
  («بعد أيام» ``FUTURE_REF``) told after a date of its sentence, which counts from that date.
  Other vague references date the event as they are («قبل أيام» ``PAST_REF``، «خلال الأيام
  المقبلة» ``FUTURE_REF``): the record says "recently" or "soon" rather than put a past or
  coming happening on the article's day;
- the end of a span («حتى نهاية الشهر»، «بحلول نهاية العام»، «ما قبل أبريل 2019») or a
  thing's year («اتفاقية فك الاشتباك لعام 1974»);
- the start of a standing state told after the event: «منذ» right after a participle of a
  standing state («المعارض المسجون منذ العام 2011»، «الهدنة القائمة منذ 2013»; round 26:
  ``held_since``), and a tally rising after it («ليرتفع عدد القتلى منذ 3 مارس إلى 17»);
- the date of another happening told in a clause of its own after the event: a relative
  clause («بالقانون الذي أقره المجلس في ديسمبر الماضي»), a subordinate one («…، بعدما توصل
  الأعيان مساء السبت إلى اتفاق») or a parallel one («…، فيما طالب … أمس»). A date told
  before such an opener still dates an event after it: on real news it is mostly the event's
  own («ترؤس … مساء أمس اجتماعا، فيما بحث الاجتماع»; tried the other way: 6 of 6 wrong);
- (round 29) a vague count after «منذ» («للمرة الأولى منذ سنوات»): how long, not when;
- (round 29) for an act told as done (``done``: a past verb asserted or reported, or a noun a
  past relative tells, ``events._done``): a vague future, a date after the article's and the
  start of the span an act takes effect from («اعتبارا من اليوم»). They are another act's
  («وطالبت …، مؤكدة أنها ستلجأ إلى مجلس الأمن قريبا»; «ودعت … إلى اعتصام ينطلق الأحد
  المقبل»); a planned act keeps them.

Such a date is passed over: the event takes the next nearest date of its sentence, else the
article's date. A vague past or present nearer the trigger than every date of its clause dates
the event by itself («وفي يناير الماضي أعلن الجيش حملة، واعتقلت الشرطة مؤخرا عشرة
مطلوبين»: ``PAST_REF``, not January); a vague future does not («قبل أن يطلق سراحهم بعد
أيام» after «في يونيو الماضي»: June), nor one after «منذ» («منذ أسابيع» says how long). A
specific past happening told with its own date keeps it («وكانت القوات قد سيطرت على البلدة
في مارس الماضي»: 2024-03). Words are in ``marsad/lexicons/event_own_times.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.folded_words import span_words
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.prec_words import without_conjunction
from marsad.eventcoding.time_values import begins_after, is_day
from marsad.eventcoding.word_gates import phrases_by_first
from marsad.lexicons import load_yaml
from marsad.model import Article, Sentence, Time
from marsad.pipeline import register_cache

__all__ = ["nearest_own_time", "own_time", "same_time_day"]

#: The times layer's vague references: no calendar time, but honest about the event's time.
_PRESENT, _FUTURE = "PRESENT_REF", "FUTURE_REF"
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Words:
    span_marks: frozenset[str]
    span_starts: tuple[tuple[str, ...], ...]
    attribute_years: frozenset[str]
    openers: tuple[tuple[str, ...], ...]
    relatives: frozenset[str]
    antecedent_gap: int
    vague_kinds: frozenset[str]
    vague_not_after: frozenset[str]
    relative_future: str
    same_toll: frozenset[str]
    since: str
    states: frozenset[str]
    same_time: tuple[tuple[str, ...], ...]
    backdrops: frozenset[str]


def _relative_openers() -> tuple[tuple[str, ...], ...]:
    """The grammar's relative pronouns as one-word clause openers."""
    return tuple((word,) for word in sorted(lexicon().relatives))


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data = load_yaml("event_own_times.yaml")

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(fold(str(p)).split()) for p in data[key])

    return _Words(folded(data["span_marks"]), phrases("span_starts"),
                  folded(data["attribute_years"]),
                  _relative_openers() + phrases("clause_openers"), lexicon().relatives,
                  int(data["antecedent_gap"]), frozenset(map(str, data["vague_kinds"])),
                  folded(data["vague_not_after"]), fold(str(data["relative_future"])),
                  folded(data["same_toll"]), fold(str(data["held_since"]["since"])),
                  folded(data["held_since"]["states"]),
                  tuple(tuple(fold(str(p)).split()) for p in data["same_time"]["phrases"]),
                  folded(data["same_time"]["not_after"]))


def _plain(words: str) -> list[str]:
    return fold(words).split()


#: How much of a text's end ``_last_words`` folds at a time: a few words.
_TAIL = 40


def _last_words(text: str, count: int) -> list[str]:
    """``_plain(text)[-count:]``, folding only the end of ``text`` that holds those words
    (folding is the costly part, and a sentence's start before a date is mostly long)."""
    cut = len(text)
    while True:
        cut = max(cut - _TAIL, 0)
        words = fold(text[cut:]).split()
        if len(words) > count or cut == 0:  # a word cut in two is not among the last
            return words[-count:]


#: ``(start, end)`` -> the last two folded words of ``_TAILS_OF[0][start:end]``: each date of
#: a sentence has the words before it read for several events and tests.
_TAILS: dict[tuple[int, int], list[str]] = register_cache({})
_TAILS_OF: list[str] = [""]


def _words_before(text: str, start: int, end: int) -> list[str]:
    """The last two folded words of ``text[start:end]`` (a new list: callers may change it)."""
    if _TAILS_OF[0] is not text:
        _TAILS.clear()
        _TAILS_OF[0] = text
    found = _TAILS.get((start, end))
    if found is None:
        found = _TAILS[start, end] = _last_words(text[start:end], 2)
    return list(found)


def _bare_words(text: str) -> list[str]:
    """The folded words of ``text`` without the punctuation glued to them («نفسه،»)."""
    return _WORD.findall(fold(text))


def _is(word: str, wanted: str) -> bool:
    """``word`` is ``wanted``, or ``wanted`` with a clitic «و/ف» («وبعدما»; «فيما» is itself)."""
    return word == wanted or without_conjunction(word) == wanted


def _holds(words: list[str], phrases: tuple[tuple[str, ...], ...], skip: int = -1,
           relatives: frozenset[str] = frozenset(), unless_next: frozenset[str] = frozenset()
           ) -> bool:
    """Whether a phrase stands in ``words`` (its first word may carry a clitic «و/ف»); a
    relative pronoun among the first ``skip`` + 1 words (it describes the trigger's own noun)
    does not count, nor a phrase followed by a word of ``unless_next``."""
    index = phrases_by_first(phrases)
    for i, word in enumerate(words):
        bare = without_conjunction(word)
        heads = (word,) if bare == word else (word, bare)
        for head in heads:
            for phrase in index.get(head, ()):
                end = i + len(phrase)
                if len(words) >= end and tuple(words[i + 1:end]) == phrase[1:] and \
                        not (i <= skip and phrase[0] in relatives) and \
                        not (end < len(words) and words[end] in unless_next):
                    return True
    return False


def nearest_own_time(article: Article, trigger: tuple[int, int], sentence: Sentence,
                     done: bool = False) -> Time | None:
    """The date or time of ``sentence`` nearest the trigger that may date its event
    (``own_time``; ``done``: the event is told as done); the first in the article's order on a
    tie; None when there is none."""
    best: tuple[int, Time] | None = None
    for time in article.times:
        if time.value and time.type in ("DATE", "TIME") and \
                sentence.start <= time.start < sentence.end and \
                own_time(article, trigger, time, sentence.start, done):
            distance = abs(time.start - trigger[0])
            if best is None or distance < best[0]:
                best = (distance, time)
    return best[1] if best is not None else None


def same_time_day(article: Article, index: int) -> Time | None:
    """«في الوقت نفسه، رحب السفير الفرنسي بالخطوة المصرية» after «وفي تصريحات لصحيفة …
    الصادرة أمس، قال السفير …»: a sentence (``index``) that tells its act as done at the
    same time as the one before it is dated by the last date of the sentence before that names
    a day; None when it says no such thing or that sentence has no day (the article's date).
    Called only for a sentence with no date of its own."""
    if index < 1 or index >= len(article.sentences):
        return None
    words = _words()
    sentence, before = article.sentences[index], article.sentences[index - 1]
    text = " ".join(span_words(article.text, sentence.start, sentence.end))  # as folded, for
    # words with no space in them and for the regex's words alike
    if not any(all(word in text for word in phrase) for phrase in words.same_time):
        return None  # most sentences: a phrase's words are not even in its text
    if not _holds(_WORD.findall(text), words.same_time):
        return None
    opener = _bare_words(article.text[before.start:before.end])[:1]
    if opener and without_conjunction(opener[0]) in words.backdrops:
        return None  # «وكانت السلطات قد احتجزت … في الرابع من يوليو»: a backdrop's date
    days = [t for t in article.times if before.start <= t.start < before.end
            and t.type in ("DATE", "TIME") and is_day(t.value or "")]
    return days[-1] if days else None


def own_time(article: Article, trigger: tuple[int, int], time: Time, sentence_start: int,
             done: bool = False) -> bool:
    """Whether ``time``, in the trigger's sentence, may date the event of ``trigger``
    (``done``: an act told as done takes no vague future and no date after the article's)."""
    if time.value == _PRESENT:
        return False  # «حاليا»: the article's own time
    if done and (time.value == _FUTURE or begins_after(time.value, article.published)
                 or _span_start(article, time, sentence_start)):
        return False  # «وبعد ساعات، شنت …»، «دعت إلى إضراب يبدأ الأحد المقبل» (round 29)
    if time.value == _FUTURE and _counts_from_before(article, time, sentence_start):
        return False  # «في يونيو الماضي …، قبل أن يطلق سراحهم بعد أيام»: days after June
    if time.value in _words().vague_kinds and _after(
            article, time, sentence_start, _words().vague_not_after, own=True):
        return False  # «لأول مرة منذ سنوات»: how long, not when (round 29)
    if _nearer_vague(article, trigger, time, sentence_start):
        return False
    return _in_clause(article, trigger, time, sentence_start)


def _span_start(article: Article, time: Time, sentence_start: int) -> bool:
    """``time`` opens the span an act takes effect from («قطع العلاقات ابتداء من اليوم»):
    the day the act's outcome starts, not the day a done act was done (round 29)."""
    return tuple(_words_before(article.text, sentence_start, time.start)) in _words().span_starts


def _counts_from_before(article: Article, time: Time, sentence_start: int) -> bool:
    """``time`` counts from a calendar date told before it in its sentence: «بعد أيام» after
    «في يونيو الماضي». «قريبا»، «خلال الأيام المقبلة» count from the article's day."""
    first = fold(time.text).split()[:1]
    return bool(first) and _is(first[0], _words().relative_future) and any(
        sentence_start <= other.start < time.start and other.type in ("DATE", "TIME")
        and other.value and other.value[:1].isdigit() for other in article.times)


def _nearer_vague(article: Article, trigger: tuple[int, int], time: Time,
                  sentence_start: int) -> bool:
    """A vague reference of the trigger's own clause stands nearer the trigger than ``time``
    («انتشر التنظيم خلال السنوات القليلة الماضية، … سافر إلى الشيشان في عام 1995»): the
    event is dated by it, that is by no calendar date."""
    words = _words()
    if not any(other.value in words.vague_kinds for other in article.times):
        return False  # most articles: no vague reference at all
    sentence_end = next((s.end for s in article.sentences
                         if s.start <= trigger[0] < s.end), len(article.text))
    distance = abs(time.start - trigger[0])
    return any(other.value in words.vague_kinds and sentence_start <= other.start < sentence_end
               and abs(other.start - trigger[0]) < distance
               and not _after(article, other, sentence_start, words.vague_not_after, own=True)
               and _in_clause(article, trigger, other, sentence_start)
               for other in article.times)


def _after(article: Article, time: Time, sentence_start: int, marks: frozenset[str],
           own: bool = False) -> bool:
    """The word before ``time`` in its sentence (with ``own``, or its own first word: «منذ
    أسابيع») is one of ``marks`` (a clitic allowed). «قبل عامين» is a date of its own, so
    the span marks look only before the time."""
    words = _words_before(article.text, sentence_start, time.start)[-1:]
    if own:
        words += _plain(time.text)[:1]
    # ``_is(word, mark)`` for some mark: the word or it without «و/ف» is one
    return any(word in marks or without_conjunction(word) in marks for word in words)


def _held_since(article: Article, time: Time, sentence_start: int) -> bool:
    """``time`` follows «منذ» right after a participle of a standing state: it tells since
    when that thing's state holds («المعارض المسجون منذ العام 2011»، «الهدنة القائمة منذ
    2013»، «الطرق المغلقة منذ سنوات»), not when the act told before it happened. After a verb,
    a place or another word the date stays the act's own («اعتقلا منذ أغسطس»، «أصيب تسعة
    بجروح منذ الجمعة»، «انتشرت في محيط الميدان منذ مساء الجمعة»)."""
    words = _words()
    before = _words_before(article.text, sentence_start, time.start)
    own = _plain(time.text)[:1]
    if own and _is(own[0], words.since):
        head = before[-1:]
    elif before and _is(before[-1], words.since):
        head = before[-2:-1]
    else:
        return False
    return bool(head) and without_conjunction(head[0]) in words.states


def _in_clause(article: Article, trigger: tuple[int, int], time: Time,
               sentence_start: int) -> bool:
    words = _words()
    if _after(article, time, sentence_start, words.span_marks):
        return False
    own = fold(time.text).split()
    if own and own[0] in words.attribute_years:
        return False
    if time.start >= trigger[1] and _held_since(article, time, sentence_start):
        return False  # «… الهدنة السارية منذ العام 2016»: a state's start (round 26)
    if time.start >= trigger[1]:  # the date after the trigger: not in a later clause
        return not _holds(_plain(article.text[trigger[1]:time.start]), words.openers,
                          words.antecedent_gap, words.relatives, words.same_toll)
    return True  # a date before the trigger: see the module's docstring
