"""Round 35 (speed): two more of the matcher's and the view's steps run in the compiled pass
(``marsad/eventcoding/_fasthits.c``), each with its Python twin kept:

- ``scan(tokens, table, word, counts, may_have, plain)`` files the new words ``may_have``
  rules out as ``plain`` itself, so only the words that may have an entry come back new;
- ``sentence_spans(tokens)`` gives each token's sentence span at once, and
  ``View.sentence_of`` is that list's ``__getitem__`` (the walk, ``_walk_sentence``, where
  the pass was not built or the sentences do not run in order).

These pin that the compiled passes answer what their twins answer, and that the hits and the
spans are the same either way, cold or warm."""

from __future__ import annotations

from dataclasses import replace

import pytest

from gold.events.oracle import analyzed, tokenise
from marsad.eventcoding import matcher
from marsad.eventcoding import view as view_module
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import (_ENTRIES, _PLAIN, _may_have_entry, _scan_py,
                                        find_hits)
from marsad.eventcoding.view import View
from marsad.pipeline import clear_caches

try:
    from marsad.eventcoding import _fasthits as fasthits
except ImportError:
    fasthits = None  # type: ignore[assignment]

compiled_only = pytest.mark.skipif(
    fasthits is None or matcher._SCAN is None or _may_have_entry() is None,
    reason="marsad/eventcoding/_fasthits.c (or arabic/_fasttok.c) not built")

TEXTS = [
    "أطلقت الشرطة سراح المعتقلين، ووقعت الحكومة والنقابة اتفاقية جديدة.",
    "وقعت مصر والأردن وفلسطين صباح اليوم اتفاقية للتعاون. ثم عاد الوفد. وعاد الوفد.",
    "قررت الحكومة إرسال 500 جندي إلى الحدود، ودفعت بمئات المقاتلين إلى المدينة.",
    "عبر الوزير عن امتنانه للدول التي أرسلت مساعدات إلى المدينة (أمس).",
    "سحبت القوات الأمريكية وحداتها من القاعدة الجوية، فيما أكد الرئيس دعم بلاده.",
    "ذهب الأطفال إلى المدرسة صباحا.",
    "",
]


@compiled_only
@pytest.mark.parametrize("text", TEXTS)
def test_scan_files_what_may_have_rules_out_as_its_python_twin_does(text: str) -> None:
    tokens, _ = tokenise(text)
    counts, may_have = lexicon().class_counts, _may_have_entry()
    for table_of in (lambda: {}, lambda: dict(list(_ENTRIES.items())[::2]), lambda: _ENTRIES):
        clear_caches()
        find_hits(tokens[: len(tokens) // 2])  # half the words known
        compiled, twin = table_of(), table_of()
        assert fasthits.scan(tokens, compiled, "word", counts, may_have, _PLAIN) \
            == _scan_py(tokens, twin, "word", counts, may_have, _PLAIN)
        assert compiled == twin  # the same words filed, each as ``_PLAIN``


@compiled_only
def test_only_the_words_that_may_have_an_entry_come_back_new() -> None:
    tokens, _ = tokenise(TEXTS[1])
    clear_caches()
    may_have = _may_have_entry()
    table: dict = {}
    entries, _, fresh, _, _ = fasthits.scan(tokens, table, "word", lexicon().class_counts,
                                            may_have, _PLAIN)
    assert fresh and all(may_have(tokens[k].text) for k in fresh)
    ruled_out = [k for k, token in enumerate(tokens) if not may_have(token.text)]
    assert ruled_out and all(entries[k] is _PLAIN for k in ruled_out)
    assert all(table[tokens[k].text] is _PLAIN for k in ruled_out)
    assert all(entries[k] is None and tokens[k].text not in table for k in fresh)


@compiled_only
def test_scan_turns_a_plain_entry_it_cannot_file_away() -> None:
    tokens, _ = tokenise(TEXTS[0])
    with pytest.raises(TypeError):
        fasthits.scan(tokens, {}, "word", lexicon().class_counts, _may_have_entry(), ("x",))


def _hits(tokens: list) -> list[tuple]:
    return [(h.first, h.last, h.end, h.trigger.form, h.tense, h.definite, h.future, h.pronoun,
             h.plural, h.passive) for h in find_hits(tokens)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_hits_are_the_same_with_or_without_the_filing_scan(text, monkeypatch) -> None:
    tokens, _ = tokenise(text)
    clear_caches()
    cold = _hits(tokens)
    assert _hits(tokens) == cold
    monkeypatch.setattr(matcher, "_SCAN", None)
    clear_caches()
    assert _hits(tokens) == cold
    assert _hits(tokens) == cold
    monkeypatch.setattr(matcher, "_may_have_entry", lambda: None)
    clear_caches()
    assert _hits(tokens) == cold


def _walked(view: View, index: int) -> tuple[int, int]:
    return view._walk_sentence(index)


@compiled_only
@pytest.mark.parametrize("text", TEXTS[:-1])  # an empty text is no article
def test_sentence_spans_are_the_walk_s_spans(text: str) -> None:
    article = analyzed(text)
    compiled, walked = View(article), View(article)
    size = len(article.tokens)
    spans = fasthits.sentence_spans(article.tokens)
    assert spans is not None and len(spans) == size
    for index in [*range(size), *range(-size, 0)]:
        assert compiled.sentence_of(index) == spans[index] == _walked(walked, index)
    for index in (size, -size - 1):
        with pytest.raises(IndexError):
            compiled.sentence_of(index)
        with pytest.raises(IndexError):
            _walked(walked, index)


@compiled_only
def test_sentences_out_of_order_or_unreadable_leave_the_work_to_the_walk(monkeypatch) -> None:
    tokens = analyzed(TEXTS[1]).tokens
    assert len({token.sentence for token in tokens}) > 1
    backwards = [replace(token, sentence=-token.sentence) for token in tokens]
    assert fasthits.sentence_spans(backwards) is None
    assert fasthits.sentence_spans([*tokens, object()]) is None
    assert fasthits.sentence_spans([replace(tokens[0], sentence=1.0)]) is None
    assert fasthits.sentence_spans([replace(tokens[0], sentence=1 << 80)]) is None
    assert fasthits.sentence_spans([]) == []
    article = analyzed(TEXTS[1])
    article.tokens = backwards
    view = View(article)
    assert view.sentence_of(0) == _walked(View(article), 0)  # walked: the same answers
    monkeypatch.setattr(view_module, "_SPANS", None)
    plain = View(analyzed(TEXTS[1]))
    assert [plain.sentence_of(k) for k in range(len(tokens))] \
        == [View(analyzed(TEXTS[1])).sentence_of(k) for k in range(len(tokens))] \
        == fasthits.sentence_spans(tokens)
