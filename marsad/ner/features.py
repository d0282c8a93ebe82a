"""Features of the NER tagger: cached per distinct word, assembled per token cheaply.

A token's features are its own word features, a smaller set for its neighbours at ±1 and
±2 (prefixed with the offset), the bigrams with its left and right neighbours, and the
gazetteer tags the KB gives the token and its neighbours (``g=B-GPE`` on a name's first
token, ``g=I-GPE`` inside; ``marsad.ner.gazetteer``). A word listed as a personal name
(``ner_person_names.txt``) has the shape ``name``; trigger words (``ner_triggers.tsv``) add
``t=title:PER`` or ``t=head:ORG``. Everything about one word is computed once per distinct
word and kept in a module-level cache, so a sentence costs a few tuple joins per token —
the CRF's own lookup of each feature string is the other half of the cost, so the set is
kept lean (a stem equal to its word is not repeated). Where the optional extension
``marsad/ner/_fastfeat.c`` was built, ``packed_parts`` finds a sentence's packed records and
bigrams in one compiled call, which packs a word new to the cache there too (the same values
in the same order; the Python loops remain for the other paths and where it was not built).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from itertools import compress

from marsad.lexicons import load_words
from marsad.ner.attributes import KnownAttributes
from marsad.ner.clitics import split, split_tables
from marsad.ner.triggers import triggers

try:
    from marsad.ner import _fastfeat
except ImportError:  # no C compiler at install: the Python loops do the work
    _fastfeat = None  # type: ignore[assignment]

_BOS = "<s>"
_EOS = "</s>"
_CACHE_LIMIT = 500_000


@functools.cache
def _person_names() -> frozenset[str]:
    return load_words("ner_person_names.txt")


def _shape(word: str, stem: str) -> str:
    if word.isalpha():
        if word.isascii():
            return "lat"
        return "name" if stem in _person_names() else "ar"
    if word.isdigit():
        return "num"
    if not any(ch.isalnum() for ch in word):
        return "pun"
    if any(ch.isdigit() for ch in word):
        return "mix"
    return "name" if stem in _person_names() else "ar"


def _facts(word: str) -> tuple[str, str, str, str, str]:
    """(stem, prefix, suffix, trigger, shape) of a folded word."""
    prefix, stem, suffix = split(word)
    kind_type = triggers().get(stem) or triggers().get(word)
    trigger = f"{kind_type[0]}:{kind_type[1]}" if kind_type else ""
    return stem, prefix, suffix, trigger, _shape(word, stem)


def own_features(word: str, facts: tuple[str, str, str, str, str] | None = None,
                 lexical: bool = True) -> tuple[str, ...]:
    """The features of ``word`` at the tagged position (without ``lexical``, not the word
    and stem themselves: for a word a model has no weight for)."""
    stem, prefix, suffix, trigger, shape = facts or _facts(word)
    out = ["sh=" + shape, "p2=" + stem[:2], "p3=" + stem[:3], "x1=" + stem[-1:],
           "x2=" + stem[-2:], "x3=" + stem[-3:], "len=" + str(min(len(stem), 8))]
    if lexical:
        out[0:0] = ["w=" + word]
        out[7:7] = ["s=" + stem]
    if prefix:
        out.append("pre=" + prefix)
    if suffix:
        out.append("suf=" + suffix)
    if trigger:
        out.append("t=" + trigger)
    return tuple(out)


def context_features(word: str, offset: int,
                     facts: tuple[str, str, str, str, str] | None = None,
                     lexical: bool = True) -> tuple[str, ...]:
    """The features ``word`` lends the token ``offset`` places away (±1, ±2)."""
    tag = f"{offset}:"
    if word in (_BOS, _EOS):
        return (tag + word,)
    stem, _prefix, _suffix, trigger, shape = facts or _facts(word)
    out = [tag + "w=" + word] if lexical else []
    if abs(offset) == 1:
        out += [tag + "sh=" + shape, tag + "x2=" + stem[-2:]]
        if lexical and stem != word:
            out.append(tag + "s=" + stem)
    if trigger:
        out.append(tag + "t=" + trigger)
    return tuple(out)


#: A feature as crfsuite takes it: text, or UTF-8 bytes once filtered by a model's attributes.
Attr = str | bytes
#: word → (own, as -2, as -1, as +1, as +2, the word + "|" for bigrams or ``None`` when no
#: known bigram opens with the word)
_Record = tuple[tuple[Attr, ...], tuple[Attr, ...], tuple[Attr, ...], tuple[Attr, ...],
                tuple[Attr, ...], str | None]
_LEFT = "bi="
_RIGHT = "bi+1="
_MARKS = (_BOS, _EOS)  # as the compiled ``_fastfeat.sentence`` takes them
#: word k-1 → word k → the (left, right) bigram attributes of the pair, ``None`` where the
#: model lacks one
_PairMap = dict[str, dict[str, tuple[bytes | None, bytes | None]]]


class Features:
    """Builds the features of a sentence, one cached record (for a compiled tagger, only its
    packed form) per distinct word.

    With ``known`` (the attributes a trained model has weights for) only those are passed
    on: the CRF would ignore the others, but only after converting and looking up each
    string, which is most of its cost. Then a new word's record is built by dict lookups
    (``marsad.ner.attributes``), and a bigram is checked as the bare pair ``prev|word``
    against the known pairs only when some known pair opens with ``prev``.
    """

    def __init__(self, known: frozenset[str] | None = None) -> None:
        self.known = known
        self._records: dict[str, _Record] = {}
        #: packs a record's five parts for a compiled tagger (``marsad.ner.crf``), if any
        self.pack: Callable[[Sequence[tuple[Attr, ...]]], bytes] | None = None
        #: the compiled tagger's attribute index, if any (``CompiledCRF.index``): a new word
        #: is then packed straight from its lookups (``KnownAttributes.packed``)
        self.index: dict[bytes, int] | None = None
        self._packed: dict[str, bytes] = {}
        #: word -> (packed record, gazetteer keys, known pairs it opens), for
        #: ``_fastfeat.spans`` (``sentence_args``); made for the gazetteer ``_cards_of``
        self._cards: dict[str, tuple[bytes, tuple[str, ...], object]] = {}
        self._cards_of: object = None
        self._made: tuple[dict[bytes, int], tuple[object, ...]] | None = None  # ``_maker``
        self._gazetteer: dict[str, tuple[tuple, tuple, tuple]] = {}
        self._left = _pairs(known, _LEFT)
        self._right = _pairs(known, _RIGHT)
        self._lexicon = _lexicon(known)
        self._attributes = None if known is None else KnownAttributes(known)
        self._heads = (None if self._left is None or self._right is None else
                       frozenset(pair.split("|", 1)[0] for pair in self._left | self._right))
        self._pair_map = _pair_map(self._heads, self._left, self._right)

    def clear(self) -> None:
        self._records.clear()
        self._packed.clear()
        self._cards.clear()

    def _record(self, word: str) -> _Record:
        if len(self._records) >= _CACHE_LIMIT:
            self.clear()
        rec = self._records[word] = self._new_record(word)
        return rec

    def _new_record(self, word: str) -> _Record:
        """The record of ``word``, built (not kept: ``_record`` keeps it)."""
        facts = None if word in (_BOS, _EOS) else _facts(word)
        if facts is not None and self._attributes is not None:
            return (*self._attributes.parts(word, facts), self._pair_head(word))
        lexicon = self._lexicon
        lexical = lexicon is None or facts is None or word in lexicon or facts[0] in lexicon
        own = own_features(word, facts, lexical) if facts else ()
        parts: tuple[tuple[Attr, ...], ...] = (
            own, *(context_features(word, offset, facts, lexical) for offset in (-2, -1, 1, 2)))
        if self.known is not None:
            known = self.known
            parts = tuple(tuple([a.encode() for a in part if a in known]) for part in parts)
        own_f, far_left, left, right, far_right = parts
        return (own_f, far_left, left, right, far_right, self._pair_head(word))

    def _pair_head(self, word: str) -> str | None:
        """``word + "|"`` when the word opens some known bigram (or every bigram is kept),
        else ``None``: a bigram of a word no known pair opens is never looked up."""
        if self._heads is None or word in self._heads:
            return word + "|"
        return None

    def __call__(self, words: Sequence[str], gazetteer: Sequence[str] | None = None
                 ) -> list[tuple[Attr, ...]]:
        """Features for each word of one sentence (``words`` already folded).

        ``gazetteer`` holds, per word, ``""`` or a KB tag such as ``B-GPE`` / ``I-ORG``.
        """
        recs, extras = self.parts(words, gazetteer)
        return [c[0] + a[1] + b[2] + d[3] + e[4] + x
                for a, b, c, d, e, x in zip(recs, recs[1:], recs[2:], recs[3:], recs[4:], extras)]

    def parts(self, words: Sequence[str], gazetteer: Sequence[str] | None = None
              ) -> tuple[list[_Record], list[tuple[Attr, ...]]]:
        """The features of a sentence unassembled: the records of ``<s> <s> words </s>
        </s>`` and, per word, the attributes that follow its own and its neighbours'
        (bigrams, then gazetteer tags). Word ``k``'s features are ``recs[k + 2][0] +
        recs[k][1] + recs[k + 1][2] + recs[k + 3][3] + recs[k + 4][4] + extras[k]``."""
        get = self._records.get
        recs = [get(w) or self._record(w) for w in (_BOS, _BOS, *words, _EOS, _EOS)]
        return recs, self._extras(words, gazetteer)

    def _extras(self, words: Sequence[str], gazetteer: Sequence[str] | None
                ) -> list[tuple[Attr, ...]]:
        """Per word, the attributes after its own and its neighbours' (see ``parts``)."""
        n = len(words)
        extras: list[tuple[Attr, ...]] = [()] * n
        # pair k is "word k-1|word k" over <s> words </s>: token k's left pair, token k-1's right
        left, right, heads = self._left, self._right, self._heads
        if left is None or right is None or heads is None:
            pairs = [before + "|" + word for before, word in zip((_BOS, *words), (*words, _EOS))]
            extras = [(_LEFT + pair, _RIGHT + after) for pair, after in zip(pairs, pairs[1:])]
        else:
            for k, (before, word) in enumerate(zip((_BOS, *words), (*words, _EOS))):
                if before not in heads:  # no known pair opens with word k-1
                    continue
                pair = before + "|" + word
                if k < n and pair in left:
                    extras[k] += ((_LEFT + pair).encode(),)
                if k and pair in right:
                    extras[k - 1] += ((_RIGHT + pair).encode(),)
        if gazetteer is not None and any(gazetteer):
            self._add_gazetteer(extras, gazetteer)
        return extras

    def packed_parts(self, words: Sequence[str], gazetteer: Sequence[str] | None = None
                     ) -> tuple[list[bytes], list[tuple[Attr, ...]]]:
        """``parts`` with each record's five parts packed by ``pack`` (kept per word, as the
        records are)."""
        if self.pack is None:
            raise ValueError("no pack function for packed parts")
        if _fastfeat is not None and self._pair_map is not None:  # the known pairs
            made = self._made  # ``_maker``'s check spelt out: this runs once a sentence
            maker = made[1] if made is not None and made[0] is self.index \
                and made[1][1] == _CACHE_LIMIT else self._maker()
            if isinstance(gazetteer, list) and len(gazetteer) == len(words):
                # the tags' attributes added there too (``_add_gazetteer``'s steps)
                return _fastfeat.sentence(words, self._packed, self._packed_word, self._pair_map,
                                          _MARKS, maker, gazetteer, self._gazetteer,
                                          self._gazetteer_record)
            packs, extras = _fastfeat.sentence(words, self._packed, self._packed_word,
                                               self._pair_map, _MARKS, maker)
            if gazetteer is not None and any(gazetteer):
                self._add_gazetteer(extras, gazetteer)
            return packs, extras
        get = self._packed.get
        packs = [get(w) or self._packed_word(w) for w in (_BOS, _BOS, *words, _EOS, _EOS)]
        return packs, self._extras(words, gazetteer)

    def sentence_args(self, types: object) -> tuple[object, ...] | None:
        """What ``packed_parts`` passes the compiled ``_fastfeat.sentence`` (and its
        gazetteer records), as ``_fastfeat.spans`` takes them for a whole article, then the
        cards it keeps of the words met (their packed record, gazetteer keys and known pairs,
        found by one lookup; the gazetteer's ``types`` they were made with, ``None`` where
        there is none) and their limit: ``None`` where ``packed_parts`` would not call it (no
        extension, no pack function, no known pairs)."""
        if _fastfeat is None or self._pair_map is None or self.pack is None:
            return None
        made = self._made  # ``_maker``'s check spelt out, as in ``packed_parts``
        maker = made[1] if made is not None and made[0] is self.index \
            and made[1][1] == _CACHE_LIMIT else self._maker()
        if self._cards_of is not types:  # the cards hold a gazetteer's keys: its own
            self._cards.clear()
            self._cards_of = types
        return (self._packed, self._packed_word, self._pair_map, _MARKS, maker,
                self._gazetteer, self._gazetteer_record, self._cards, _CACHE_LIMIT)

    def _maker(self) -> tuple[object, ...] | None:
        """What the compiled ``sentence`` needs to pack a new word itself, as
        ``_packed_word`` packs it from its lookups (``KnownAttributes.packed``), with no
        call back into Python per new word (most of the cost of a word met once); ``None``
        where ``_packed_word`` does it another way (no compiled tagger's index)."""
        made = self._made
        if made is not None and made[0] is self.index and made[1][1] == _CACHE_LIMIT:
            return made[1]  # made once per index (and cache size)
        attributes, index, splitter = self._attributes, self.index, split_tables()
        if attributes is None or index is None or not attributes.compiled or splitter is None:
            return None
        maker = (self._records, _CACHE_LIMIT, attributes.places(index), splitter, triggers(),
                 _person_names())
        self._made = (index, maker)
        return maker

    def _packed_word(self, word: str) -> bytes:
        # The record itself is not kept: the compiled tagger reads only the packed form, and
        # keeping both held some 19 MB more over the shared corpus (51,000 words).
        if len(self._packed) >= _CACHE_LIMIT:
            self.clear()
        rec = self._records.get(word)
        if rec is None and self.index is not None and self._attributes is not None \
                and word not in (_BOS, _EOS):
            one = self._attributes.packed(word, _facts(word), self.index)
        else:
            rec = rec or self._new_record(word)
            assert self.pack is not None
            one = self.pack(rec[:5])
        self._packed[word] = one
        return one

    def _add_gazetteer(self, out: list[tuple], gazetteer: Sequence[str]) -> None:
        n = len(out)
        # the tagged words only (most tags are ""), found by a compiled scan
        for i in compress(range(len(gazetteer)), gazetteer):
            tag = gazetteer[i]
            here, before, after = self._gazetteer.get(tag) or self._gazetteer_record(tag)
            out[i] += here
            if i > 0:
                out[i - 1] += before
            if i + 1 < n:
                out[i + 1] += after

    def _gazetteer_record(self, tag: str) -> tuple[tuple, tuple, tuple]:
        """The attributes a gazetteer tag gives its word and the words before and after."""
        names = ("g=" + tag, "1:g=" + tag, "-1:g=" + tag)
        known = self.known
        rec = tuple(((name,) if known is None else (name.encode(),) if name in known else ())
                    for name in names)
        self._gazetteer[tag] = rec  # type: ignore[assignment]
        return rec  # type: ignore[return-value]


def _lexicon(known: frozenset[str] | None) -> frozenset[str] | None:
    """The words and stems the known attributes name (``w=…``, ``-1:s=…``…): a word outside
    it needs none of its word or stem features built."""
    if known is None:
        return None
    return frozenset(a.split("=", 1)[1] for a in known
                     if a.split("=", 1)[0].rsplit(":", 1)[-1] in ("w", "s"))


def _pair_map(heads: frozenset[str] | None, left: frozenset[str] | None,
              right: frozenset[str] | None) -> _PairMap | None:
    """The known pairs as the compiled ``_fastfeat.sentence`` looks them up: a pair
    ``before|word`` is filed under every ``before`` of ``heads`` it can be cut into at a
    ``|`` (as the Python loop, which joins ``before + "|" + word`` for a ``before`` of
    ``heads``, finds it), with its attributes as UTF-8 bytes: no string is joined or encoded
    per token."""
    if heads is None or left is None or right is None:
        return None
    out: _PairMap = {}
    for pair in sorted(left | right):
        cut = pair.find("|")
        while cut >= 0:
            before, word = pair[:cut], pair[cut + 1:]
            if before in heads:
                out.setdefault(before, {})[word] = (
                    (_LEFT + pair).encode() if pair in left else None,
                    (_RIGHT + pair).encode() if pair in right else None)
            cut = pair.find("|", cut + 1)
    return out


def _pairs(known: frozenset[str] | None, head: str) -> frozenset[str] | None:
    """The ``prev|word`` pairs of the known bigram attributes that start with ``head``."""
    if known is None:
        return None
    return frozenset(a[len(head):] for a in known if a.startswith(head))


#: The features as training sees them (every attribute).
sequence_features = Features()


def clear_caches() -> None:
    """Forget every cached word (for benchmarks of a cold start)."""
    sequence_features.clear()
    split.cache_clear()
