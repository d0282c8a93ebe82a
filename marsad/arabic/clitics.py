"""Clitic analysis of Arabic words: proclitics, the article and pronoun suffixes.

Two analyses, both driven by ``marsad/lexicons/clitics.yaml`` and the protected words of
``marsad/lexicons/clitic_protected.txt``:

* ``split(word) -> (prefix, stem, suffix)`` — the conservative split stored on tokens.
  It strips only the unambiguous chains (وال، بال، لل، ال، و …) and suffixes (ها، هم، نا، ه
  …), keeps a minimum stem length and never splits a protected word, so ``بغداد``،
  ``لبنان`` and ``فلسطين`` stay whole; before a protected word any proclitic comes off
  (``لسوريا`` → ل + سوريا). ``"".join(split(w)) == fold(w)`` always.
* ``candidates(word) -> [whole word, …stems]`` — every plausible stem, longest first,
  for the KB and the tagger to look up in their own dictionaries:
  ``candidates("وبغداد") == ["وبغداد", "بغداد"]``, ``candidates("للجيش")`` offers
  ``الجيش`` (the article's alef restored).

Both take a word as written (diacritics allowed); the analysis reads the unfolded letters,
so a ta marbuta ة is never taken for the pronoun ه. Results are folded and cached per word.

``split_uncached`` runs compiled where the optional extension ``marsad/arabic/_fasttok.c``
was built (``_fasttok.split``, given these rules at import); elsewhere ``split_uncached_py``
does it, with the same answers. So do the candidates (``_fasttok.candidates``, else
``_candidates_py``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from marsad.arabic.normalise import TABLE, fold
from marsad.lexicons import LexiconError, load_words, load_yaml
from marsad.pipeline import register_cache

try:
    from marsad.arabic import _fasttok
except ImportError:  # no C compiler at install: the Python split does the work
    _fasttok = None  # type: ignore[assignment]

__all__ = ["ARTICLE", "CONJUNCTIONS", "candidate_stems", "candidates", "spellings", "split",
           "split_uncached", "split_uncached_py", "stem_filter"]

#: Deletes diacritics and tatweel, keeps every letter as written (ة, ى, أ stay).
_STRIP_MARKS = {code: None for code, target in TABLE.items() if target is None}


@dataclass(frozen=True, slots=True)
class _Affix:
    form: str
    split: bool
    stem_min: int
    article: bool = False
    restore: str = ""
    before: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class _Rules:
    prefixes: tuple[_Affix, ...]  # longest first
    suffixes: tuple[_Affix, ...]  # longest first
    candidate_min: int
    ta_written: str
    ta_folded: str
    light: dict[int, int | None]  # fold, but keeping the letters that tell words apart
    kept: frozenset[str]  # the letters the light fold keeps as written
    protected: frozenset[str]  # in the light fold
    accusative: str  # the alef of the accusative ending
    tanween: frozenset[str]
    by_first: dict[str, tuple[_Affix, ...]]  # prefixes by their first letter, longest first
    by_last: dict[str, tuple[_Affix, ...]]  # suffixes by their last letter, longest first
    split_by_last: dict[str, tuple[_Affix, ...]]  # as by_last, only the affixes split off

    def prefixes_of(self, letters: str) -> tuple[_Affix, ...]:
        return self.by_first.get(letters[:1], ())

    def suffixes_of(self, letters: str) -> tuple[_Affix, ...]:
        return self.by_last.get(letters[-1:], ())


def _grouped(affixes: tuple[_Affix, ...], at: int) -> dict[str, tuple[_Affix, ...]]:
    groups: dict[str, tuple[_Affix, ...]] = {}
    for affix in affixes:
        groups[affix.form[at]] = (*groups.get(affix.form[at], ()), affix)
    return groups


def _affix(entry: dict[str, Any]) -> _Affix:
    try:
        return _Affix(form=str(entry["form"]), split=bool(entry.get("split", False)),
                      stem_min=int(entry.get("stem_min", 3)),
                      article=bool(entry.get("article", False)),
                      restore=str(entry.get("restore", "")),
                      before=frozenset(entry.get("before", ())),
                      not_after=frozenset(entry.get("not_after", ())))
    except (KeyError, TypeError, ValueError) as exc:
        raise LexiconError(f"clitics.yaml: bad affix entry {entry!r}: {exc}") from None


_NAMED = load_yaml("clitics.yaml")
#: The definite article, in the folded form every stage compares («ال»).
ARTICLE: str = str(_NAMED["article"])
#: The conjunctions that open a word («و»، «ف»).
CONJUNCTIONS: tuple[str, ...] = tuple(str(c) for c in _NAMED["conjunctions"])
#: The one-letter prepositions that open a word («ب»، «ل»).
PREPOSITIONS: tuple[str, ...] = tuple(str(c) for c in _NAMED["prepositions"])


@functools.cache
def _rules() -> _Rules:
    data = load_yaml("clitics.yaml")
    by_length = lambda affix: -len(affix.form)  # noqa: E731
    prefixes = tuple(sorted(map(_affix, data["prefixes"]), key=by_length))
    suffixes = tuple(sorted(map(_affix, data["suffixes"]), key=by_length))
    light = {**TABLE, **{ord(letter): ord(letter) for letter in data["kept_in_comparison"]}}
    return _Rules(
        prefixes=prefixes,
        suffixes=suffixes,
        by_first=_grouped(prefixes, 0),
        by_last=_grouped(suffixes, -1),
        split_by_last=_grouped(tuple(a for a in suffixes if a.split), -1),
        candidate_min=int(data["candidate_min_stem"]),
        ta_written=data["ta_marbuta"]["written"],
        ta_folded=data["ta_marbuta"]["folded"],
        light=light,
        kept=frozenset(data["kept_in_comparison"]),
        protected=frozenset(word.translate(light) for word in load_words("clitic_protected.txt")),
        accusative=str(data["accusative_ending"]),
        tanween=frozenset(chr(int(code, 16)) for code in data["tanween"]),
    )


def _letters_and_folds(word: str, rules: _Rules) -> tuple[str, str, str]:
    """``word`` without diacritics, its fold and its light fold, translating no more than
    needed (``str.translate`` with a dict costs about 0.17 µs a character)."""
    folded = fold(word)
    # fold deletes exactly the marks and maps every other character to one character
    letters = word if len(folded) == len(word) else word.translate(_STRIP_MARKS)
    light = folded if rules.kept.isdisjoint(letters) else letters.translate(rules.light)
    return letters, folded, light


def _prefix_fits(affix: _Affix, letters: str, stem_min: int) -> bool:
    size = len(affix.form)
    return (letters.startswith(affix.form) and len(letters) - size >= stem_min
            and (not affix.before or letters[size:size + 1] in affix.before))


def _suffix_fits(affix: _Affix, letters: str, start: int, stem_min: int) -> bool:
    size = len(affix.form)
    return (letters.endswith(affix.form) and len(letters) - start - size >= stem_min
            and letters[-size - 1:-size] not in affix.not_after)


def _is_protected(light: str, rules: _Rules) -> bool:
    """A protected word, also in the accusative (واضحا for واضح)."""
    return light in rules.protected or (
        light.endswith(rules.accusative) and light[:-len(rules.accusative)] in rules.protected)


#: The first two letters of a word -> the proclitic chains it may open with, shortest first,
#: and those split off, longest first (a handful instead of all chains of its first letter).
_OPENINGS: dict[str, tuple[tuple[_Affix, ...], tuple[_Affix, ...]]] = {}


def _openings(opening: str) -> tuple[tuple[_Affix, ...], tuple[_Affix, ...]]:
    if len(_OPENINGS) >= 65_536:  # other scripts' words could make many: keep it bounded
        _OPENINGS.clear()
    fitting = [affix for affix in _rules().prefixes_of(opening)  # longest first
               if affix.form.startswith(opening) or opening.startswith(affix.form)]
    found = _OPENINGS[opening] = (tuple(reversed(fitting)),
                                  tuple(affix for affix in fitting if affix.split))
    return found


def split_uncached_py(word: str) -> tuple[str, str, str]:
    """The conservative ``(prefix, stem, suffix)`` of ``word``, each folded (``split``
    without its cache, for the tokeniser, which keeps its own per surface form).

    In order: a protected word stays whole; a protected word plus a pronoun suffix loses
    only the suffix (وقتها); a proclitic before a protected word comes off (لسوريا، والذي);
    otherwise the longest proclitic chain that leaves a long enough stem, then — unless
    the chain ends in the article — the longest pronoun suffix that does.
    """
    rules = _rules()
    letters, folded, light = _letters_and_folds(word, rules)
    if _is_protected(light, rules):
        return "", folded, ""
    size = len(letters)
    suffixes = rules.split_by_last.get(letters[-1:], ())
    suffixed = bool(suffixes) and rules.tanween.isdisjoint(word[-2:])  # مبيناً is not مبي + نا
    if suffixed:
        for affix in suffixes:
            cut = size - len(affix.form)
            if _suffix_fits(affix, letters, 0, affix.stem_min) \
                    and _is_protected(light[:cut], rules):
                return "", folded[:cut], folded[cut:]
    shortest_first, split_longest_first = _OPENINGS.get(letters[:2]) or _openings(letters[:2])
    for affix in shortest_first:
        cut = len(affix.form)
        if letters.startswith(affix.form) and _is_protected(light[cut:], rules):
            if cut < size:  # a clitic before a known word: لسوريا، بهذه، والذي
                return folded[:cut], folded[cut:], ""
            break
    start, article = 0, False
    for affix in split_longest_first:
        if _prefix_fits(affix, letters, affix.stem_min):
            start, article = len(affix.form), affix.article
            break
    end = size
    if suffixed and not article and not _is_protected(light[start:], rules):
        for affix in suffixes:
            if _suffix_fits(affix, letters, start, affix.stem_min):
                end -= len(affix.form)
                break
    return folded[:start], folded[start:end], folded[end:]


def _compiled_split() -> Callable[[str], tuple[str, str, str]] | None:
    """``_fasttok.split`` once it holds these rules (None: not built, or rules it cannot
    hold): the same steps over arrays of code points, with no string made per test."""
    if _fasttok is None:
        return None
    rules = _rules()
    prefixes = tuple((a.form, a.split, a.stem_min, a.article, a.restore, tuple(a.before))
                     for a in rules.prefixes)
    suffixes = tuple((a.form, a.split, a.stem_min, a.article, a.restore, tuple(a.not_after))
                     for a in rules.suffixes)
    light_is_fold_but_kept = rules.light == {**TABLE, **{ord(c): ord(c) for c in rules.kept}}
    if not light_is_fold_but_kept or not _fasttok.split_rules(
            TABLE, "".join(sorted(rules.kept)), rules.protected, prefixes, suffixes,
            rules.accusative, "".join(sorted(rules.tanween)), rules.ta_written,
            fold(rules.ta_folded)):
        return None
    return _fasttok.split


def spellings(word: str) -> frozenset[str]:
    """Every string ``candidates(word)`` could hold, whatever the stem lengths, protected
    words and tanween rule out: the fold; the fold less each chain the word opens with (its
    ``restore`` put back); from each of those starts, the fold up to each place a suffix the
    word ends with is cut, and such a stem ending in the written ta with the folded ta
    instead. ``stem_filter``'s compiled test makes the same strings (as hashes)."""
    rules = _rules()
    letters, folded, _light = _letters_and_folds(word, rules)
    size = len(letters)
    found = {folded}
    starts = [0]
    for affix in rules.prefixes:
        if letters.startswith(affix.form):
            found.add(affix.restore + folded[len(affix.form):])
            starts.append(len(affix.form))
    ends = [size - len(affix.form) for affix in rules.suffixes if letters.endswith(affix.form)]
    ta, ta_folded = len(rules.ta_written), fold(rules.ta_folded)
    for start in starts:
        for end in ends:
            if end <= start:
                continue
            found.add(folded[start:end])
            if end - ta >= start and letters[:end].endswith(rules.ta_written):
                found.add(folded[start:end - 1] + ta_folded)
    return frozenset(found)


def stem_filter(stems: Iterable[str]) -> Callable[[str], bool] | None:
    """A compiled test of a word: False when none of its ``spellings`` (so none of its
    ``candidates``) is one of ``stems``; True when one is, or rarely when two hashes meet.
    None where the extension was not built: the test in Python (``spellings``) costs about
    as much as the candidates it would spare, so callers then go without it."""
    if split_uncached is split_uncached_py:  # not built, or the rules were not taken
        return None
    return functools.partial(_fasttok.may_spell, _fasttok.stem_filter(tuple(stems)))


#: The conservative split without a cache: compiled where it could be, else the Python one.
split_uncached: Callable[[str], tuple[str, str, str]] = _compiled_split() or split_uncached_py

#: ``split_uncached``, cached per word. The tokeniser calls ``split_uncached``: it analyses a
#: surface form once and keeps the answer in ``tokenise._SEEN``, so a second cache of the
#: same words had no hits over the shared corpus and held some 9 MB.
split = register_cache(functools.lru_cache(maxsize=1 << 17)(split_uncached))


def _candidates_py(word: str) -> tuple[str, ...]:
    """Every plausible stem of ``word`` (folded), the whole word first, longest first
    (``candidate_stems`` without its cache, where the extension was not built)."""
    rules = _rules()
    letters, folded, light = _letters_and_folds(word, rules)
    found = [folded]
    if _is_protected(light, rules):
        return tuple(found)
    stop = len(letters)  # no chain may reach past a protected remainder
    # the chains that may open the word (by its first two letters), shortest first
    shortest_first = (_OPENINGS.get(letters[:2]) or _openings(letters[:2]))[0]
    candidate_min = rules.candidate_min
    # a pronoun suffix never carries tanween: مبيناً is not مبي + نا
    suffixed = rules.tanween.isdisjoint(word[-2:])
    if suffixed:  # a word with the article takes no pronoun suffix (وبالتالي: not وبالتال + ي)
        for affix in shortest_first:
            if affix.article and _prefix_fits(affix, letters, candidate_min):
                suffixed = False
                break
    for affix in shortest_first:
        size = len(affix.form)
        if size > stop or not _prefix_fits(affix, letters, candidate_min):
            continue
        rest = folded[size:]
        found.append(affix.restore + rest)
        if _is_protected(light[size:], rules):
            stop = size
        elif suffixed:
            found.extend(_stems_without_suffix(letters, folded, size, rules))
    if stop == len(letters) and suffixed:
        found.extend(_stems_without_suffix(letters, folded, 0, rules))
    if len(found) == 1:
        return (folded,)
    unique = dict.fromkeys(found)
    return tuple(sorted(unique, key=len, reverse=True))


def _stems_without_suffix(letters: str, folded: str, start: int, rules: _Rules) -> list[str]:
    """The stems of ``letters`` from ``start`` less each pronoun suffix that fits, folded
    (``folded`` is ``letters`` folded: fold maps each of their letters to one)."""
    stems: list[str] = []
    for affix in rules.suffixes_of(letters):
        if _suffix_fits(affix, letters, start, rules.candidate_min):
            end = len(letters) - len(affix.form)
            stems.append(folded[start:end])
            if letters[start:end].endswith(rules.ta_written):
                stems.append(folded[start:end - 1] + fold(rules.ta_folded))
    return stems


def _compiled_candidates() -> Callable[[str], tuple[str, ...]] | None:
    """``_fasttok.candidates`` once it holds these rules (None: not built, or rules it cannot
    hold): the same steps as ``_candidates_py`` over the code points the split reads, with
    no string made but the candidates (``tests/test_arabic_round34_t.py``)."""
    if split_uncached is split_uncached_py or not hasattr(_fasttok, "candidates"):
        return None  # the split's rules are the candidates' too
    if not _fasttok.candidate_rules(_rules().candidate_min):
        return None
    return _fasttok.candidates


#: ``_candidates_py`` (compiled where it could be), cached per word.
_candidates: Callable[[str], tuple[str, ...]] = functools.lru_cache(maxsize=1 << 16)(
    _compiled_candidates() or _candidates_py)


def candidates(word: str) -> list[str]:
    """Every plausible stem of ``word`` (folded), the whole word first, longest first."""
    return list(_candidates(word))


#: ``candidates`` as the cached tuple itself (no list made per call), for the event matcher,
#: which asks it of every distinct word of an article.
candidate_stems = _candidates
