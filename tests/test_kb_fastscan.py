"""The KB scan's first filter gives the same answers compiled (``marsad/kb/_fastscan.c``) and
in Python (``marsad.kb.scan.starts_py``): the same token indices, the same ``~index`` for
words that may start only a short name, and the same hint for every norm it judged. The
compiled one is built wherever a C compiler is."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.arabic.tokenise import tokenise
from marsad.kb import scan as scan_module
from marsad.kb.match import HELD, QUOTED, matcher
from marsad.kb.scan import Hint, Scanner, starts_py
from marsad.model import Token

fast = scan_module._fast_starts
needs_fast = pytest.mark.skipif(fast is None, reason="marsad.kb._fastscan was not built")

SENTENCES = [
    "وصل وزير الخارجية العراقي فؤاد حسين إلى دمشق والتقى نظيره السوري بسام صباغ، وقال صباغ إن اللقاء مثمر.",
    "قصفت الطائرات أحياء بحمص وريفها الشمالي، فيما انسحبت وحدات من الجيش السوري نحو حماة.",
    "أعلنت وزارة الدفاع السورية والدفاع التركية بيانين عن الوضع في دير الزور وشمال سوريا.",
    "وللأمم المتحدة ولمجلس الأمن الدولي وللجامعة العربية مواقف من الأزمة في لبنان والعراق.",
    "قال الرئيس الإيراني إبراهيم رئيسي إن بلاده سترد، ونقلت وكالة الأنباء القطرية عن قنا الخبر.",
    "فبالعاصمة الرياض وبجنوب لبنان وكالشام وعمان والأردن يتوجه الوفد.",
    "كتاب جديد عن تاريخ المدينة في مكتبة الجامعة.",
    "حمص",
    "",
    "وقال مصدر لـ\"الرياض\" إن الوفد وصل إلى الرياض اليوم، وعلمت «الشرق الأوسط» بذلك.",
]


def _both(scan: Scanner, tokens: list[Token]) -> tuple[list[int], list[int], dict[str, Hint],
                                                        dict[str, Hint]]:
    """The compiled and the Python answer, each filling its own empty hint cache."""
    compiled_hints: dict[str, Hint] = {}
    python_hints: dict[str, Hint] = {}
    assert fast is not None
    quotes = matcher()._quotes
    compiled = fast(tokens, scan._startable, scan._sieve, compiled_hints, scan._hint_context,
                    HELD, QUOTED, quotes)
    hint = Scanner.hint.__get__(_Bare(scan, python_hints))
    python = starts_py(tokens, scan._startable, python_hints, hint, HELD, QUOTED, quotes)
    return compiled, python, compiled_hints, python_hints


class _Bare:
    """The scanner's tables with a hint cache of our own (the shared one stays untouched)."""

    def __init__(self, scan: Scanner, hints: dict[str, Hint]) -> None:
        self.__dict__.update(vars(scan))
        self.hints = hints


@needs_fast
@pytest.mark.parametrize("sentence", SENTENCES)
def test_compiled_and_python_filters_agree_on_our_sentences(sentence: str) -> None:
    compiled, python, compiled_hints, python_hints = _both(matcher().scan, tokenise(sentence))
    assert compiled == python
    assert compiled_hints == python_hints


def test_the_filter_keeps_the_words_that_start_names_and_drops_the_rest() -> None:
    tokens = tokenise("كتاب جديد عن الوضع في دير الزور وقال صباغ إن حمص هادئة")
    kept = [tokens[i if i >= 0 else ~i].text for i in matcher().scan.starts(tokens, HELD)]
    assert {"دير", "حمص"} <= set(kept)
    assert not {"كتاب", "جديد", "عن", "إن"} & set(kept)


@needs_fast
def test_every_start_form_passes_the_compiled_sieve() -> None:
    """The sieve (a bit table of the start forms' hashes) may let a word through that starts
    nothing, never hold back one that may: every start form, alone, gets a hint."""
    scan = matcher().scan
    forms = sorted(scan._startable)[::7]  # every seventh of ~230,000 forms
    tokens = [Token(0, len(form), form, form, "word") for form in forms]
    hints: dict[str, Hint] = {}
    assert fast is not None
    fast(tokens, scan._startable, scan._sieve, hints, scan._hint_context, HELD, QUOTED,
         frozenset())
    assert set(hints) == set(forms)


@needs_fast
def test_tokens_of_another_class_are_read_through_their_attributes() -> None:
    """The compiled pass reads ``norm`` and ``text`` from the slots of ``Token``; any other
    object with those attributes gives the same answer."""

    class Plain:
        def __init__(self, token: Token) -> None:
            self.norm, self.text = token.norm, token.text

    tokens = tokenise(SENTENCES[0])
    scan = matcher().scan
    assert fast is not None
    plain = fast([Plain(t) for t in tokens], scan._startable, scan._sieve, {},
                 scan._hint_context, HELD, QUOTED, frozenset())
    slotted = fast(tokens, scan._startable, scan._sieve, {}, scan._hint_context, HELD, QUOTED,
                   frozenset())
    assert plain == slotted and plain


def _corpus_tokens(shared: Path) -> Iterator[list[Token]]:
    import json
    for path in sorted((shared / "corpus").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                yield tokenise(json.loads(line)["content"])


@needs_fast
def test_compiled_and_python_filters_agree_on_the_whole_corpus(shared_dir: Path) -> None:
    scan = matcher().scan
    articles = kept = 0
    for tokens in _corpus_tokens(shared_dir):
        compiled, python, compiled_hints, python_hints = _both(scan, tokens)
        assert compiled == python
        assert compiled_hints == python_hints
        articles += 1
        kept += len(compiled)
    assert articles > 1000 and kept > 20 * articles


@pytest.mark.skipif(not (shutil.which("cc") or shutil.which("gcc")), reason="no C compiler here")
def test_the_compiled_filter_is_built_where_a_compiler_is() -> None:
    assert fast is not None, "reinstall marsad (pip install .) to build marsad/kb/_fastscan.c"


def test_only_start_forms_get_a_hint() -> None:
    """The compiled filter takes a norm with a hint for a start form without asking the
    large set: a hint is only ever judged for a norm that may start a key."""
    scan = matcher().scan
    for sentence in SENTENCES:
        tokens = tokenise(sentence)
        matcher().find(tokens, sentence, None)
    assert scan.hints and set(scan.hints) <= scan._startable
