"""Longest-match scanning over tokens: clitic options of a token and table lookups.

A key may start on a clitic-stripped form of its first token («وبغداد» → «بغداد»); later
tokens must match exactly. Scans never cross a sentence boundary. Most tokens cost one set
lookup: the set of every word that can start a key, also behind each proclitic chain, is
built at load (``Scanner.may_start``). A word in it is judged once per norm from its
letters alone (``Scanner.hint``: which words may follow it), and only when the next word
fits are its clitic options analysed, once per spelling. ``Scanner.starts`` does the set
lookups, hints and next-word tests of a whole article in one compiled pass
(``marsad/kb/_fastscan.c``) where the extension was built, else in Python (``starts_py``).
"""

from __future__ import annotations

import functools
import importlib
import itertools
import re
from collections.abc import Callable, Collection, Container, Iterable, Mapping, Sequence, Set as AbstractSet
from typing import Any, NamedTuple

from marsad.arabic.clitics import ARTICLE as _ARTICLE, candidates
from marsad.arabic.normalise import fold, normalise
from marsad.lexicons import load_yaml
from marsad.model import Token

_ARTICLE_FORM_MIN = 5  # «الات»، «الان» are too short to trust as an article + name
_CACHE_LIMIT = 200_000
#: Tanween (fathatan, dammatan, kasratan): a word written with it is an indefinite noun or an
#: adverb («دوماً» "always"), never a name.
_TANWEEN = re.compile("[\u064b\u064c\u064d]")


Option = tuple[str, int, int]  # (form, skipped letters, table bits)
Analysis = tuple[tuple[Option, ...], int, "frozenset[str] | None"]


#: ``Scanner.hint``: the words that may follow a norm for a key to start on it (None: any),
#: and the bits of the tables it may start.
Hint = tuple["frozenset[str] | None", int]

#: The analysis of a word that can start no key (shared, so scans test identity).
NOTHING: Analysis = ((), 0, None)


class Hit(NamedTuple):
    """A key found at tokens ``[first, stop)``; ``skip`` folded letters of the first token
    are a clitic outside the name. (A named tuple: made for every mention, and about twice
    as quick to build as a frozen dataclass.)"""

    first: int
    stop: int
    key: str
    skip: int


@functools.cache
def _proclitic_chains() -> dict[str, tuple[tuple[str, str], ...]]:
    """``(chain, restored letters)`` by first letter, for the text layer's proclitic chains
    that keep a name's own article («و», «وب», «لل» → «ال»; ``marsad/lexicons/clitics.yaml``)."""
    chains: dict[str, list[tuple[str, str]]] = {}
    for affix in load_yaml("clitics.yaml")["prefixes"]:
        restore = str(affix.get("restore", ""))
        if affix.get("verb"):  # the future س: never before a name
            continue
        if not affix.get("article") or restore:
            form = fold(str(affix["form"]))
            chains.setdefault(form[:1], []).append((form, fold(restore)))
    return {letter: tuple(found) for letter, found in chains.items()}


@functools.cache
def clitic_letters() -> frozenset[str]:
    """The first letters of the proclitics other than the bare article (و ف ب ل ك س): a word
    starting with any other letter has no clitic option besides itself."""
    forms = (fold(str(affix["form"])) for affix in load_yaml("clitics.yaml")["prefixes"])
    return frozenset(form[:1] for form in forms if form != _ARTICLE)


@functools.cache
def _verb_chains() -> frozenset[str]:
    """The proclitic chains that only stand before a verb (the future «س», «وس», «فس»)."""
    return frozenset(fold(str(affix["form"])) for affix in load_yaml("clitics.yaml")["prefixes"]
                     if affix.get("verb"))


def clitic_options(word: str) -> tuple[tuple[str, int], ...]:
    """``(form, skipped letters)`` for ``word`` as written: the whole word, then its forms
    without proclitics (with «لل» read as ل + ال; the skip then covers the preposition only).
    Forms that drop the article («العراق» → «عراق») or a suffix are left out: KB names carry
    their own article; so are forms behind a verb's proclitic (the future «س»)."""
    folded = fold(word)
    out: list[tuple[str, int]] = [(folded, 0)]
    if folded[:1] not in clitic_letters():  # no proclitic but the article can start it
        return tuple(out)
    for form in candidates(word)[1:]:
        if folded.endswith(form):
            skip = len(folded) - len(form)
            if not folded[:skip].endswith(_ARTICLE) and folded[:skip] not in _verb_chains():
                out.append((form, skip))
        elif form.startswith(_ARTICLE) and folded.endswith(form[1:]):
            # «للعراق» = ل + (ا)لعراق: the name keeps its article, whose alef is elided, so
            # the mention starts at the article's lam («لعراق»), right after the preposition
            out.append((form, len(folded) - len(form) + 1))
    return tuple(out)


class Scanner:
    """Token scanning against several key tables. ``starts`` maps each table's bit to the
    words that can start one of its keys; a token's options carry the bits of the tables
    they can start, so a pattern whose table cannot start here costs nothing."""

    def __init__(self, starts: Mapping[int, AbstractSet[str]], keys: Iterable[str],
                 suffixed: tuple[int, Collection[str]] = (0, ()),
                 whole_words: tuple[int, Container[str]] = (0, frozenset())) -> None:
        """``keys``: every key a plain scan may find (for the follower filter);
        ``suffixed``: a table bit and its one-word keys that may also carry a pronoun suffix
        («ريفها» "its countryside"); ``whole_words``: table bits and the common words whose
        proclitic split may not start those tables («بلاد» is not «ب» + the town «لاد»; a
        split «بشمال» still starts a direction)."""
        self._name_bits, self._whole_words = whole_words
        self._starts = starts
        self._suffixed = suffixed
        self._any_start: frozenset[str] = frozenset().union(*starts.values())
        #: start word -> the bits of the tables it can start
        self._bits: dict[str, int] = dict.fromkeys(self._any_start, 0)
        for bit, starters in starts.items():
            for word in starters:
                self._bits[word] |= bit
        #: proclitic chain -> the letters it restores («لل» -> «ال»), for ``_may_start``
        self._chains = {chain: restore for group in _proclitic_chains().values()
                        for chain, restore in group}
        self._chain_sizes = tuple(sorted(set(map(len, self._chains))))
        self._chain_firsts = frozenset(chain[:1] for chain in self._chains)
        words = sorted(suffixed[1], key=len, reverse=True)
        self._suffixed_word = re.compile("|".join(map(re.escape, words))) if words else None
        self.cache: dict[str, Analysis] = {}
        #: every norm that may start a key: each start word, also behind each proclitic
        #: chain (``_may_start``), and every spelling of an admin head with a pronoun suffix
        self._suffixed_forms = _suffixed_forms(suffixed[1])
        self._startable = _startable(self._any_start, self._chains, self._suffixed_forms)
        #: the compiled filter's first test: a bit table of the start forms' hashes
        self._sieve = _fast_sieve(self._startable) if _fast_sieve is not None else b""
        #: norm -> ``hint``: the words that may follow it for a key to start there
        self.hints: dict[str, Hint] = {}
        whole: set[str] = set()
        followers: dict[str, set[str]] = {}
        for key in keys:
            if " " not in key:
                whole.add(key)
                continue
            words = key.split(" ", 2)
            followers.setdefault(words[0], set()).add(words[1])
        #: one-word keys; and for each first word of a longer key, the words that may follow
        self._whole = frozenset(whole)
        self._followers = {w: frozenset(f) for w, f in followers.items()}
        #: what the compiled ``hint`` reads (``marsad/kb/_fastscan.c``), in its order
        self._hint_context = (self._any_start, self._bits, self._suffixed_forms, suffixed[0],
                              self._whole, self._followers, _ARTICLE[:1], _ARTICLE[1:],
                              _CACHE_LIMIT)

    def analyse(self, token: Token) -> Analysis:
        """``(options, table bits, followers)`` of ``token``, cached by its text.

        ``options`` are ``(form, skip, bits)`` for the clitic options that can start some
        key (usually none); ``followers`` is None when some option is a key by itself, else
        the words that must come next for any key to start here («علي» of «علي اباد»)."""
        found = self.cache.get(token.text)
        if found is not None:
            return found
        if len(self.cache) > _CACHE_LIMIT:
            self.cache.clear()
        if _TANWEEN.search(token.text) or not self._may_start(token.norm, bool(token.suffix)):
            self.cache[token.text] = NOTHING
            return NOTHING
        out: list[Option] = []
        bits_all = 0
        whole_word = token.norm in self._whole_words
        for form, skip in clitic_options(token.text):
            bits = self._bits.get(form, 0)
            if skip and whole_word and not _keeps_article(form):
                bits &= ~self._name_bits
            if bits:
                out.append((form, skip, bits))
                bits_all |= bits
        bit, words = self._suffixed
        folded = token.norm
        if bit and self._suffixed_word is not None and self._suffixed_word.search(folded):
            for form in candidates(token.text):
                if form in words and not folded.endswith(form):
                    out.append((form, max(folded.find(form), 0), bit))
                    bits_all |= bit
                    break
        follow: frozenset[str] | None = frozenset()
        for form, _, bits in out:
            if bits == bit:
                follow = None
                break
            if form in self._whole:
                follow = None
                break
            follow = follow | self._followers.get(form, frozenset())  # type: ignore[operator]
        found = (tuple(out), bits_all, follow) if out else NOTHING
        self.cache[token.text] = found
        return found

    @property
    def startable(self) -> frozenset[str]:
        """Every norm that may start a key (``may_start``)."""
        return self._startable

    def may_start(self, norm: str) -> bool:
        """Whether some spelling of the word ``norm`` may start a key (a superset of
        ``analyse``'s test, which also reads the token's own letters)."""
        return norm in self._startable

    def starts(self, tokens: Sequence[Token], held: int, quoted: int = 0,
               quotes: frozenset[str] = frozenset()) -> list[int]:
        """The tokens a scan must look at, in order: those whose norm may start a key
        (``may_start``) and whose ``hint`` lets the next token's norm follow; a token the
        hint rules out but that may start a table of ``held`` comes as ``~index``; a token
        that may start only the table ``quoted`` is kept only right after one of ``quotes``.
        One compiled pass where ``marsad.kb._fastscan`` was built, else ``starts_py``."""
        listed = tokens if type(tokens) is list else list(tokens)
        if _fast_starts is not None:
            return _fast_starts(listed, self._startable, self._sieve, self.hints,
                                self._hint_context, held, quoted, quotes)
        return starts_py(listed, self._startable, self.hints, self.hint, held, quoted, quotes)

    def hint(self, norm: str) -> Hint:
        """What any spelling of ``norm`` may start, judged once per norm from the word alone
        (its clitic options are always the word less some leading letters, or the article's
        alef + such a rest: «للعراق» → «العراق»): ``(followers, bits)``. ``followers`` is a
        superset of ``analyse``'s followers, None when a key may start without one; ``bits``
        a superset of its table bits. A word whose next word fits no key it may start is
        then passed over without the clitic analysis. Asked only about norms that
        ``may_start``: the compiled ``starts`` takes a norm with a hint for a start form."""
        found = self.hints.get(norm)
        if found is not None:
            return found
        if len(self.hints) > _CACHE_LIMIT:
            self.hints.clear()
        alef, lam = _ARTICLE[:1], _ARTICLE[1:]
        rests = [norm[k:] for k in range(len(norm))]
        rests += [alef + rest for rest in rests if rest.startswith(lam)]
        follow: frozenset[str] | None = frozenset()
        bits = 0
        if norm in self._suffixed_forms:
            follow, bits = None, self._suffixed[0]
        for form in self._any_start.intersection(rests):
            bits |= self._bits[form]
            if follow is None:
                continue
            if form in self._whole:
                follow = None
            elif more := self._followers.get(form):
                follow = more if not follow else follow | more
        found = self.hints[norm] = (follow, bits)
        return found

    def _may_start(self, folded: str, suffixed: bool) -> bool:
        """A cheap test before the clitic analysis: can the word, or the word less a
        proclitic chain of the text layer («وبغداد» → «بغداد», «للعراق» → «العراق»), start
        some key, or, when the text layer split a pronoun suffix off it, does it hold an admin
        head («وريفها» → «ريف»)?"""
        starts = self._any_start
        if folded in starts:
            return True
        if folded[:1] in self._chain_firsts:  # a word no chain starts skips the loop
            chains = self._chains
            for size in self._chain_sizes:
                restore = chains.get(folded[:size])
                if restore is not None and restore + folded[size:] in starts:
                    return True
        return (suffixed and self._suffixed_word is not None
                and self._suffixed_word.search(folded) is not None)

    def options(self, token: Token) -> tuple[Option, ...]:
        return (self.cache.get(token.text) or self.analyse(token))[0]

    def longest(self, tokens: Sequence[Token], first: int, keys: Container[str],
                prefixes: Container[str], bit: int, *, clitics: bool = True,
                accept: Callable[[str], bool] | None = None) -> Hit | None:
        """The longest key of ``keys`` (the table ``bit``) starting at token ``first``
        (ties: fewer clitics); compiled where ``marsad.kb._fastmatch`` was built, else
        ``longest_py``."""
        options = self.options(tokens[first])
        if _fast_longest is None or type(tokens) is not list:
            return self.longest_py(tokens, first, options, keys, prefixes, bit, clitics, accept)
        found = _fast_longest(tokens, first, options, keys, prefixes, bit, clitics, accept)
        return None if found is None else Hit(first, *found)

    @staticmethod
    def longest_py(tokens: Sequence[Token], first: int, options: tuple[Option, ...],
                   keys: Container[str], prefixes: Container[str], bit: int, clitics: bool,
                   accept: Callable[[str], bool] | None) -> Hit | None:
        """``longest`` in Python: the reference for ``_fastmatch.longest``."""
        best: Hit | None = None
        for form, skip, bits in options:
            if not bits & bit or (skip and not clitics):
                continue
            if form not in prefixes:  # the common case: a one-word key or nothing
                if form in keys and (accept is None or accept(form)) and best is None:
                    best = Hit(first, first + 1, form, skip)
                continue
            key, stop, sentence = form, first + 1, tokens[first].sentence
            while True:
                if key in keys and (accept is None or accept(key)):
                    if best is None or stop > best.stop:
                        best = Hit(first, stop, key, skip)
                if key not in prefixes or stop >= len(tokens) or tokens[stop].sentence != sentence:
                    break
                key = f"{key} {tokens[stop].norm}"
                stop += 1
        return best

    def plain(self, tokens: Sequence[Token], first: int, keys: dict[str, str]) -> Hit | None:
        """A one-word key of a small per-article table, on the word or its clitic options."""
        token = tokens[first]
        if token.norm in keys:
            return Hit(first, first + 1, token.norm, 0)
        for form, skip, _ in self.options(token):
            if form in keys:
                return Hit(first, first + 1, form, skip)
        return None


def _startable(starts: AbstractSet[str], chains: Mapping[str, str], more: Iterable[str]
               ) -> frozenset[str]:
    """Every start word and every proclitic chain + a start word («و» + «بغداد»; «لل» +
    «عراق» for «العراق»), and ``more``: about 285,000 forms for 18,500 start words."""
    rests = {restore: [word[len(restore):] for word in starts if word.startswith(restore)]
             for restore in set(chains.values())}
    # built in one go from an iterable, its table stays half the size of a copied set's
    # (8 MB, not 16), which keeps more of it in the CPU caches between the other stages
    return frozenset(itertools.chain(starts, more, *(map(chain.__add__, rests[restore])
                                                     for chain, restore in chains.items())))


def _suffixed_forms(words: Collection[str]) -> frozenset[str]:
    """Every norm whose clitic analysis can offer one of ``words`` as a stem less a pronoun
    suffix («وريفها» → «ريف», «محافظتها» → «محافظه»): any proclitic + the word (or its
    ta marbuta written «ت») + any suffix of ``clitics.yaml``."""
    rules = load_yaml("clitics.yaml")
    prefixes = ("", *(fold(str(affix["form"])) for affix in rules["prefixes"]))
    suffixes = [fold(str(affix["form"])) for affix in rules["suffixes"]]
    written, folded = (fold(str(rules["ta_marbuta"][k])) for k in ("written", "folded"))
    stems = {*words, *(w[:-len(folded)] + written for w in words if w.endswith(folded))}
    return frozenset(p + stem + s for p in prefixes for stem in stems for s in suffixes)


def option_ends(word: str) -> tuple[str, ...]:
    """The endings of every word that has ``word`` among its clitic options (the options are
    the word less some leading letters, or the article's alef + such a rest: «للعراق» →
    «العراق»): ``norm.endswith(option_ends(word))`` tests a norm in one call."""
    if word.startswith(_ARTICLE):
        return (word, word[len(_ARTICLE[:1]):])
    return (word,)


def starts_py(tokens: list[Token], startable: AbstractSet[str], hints: dict[str, Hint],
              hint: Callable[[str], Hint], held: int, quoted: int = 0,
              quotes: AbstractSet[str] = frozenset()) -> list[int]:
    """``Scanner.starts`` in Python: the reference for ``marsad/kb/_fastscan.c``."""
    out: list[int] = []
    last = len(tokens) - 1
    norms = [token.norm for token in tokens]
    for i in itertools.compress(itertools.count(), map(startable.__contains__, norms)):
        follow, bits = hints.get(norms[i]) or hint(norms[i])
        if bits and not bits & ~quoted and (i == 0 or tokens[i - 1].text not in quotes):
            continue  # only a quoted title may start here, and no quotation mark opens it
        if follow is None or (i < last and norms[i + 1] in follow):
            out.append(i)
        elif bits & held:
            out.append(~i)
    return out


def _compiled(module: str, name: str) -> Callable[..., Any] | None:
    """The function ``name`` of the extension ``marsad.kb.<module>`` where it was built at
    install, else None (no C compiler there: the ``_py`` twins give the same answers,
    slower)."""
    try:
        found = importlib.import_module(f"marsad.kb.{module}")
    except ImportError:
        return None
    return getattr(found, name)  # type: ignore[no-any-return]


_fast_starts = _compiled("_fastscan", "starts")
_fast_sieve = _compiled("_fastscan", "sieve")
_fast_longest = _compiled("_fastmatch", "longest")


def _keeps_article(form: str) -> bool:
    """A split that leaves the name's own article («للجيش» → «الجيش») reads like the word
    with the article written alone, common word or not: only a split down to a bare word
    («بلاد» → «ب» + «لاد») is barred for common words."""
    return form.startswith(_ARTICLE) and len(form) >= _ARTICLE_FORM_MIN


def char_start(token: Token, skip: int) -> int:
    """The offset in the text of the letter after ``skip`` folded letters of ``token``."""
    if not skip:
        return token.start
    return token.start + _offset(token.text, skip)


@functools.lru_cache(maxsize=1 << 14)
def _offset(text: str, skip: int) -> int:
    """The offset in ``text`` of its folded letter ``skip``."""
    _, offsets = normalise(text)
    return offsets.to_original(skip)
