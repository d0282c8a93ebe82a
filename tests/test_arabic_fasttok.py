"""The compiled tokeniser loop (``marsad/arabic/_fasttok.c``) against the Python loop
(``tokenise_py``): the same tokens, field for field, on text of every token kind; and the
guard that keeps the compiled loop away from a ``Token`` it cannot fill."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, fields
from pathlib import Path

import pytest

from marsad.arabic import tokenise as tk
from marsad.ingest import Rejected, read_all
from marsad.model import Token
from marsad.pipeline import Pipeline

try:
    from marsad.arabic import _fasttok as fasttok
except ImportError:
    fasttok = None  # type: ignore[assignment]

compiled_only = pytest.mark.skipif(fasttok is None, reason="marsad/arabic/_fasttok.c not built")

TEXTS = [
    "وإيران،مساء الجمعة6",
    "قال د. أحمد إن 1,500 جندي وصلوا الساعة 10:30 يوم 2024-12-06 إلى بغداد.",
    "راجع https://example.com/a?b=1 أو info@example.org و#سوريا و@وزارة_الخارجية",
    "أعلنت وكالة أ.ف.ب أن U.S. officials met in Geneva… (الثلاثاء)",
    "مؤتمرٌ ² ½ Ⅳ Ωμέγα 東京 ــ ٢٠٢٤ «المملكة»؟!",
    "وبالتالي فإن لسوريا ولبنان والذي بهذه",
    "",
    "   \n\t ",
]


def _values(tokens: list[Token]) -> list[tuple[object, ...]]:
    return [tuple(getattr(t, f.name) for f in fields(Token)) for t in tokens]


@pytest.mark.skipif(not (shutil.which("cc") or shutil.which("gcc")), reason="no C compiler here")
def test_the_compiled_loop_is_built_where_a_compiler_is() -> None:
    assert fasttok is not None, "reinstall marsad (pip install .) to build marsad/arabic/_fasttok.c"


@compiled_only
def test_the_compiled_loop_is_bound_to_token() -> None:
    assert tk._COMPILED


@compiled_only
@pytest.mark.parametrize("text", TEXTS)
def test_compiled_tokens_equal_the_python_loop(text: str) -> None:
    compiled, python = tk.tokenise(text), tk.tokenise_py(text)
    assert all(type(t) is Token for t in compiled)
    assert _values(compiled) == _values(python)
    assert compiled == python


@compiled_only
def test_first_seen_words_are_analysed_once_and_kept() -> None:
    word = "وبمستشفياتهم"
    tk._SEEN.pop(word, None)
    first = tk.tokenise(word)
    assert tk._SEEN[word] == (first[0].norm, first[0].prefix, first[0].stem, first[0].suffix)
    assert tk.tokenise(word) == first == tk.tokenise_py(word)


@compiled_only
def test_other_letters_become_words_and_other_signs_symbols() -> None:
    kinds = [t.kind for t in tk.tokenise("Ωμέγα ² 東京")]
    assert kinds == [t.kind for t in tk.tokenise_py("Ωμέγα ² 東京")] == ["word", "symbol", "word"]


@compiled_only
def test_a_token_is_a_full_record() -> None:
    token = tk.tokenise("الرياض")[0]
    assert token.sentence == 0
    assert token.to_dict() == {"start": 0, "end": 6, "text": "الرياض", "norm": "الرياض",
                               "kind": "word", "prefix": "ال", "stem": "رياض", "suffix": ""}
    token.sentence = 3  # slots stay writable
    assert token.sentence == 3


@compiled_only
def test_bind_refuses_a_class_it_cannot_fill() -> None:
    @dataclass
    class WithDict:  # no slots: the fields live in a __dict__
        start: int = 0

    @dataclass(slots=True)
    class Fewer:
        start: int = 0

    assert fasttok.bind(WithDict, tk._FIELDS) is False
    assert fasttok.bind(Fewer, tk._FIELDS) is False
    assert fasttok.bind(Token, tk._FIELDS[:-1]) is False
    assert fasttok.bind(Token, tk._FIELDS) is True  # and bound to Token again


@compiled_only
def test_compiled_tokens_equal_the_python_loop_on_the_corpus(shared_dir: Path) -> None:
    clean = Pipeline(["clean"])
    paths = sorted(str(path) for path in (shared_dir / "corpus").glob("*.jsonl"))
    articles = tokens = 0
    for item in read_all(paths):
        if isinstance(item, Rejected):
            continue
        text = clean(item).text
        compiled = tk.tokenise(text)
        assert compiled == tk.tokenise_py(text)
        articles += 1
        tokens += len(compiled)
    assert articles > 1000 and tokens > 100 * articles
