"""The events stage's quick first tests, each of which must answer as the slow reading it
skips: a word none of whose stems spells a trigger has no reading (``matcher._spellable``),
a stem cut from a word is a slice of the folded word (``clitics._stems_without_suffix``), a
clause opens a run of habit only with the run's first word (``standing_backdrops``), «في
الماضي» is looked for only at its first word (``prec_news``), a sentence without an opener
or a toll's verb has no trailing source (``fact_sources``), and a report's vox pop is read
once per article (``column_senses``). Our own sentences; the speed figures live in
``docs/benchmarks.md``."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type
from marsad.arabic import clitics
from marsad.eventcoding import column_senses, fact_sources
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import _spellable, find_hits, readings, stems
from marsad.eventcoding.view import View

PUBLISHED = "2024-05-10"


def test_the_stems_of_triggers_are_spellable() -> None:
    spellable = _spellable()
    assert {"قصف", "هاجم", "اعتقل"} <= spellable
    # a plural verb before a pronoun drops its alif: «يحرروها» is «يحرروا» + «ها», and no
    # surface is spelled «يحررو»
    assert "يحررو" in spellable and "يحررو" not in lexicon().surfaces


@pytest.mark.parametrize("word, stem", [("يحرروها", "يحررو"), ("يهاجموه", "يهاجمو")])
def test_a_plural_verb_before_a_pronoun_keeps_its_reading(word: str, stem: str) -> None:
    assert stem in stems(word) and stem not in lexicon().surfaces
    found = readings(word)
    assert found and all(r.pronoun and r.surface.plural for r in found)


@pytest.mark.parametrize("word", ["بالحديقة", "وكتبهم", "صباحا", "الأطفال"])
def test_a_word_whose_stems_spell_no_trigger_has_no_reading(word: str) -> None:
    assert _spellable().isdisjoint(stems(word))
    assert readings(word) == ()


@pytest.mark.parametrize("word, expected", [
    ("مبادرتها", ["مبادرت", "مبادره"]),  # «مبادرت» is offered as «مبادره» too
    ("مُبادَرتِها", ["مبادرت", "مبادره"]),  # the short vowels are no letters of the stem
    ("لقائهم", ["لقاي"]),
    ("حكومتهم", ["حكومت", "حكومه"]),
])
def test_a_stem_cut_from_a_word_is_the_fold_of_its_letters(word: str,
                                                           expected: list[str]) -> None:
    rules = clitics._rules()
    letters, folded, _ = clitics._letters_and_folds(word, rules)
    assert clitics._stems_without_suffix(letters, folded, 0, rules) == expected


def test_a_habit_run_anywhere_in_the_clause_is_found() -> None:
    # «بين حين وآخر» opens on «بين», which also opens no other run here
    text = "وتقصف الطائرات مواقع الحركة في الجنوب بين حين وآخر."
    assert len(of_type(analyzed(text, published=PUBLISHED).events, "ASSAULT")) == 0
    assert len(of_type(analyzed(text.replace("بين حين وآخر", "صباح اليوم"),
                                published=PUBLISHED).events, "ASSAULT")) == 1


@pytest.mark.parametrize("marker", ["في الماضي", "في مراحل سابقة", "في عهود سابقة"])
def test_an_act_told_with_a_past_marker_is_no_news(marker: str) -> None:
    """Each past marker is found by its first word, whatever follows it."""
    text = f"واعتقلت الشرطة عشرات المعارضين {marker}."
    assert of_type(analyzed(text, published=PUBLISHED).events, "COERCE") == []
    assert len(of_type(analyzed(text.replace(marker, "أمس"), published=PUBLISHED).events,
                       "COERCE")) == 1


def test_a_sentence_without_an_opener_or_a_toll_verb_has_no_trailing_source(
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = View(analyzed("قصفت الطائرات مواقع المسلحين في الجبال أمس.", published=PUBLISHED))
    hit = find_hits(view.tokens)[0]
    monkeypatch.setattr(fact_sources.View, "bare", lambda *_: pytest.fail("read word by word"))
    assert fact_sources.trailing_source(view, hit) is False


def test_a_trailing_source_is_still_found() -> None:
    view = View(analyzed("قصفت الطائرات مواقع المسلحين في الجبال، بحسب شهود عيان.",
                         published=PUBLISHED))
    hit = find_hits(view.tokens)[0]
    assert fact_sources.trailing_source(view, hit) is True


def test_the_vox_pop_is_read_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    view = View(analyzed("طالب عدد من المواطنين بإصلاح الطرق في المدينة.", published=PUBLISHED))
    calls: list[View] = []
    real = column_senses.read_vox_pop
    monkeypatch.setattr(column_senses, "read_vox_pop",
                        lambda v: calls.append(v) or real(v))
    assert view.vox_pop is True
    assert view.vox_pop is True
    assert len(calls) == 1
