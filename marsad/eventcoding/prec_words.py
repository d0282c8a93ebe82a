"""The words of the round-12 guards (``prec_round12`` in ``event_grammar.yaml``), loaded once:
Arabic words folded as tokens are read (``fold``), type and mode names as written."""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from marsad.arabic.clitics import ARTICLE, CONJUNCTIONS, PREPOSITIONS
from marsad.arabic.normalise import fold
from marsad.lexicons import load_yaml
from marsad.pipeline import register_cache

if TYPE_CHECKING:
    from marsad.eventcoding.view import View

__all__ = ["Words", "words", "forms", "listed", "after_conjunction", "without_conjunction",
           "listed_spellings", "clitic_forms", "without_preposition", "word_before", "words_after"]

#: A conjunction with a preposition, then either alone: longest first («وب», «و», «ب»).
_PROCLITICS = tuple(c + p for c in CONJUNCTIONS for p in PREPOSITIONS) + CONJUNCTIONS \
    + PREPOSITIONS


@dataclass(frozen=True)
class Words:
    right_before: dict[str, frozenset[str]]  # type ("*": any) -> words right before a mention
    partitives: frozenset[str]  # «جزء من العقوبات»: looked past
    partitive_link: str
    definite_only: frozenset[str]  # types whose mention rule needs a definite trigger
    year_spans: frozenset[str]  # «سنوات من الانتشار»
    span_preposition: str
    span_dates: frozenset[str]  # «بعد نحو عامين من»: a date, not a span
    span_reach: int
    idioms: dict[str, frozenset[str]]  # mode -> the lead of a figure of speech («في مقتل»)
    source_words: frozenset[str]  # «مصادر مطلعة على سير …»
    source_links: frozenset[str]
    source_frames: frozenset[str]
    compliance: frozenset[str]  # «إذا التزم … بالهدنة»
    conditions: frozenset[str]
    condition_reach: int
    warning_stems: frozenset[str]  # «حذرت … من كارثة»
    disasters: frozenset[str]
    warning_reach: int
    threatened: frozenset[str]  # «مهددة بالمجاعة»
    agreeing: frozenset[str]  # «وافق على انسحاب …»
    agreeing_link: str
    custody_frames: frozenset[str]  # «وفاة … أثناء احتجازه»
    deaths: frozenset[str]
    custody_modes: frozenset[str]
    custody_reach: int
    past_span_lead: str  # «خلال العامين الماضيين»
    past_span_units: frozenset[str]
    past_span_tails: frozenset[str]
    past_span_reach: int
    plots: frozenset[str]  # «بالتخطيط لأعمال الشغب»
    plot_types: frozenset[str]
    plot_reach: int
    continuing_types: frozenset[str]  # «ورحب …، مثمناً …»
    participle_letter: str
    pause: str
    prisons: frozenset[str]  # «اقتحموا سجن … وأطلقوا سراح»
    jailbreak_modes: frozenset[str]
    retreat_from_talks: frozenset[str]  # «ستنسحب من المسار التفاوضي»
    retreat_reach: int
    retreat_from: str
    retreat_type: str
    retreat_mode: str
    compliance_type: str
    warning_type: str
    jailbreak_by: str
    from_word: str


def _word(text: str) -> str:
    return text if text.isascii() else fold(text)


def _value(value: Any) -> Any:
    if isinstance(value, list):
        return frozenset(_word(str(v)) for v in value)
    if isinstance(value, dict):
        return {str(k): _value(v) for k, v in value.items()}
    if isinstance(value, str):
        return _word(value)
    return int(value)


@functools.cache
def words() -> Words:
    data = load_yaml("event_grammar.yaml")["prec_round12"]
    return Words(**{f.name: _value(data[f.name]) for f in fields(Words)})


#: word -> ``forms(word)``: read some thirty thousand times over a thousand articles by
#: the guards, mostly for the same words, so kept (a dict lookup against nine
#: ``startswith``); emptied when it holds ``_FORMS_LIMIT`` words.
_FORMS: dict[str, tuple[str, ...]] = register_cache({})
_FORMS_LIMIT = 1 << 14


def forms(word: str) -> tuple[str, ...]:
    """The word as read and without one leading proclitic («لعقوبات» → «عقوبات»)."""
    found = _FORMS.get(word)
    if found is None:
        if len(_FORMS) >= _FORMS_LIMIT:
            _FORMS.clear()
        found = _FORMS[word] = (word,) + tuple(word[len(p):] for p in _PROCLITICS
                                               if word.startswith(p) and len(word) - len(p) >= 3)
    return found


def word_before(view: View, first: int, reach: int, listed: frozenset[str], *,
                as_read: bool = False) -> bool:
    """A word of ``listed`` within ``reach`` tokens before token ``first``, in its clause (the
    search stops at a clause break): as read, or also without one proclitic (``forms``)."""
    tokens = view.tokens
    for at in range(first - 1, max(-1, first - 1 - reach), -1):
        if view.is_break(at):
            return False
        norm = tokens[at].norm
        if as_read:
            if norm in listed:
                return True
            continue
        for form in forms(norm):
            if form in listed:
                return True
    return False


def listed(word: str, words: frozenset[str]) -> bool:
    """The word, as read or without one leading proclitic (``forms``), is in ``words``."""
    found = _FORMS.get(word)  # ``forms(word)``, most often kept: read without the call
    return not words.isdisjoint(forms(word) if found is None else found)


@functools.cache
def spelled(words: frozenset[str]) -> frozenset[str]:
    """``listed_spellings(words)``, made once for each list (a rule's list is asked about
    for every word of a sentence: ``word in spelled(words)`` is ``listed(word, words)``)."""
    return listed_spellings(words)


def listed_spellings(words: frozenset[str]) -> frozenset[str]:
    """Every word that ``listed`` finds in ``words``: each word as it is, and with each leading
    proclitic (``forms``) before a word of three letters or more; a set of words (a sentence's,
    ``View.words_of_sentence``) holds one that ``listed`` finds when it meets these."""
    return frozenset(words) | frozenset(p + word for word in words if len(word) >= 3
                                        for p in _PROCLITICS)


def after_conjunction(word: str, words: frozenset[str]) -> bool:
    """The word is in ``words`` as read or after a leading conjunction «و/ف» («ونفت»،
    «فندد»)."""
    return word in words or (word[:1] in CONJUNCTIONS and word[1:] in words)


#: The fewest letters a word keeps once ``without_conjunction`` takes its «و/ف» off.
CONJOINED_STEM_MIN = 3


def without_conjunction(word: str) -> str:
    """``word`` without a leading conjunction «و/ف» when three letters or more remain
    («ويشهد» → «يشهد»، «وبعدما» → «بعدما»); a shorter word stays as it is («وفي»، «وحي»)."""
    if word[:1] in CONJUNCTIONS and len(word) > CONJOINED_STEM_MIN:
        return word[1:]
    return word


#: (word, prepositions) -> ``clitic_forms``' answer, for the guards that read the same
#: words against the same prepositions again; emptied when it holds ``_FORMS_LIMIT``.
_CLITIC_FORMS: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = register_cache({})


def clitic_forms(word: str, prepositions: Sequence[str]) -> list[str]:
    """The word, it without a leading «و/ف» (``without_conjunction``), and each of those
    without one of ``prepositions`` where more than two letters remain; a preposition of
    several letters ending in «ل» («لل»، «بال») leaves the article («للعمل» → «العمل»)."""
    if not isinstance(prepositions, tuple):
        return _clitic_forms(word, prepositions)
    key = (word, prepositions)
    found = _CLITIC_FORMS.get(key)
    if found is None:
        if len(_CLITIC_FORMS) >= _FORMS_LIMIT:
            _CLITIC_FORMS.clear()
        found = _CLITIC_FORMS[key] = tuple(_clitic_forms(word, prepositions))
    return list(found)


def _clitic_forms(word: str, prepositions: Sequence[str]) -> list[str]:
    out = [word]
    bare = without_conjunction(word)
    if bare != word:
        out.append(bare)
    for form in list(out):
        for prep in prepositions:
            stripped = without_preposition(form, prep)
            if stripped:
                out.append(stripped)
    return out


def without_preposition(word: str, prep: str) -> str:
    """``word`` without the proclitic preposition ``prep`` where more than two letters
    remain, else ''; a preposition of several letters ending in «ل» («لل»، «بال») leaves the
    article («للعمل» → «العمل»)."""
    if not word.startswith(prep) or len(word) <= len(prep) + 2:
        return ""
    article = ARTICLE if len(prep) > 1 and prep.endswith(ARTICLE[-1]) else ""
    return article + word[len(prep):]


def words_after(view: View, last: int, reach: int, *, names_whole: bool = False) -> list[int]:
    """Up to ``reach`` word tokens after token ``last`` in its clause, stopping at a break;
    with ``names_whole``, a name of several words counts as its first word."""
    _, stop = view.sentence_of(last)
    found: list[int] = []
    at = last + 1
    while at < stop and len(found) < reach:
        if view.is_break(at):
            break
        if view.tokens[at].kind == "word":
            found.append(at)
        entity = view.entity_at.get(at) if names_whole else None
        at = view.entity_last[entity.id] + 1 if entity is not None \
            and view.entity_last[entity.id] > at else at + 1
    return found
