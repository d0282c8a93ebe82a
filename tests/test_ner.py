"""The NER tagger's parts: clitic split, training-data reading, features, scoring."""

from __future__ import annotations

import pytest

from marsad.arabic.normalise import fold
from marsad.arabic.tokenise import tokenise
from marsad.ner.clitics import proclitic_length, split
from marsad.ner.corpus import attach_clitics, bio_spans, coarse_tag, split_dev
from marsad.ner.features import sequence_features
from marsad.ner.score import score
from marsad.ner.spans import name_start
from marsad.ner.triggers import head_type, triggers


@pytest.mark.parametrize(("word", "parts"), [
    ("وبالعراق", ("وب", "العراق", "")),
    ("والعراق", ("و", "العراق", "")),
    ("ولبنان", ("و", "لبنان", "")),
    ("للامم", ("ل", "الامم", "")),      # ل + the article, its alef dropped
    ("بغداد", ("", "بغداد", "")),       # ب is part of the name: no article follows
    ("حكومتهم", ("", "حكومت", "هم")),
    ("وهو", ("", "وهو", "")),           # too short a rest to strip و
])
def test_clitic_split(word: str, parts: tuple[str, str, str]) -> None:
    assert split(word) == parts


@pytest.mark.parametrize(("word", "length"), [("والعراق", 1), ("وبالعراق", 2), ("للامم", 0),
                                              ("بغداد", 0)])
def test_a_name_may_leave_out_only_clitics_before_the_article(word: str, length: int) -> None:
    assert proclitic_length(word) == length


@pytest.mark.parametrize(("text", "name"), [
    ("والعراق", "العراق"), ("وبالعراق", "العراق"), ("ولبنان", "لبنان"),
    ("للأمم", "للأمم"), ("وللأمم", "للأمم"), ("الأمم", "الأمم"), ("وَلُبْنان", "لُبْنان"),
])
def test_name_start_skips_proclitics_in_the_original_text(text: str, name: str) -> None:
    token = tokenise(text)[0]
    assert token.text[name_start(token) - token.start:] == name


def test_separate_clitics_of_the_corpus_are_glued_back() -> None:
    sentence = [("و", "O"), ("قال", "O"), ("ان", "O"), ("ه", "O"), ("سيزور", "O"),
                ("و", "O"), ("بغداد", "B-GPE"), ("و", "I-ORG"), ("د", "I-ORG")]
    assert attach_clitics(sentence) == [("وقال", "O"), ("انه", "O"), ("سيزور", "O"),
                                        ("وبغداد", "B-GPE"), ("و", "B-ORG"), ("د", "I-ORG")]


@pytest.mark.parametrize(("fine", "coarse"), [
    ("B-Politician", "B-PER"), ("I-Population-Center", "I-GPE"), ("B-Group", "B-NORP"),
    ("B-Water-Body", "B-LOC"), ("B-Airport", "B-FAC"), ("B-Book", "B-MISC"),
    ("B-PERS", "B-PER"), ("B-OCC", "O"), ("O", "O"),
])
def test_fine_classes_map_to_marsad_types(fine: str, coarse: str) -> None:
    assert coarse_tag(fine) == coarse


def test_dev_blocks_are_a_tenth_and_disjoint_from_training() -> None:
    sentences = [[(f"كلمه{i}", "O")] for i in range(200)]
    train, dev = split_dev(sentences)
    assert len(dev) == 20 and len(train) == 180
    assert not {s[0][0] for s in train} & {s[0][0] for s in dev}


def test_bio_spans_treat_a_stray_inside_tag_as_a_start() -> None:
    assert bio_spans(["B-PER", "I-PER", "O", "I-GPE", "B-GPE", "I-ORG"]) == [
        (0, 2, "PER"), (3, 4, "GPE"), (4, 5, "GPE"), (5, 6, "ORG")]


def test_score_counts_exact_span_and_type_only() -> None:
    gold = [["B-PER", "I-PER", "O", "B-GPE"]]
    pred = [["B-PER", "O", "O", "B-GPE"]]    # the person is cut short
    result = score(gold, pred)
    assert (result["overall"].correct, result["overall"].gold) == (1, 2)
    assert result["LOC-all"].f1 == 1.0
    assert result["PER"].f1 == 0.0


def test_features_carry_the_window_triggers_and_gazetteer() -> None:
    words = [fold(w) for w in "قال الرئيس ميشال عون".split()]
    feats = sequence_features(words, ["", "", "B-PER", "I-PER"])
    assert "t=title:PER" in feats[1]
    assert "-1:t=title:PER" in feats[2] and "-2:t=title:PER" in feats[3]
    assert "g=B-PER" in feats[2] and "1:g=I-PER" in feats[2]
    assert "-2:<s>" in feats[0] and "2:</s>" in feats[3]


@pytest.mark.parametrize(("word", "kind"), [("الرئيس", "title"), ("اللواء", "title"),
                                            ("وزارة", "head"), ("حزب", "head")])
def test_trigger_words_come_from_the_table(word: str, kind: str) -> None:
    assert triggers()[fold(word)][0] == kind


@pytest.mark.parametrize(("word", "typ"), [("ووزارة", "ORG"), ("بمدينة", "GPE"), ("مخيم", "LOC"),
                                           ("الرئيس", None)])
def test_head_words_are_found_behind_clitics(word: str, typ: str | None) -> None:
    assert head_type(fold(word)) == typ


def test_the_shipped_model_names_its_data_and_licence() -> None:
    import json

    from marsad.ner.tagger import MODEL_PATH

    assert MODEL_PATH.is_file()
    card = json.loads(MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    assert any("NewsFANE" in d and "CC BY-SA 3.0" in d for d in card["data"])
    assert set(card["dev_f1"]) >= {"PER", "ORG", "LOC-all", "overall"}


def test_gazetteer_tags_kb_names_longest_first_behind_clitics() -> None:
    from marsad.ner.gazetteer import sentence_gazetteer

    words = [fold(w) for w in "وقال إن مجلس الأمن وبغداد وسوريا".split()]
    tags = sentence_gazetteer(words)
    if not any(tags):
        pytest.skip("the KB artefact is not built")
    assert tags == ["", "", "B-ORG", "I-ORG", "B-GPE", "B-GPE"]


def test_a_name_stops_before_punctuation_inside_it() -> None:
    from marsad.ner.spans import token_span_to_chars

    text = "قالت وزارة الداخلية لـ«الحياة»"
    tokens = tokenise(text)
    first = next(i for i, t in enumerate(tokens) if t.text == "وزارة")
    last = next(i for i, t in enumerate(tokens) if t.text == "الحياة") + 1
    start, end = token_span_to_chars(tokens, first, last)
    assert text[start:end] == "وزارة الداخلية"
