"""Round 34 (speed): the matcher's and the view's passes over an article's tokens run as one
compiled loop each (``marsad/eventcoding/_fasthits.c``: ``scan``, ``columns``, ``bares``,
``either``), with the Python twins kept for where the extension was not built. These pin
that the compiled passes answer what their twins answer, on our own Arabic sentences and on
lists the extension cannot read (it then answers None and the twin does the work), and that
the hits and the view's word lists are the same either way, cold or warm."""

from __future__ import annotations

from dataclasses import replace
from operator import or_

import pytest

from gold.events.oracle import analyzed, tokenise
from marsad.eventcoding import matcher
from marsad.eventcoding import view as view_module
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import _ENTRIES, _article_entries, _scan_py, find_hits
from marsad.eventcoding.view import View, _bare_forms, _enders
from marsad.pipeline import clear_caches

try:
    from marsad.eventcoding import _fasthits as fasthits
except ImportError:
    fasthits = None  # type: ignore[assignment]

compiled_only = pytest.mark.skipif(fasthits is None or matcher._SCAN is None,
                                   reason="marsad/eventcoding/_fasthits.c not built")

TEXTS = [
    "أطلقت الشرطة سراح المعتقلين، ووقعت الحكومة والنقابة اتفاقية جديدة.",
    "وقعت مصر والأردن وفلسطين صباح اليوم اتفاقية للتعاون. ثم عاد الوفد.",
    "قررت الحكومة إرسال 500 جندي إلى الحدود، ودفعت بمئات المقاتلين إلى المدينة.",
    "عبر الوزير عن امتنانه للدول التي أرسلت مساعدات إلى المدينة (أمس).",
    "سحبت القوات الأمريكية وحداتها من القاعدة الجوية، فيما أكد الرئيس دعم بلاده.",
    "ذهب الأطفال إلى المدرسة صباحا.",
    "",
]


def _same_scan(tokens: list, table: dict) -> None:
    counts = lexicon().class_counts
    assert fasthits.scan(tokens, table, "word", counts) == _scan_py(tokens, table, "word",
                                                                    counts)


@compiled_only
@pytest.mark.parametrize("text", TEXTS)
def test_scan_is_its_python_twin_cold_warm_and_half_known(text: str) -> None:
    tokens, _ = tokenise(text)
    clear_caches()
    _same_scan(tokens, _ENTRIES)  # every word new
    find_hits(tokens)
    _same_scan(tokens, _ENTRIES)  # every word known
    half = dict(list(_ENTRIES.items())[::2])
    _same_scan(tokens, half)  # some known, some new
    scanned = fasthits.scan(tokens, _ENTRIES, "word", lexicon().class_counts)
    assert scanned is not None and not scanned[2]  # no word left unknown


@compiled_only
def test_scan_finds_the_words_of_count_and_the_last_index_of_each_second_word() -> None:
    tokens, _ = tokenise("دفعت بمئات المقاتلين ثم بعشرات الجنود إلى المدينة ثم إلى الحدود.")
    find_hits(tokens)
    entries, plans, fresh, lasts, counted = fasthits.scan(tokens, _ENTRIES, "word",
                                                          lexicon().class_counts)
    assert not fresh and counted == [1, 4] and plans
    for stem, last in lasts.items():
        assert stem in entries[last][1]
        assert all(stem not in entry[1] for entry in entries[last + 1:])


@compiled_only
def test_items_the_extension_cannot_read_leave_the_work_to_python() -> None:
    tokens, _ = tokenise(TEXTS[0])
    find_hits(tokens)
    counts = lexicon().class_counts
    odd = [*tokens[:3], object(), *tokens[3:]]
    assert fasthits.scan(odd, _ENTRIES, "word", counts) is None
    assert fasthits.columns(odd) is None
    not_str = [*tokens[:2], replace(tokens[2], text=None)]  # type: ignore[arg-type]
    assert fasthits.scan(not_str, _ENTRIES, "word", counts) is None
    norms = [token.norm for token in tokens]
    assert fasthits.bares([*norms, 3], {}) is None  # type: ignore[list-item]
    assert fasthits.either(norms, norms[:-1], frozenset()) is None
    assert fasthits.either(norms, norms, {"في": 1}) is None  # type: ignore[arg-type]


@compiled_only
@pytest.mark.parametrize("text", TEXTS)
def test_the_view_s_columns_are_its_python_lists(text: str) -> None:
    tokens, _ = tokenise(text)
    assert fasthits.columns(tokens) == ([t.start for t in tokens], [t.norm for t in tokens])
    norms = [t.norm for t in tokens]
    forms = _bare_forms()
    bares = list(map(forms.get, norms, norms))
    assert fasthits.bares(norms, forms) == bares
    for words in (lexicon().clause_breaks, _enders()):
        within = words.__contains__
        expected = list(map(or_, map(within, norms), map(within, bares)))
        found = fasthits.either(norms, bares, words)
        assert found == expected and all(type(flag) is bool for flag in found)


def _hits(tokens: list) -> list[tuple]:
    return [(h.first, h.last, h.end, h.trigger.form, h.tense, h.definite, h.future, h.pronoun,
             h.plural, h.passive) for h in find_hits(tokens)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_hits_are_the_same_without_the_extension_cold_or_warm(text, monkeypatch) -> None:
    tokens, _ = tokenise(text)
    clear_caches()
    cold = _hits(tokens)
    assert _hits(tokens) == cold
    monkeypatch.setattr(matcher, "_SCAN", None)
    assert _hits(tokens) == cold
    clear_caches()
    assert _hits(tokens) == cold


def test_the_article_s_entries_hold_every_word_s_entry_and_its_plans() -> None:
    tokens, _ = tokenise(TEXTS[2])
    clear_caches()
    entries, plans, lasts = _article_entries(tokens)
    assert entries == [_ENTRIES[token.text] for token in tokens]
    assert plans == [k for k, entry in enumerate(entries)
                     if entry[0] is not None and tokens[k].kind == "word"]
    assert "مقاتلين" in {stem[1:] for stem in lasts}  # «بمئات المقاتلين» reaches «بمقاتلين»


@pytest.mark.parametrize("text", TEXTS[:5])
def test_the_view_reads_the_same_words_without_the_extension(text, monkeypatch) -> None:
    article = analyzed(text)
    compiled = View(article)
    lists = (compiled.token_starts, compiled.norms, compiled._bares,
             [compiled.is_break(i) for i in range(len(article.tokens))],
             [compiled.ends_argument(i) for i in range(len(article.tokens))])
    monkeypatch.setattr(view_module, "_COLUMNS", None)
    monkeypatch.setattr(view_module, "_BARES", None)
    monkeypatch.setattr(view_module, "_EITHER", None)
    plain = View(article)
    assert (plain.token_starts, plain.norms, plain._bares,
            [plain.is_break(i) for i in range(len(article.tokens))],
            [plain.ends_argument(i) for i in range(len(article.tokens))]) == lists
