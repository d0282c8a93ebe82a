"""The compiled fold (``_fasttok.fold``, one table look-up per character) gives the string the
Python fold gives (``normalise.fold_py``): on the characters folding changes or deletes, next
to letters it keeps, Latin, digits, other scripts and characters outside the first plane."""

from __future__ import annotations

import random

import pytest

from marsad.arabic import normalise

pytestmark = pytest.mark.skipif(normalise.fold is normalise.fold_py,
                                reason="marsad/arabic/_fasttok.c not built (or without fold)")

CHANGED = "".join(sorted({ch for ch in map(chr, range(0x0600, 0x0700))
                          if normalise.fold_py(ch) != ch}))
KEPT = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي لا، 2024 abc XYZ ١٢٣ Ωμ 東京 😀 \n\t"


def test_the_characters_folding_changes_are_there_to_test() -> None:
    # alef forms, ta marbuta, alef maqsura, tashkeel, tatweel, the dagger alef at least
    assert {"أ", "إ", "آ", "ة", "ى", "\u064e", "\u0640", "\u0670"} <= set(CHANGED)


@pytest.mark.parametrize("word", ["أَحْمَدُ", "مدرسةٌ", "إلى", "الـــقاهرة", "آمال", "مؤتمر",
                                  "", "ـ", "abc", "😀أ😀"])
def test_words_fold_the_same(word: str) -> None:
    assert normalise.fold(word) == normalise.fold_py(word)


def test_random_strings_fold_the_same() -> None:
    rng = random.Random(32)
    pool = CHANGED + KEPT
    for _ in range(5000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 40)))
        assert normalise.fold(text) == normalise.fold_py(text), repr(text)
