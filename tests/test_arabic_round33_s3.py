"""The sentence splitter's compiled passes over the tokens (``_fasttok.columns`` and
``_fasttok.number``) against the Python loops they stand for: the same starts and
punctuation indexes, the same sentence numbers, the same sentences; and the Python loops
taking over where an item is not a ``Token`` the extension can read."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from marsad.arabic import sentences as sn
from marsad.arabic.tokenise import tokenise
from marsad.model import Paragraph

try:
    from marsad.arabic import _fasttok as fasttok
except ImportError:
    fasttok = None  # type: ignore[assignment]

compiled_only = pytest.mark.skipif(fasttok is None or not hasattr(fasttok, "columns"),
                                   reason="marsad/arabic/_fasttok.c not built")

TEXTS = [
    "وقال المتحدث: «لا صحة لهذه الأنباء». وأضاف أن القوات ما زالت في مواقعها.",
    "وكتب الناطق: «انتهت الجولة الأولى. الجولة الثانية تبدأ غدا». ثم أغلق حسابه.",
    "هل تصمد الهدنة؟ يشكك المراقبون في ذلك! لكن الطرفين يبديان تفاؤلا حذرا…",
    "قال د. أحمد إن 1,500 جندي وصلوا الساعة 10:30 يوم 2024-12-06 (الجمعة)؛ وانتهى.)\n"
    "سطر ثان بلا نقطة\nوثالث، فيه «اقتباس لا يغلق. ثم نقطة",
    "عنوان قصير\n\nالرياض - واس\n\nأعلنت الوزارة اليوم أن «الوضع مستقر».\n"
    "وأضافت: \"لا داعي للقلق\".",
    "",
    "  \n ",
]


def python_columns(tokens: list, inert: frozenset[str]) -> tuple[list[int], list[int]]:
    return ([t.start for t in tokens],
            [i for i, t in enumerate(tokens) if t.kind == "punct" and t.text not in inert])


@compiled_only
@pytest.mark.parametrize("text", TEXTS)
def test_columns_are_the_python_lists(text: str) -> None:
    tokens = tokenise(text)
    inert = sn._marks().inert
    assert fasttok.columns(tokens, "punct", inert) == python_columns(tokens, inert)
    assert fasttok.columns(tokens, "word", frozenset()) == python_columns_of_kind(tokens, "word")


def python_columns_of_kind(tokens: list, kind: str) -> tuple[list[int], list[int]]:
    return [t.start for t in tokens], [i for i, t in enumerate(tokens) if t.kind == kind]


@compiled_only
def test_number_sets_the_sentence_of_a_range() -> None:
    tokens = tokenise(TEXTS[3])
    assert fasttok.number(tokens, 2, 7, 5) is True
    assert [t.sentence for t in tokens[:9]] == [0, 0, 5, 5, 5, 5, 5, 0, 0]
    assert fasttok.number(tokens, 0, 0, 9) is True  # an empty range sets nothing
    assert tokens[0].sentence == 0
    assert fasttok.number(tokens, len(tokens) - 1, len(tokens) + 3, 1) is False  # past the end
    assert tokens[-1].sentence == 1  # as far as the list went


@dataclass
class Other:
    start: int
    end: int
    text: str
    norm: str
    kind: str
    sentence: int = 0


@compiled_only
def test_items_it_cannot_read_are_left_to_python() -> None:
    tokens = tokenise(TEXTS[0])
    others = [Other(t.start, t.end, t.text, t.norm, t.kind) for t in tokens]
    assert fasttok.columns(others, "punct", frozenset()) is None
    assert fasttok.number(others, 0, 2, 1) is False
    assert fasttok.columns([*tokens, others[0]], "punct", frozenset()) is None
    # and the splitter gives the same sentences for both
    text = TEXTS[0]
    assert sn.split_sentences(text, [], others) == sn.split_sentences(text, [], tokens)
    assert [o.sentence for o in others] == [t.sentence for t in tokens]


@pytest.mark.parametrize("text", TEXTS)
def test_compiled_and_python_sentences_agree(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    paragraphs = [Paragraph(0, len(text))] if text.strip() else []
    for given in ([], paragraphs):
        compiled_tokens = tokenise(text)
        compiled = sn.split_sentences(text, given, compiled_tokens)
        with monkeypatch.context() as patch:
            patch.setattr(sn, "_COLUMNS", None)
            patch.setattr(sn, "_NUMBER", None)
            python_tokens = tokenise(text)
            python = sn.split_sentences(text, given, python_tokens)
        assert compiled == python
        assert [t.sentence for t in compiled_tokens] == [t.sentence for t in python_tokens]
