"""The compiled feature loops (``marsad/ner/_fastfeat.c``) against their Python twins:
``KnownAttributes.parts`` against ``parts_py`` (the same attributes, the very same bytes
objects, in the same order, for known sets that keep all, half or none of a word's features,
for stems of every length), and ``Features.packed_parts`` against its Python loop (the same
packed records and bigram and gazetteer attributes, for words seen before or not)."""

from __future__ import annotations

import shutil
from array import array

import pytest

from marsad.arabic.normalise import fold
from marsad.ner import attributes as at
from marsad.ner import features as ft
from marsad.ner import gazetteer, tagger
from marsad.ner.attributes import KnownAttributes
from marsad.ner.features import Features, _facts, context_features, own_features

try:
    from marsad.ner import _fastfeat as fastfeat
except ImportError:
    fastfeat = None  # type: ignore[assignment]

_COMPILER = bool(shutil.which("cc") or shutil.which("gcc"))
pytestmark = pytest.mark.skipif(fastfeat is None and not _COMPILER,
                                reason="no C compiler here, so no marsad/ner/_fastfeat.c")


def test_the_compiled_loops_are_built_where_a_compiler_is() -> None:
    assert fastfeat is not None, "reinstall marsad (pip install .) to build marsad/ner/_fastfeat.c"

# words of my own: clitics and the article, titles (triggers), short and long stems, numbers,
# punctuation, Latin, a word whose stem is the word itself
WORDS = ("والوزير", "وزير", "الرئيس", "بغداد", "كتابهم", "فلسطين", "2024", "،", "و", "في",
         "من", "ولي", "للامم", "بالعاصمة", "Reuters", "ابو", "محمد")
#: hand-made facts: an empty stem, a one-letter stem, a trigger and affixes on a short stem
ODD_FACTS = (("x", ("", "", "", "", "pun")), ("ب", ("ب", "", "", "", "ar")),
             ("وبه", ("ب", "و", "ه", "title:PER", "ar")))


def _every_attribute() -> list[str]:
    out: set[str] = set()
    for word, facts in [(w, _facts(w)) for w in WORDS] + list(ODD_FACTS):
        out.update(own_features(word, facts))
        for offset in (-2, -1, 1, 2):
            out.update(context_features(word, offset, facts))
    return sorted(out)


@pytest.mark.parametrize("keep", ["all", "even", "odd", "none"])
def test_compiled_parts_are_those_of_the_python_twin(keep: str) -> None:
    every = _every_attribute()
    chosen = {"all": every, "even": every[::2], "odd": every[1::2], "none": []}[keep]
    attributes = KnownAttributes(frozenset(chosen))
    assert attributes._compiled
    for word, facts in [(w, _facts(w)) for w in WORDS] + list(ODD_FACTS):
        compiled, python = attributes.parts(word, facts), attributes.parts_py(word, facts)
        assert compiled == python, word
        assert all(type(part) is tuple for part in compiled)
        for c_part, p_part in zip(compiled, python):  # the tables' own bytes objects
            assert all(c is p for c, p in zip(c_part, p_part))


@pytest.mark.parametrize("keep", ["all", "even", "none"])
def test_compiled_packed_records_are_the_packed_parts(keep: str) -> None:
    """``packed`` (one compiled call from lookups to the tagger's int32 record) gives what
    packing the parts gives, and its Python twin the same, for index values of any size and
    known attributes the index lacks."""
    every = _every_attribute()
    chosen = {"all": every, "even": every[::2], "none": []}[keep]
    attributes = KnownAttributes(frozenset(chosen))
    # an index of its own: every third known attribute missing, values up to int32's top
    index = {a.encode(): (n * 7919 * 64 + n % 64) % 2**31 for n, a in enumerate(chosen)
             if n % 3}
    for word, facts in [(w, _facts(w)) for w in WORDS] + list(ODD_FACTS):
        refs: list[int] = []
        ends: list[int] = []
        for part in attributes.parts(word, facts):
            refs += [index[a] for a in part if a in index]
            ends.append(len(refs))
        expected = array("i", ends + refs).tobytes()
        assert attributes.packed(word, facts, index) == expected, word
        assert attributes.packed_py(word, facts, index) == expected, word
    with pytest.raises(ValueError):  # a place beyond int32
        KnownAttributes(frozenset({"w=وزير"})).packed("وزير", _facts("وزير"),
                                                       {"w=وزير".encode(): 2**31})


def test_the_python_twin_runs_where_the_extension_is_missing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(at, "_fastfeat", None)
    attributes = KnownAttributes(frozenset({"w=وزير", "t=title:PER", "-1:w=وزير"}))
    assert not attributes._compiled
    facts = _facts("وزير")
    assert attributes.parts("وزير", facts) == attributes.parts_py("وزير", facts)


def test_bad_arguments_raise() -> None:
    tables = KnownAttributes(frozenset({"w=وزير"}))._tables
    with pytest.raises(ValueError):
        fastfeat.parts("وزير", ("وزير", "", ""), tables)
    with pytest.raises(ValueError):
        fastfeat.parts("وزير", _facts("وزير"), tables[:-1])
    with pytest.raises(TypeError):
        fastfeat.parts("وزير", _facts("وزير"), (*tables[:-1], {}))
    with pytest.raises(TypeError):
        fastfeat.parts("وزير", ("وزير", "", "", "", 3), tables)


SENTENCES = [
    "قال وزير الخارجية السعودي عادل الجبير في الرياض إن المملكة تدعم الحل السياسي",
    "وصل الرئيس المصري الى باريس امس في زيارة رسمية تستمر يومين",
    "اعلنت الامم المتحدة ان منظمة الصحة العالمية سترسل فريقا الى اليمن",
    "و",
    "",
]
#: gazetteer tags of my own for the first sentence (a name of two words, a place)
TAGS = ["", "", "", "", "B-PER", "I-PER", "", "B-GPE", "", "", "", "", ""]


def _both(features: Features, words: list[str], tags: list[str] | None,
          monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    compiled = features.packed_parts(words, tags)
    with monkeypatch.context() as m:
        m.setattr(ft, "_fastfeat", None)
        python = features.packed_parts(words, tags)
    return compiled, python


@pytest.mark.skipif(not tagger.available() or tagger._compiled() is None,
                    reason="no NER model or no compiled tagger")
@pytest.mark.parametrize("sentence", SENTENCES)
def test_packed_parts_compiled_equal_the_python_loop(sentence: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tagger._features()
    features = Features(shipped.known)  # fresh caches: every word is new to it
    features.pack = shipped.pack
    words = [fold(w) for w in sentence.split()]
    tags = TAGS if len(TAGS) == len(words) else None
    first, python_first = _both(features, words, tags, monkeypatch)  # new words
    again, python_again = _both(features, words, tags, monkeypatch)  # cached words
    assert first == python_first == again == python_again
    straight = Features(shipped.known)  # new words packed straight from their lookups
    straight.pack, straight.index = shipped.pack, shipped.index
    assert straight.index is not None
    assert straight.packed_parts(words, tags) == first
    packs, extras = first  # type: ignore[misc]
    assert len(packs) == len(words) + 4 and len(extras) == len(words)


@pytest.mark.skipif(not tagger.available() or tagger._compiled() is None,
                    reason="no NER model or no compiled tagger")
def test_packed_words_keep_no_record_and_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The packed path keeps only the packed form of a word (not its record too), and its
    cache is cleared at ``_CACHE_LIMIT`` words, with the same packs as an unbounded one."""
    shipped = tagger._features()
    words = [fold(w) for w in SENTENCES[0].split()]
    roomy = Features(shipped.known)
    roomy.pack = shipped.pack
    expected = roomy.packed_parts(words)
    assert not roomy._records and len(roomy._packed) == len(set(words)) + 2  # and <s> </s>
    monkeypatch.setattr(ft, "_CACHE_LIMIT", 5)
    tight = Features(shipped.known)
    tight.pack = shipped.pack
    for _ in range(2):
        assert tight.packed_parts(words) == expected
        assert len(tight._packed) <= 5 and not tight._records


def test_sentence_bigrams_follow_the_known_pairs() -> None:
    packed = {"<s>": b"s", "</s>": b"e", "a": b"A", "b": b"B", "c": b"C"}
    # pairs[word k-1][word k]: (token k's attribute, token k-1's attribute)
    pairs = {"a": {"b": (b"L=a|b", b"R=a|b")}, "b": {"c": (b"L=b|c", b"R=b|c")},
             "<s>": {"a": (None, b"R=<s>|a")}}
    packs, extras = fastfeat.sentence(["a", "b", "c"], packed, packed.__getitem__, pairs,
                                      ("<s>", "</s>"))
    assert packs == [b"s", b"s", b"A", b"B", b"C", b"e", b"e"]
    assert extras == [(b"R=a|b",), (b"L=a|b", b"R=b|c"), (b"L=b|c",)]
    left_only = {"<s>": {"a": (b"L", b"R")}, "c": {"</s>": (b"L2", b"R2")}}
    _packs, extras = fastfeat.sentence(["a", "b", "c"], packed, packed.__getitem__, left_only,
                                       ("<s>", "</s>"))
    assert extras == [(b"L",), (), (b"R2",)]  # <s> gets no pair, nor does </s>
    with pytest.raises(TypeError):
        fastfeat.sentence(["a", "b"], packed, packed.__getitem__, {"a": {"b": b"x"}},
                          ("<s>", "</s>"))


def test_the_pair_map_finds_every_pair_the_python_loop_finds() -> None:
    """Each known pair is filed under every cut at a «|» whose left side opens some pair,
    so a word that is itself «|» is looked up as the joined strings are."""
    left = frozenset({"a|b", "|||x", "a|b|c"})
    right = frozenset({"a|b", "b|c", "<s>|a"})
    heads = frozenset(pair.split("|", 1)[0] for pair in left | right)
    pairs = ft._pair_map(heads, left, right)
    assert pairs is not None
    words = ["a", "b", "|", "|x", "a", "b|c", "", "||x"]
    for before in ["<s>", *words]:
        for word in [*words, "</s>"]:
            joined = before + "|" + word
            expected = (("bi=" + joined).encode() if joined in left else None,
                        ("bi+1=" + joined).encode() if joined in right else None)
            if before not in heads:
                expected = (None, None)
            found = pairs.get(before, {}).get(word, (None, None))
            assert found == expected, (before, word)


def test_sentence_asks_for_the_words_it_lacks_in_order() -> None:
    asked: list[str] = []

    def missing(word: str) -> bytes:
        asked.append(word)
        return word.encode()

    packs, extras = fastfeat.sentence(["x", "y", "x"], {"<s>": b"s", "y": b"Y"}, missing, {},
                                      ("<s>", "</s>"))
    assert packs == [b"s", b"s", b"x", b"Y", b"x", b"</s>", b"</s>"]
    assert asked == ["x", "x", "</s>", "</s>"]  # the callback keeps no cache of its own here
    assert extras == [(), (), ()]


@pytest.mark.parametrize("sentence", SENTENCES + ["زار وزير خارجية الولايات المتحدة الامريكية "
                                                  "جون كيري مدينة جدة والرياض وبغداد"])
def test_gazetteer_compiled_equals_the_python_loop(sentence: str) -> None:
    words = [fold(w) for w in sentence.split()]
    gazetteer.clear_caches()
    first = gazetteer.sentence_gazetteer(words)  # every word new
    gazetteer.clear_caches()
    assert first == gazetteer.sentence_gazetteer_py(words)
    assert gazetteer.sentence_gazetteer(words) == first  # cached words


def test_gazetteer_takes_the_longest_name_from_the_left() -> None:
    types = {"a": "GPE", "a b c": "ORG", "b": "PER", "d": "LOC", "e x": "GPE"}
    prefixes = frozenset({"a", "a b", "e"})
    openers = {"a": ("a",), "b": ("b",), "c": (), "d": ("d",)}
    asked: list[str] = []

    def opening_keys(word: str, types_: dict[str, str], prefixes_: frozenset[str]
                     ) -> tuple[str, ...]:
        asked.append(word)
        return ("e",) if word == "we" else ()

    words = ["a", "b", "c", "d", "we", "x", "a", "b"]
    tags = fastfeat.gazetteer(words, openers, opening_keys, types, prefixes, 6)
    assert tags == ["B-ORG", "I-ORG", "I-ORG", "B-LOC", "B-GPE", "I-GPE", "B-GPE", "B-PER"]
    assert asked == ["we", "x"]  # only the words the openers lack, in order
    # a name may not reach past max_words words
    assert fastfeat.gazetteer(["a", "b", "c"], openers, opening_keys, types, prefixes, 2) == [
        "B-GPE", "B-PER", ""]
