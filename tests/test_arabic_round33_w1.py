"""The event matcher's compiled pre-test (``_fasttok.may_spell`` on a ``stem_filter``
table) since round 33 put a small bitmap in front of the table's 64-bit cells: its answers
are the old ones for every word — True exactly when a hash of one of the word's
``clitics.spellings`` is the hash of a stem (the old test, written here in Python), so
never False where a spelling is a stem — on the matcher's real tables and on the words of
gold articles, clitic forms of the stems themselves, and random words."""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path

import pytest
import yaml

from marsad.arabic.clitics import _rules, spellings
from marsad.arabic.tokenise import tokenise
from marsad.eventcoding import matcher

try:
    from marsad.arabic import _fasttok as fasttok
except ImportError:
    fasttok = None  # type: ignore[assignment]

compiled = pytest.mark.skipif(
    fasttok is None or not hasattr(fasttok, "may_spell")
    or matcher.stem_filter(["x"]) is None,  # built, but the clitic rules were not taken
    reason="marsad/arabic/_fasttok.c not built")

MASK = (1 << 64) - 1


def old_hash(text: str) -> int:
    """The table's hash of a string: 64-bit FNV-1a over its code points, then mixed, 0
    made 1 (``hash_more``, ``hash_done`` in ``_fasttok.c``)."""
    h = 0xCBF29CE484222325
    for char in text:
        h = ((h ^ ord(char)) * 0x100000001B3) & MASK
    h ^= h >> 29
    return h or 1


def old_may_spell(hashes: frozenset[int], word: str) -> bool:
    return not hashes.isdisjoint(map(old_hash, spellings(word)))


def real_tables() -> dict[str, frozenset[str]]:
    second, later, spellable = (matcher._second_words(), matcher._later_words(),
                                matcher._spellable())
    return {"spellable": spellable, "second": second, "later": later,
            "entry": spellable | second | later}


def gold_words() -> list[str]:
    """Every word of a dozen gold articles, read from their files here."""
    folder = Path(__file__).parent / "gold" / "events"
    words: list[str] = []
    for path in sorted(folder.glob("*.yaml"))[:12]:
        text = yaml.safe_load(path.read_text(encoding="utf-8"))["text"]
        words += [t.text for t in tokenise(text)]
    assert len(words) > 100
    return words


def clitic_forms(stems: Iterable[str]) -> list[str]:
    """Each stem as written with clitics around it, and with its last letter changed."""
    found = []
    for stem in stems:
        found += [stem, "و" + stem, "وال" + stem, "بال" + stem, stem + "ها", "ف" + stem + "هم",
                  "لل" + stem + "ة", stem[:-1] + "ة", stem[:-1] + "ى", stem[:-1] + "ت"]
    return found


LETTERS = ("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى" + "\u064b\u064e\u0650\u0651\u0640"
           + "abc1٢")


def random_words(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = ["", "و", "ال", "وال", "ها", "ة", "\u064e", "x" * 200, "وال" + "ب" * 90 + "ها"]
    for _ in range(count):
        size = rng.choice((1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 70))
        words.append("".join(rng.choice(LETTERS) for _ in range(size)))
    return words


@compiled
@pytest.mark.parametrize("name", ["spellable", "second", "later", "entry"])
def test_the_answers_are_the_old_ones_on_the_real_tables(name: str) -> None:
    stems = real_tables()[name]
    table = fasttok.stem_filter(tuple(stems))
    hashes = frozenset(map(old_hash, stems))
    sample = sorted(stems)[::7]
    words = gold_words() + clitic_forms(sample) + random_words(3000, seed=len(name))
    said_yes = 0
    for word in words:
        answer = fasttok.may_spell(table, word)
        assert answer == old_may_spell(hashes, word), word
        if not spellings(word).isdisjoint(stems):
            assert answer, word  # never "no" where a spelling is a stem
        said_yes += answer
    assert 0 < said_yes < len(words)


@compiled
def test_small_and_empty_tables() -> None:
    for stems in ([], ["قصف"], ["قصف", "اعتقل", "مظاهرة", "وزير"], [f"س{k}" for k in range(500)]):
        table = fasttok.stem_filter(stems)
        hashes = frozenset(map(old_hash, stems))
        for word in gold_words() + clitic_forms(stems) + random_words(300, seed=1):
            assert fasttok.may_spell(table, word) == old_may_spell(hashes, word), word


@compiled
def test_the_table_layout_is_checked() -> None:
    table = fasttok.stem_filter(["قصف"])
    assert len(table) == (32 + 2) * 8  # 32 cells (at least 2n + 16) and two bitmap words
    for wrong in (b"", b"\0" * 8, b"\0" * 128, table[:-8], table + b"\0" * 8, b"\0" * 17 * 8 * 3):
        with pytest.raises(ValueError):
            fasttok.may_spell(wrong, "قصف")


def test_the_rules_keep_within_the_compiled_limits() -> None:
    """``may_spell_letters`` keeps 64 starts and 64 cuts (more: it answers True)."""
    rules = _rules()
    assert len(rules.prefixes) < 64 and len(rules.suffixes) < 64
