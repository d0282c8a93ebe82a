"""Round 22 review: mends that keep behaviour.

The compiled loops hold their own copy of the words while a callback runs Python code (a
callback that empties the caller's list changes nothing and crashes nothing), a kind missing
for a match raises the ``KeyError`` the Python loop raises, and a KB type whose truth runs
code is held while it is read. On the events side the re-told attacks' demonstrative split is
one helper, and the words the modules had in code are read from their yaml."""

from __future__ import annotations

import re
import shutil

import pytest

from marsad.arabic import tokenise
from marsad.eventcoding import prec_backdrops, prec_long, retold_attacks
from marsad.lexicons import load_yaml

try:
    from marsad.arabic import _fasttok as fasttok
    from marsad.ner import _fastfeat as fastfeat
except ImportError:
    fasttok = fastfeat = None  # type: ignore[assignment]

_COMPILER = bool(shutil.which("cc") or shutil.which("gcc"))
compiled = pytest.mark.skipif(fastfeat is None and not _COMPILER,
                              reason="no C compiler here, so no compiled loops")
_MARKS = ("<s>", "</s>")


def _fresh(text: str) -> str:
    """A string object of its own (not interned), freed when its last holder lets it go."""
    return "".join(list(text))


@compiled
def test_sentence_keeps_its_words_when_the_callback_empties_the_list() -> None:
    given = [_fresh("قصف"), _fresh("الجيش"), _fresh("مواقع")]

    def missing(word: str) -> bytes:
        given.clear()  # the caller's list is emptied under the loop
        return word.encode()

    pairs = {"قصف": {"الجيش": ("L=قصف|الجيش".encode(), None)},
             "الجيش": {"مواقع": (None, "R=الجيش|مواقع".encode())}}
    packs, extras = fastfeat.sentence(given, {"<s>": b"s", "</s>": b"e"}, missing, pairs,
                                      _MARKS)
    assert packs == [b"s", b"s", "قصف".encode(), "الجيش".encode(), "مواقع".encode(), b"e", b"e"]
    assert extras == [(), ("L=قصف|الجيش".encode(), "R=الجيش|مواقع".encode()), ()]


@compiled
def test_gazetteer_keeps_its_words_when_the_callback_empties_the_list() -> None:
    types = {"وزارة": "ORG", "وزارة الدفاع": "ORG", "بغداد": "GPE"}
    prefixes = frozenset({"وزارة"})
    given = [_fresh("زار"), _fresh("وزارة"), _fresh("الدفاع"), _fresh("في"), _fresh("بغداد")]

    def opening_keys(word: str, types_: dict[str, str], prefixes_: frozenset[str]
                     ) -> tuple[str, ...]:
        given.clear()  # the caller's list is emptied under the loop
        return tuple(k for k in (word,) if k in types_ or k in prefixes_)

    tags = fastfeat.gazetteer(given, {}, opening_keys, types, prefixes, 6)
    assert tags == ["", "B-ORG", "I-ORG", "", "B-GPE"]


@compiled
def test_gazetteer_holds_a_type_whose_truth_runs_code() -> None:
    class Type(str):
        def __bool__(self) -> bool:
            types.clear()  # the only other holder lets it go
            return True

    types: dict[str, str] = {"عدن": Type("".join(["G", "PE"]))}
    tags = fastfeat.gazetteer(["في", "عدن"], {"في": (), "عدن": ("عدن",)},
                              lambda *a: (), types, frozenset(), 6)
    assert tags == ["", "B-GPE"]


@compiled
def test_a_kind_missing_for_a_match_raises_as_the_python_loop() -> None:
    assert tokenise._COMPILED  # Token bound to the compiled loop
    matches = list(re.compile(r"\S+").finditer("قصف عنيف"))  # no named group: lastgroup None
    with pytest.raises(KeyError) as python:
        {"word": "word"}[matches[0].lastgroup]  # type: ignore[index]
    with pytest.raises(KeyError) as compiled_loop:
        fasttok.tokens(iter(matches), {"word": "word"}, {}, lambda s, k: (s, "", s, ""),
                       "word", "symbol")
    assert compiled_loop.value.args == python.value.args == (None,)


def test_a_demonstrative_splits_into_its_clitic_once() -> None:
    split = retold_attacks._demonstrative_clitic
    assert split("هذا") == ""
    assert split("بهذا") == "ب"
    assert split("وبهذه") == "وب"
    assert split("لتلك") == "ل"
    assert split("هذان") is None  # not in the list
    assert split("الهجوم") is None


def test_the_words_once_in_code_are_read_from_the_yaml() -> None:
    retold = retold_attacks._words()
    assert retold.toll_conjunction == "و"
    assert retold.tying_clitics == ("ب", "ل")
    assert prec_long._words().feminine == "ت"
    data = load_yaml("event_backdrops.yaml")
    rules = prec_backdrops._rules()
    assert rules.now_reach == int(data["describing"]["now_reach"])
    assert rules.reach == int(data["remote"]["reach"])
    assert "القرن" in rules.remote and "حاليا" in rules.now and "الحادي" in rules.current
