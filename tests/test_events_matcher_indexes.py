"""Round 16 made the events stage faster by construction and kept its output: the matcher
files a word's phrase readings under their second word and tries only those within reach,
words are looked up in plain dict caches, and the View keeps the article's words and the
factuality cues once per article. These pin what the indexes must keep — the same hits, the
same words — in our own Arabic sentences (speed figures live in ``docs/events.md``)."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, tokenise
from marsad.eventcoding.act_filters import framed
from marsad.eventcoding.matcher import find_hits, plan, readings
from marsad.eventcoding.view import View
from marsad.pipeline import clear_caches


@pytest.mark.parametrize("word", ["أطلقت", "وقعت", "إرسال", "تعليق", "التقى"])
def test_a_plan_keeps_every_reading_in_order_and_files_each_phrase_once(word):
    found = plan(word)
    assert found is not None and found.readings == readings(word)
    filed = [p for table in (found.verbal, found.nominal) for ps in table.values() for p in ps]
    assert sorted(filed + list(found.always)) == list(range(len(found.readings)))
    for second, positions in (*found.verbal.items(), *found.nominal.items()):
        assert all(found.readings[p].surface.trigger.rest[0] == second for p in positions)
    for position in found.always:  # one word, or a phrase whose object may stand far off
        rest = found.readings[position].surface.trigger.rest
        assert not rest or rest[0] in found.verbal_words | found.nominal_words


@pytest.mark.parametrize("word", ["الأطفال", "المدرسة", "صباحا", "الطقس"])
def test_a_word_without_a_trigger_reading_has_no_plan(word):
    assert plan(word) is None


@pytest.mark.parametrize("sentence, form, first, end", [
    # the same verb, two phrases told apart by the word after it
    ("أطلقت الشرطة سراح المعتقلين أمس.", "أطلق|يطلق سراح", 0, 2),
    ("أطلقت الشرطة النار على المتظاهرين.", "أطلق|يطلق النار", 0, 2),
    # a verb whose object stands far off (a long gap), past three parties and a time
    ("وقعت مصر والأردن وفلسطين صباح اليوم اتفاقية للتعاون.", "وقع|يوقع اتفاقية", 0, 6),
    # a noun phrase past a number, and past a word of quantity
    ("قررت الحكومة إرسال 500 جندي إلى الحدود.", "إرسال جندي", 2, 4),
    ("أعلنت الوزارة تعليق جزء من العقوبات.", "تعليق العقوبات", 2, 5),
    # a one-word trigger: no phrase of it within reach
    ("التقى الوزير نظيره الفرنسي في باريس.", "التقى|يلتقي", 0, 0),
])
def test_the_matcher_finds_the_phrase_whose_second_word_is_within_reach(sentence, form, first,
                                                                        end):
    tokens, _ = tokenise(sentence)
    hits = find_hits(tokens)
    assert [(h.trigger.form, h.first, h.end) for h in hits] == [(form, first, end)]


def test_the_matcher_finds_the_same_hits_with_its_caches_cold_or_warm():
    tokens, _ = tokenise("أطلقت الشرطة سراح المعتقلين، ووقعت الحكومة والنقابة اتفاقية جديدة.")
    warm = [(h.first, h.end, h.trigger.form) for h in find_hits(tokens)]
    clear_caches()
    assert [(h.first, h.end, h.trigger.form) for h in find_hits(tokens)] == warm
    assert len(warm) == 2


def test_a_sentence_with_no_trigger_has_no_hit():
    tokens, _ = tokenise("ذهب الأطفال إلى المدرسة صباحا.")
    assert find_hits(tokens) == []


@pytest.mark.parametrize("word, bare", [("وفي", "في"), ("ومنها", "منها"), ("وباكستان", "وباكستان")])
def test_the_view_reads_a_word_without_its_conjunction_cold_or_warm(word, bare):
    view = View(analyzed(f"قال الوزير {word} البلاد كلام كثير."))
    index = view.norms.index(word)
    assert view.bare(index) == bare
    clear_caches()
    assert view.bare(index) == bare


def test_the_view_keeps_each_token_s_word_and_end():
    view = View(analyzed("اجتمع وزير الخارجية مع نظيره في القاهرة أمس."))
    assert view.norms == [token.norm for token in view.tokens]
    assert view.token_ends == [token.end for token in view.tokens]


@pytest.mark.parametrize("text, framed_sentences", [
    ("سيطر المنتخب على مجريات المباراة في الشوط الأول. وفاز الفريق بهدفين.", 1),
    ("سيطرت القوات على المدينة بعد معارك عنيفة.", 0),
])
def test_only_an_article_with_a_frame_word_has_framed_sentences(text, framed_sentences):
    assert len(framed(View(analyzed(text)))) == framed_sentences
