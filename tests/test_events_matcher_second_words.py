"""Round 31 (speed): the matcher makes the stems of a phrase's reach only for the words that
may be some phrase's second word (``_second_stems_of``, a compiled test over the lexicon's
second words), so a word seen for the first time is not split into its stems when no phrase
could ask for it. These pin that the phrases see the same second words as before, and that
the test lets the other words by, in our own Arabic sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, tokenise
from marsad.eventcoding import argument_phrases, matcher
from marsad.eventcoding import view as view_module
from marsad.eventcoding.argument_phrases import arg_words, head_ending, light_role, stem_role
from marsad.eventcoding.matcher import (
    _may_be_second,
    _second_stems_of,
    _stems_of,
    _words_after,
    _words_near,
    find_hits,
    plan,
    stem_test,
    stems,
)
from marsad.eventcoding.view import View
from marsad.pipeline import clear_caches

SENTENCES = [
    "أطلقت الشرطة النار على المتظاهرين في الساحة أمس.",
    "وقعت مصر والأردن وفلسطين صباح اليوم اتفاقية للتعاون.",
    "قررت الحكومة إرسال 500 جندي إلى الحدود الشمالية.",
    "أعلنت الوزارة تعليق جزء من العقوبات على الشركات.",
    "عبر الوزير عن امتنانه للدول التي أرسلت مساعدات إلى المدينة.",
    "سحبت القوات الأمريكية وحداتها من القاعدة الجوية.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_plan_meets_the_same_second_words_in_its_reach(sentence, monkeypatch):
    tokens, _ = tokenise(sentence)
    plans = {i: p for i, token in enumerate(tokens) if (p := plan(token.text)) is not None}
    assert plans

    def met() -> dict[int, tuple[frozenset[str], frozenset[str]]]:
        return {i: (p.verbal_words.intersection(_words_after(tokens, i, {})),
                    p.nominal_words.intersection(_words_near(tokens, i)))
                for i, p in plans.items()}

    filtered = met()
    monkeypatch.setattr(matcher, "_second_stems_of", _stems_of)  # every stem of the reach
    assert met() == filtered


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_second_word_stems_are_the_whole_stems_a_phrase_could_ask_for(sentence):
    tokens, _ = tokenise(sentence)
    kept, whole = set(_second_stems_of(tokens)), set(_stems_of(tokens))
    assert kept <= whole
    seconds = {w for token in tokens if (p := plan(token.text)) is not None
               for w in p.verbal_words | p.nominal_words}
    assert seconds & whole == seconds & kept


@pytest.mark.skipif(_may_be_second() is None, reason="the compiled stem test was not built")
def test_words_that_are_no_phrase_s_second_word_are_not_split():
    tokens, _ = tokenise("ذهب الأطفال إلى المدرسة صباحا.")
    kept = set(_second_stems_of(tokens))
    assert kept < set(_stems_of(tokens))
    assert not kept & {"الاطفال", "اطفال", "المدرسه", "مدرسه", "صباحا"}


def test_the_phrases_read_through_the_filtered_reach_cold_or_warm():
    tokens, _ = tokenise("أطلقت الشرطة سراح المعتقلين، ووقعت الحكومة والنقابة اتفاقية جديدة.")
    warm = [(h.first, h.end, h.trigger.form) for h in find_hits(tokens)]
    clear_caches()
    assert [(h.first, h.end, h.trigger.form) for h in find_hits(tokens)] == warm
    assert [form for _, _, form in warm] == ["أطلق|يطلق سراح", "وقع|يوقع اتفاقية"]


READER_SENTENCES = [
    "شنت قوات الأمن حملة مداهمات في ريف المدينة واعتقلت عشرات المطلوبين.",
    "استعادت القوات الحكومية السيطرة على البلدة بعد معارك مع المسلحين.",
    "اتهم المتحدث باسم الجيش الميليشيات بقصف الأحياء السكنية في الضاحية.",
    "قد يفر السجناء من السجن المركزي إذا تأخرت التعزيزات الأمنية.",
]


@pytest.mark.parametrize("sentence", READER_SENTENCES)
def test_the_readers_of_a_word_s_stems_answer_the_same_without_the_compiled_test(
        sentence, monkeypatch):
    """``stem_test`` only spares the stems of a word that no table entry could match: the
    View's and the argument readers' answers are the same with every test switched off."""
    view = View(analyzed(sentence))

    def answers() -> list[object]:
        out: list[object] = []
        for i in range(len(view.tokens)):
            out += [view.light_verb(i), view.head_at(i), view.is_skip(i),
                    view.is_place_noun(i), light_role(view, i), head_ending(view, i, 0),
                    *(stem_role(view, i, role) for role in sorted(arg_words().stem_sets))]
        return out

    tested = answers()
    assert any(tested)
    for module in (matcher, view_module, argument_phrases):
        monkeypatch.setattr(module, "stem_test", lambda words: None)
    clear_caches()
    assert answers() == tested


@pytest.mark.skipif(_may_be_second() is None, reason="the compiled stem test was not built")
def test_a_stem_test_is_made_once_per_table_and_passes_the_words_whose_stems_are_in_it():
    table = frozenset({min(stems("والحملة"), key=len), min(stems("المداهمات"), key=len)})
    test = stem_test(table)
    assert test is not None and stem_test(table) is test
    assert test("والحملة") and test("بالحملة") and test("المداهمات")
    assert not test("المدينة") and not table & set(stems("المدينة"))
