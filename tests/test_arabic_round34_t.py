"""The compiled scan of ``tokenise`` (``_fasttok.scan``: Arabic words read from the text, every
other token from ``TOKEN_PATTERN.search``) against the tokens of every ``finditer`` match, by
the compiled loop over the matches (``tokenise_matches``) and by the Python loop
(``tokenise_py``): the same tokens, field for field, on hard strings, on random strings of the
characters where the scan and the regex could part, and on the corpus."""

from __future__ import annotations

import random
from dataclasses import fields
from pathlib import Path

import pytest

from marsad.arabic import clitics
from marsad.arabic import tokenise as tk
from marsad.ingest import Rejected, read_all
from marsad.model import Token
from marsad.pipeline import Pipeline

scan_only = pytest.mark.skipif(tk._WORD_TABLE is None, reason="marsad/arabic/_fasttok.c not built")

HARD = [
    "",
    " ",
    "\n\t \u00a0\u2003\x1c\x1d\x1e\x1f\x85",
    "\x00\x01وقال\x7f\x9f",
    "ـــ ـقال قالـ ق\u064eال\u064b ً\u0670قال \u0610\u0610",
    "قال. قال.. قال... م. د. أ.د. ص.ب ص.ب. إلخ. ق.م ق.م.",
    "عام 2015م. وفي 3 د. ثم 4 م.",
    "أ.ف.ب إيه.بي.سي آر.دابليو.إي U.S. Dr. e.g.",
    "راجعhttps://example.com/a?b=1،وwww.موقع.com info@example.orgو#سوريا@وزارة_الخارجية",
    "وإيران،مساء الجمعة6 ٢٠٢٤/١٢/٠٦ 10:30 1,500 3.5 ٣٫٥",
    "مؤتمرٌ ² ½ Ⅳ Ωμέγα 東京 ٢٠٢٤ «المملكة»؟! ۔ ە ۿ ۺ ۮ \u0600\u06dd\u06e9\u06fd",
    "قال:«نعم»،(لا)؛\"هو\",“هي”:10:30،2024-12-06،1,500،د.،م.،U.S.،(أ.ف.ب)",
    "word\u200cكلمة\u200fكلمة\u200d",
    "قال.",
    "ق",
    ".ق",
    "ق.",
    "ق\u064b.",
]

#: Characters where the scan and the regex could part: Arabic letters, marks and tatweel at
#: the edges of the tables, dots, white space the regex's ``\S`` and ``Py_UNICODE_ISSPACE``
#: both read, controls, digits, Latin, URL and abbreviation material, other scripts.
ALPHABET = list(
    "قالمدصبأإآةىيوفن" "\u0621\u063a\u063b\u0641\u064a\u066e\u066f\u0671\u06d3\u06d5\u06ee\u06ef"
    "\u06fa\u06fc\u06ff\u06fd\u06d4" "\u0610\u061a\u064b\u065f\u0670\u06d6\u06dc\u06df\u06e8"
    "\u06e9\u06ea\u06ed" "\u0640\u0640" "...." "   \n\t\u00a0\x1c\x85\u200c\u200f\x00\x7f"
    "0159٠٣٫٬,:/-%" "aZéwhtps" "@#_" "،؛؟!«»()\"'“”…" "²Ω東\U0001f600"
)


def _values(tokens: list[Token]) -> list[tuple[object, ...]]:
    return [tuple(getattr(t, f.name) for f in fields(Token)) for t in tokens]


def _same(text: str) -> int:
    scanned = tk.tokenise(text)
    assert all(type(t) is Token for t in scanned)
    assert _values(scanned) == _values(tk.tokenise_matches(text)) == _values(tk.tokenise_py(text))
    return len(scanned)


def test_tokenise_scans_where_the_extension_is_built() -> None:
    assert (tk._WORD_TABLE is not None) == (tk._COMPILED and hasattr(tk._fasttok, "scan"))


@scan_only
def test_the_table_is_the_patterns_classes() -> None:
    table = tk._WORD_TABLE
    assert table is not None and len(table) == 256
    assert table[0x627 - 0x600] == 3  # ا a letter, and in a word
    assert table[0x64B - 0x600] == 2  # fathatan: in a word, starts none
    assert table[0x640 - 0x600] == 2  # tatweel
    assert table[0x60C - 0x600] == 0  # ،
    assert table[0x6D4 - 0x600] == 0  # ۔ ends a sentence


@scan_only
def test_the_single_marks_hold_where_the_pattern_is_as_written() -> None:
    assert tk._SINGLE_MARKS == tk._MARKS
    for mark in tk._MARKS:  # each a punct token alone, glued to a word, a number or a mark
        for text in (mark, f"قال{mark}", f"1{mark} 2", f"{mark}{mark}", f"a{mark}b", f"د{mark}"):
            assert [(t.text, t.kind) for t in tk.tokenise(text) if t.text == mark] \
                == [(mark, "punct")] * text.count(mark)


@scan_only
@pytest.mark.parametrize("text", HARD)
def test_scan_equals_the_matches_on_hard_strings(text: str) -> None:
    _same(text)


@scan_only
def test_scan_equals_the_matches_on_random_strings() -> None:
    rng = random.Random(34)
    for _ in range(4000):
        _same("".join(rng.choices(ALPHABET, k=rng.randrange(1, 24))))
    for _ in range(300):  # the hard strings glued and cut at random
        text = "".join(rng.choices(HARD, k=4))
        start = rng.randrange(len(text) + 1)
        _same(text[start:start + rng.randrange(60)])


@scan_only
def test_without_the_table_tokenise_reads_the_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    text = HARD[5] + HARD[8]
    scanned = tk.tokenise(text)
    monkeypatch.setattr(tk, "_WORD_TABLE", None)
    assert tk.tokenise(text) == scanned == tk.tokenise_py(text)


@scan_only
def test_scan_equals_the_matches_on_the_corpus(shared_dir: Path) -> None:
    clean = Pipeline(["clean"])
    paths = sorted(str(path) for path in (shared_dir / "corpus").glob("*.jsonl"))
    articles = tokens = 0
    for item in read_all(paths):
        if isinstance(item, Rejected):
            continue
        _same(item.raw)  # the text before cleaning too: controls, markup, odd spaces
        tokens += _same(clean(item).text)
        articles += 1
    assert articles > 1000 and tokens > 100 * articles


# The clitic candidates (``clitics._candidates``, the event matcher's ``candidate_stems``):
# ``_fasttok.candidates`` against ``_candidates_py``.

compiled_candidates = pytest.mark.skipif(clitics._compiled_candidates() is None,
                                         reason="marsad/arabic/_fasttok.c not built")

WORDS = [
    "", "و", "ة", "ال", "لل", "وال", "وبغداد", "للجيش", "وبمستشفياتهم", "مبيناً", "مبيناٌ",
    "وبالتالي", "كتابة", "والسيارة", "لسوريا", "فلسطينيها", "وقتها", "بهذه", "والذي",
    "واضحا", "ولواضحا", "فللمدرسة", "كالعادة", "وبالمدينة", "سياستهما", "سيارته", "اخوانه",
    "أبناؤه", "ووو", "ـوبغـداد", "وَبِغْدَادَ", "Latin", "东京", "لهن", "لنا", "ونا", "وها",
]


@compiled_candidates
@pytest.mark.parametrize("word", WORDS)
def test_compiled_candidates_equal_the_python_ones(word: str) -> None:
    assert fasttok_candidates(word) == clitics._candidates_py(word)


def fasttok_candidates(word: str) -> tuple[str, ...]:
    return clitics._fasttok.candidates(word)


@compiled_candidates
def test_compiled_candidates_on_random_words() -> None:
    rng = random.Random(34)
    letters = list("والبفكلهمنايةتسدرىأإآؤئءـًٌٍَُِّْ") + ["ال", "وال", "لل", "ها", "هم", "هما"]
    for _ in range(20000):
        word = "".join(rng.choices(letters, k=rng.randrange(0, 9)))
        assert fasttok_candidates(word) == clitics._candidates_py(word), word


@compiled_candidates
def test_compiled_candidates_on_the_corpus_words(shared_dir: Path) -> None:
    paths = sorted(str(path) for path in (shared_dir / "corpus").glob("*.jsonl"))
    words = {t.text for item in read_all(paths) if not isinstance(item, Rejected)
             for t in tk.tokenise(item.raw)}
    words |= {word for word in clitics._rules().protected}
    assert len(words) > 10000
    for word in words:
        assert fasttok_candidates(word) == clitics._candidates_py(word), word
