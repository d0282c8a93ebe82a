"""The compiled clitic split and the matcher's compiled pre-test (``marsad/arabic/_fasttok.c``)
against their Python twins: ``split`` gives what ``split_uncached_py`` gives on every word
made of the listed proclitics, pronoun suffixes, marks and protected words; ``may_spell``
says False only for a word none of whose ``spellings`` (a superset of its candidates) is a
stem of the set, so the matcher's readings are those it finds without the pre-test."""

from __future__ import annotations

import itertools

import pytest

from marsad.arabic import clitics
from marsad.arabic.tokenise import tokenise
from marsad.eventcoding import matcher
from marsad.lexicons import load_words

compiled_only = pytest.mark.skipif(clitics.split_uncached is clitics.split_uncached_py,
                                   reason="marsad/arabic/_fasttok.c not built")

#: Stems of our own, some protected («لبنان»، «الذي»، «هذه»), some ending in ة, ت or ه.
STEMS = ["لبنان", "الذي", "هذه", "حكومة", "حكومت", "اتجاه", "مياه", "جيش", "قصف", "هجوم",
         "مستشفيات", "بيان", "سيار", "اجتماع", "وقت", "ليس", "مبين", "قتلو", "يقتل", "تفاوض",
         "أمريكا", "إيران", "آلية", "إليه", "مؤتمر", "الى", "بغداد", "واضح", "ك", "ها", ""]
MARKS = ["", "\u064b", "\u064c", "\u064f", "\u0651", "\u0640", "\u0670"]


def _words() -> list[str]:
    rules = clitics._rules()
    prefixes = ["", *(a.form for a in rules.prefixes), "أ", "س"]
    suffixes = ["", *(a.form for a in rules.suffixes), "ا", "ت", "ة"]
    made = [p + s + x for p, s, x in itertools.product(prefixes, STEMS, suffixes)]
    # marks inside and at the end (tanween after a pronoun suffix: «مبيناً»)
    made += [word[:2] + mark + word[2:] + mark for word in made[::7] for mark in MARKS]
    made += sorted(load_words("clitic_protected.txt"))
    return made


WORDS = _words()


@compiled_only
def test_compiled_split_is_taken() -> None:
    assert clitics.split_uncached is not clitics.split_uncached_py
    assert clitics.split("لسوريا") == ("ل", "سوريا", "")


@compiled_only
def test_compiled_split_equals_the_python_split_on_every_made_word() -> None:
    differ = [word for word in WORDS
              if clitics.split_uncached(word) != clitics.split_uncached_py(word)]
    assert len(WORDS) > 10_000 and differ == []


@compiled_only
@pytest.mark.parametrize("word, parts", [
    ("وبالتالي", ("وبال", "تالي", "")),
    ("لسوريا", ("ل", "سوريا", "")),
    ("وقتها", ("", "وقت", "ها")),
    ("حكومته", ("", "حكومت", "ه")),
    ("مبيناً", ("", "مبينا", "")),  # tanween: no «نا»
    ("اتجاه", ("", "اتجاه", "")),  # «ه» never after «ا»
    ("والمُؤتمرِ", ("وال", "موتمر", "")),  # marks out, hamza seat folded
    ("ALJAZEERA", ("", "aljazeera", "")),
    ("", ("", "", "")),
])
def test_compiled_split_of_written_words(word: str, parts: tuple[str, str, str]) -> None:
    assert clitics.split_uncached(word) == clitics.split_uncached_py(word) == parts


@compiled_only
def test_tokens_of_a_sentence_carry_the_python_split() -> None:
    text = "وأعلنت حكومتُها أنّ قواتها قصفت مواقعهم بالمدفعية، ولسوريا وللبنان مواقفهما."
    for token in tokenise(text):
        if token.kind == "word":
            assert (token.prefix, token.stem, token.suffix) \
                == clitics.split_uncached_py(token.text), token.text


@compiled_only
def test_spellings_hold_every_candidate() -> None:
    missing = [word for word in WORDS
               if not set(clitics.candidates(word)) <= clitics.spellings(word)]
    assert missing == []


@compiled_only
def test_the_stem_filter_answers_as_the_spellings_do() -> None:
    stems = frozenset({"جيش", "هجوم", "حكومه", "الجيش", "قتلو", "تفاوض", "لبنان"})
    may_spell = clitics.stem_filter(stems)
    assert may_spell is not None
    answers = {word: may_spell(word) for word in WORDS}
    assert answers == {word: not stems.isdisjoint(clitics.spellings(word)) for word in WORDS}
    assert answers["للجيش"] and answers["بحكومته"] and not answers["وبيانها"]


@compiled_only
def test_the_matcher_pre_test_keeps_every_reading() -> None:
    may_spell = matcher._may_spell()
    assert may_spell is not None
    spellable = matcher._spellable()
    sentence = ("وقصفت الطائرات مواقع المسلحين وقتلوهم، واستهدفت بالهجوم مستشفياتهم، "
                "فيما التقى الوزير نظيره وبحثا المفاوضات وسيوقعان اتفاقا")
    words = [*WORDS, *sentence.replace("،", "").split()]
    kept = [word for word in words if not may_spell(word)]
    assert kept and all(spellable.isdisjoint(clitics.candidates(word)) for word in kept)
    passed = [word for word in sentence.replace("،", "").split() if may_spell(word)]
    assert {"وقصفت", "وقتلوهم", "بالهجوم", "التقى"} <= set(passed)
    assert all(matcher.readings(word) for word in ("وقصفت", "وقتلوهم", "بالهجوم"))


def test_without_the_extension_the_python_split_and_no_pre_test(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clitics, "split_uncached", clitics.split_uncached_py)
    assert clitics.stem_filter({"جيش"}) is None
    assert clitics.split_uncached("لسوريا") == ("ل", "سوريا", "")
