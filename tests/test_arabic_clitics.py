"""Clitics: a conservative split for tokens that never breaks a name like بغداد or
فلسطين, and every plausible stem for dictionaries to look up."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.arabic.clitics import candidates, split, split_uncached
from marsad.arabic.normalise import fold


@pytest.mark.parametrize("word, prefix, stem, suffix", [
    # the article and the chains that end in it
    ("الحكومة", "ال", "حكومه", ""),
    ("والعراق", "وال", "عراق", ""),
    ("بالعاصمة", "بال", "عاصمه", ""),
    ("فالمسألة", "فال", "مساله", ""),
    ("كالعادة", "كال", "عاده", ""),
    ("للجيش", "لل", "جيش", ""),
    ("وللأمم", "ولل", "امم", ""),
    ("وبالتالي", "وبال", "تالي", ""),
    # the conjunction و before a stem of three letters or more
    ("وقال", "و", "قال", ""),
    ("وأضاف", "و", "اضاف", ""),
    ("وبغداد", "و", "بغداد", ""),
    ("ولبنان", "و", "لبنان", ""),
    # pronoun suffixes
    ("بلاده", "", "بلاد", "ه"),
    ("وبلاده", "و", "بلاد", "ه"),
    ("حكومتها", "", "حكومت", "ها"),
    ("قادتهم", "", "قادت", "هم"),
    ("بلادنا", "", "بلاد", "نا"),
    ("موقفهما", "", "موقف", "هما"),
    # a ta marbuta is not the pronoun ه
    ("مدينة", "", "مدينه", ""),
    ("وزارة", "", "وزاره", ""),
    # a word with the article takes no pronoun suffix
    ("المحاكم", "ال", "محاكم", ""),
    ("الاتجاه", "ال", "اتجاه", ""),
    # too short to split
    ("ولد", "", "ولد", ""),
    ("عنه", "", "عنه", ""),
    ("فيها", "", "فيها", ""),
    ("الى", "", "الي", ""),
    # ambiguous letters are left alone in the conservative split
    ("بيان", "", "بيان", ""),
    ("كانت", "", "كانت", ""),
    ("سيارة", "", "سياره", ""),
    ("فساد", "", "فساد", ""),
    ("ملك", "", "ملك", ""),
    ("العراقي", "ال", "عراقي", ""),
    ("اتجاه", "", "اتجاه", ""),
    # a protected word keeps its و when it takes a suffix, and in the accusative
    ("وطننا", "", "وطن", "نا"),
    ("وقتها", "", "وقت", "ها"),
    ("واضحًا", "", "واضحا", ""),
    ("وعبدالله", "و", "عبدالله", ""),
    # any proclitic comes off before a protected word, which stays whole
    ("لهذه", "ل", "هذه", ""),
    ("لسوريا", "ل", "سوريا", ""),
    ("بالمانيا", "ب", "المانيا", ""),
    ("بليون", "", "بليون", ""),
    # a pronoun suffix never carries tanween
    ("معلناً", "", "معلنا", ""),
    ("متحدّثاً", "", "متحدثا", ""),
    # diacritics do not change the analysis
    ("وَالحُكُومَةُ", "وال", "حكومه", ""),
])
def test_conservative_split(word: str, prefix: str, stem: str, suffix: str) -> None:
    assert split(word) == (prefix, stem, suffix)
    assert split_uncached(word) == (prefix, stem, suffix)  # what the tokeniser calls


@pytest.mark.parametrize("name", [
    "بغداد", "لبنان", "فلسطين", "كركوك", "بيروت", "فرنسا", "كندا", "بريطانيا", "ليبيا",
    "واشنطن", "بكين", "لندن", "وهران", "وزير", "وزارة", "وكالة", "الله", "التي", "الذين",
    "التقى", "التزام", "توجيه", "تفاهم", "والدته", "ألمانيا", "المانيا",
])
def test_protected_words_stay_whole(name: str) -> None:
    assert split(name) == ("", fold(name), "")
    assert candidates(name) == [fold(name)]


@pytest.mark.parametrize("word, expected", [
    ("وبغداد", ["وبغداد", "بغداد"]),
    ("بحمص", ["بحمص", "حمص"]),
    ("لسوريا", ["لسوريا", "سوريا"]),
    ("وفلسطين", ["وفلسطين", "فلسطين"]),
    ("للجيش", ["للجيش", "الجيش", "لجيش"]),
    ("والعراق", ["والعراق", "العراق", "عراق"]),
    ("بالقاهرة", ["بالقاهره", "القاهره", "قاهره"]),
    ("سيعقد", ["سيعقد", "يعقد"]),
    ("حكومته", ["حكومته", "حكومت", "حكومه"]),
    ("المحاكم", ["المحاكم", "محاكم"]),
])
def test_candidates(word: str, expected: list[str]) -> None:
    assert candidates(word) == expected


@pytest.mark.parametrize("word", ["وبمدينته", "فلسوف", "وكالتهم", "لل", "و", "ها", "ال", "سي"])
def test_pieces_always_rebuild_the_word(word: str) -> None:
    prefix, stem, suffix = split(word)
    assert prefix + stem + suffix == fold(word)
    assert candidates(word)[0] == fold(word)


GOLD = Path(__file__).parent / "data" / "arabic_clitics_gold.tsv"
# Floors a little under what the conservative splitter measured on 2026-11-29 (boundary
# precision 0.986, recall 0.772 over 161 words); raise them when it gets better, never
# lower them quietly. Recall is low on purpose: ب ل ك ف س come off only before a protected
# word; otherwise they are left to candidates().
PRECISION_FLOOR = 0.97
RECALL_FLOOR = 0.75


def boundaries(prefix: str, stem: str, suffix: str) -> set[int]:
    """Positions of the clitic boundaries inside the word."""
    cuts = set()
    if prefix:
        cuts.add(len(prefix))
    if suffix:
        cuts.add(len(prefix) + len(stem))
    return cuts


def gold_rows() -> list[tuple[str, set[int]]]:
    rows = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("word\t"):
            continue
        word, gold = line.split("\t")
        rows.append((word, boundaries(*(fold(piece) for piece in gold.split("|")))))
    return rows


def test_boundary_precision_and_recall_on_the_gold_words() -> None:
    rows = gold_rows()
    assert len(rows) >= 150
    predicted = correct = expected = 0
    for word, gold in rows:
        found = boundaries(*split(word))
        predicted += len(found)
        correct += len(found & gold)
        expected += len(gold)
    precision, recall = correct / predicted, correct / expected
    assert precision >= PRECISION_FLOOR, f"precision {precision:.3f}"
    assert recall >= RECALL_FLOOR, f"recall {recall:.3f}"
