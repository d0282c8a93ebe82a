"""The matcher's compiled common path (``marsad/kb/_fastmatch.c``, ``_fastresolve.c``) gives
the answers of its Python twins: ``walk`` finds the pending mentions ``Matcher._walk`` finds
(same order, same fields, same actors remembered), ``resolve`` builds the matches
``rank.resolve`` builds from them (and judges the article's countries as
``rank.article_countries`` does), and ``find`` gives the same matches with the extensions and
without them, on our sentences and on every corpus article. The extensions are built
wherever a C compiler is."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from marsad.arabic.tokenise import tokenise
from marsad.ingest import Rejected, read_all
from marsad.kb import match as match_module
from marsad.kb import scan as scan_module
from marsad.kb.match import HELD, QUOTED, KBMatch, Matcher, _State, matcher
from marsad.kb.rank import Pending, Resolver, article_countries, resolve
from marsad.model import Article, Token
from marsad.pipeline import Pipeline

fast = match_module._fastmatch
fast_resolve = match_module._fastresolve
needs_fast = pytest.mark.skipif(fast is None or fast_resolve is None,
                                reason="marsad.kb._fastmatch or _fastresolve was not built")
ON = date(2024, 12, 6)

SENTENCES = [
    "وصل وزير الخارجية العراقي فؤاد حسين إلى دمشق والتقى نظيره السوري بسام صباغ، وقال صباغ إن اللقاء مثمر.",
    "قصفت الطائرات أحياء بحمص وريفها الشمالي، فيما انسحبت وحدات من الجيش السوري نحو حماة.",
    "أعلنت وزارة الدفاع السورية والدفاع التركية بيانين عن الوضع في دير الزور وشمال سوريا.",
    "وللأمم المتحدة ولمجلس الأمن الدولي وللجامعة العربية مواقف من الأزمة في لبنان والعراق.",
    "قال الرئيس الإيراني إبراهيم رئيسي إن بلاده سترد، ونقلت وكالة الأنباء القطرية عن قنا الخبر.",
    "فبالعاصمة الرياض وبجنوب لبنان وكالشام وعمان والأردن يتوجه الوفد.",
    "وصل الوفد إلى طرابلس قادماً من بيروت، ثم زار عمان والتقى مسؤولين في الأردن.",
    "أعلنت الحكومة في مالي أن وزارة المالية ستصرف الرواتب في باماكو.",
    "وقال مصدر لـ\"الرياض\" إن الوفد وصل إلى الرياض اليوم، وعلمت «الشرق الأوسط» بذلك.",
    "زار الوفد مدينة حلب ثم بلدة القصير في ريف حمص الغربي.",
    "كتاب جديد عن تاريخ المدينة في مكتبة الجامعة.",
    "حمص",
    "",
]


def _fields(obj: Any) -> tuple[object, ...]:
    """A dataclass's fields as a tuple, nested pending mentions and links included."""
    return tuple(_fields(v) if dataclasses.is_dataclass(v) else v
                 for v in (getattr(obj, f.name) for f in dataclasses.fields(obj)))


def _walked(m: Matcher, tokens: list[Any], text: str, compiled: bool) -> _State:
    state = _State(tokens, text, ON.isoformat())
    indices = m.scan.starts(tokens, HELD, QUOTED, m._quotes)
    if compiled:
        assert fast is not None and m._walk_context is not None
        fast.walk(tokens, indices, state, m._walk_context)
    else:
        m._walk(state, indices)
    return state


def _same_walk(m: Matcher, tokens: list[Any], text: str) -> list[Pending]:
    compiled, python = (_walked(m, tokens, text, flag) for flag in (True, False))
    assert [_fields(p) for p in compiled.pending] == [_fields(p) for p in python.pending]
    assert compiled.seen_actors == python.seen_actors
    assert compiled.seen_prefixes == python.seen_prefixes
    assert compiled.seen_ends == python.seen_ends
    return python.pending


def _same_resolve(m: Matcher, tokens: list[Token], text: str, pending: list[Pending]) -> None:
    assert fast_resolve is not None
    countries = fast_resolve.countries(pending, m._resolve_context)
    assert countries is None or countries == article_countries(m.kb, pending)
    state = _State(tokens, text, ON.isoformat(), pending)
    compiled = fast_resolve.resolve(pending, tokens, text, m._resolve_context,
                            Resolver(m.kb, pending, m._emit(state)))
    python = resolve(m.kb, pending, m._emit(state))
    assert [_fields(x) for x in compiled] == [_fields(x) for x in python]


def _same_find(m: Matcher, tokens: list[Token], text: str, on: date | None,
               monkeypatch: pytest.MonkeyPatch) -> list[KBMatch]:
    compiled = m.find(tokens, text, on)
    with monkeypatch.context() as patched:
        patched.setattr(match_module, "_fastmatch", None)
        patched.setattr(match_module, "_fastresolve", None)
        patched.setattr(scan_module, "_fast_longest", None)
        python = m.find(tokens, text, on)
    assert [_fields(x) for x in compiled] == [_fields(x) for x in python]
    return compiled


@needs_fast
def test_the_compiled_path_is_on_for_the_shipped_classes() -> None:
    """``walk`` fills ``Pending``'s slots in the order ``_PENDING_FIELDS`` names; were the
    class to change, the matcher would fall back to Python (and this test would say so)."""
    assert matcher()._walk_context is not None


@needs_fast
@pytest.mark.parametrize("sentence", SENTENCES)
def test_compiled_and_python_walks_find_the_same_mentions(sentence: str) -> None:
    m = matcher()
    tokens = tokenise(sentence)
    pending = _same_walk(m, tokens, sentence)
    _same_resolve(m, tokens, sentence, pending)


@needs_fast
@pytest.mark.parametrize("sentence", SENTENCES)
def test_find_gives_the_same_matches_with_and_without_the_extension(
        sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for on in (ON, None):
        _same_find(matcher(), tokenise(sentence), sentence, on, monkeypatch)


@needs_fast
def test_a_full_name_then_its_short_form_is_linked_the_same_way(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "التقى بسام صباغ نظيره، وقال صباغ إن اللقاء مثمر."
    found = _same_find(matcher(), tokenise(text), text, ON, monkeypatch)
    assert [(x.text, x.via) for x in found if x.text.endswith("صباغ")] == [
        ("بسام صباغ", "name"), ("صباغ", "short")]


@needs_fast
def test_tokens_of_another_class_are_read_through_their_attributes() -> None:
    """``walk`` reads a token's text, norm and sentence from the slots of ``Token``; any
    other object with those attributes gives the same mentions."""

    class Plain:
        def __init__(self, token: Token) -> None:
            for name in ("start", "end", "text", "norm", "kind", "suffix", "sentence"):
                setattr(self, name, getattr(token, name))

    text = SENTENCES[0]
    tokens = tokenise(text)
    m = matcher()
    slotted = _walked(m, tokens, text, compiled=True).pending
    plain = _walked(m, [Plain(t) for t in tokens], text, compiled=True).pending
    assert slotted and [_fields(p) for p in plain] == [_fields(p) for p in slotted]


@dataclasses.dataclass(slots=True)
class _Wider(Pending):
    """``Pending`` with one more field: ``walk`` must not fill its slots blindly."""

    note: str = "unset"


@needs_fast
def test_a_pending_class_with_more_fields_is_made_by_a_call() -> None:
    m = matcher()
    assert m._walk_context is not None and fast is not None
    pending_at = m._walk_context.index(Pending)
    context = (*m._walk_context[:pending_at], _Wider, *m._walk_context[pending_at + 1:])
    text = "وصل الوفد إلى بغداد ثم حمص."
    tokens = tokenise(text)
    state = _State(tokens, text, ON.isoformat())
    fast.walk(tokens, m.scan.starts(tokens, HELD, QUOTED, m._quotes), state, context)
    made = [p for p in state.pending if type(p) is _Wider]
    assert made and all(p.note == "unset" for p in made)
    fast.walk(tokens, m.scan.starts(tokens, HELD, QUOTED, m._quotes), _State(tokens, text, None),
              m._walk_context)  # the shipped class again


def _corpus(shared: Path) -> Iterator[Article]:
    foundation = Pipeline(["clean", "text"])
    paths = sorted(str(path) for path in (shared / "corpus").glob("*.jsonl"))
    for item in read_all(paths):
        if not isinstance(item, Rejected):
            yield foundation(item)


def _same_longest(m: Matcher, tokens: list[Token]) -> int:
    """``Scanner.longest`` compiled and in Python, at every token, over each table the
    patterns read (a head table with its ``accept`` too): the same hit. Returns the hits."""
    assert scan_module._fast_longest is not None
    heads = m.p.heads.values
    tables = [(m.free, m.kb.prefixes, match_module.NAMES, None),
              (m.p.titles.values, m.p.titles.prefixes, match_module.TITLES, None),
              (m.p.portfolios.values, m.p.portfolios.prefixes, match_module.PORTFOLIOS, None),
              (heads, m.p.heads.prefixes, match_module.HEADS, lambda k: heads[k] == "ministry")]
    hits = 0
    for first in range(len(tokens)):
        options = m.scan.options(tokens[first])
        for keys, prefixes, bit, accept in tables:
            for clitics in (True, False):
                python = m.scan.longest_py(tokens, first, options, keys, prefixes, bit,
                                           clitics, accept)
                compiled = scan_module._fast_longest(tokens, first, options, keys, prefixes,
                                                     bit, clitics, accept)
                assert (None if compiled is None else (first, *compiled)) == (
                    None if python is None else tuple(python))
                hits += python is not None
    return hits


@needs_fast
@pytest.mark.parametrize("sentence", SENTENCES)
def test_compiled_and_python_longest_find_the_same_keys(sentence: str) -> None:
    _same_longest(matcher(), tokenise(sentence))


@needs_fast
def test_compiled_and_python_agree_on_the_whole_corpus(shared_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    m = matcher()
    articles = mentions = longest_hits = 0
    for article in _corpus(shared_dir):
        tokens, text = article.tokens, article.text
        pending = _same_walk(m, tokens, text)
        _same_resolve(m, tokens, text, pending)
        longest_hits += _same_longest(m, tokens)
        mentions += len(_same_find(m, tokens, text, article.published, monkeypatch))
        articles += 1
    assert articles > 1000 and mentions > 5 * articles and longest_hits > 5 * articles


@pytest.mark.skipif(not (shutil.which("cc") or shutil.which("gcc")), reason="no C compiler here")
def test_the_compiled_matcher_is_built_where_a_compiler_is() -> None:
    assert fast is not None, "reinstall marsad (pip install .) to build marsad/kb/_fastmatch.c"
    assert fast_resolve is not None, (
        "reinstall marsad (pip install .) to build marsad/kb/_fastresolve.c")
