"""Round 28 (speed): word tests read in C before a rule's own test answer as the rule does.

- ``headed_places``: a place's head is looked for only in ``head_forms`` (every head with
  up to two proclitic letters before it), not by stripping every word's proclitics;
- ``same_day``: a phrase's head only in ``_head_forms`` (a head, alone or behind one glued
  letter);
- ``eventcoding.view``: ``is_break`` and ``ends_argument`` read one kept answer per word
  (``_ENDS``) instead of the two word lists and the bare form each call.

Our own sentences and words."""

from __future__ import annotations

import pytest

from marsad.api import analyze
from marsad.eventcoding import view as event_view
from marsad.eventcoding.lexicon import lexicon
from marsad.ner import headed_places as headed
from marsad.ner.clitics import proclitic_letters, strip_any_proclitics, with_any_proclitics
from marsad.temporal import same_day

#: Every Arabic letter, so that words are made with clitic letters and with others.
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ"


def _with_letters(words: frozenset[str] | list[str]) -> set[str]:
    once = {a + w for a in _LETTERS for w in words}
    return set(words) | once | {a + w for a in _LETTERS for w in once}


def test_head_forms_hold_every_word_a_head_is_found_in() -> None:
    lex = headed._lexicon()
    found = 0
    for word in _with_letters(list(lex.heads)):
        if headed._head(word, lex) is not None:
            found += 1
            assert word in lex.head_forms, word
    assert found > len(lex.heads)  # «ببلده»، «وبمدينه» are read too
    assert "وبمدينه" in lex.head_forms and "المدينه" not in lex.head_forms


def test_with_any_proclitics_adds_one_or_two_letters() -> None:
    letters = proclitic_letters()
    assert {"و", "ف", "ب", "ل", "ك"} <= letters
    forms = with_any_proclitics(frozenset({"قريه"}))
    assert {"قريه", "بقريه", "وبقريه", "فلقريه"} <= forms
    assert "القريه" not in forms and "سقريه" not in forms
    # every word stripping brings to the listed word is in the forms
    for word in _with_letters(["قريه"]):
        if "قريه" in strip_any_proclitics(word):
            assert word in forms, word


@pytest.mark.parametrize(("text", "name"), [
    ("اندلعت اشتباكات وببلدة زورقان سقط قتيلان أمس.", "زورقان"),
    ("قتل شرطي في هجوم بمدينة طلخان ليلا.", "طلخان"),
])
def test_a_head_behind_proclitics_still_names_its_place(text: str, name: str) -> None:
    article = analyze(text, published="2024-05-01")
    assert any(e.text == name and e.source == "rule" for e in article.entities)


def test_same_day_head_forms_hold_every_head_the_reader_finds() -> None:
    index = same_day._phrases()
    forms = same_day._head_forms()
    found = 0
    for word in _with_letters(list(index)):
        if same_day._first(word, index) is not None:
            found += 1
            assert word in forms, word
    assert found > len(index)
    assert "وذلك" in forms and "بنفس" in forms


def _is_break(norm: str) -> bool:
    lex = lexicon()
    return norm in lex.clause_breaks or event_view._bare(norm) in lex.clause_breaks


def _ends_argument(norm: str) -> bool:
    lex = lexicon()
    return _is_break(norm) or event_view._bare(norm) in lex.argument_breaks \
        or norm in lex.argument_breaks


def test_kept_break_answers_equal_the_word_lists() -> None:
    lex = lexicon()
    words = set(lex.clause_breaks) | set(lex.argument_breaks) | set(lex.function_words)
    words |= {c + w for c in lex.conjunctions for w in list(words)}
    words |= {"الجيش", "قصف", "مواقع", "وقصف", "وأن", "فإن", "بأن"}
    for norm in sorted(words):
        code = event_view._ends(norm)
        assert (code == event_view._BREAK) == _is_break(norm), norm
        assert (code != event_view._GOES_ON) == _ends_argument(norm), norm


def test_view_breaks_on_an_article_equal_the_word_lists() -> None:
    article = analyze("قال المتحدث إن الجيش قصف مواقع المسلحين، وأكد أن العملية مستمرة، "
                      "فيما نفى الطرف الآخر ذلك وقال إنه لم يخسر أحدا.",
                      published="2024-05-01")
    event_view._ENDS.clear()
    view = event_view.View(article)
    for index, token in enumerate(article.tokens):
        for _ in range(2):  # worked out, then kept
            assert view.is_break(index) == _is_break(token.norm), token.text
            assert view.ends_argument(index) == _ends_argument(token.norm), token.text
    assert any(view.is_break(i) for i in range(len(article.tokens)))
    assert any(view.ends_argument(i) and not view.is_break(i)
               for i in range(len(article.tokens)))
