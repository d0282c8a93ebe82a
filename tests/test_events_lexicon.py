"""The event coder's data: the trigger table's schema, the forms it reads, the factuality
cues and the statement acts — read like the tables they pin."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.eventcoding.lexicon import FACTUALITY_RANK, TYPES, lexicon
from marsad.eventcoding.matcher import readings
from marsad.lexicons import load_table

DOCS = Path(__file__).resolve().parent.parent / "docs" / "events.md"
TRIGGERS = load_table("event_triggers.tsv")


def test_every_trigger_row_names_a_plover_type_a_kind_and_what_it_needs():
    for row in TRIGGERS:
        assert row["type"] in TYPES, row
        assert row["kind"] in {"verb", "masdar", "participle", "phrase"}, row
        assert row["needs"] in {"arg", "party", "actor", "target", "-"}, row
        assert row["mode"], row
        if row["kind"] == "verb":
            assert row["form"].count("|") == 1 and " " not in row["form"], row


def test_all_sixteen_types_have_triggers():
    assert {row["type"] for row in TRIGGERS} == TYPES


def test_every_mode_is_documented():
    documented = DOCS.read_text(encoding="utf-8")
    for mode in {row["mode"] for row in TRIGGERS}:
        assert f"`{mode}`" in documented, mode


@pytest.mark.parametrize("word, type_, tense", [
    ("سيطرت", "ASSAULT", "past"),
    ("يسيطرون", "ASSAULT", "present"),
    ("والاعتقالات", "COERCE", "noun"),
    ("لقائه", "CONSULT", "noun"),
    ("لسيطرتها", "ASSAULT", "noun"),
    ("بقصف", "ASSAULT", "noun"),
    ("التقت", "CONSULT", "past"),
    ("المظاهرات", "PROTEST", "noun"),
    ("وانسحبوا", "RETREAT", "past"),
])
def test_a_word_reads_as_the_trigger_in_its_form(word, type_, tense):
    first = readings(word)[0].surface
    assert (first.trigger.type, first.tense) == (type_, tense)


@pytest.mark.parametrize("word", ["مصادر", "فجر", "الدفاع", "وزارة", "سياسة", "بيان"])
def test_words_that_only_look_like_triggers_are_not_read_as_one(word):
    assert readings(word) == ()


def test_the_future_prefix_reads_only_on_a_present_verb():
    meets = [r for r in readings("سيلتقي") if r.surface.trigger.type == "CONSULT"]
    assert meets and all(r.future for r in meets)
    assert not any(r.future for r in readings("سيطرت"))


def test_factuality_cues_say_one_of_the_known_readings():
    for row in load_table("event_factuality.tsv"):
        assert row["factuality"] in {*FACTUALITY_RANK, "none"}, row
        assert row["side"] in {"before", "after"} and int(row["window"]) > 0, row


def test_every_statement_act_of_the_record_has_a_rule():
    acts = {row["act"] for row in load_table("event_statement_acts.tsv")}
    assert acts >= {"SAY", "AFFIRM", "DENY", "WARN", "CONDEMN", "CALL", "ANNOUNCE", "ACCUSE",
                    "THREATEN", "PROMISE", "CLAIM"}


@pytest.mark.parametrize("act, event_type, content", [
    ("CONDEMN", "ACCUSE", "reported"), ("ACCUSE", "ACCUSE", "reported"),
    ("CALL", "REQUEST", "drop"), ("THREATEN", "THREATEN", "drop"),
    ("DENY", "", "denied"), ("SAY", "", "reported"), ("PROMISE", "", "future"),
])
def test_statement_acts_read_like_the_table(act, event_type, content):
    rule = lexicon().acts[act]
    assert (rule.event_type, rule.content) == (event_type, content)


@pytest.mark.parametrize("word, type_", [
    ("غارتين", "ASSAULT"),  # a raid: two raids, its ta written before the dual's ending
    ("ضربتان", "ASSAULT"),
    ("مظاهرتين", "PROTEST"),
])
def test_the_dual_of_a_noun_in_ta_marbuta_reads_as_its_trigger(word, type_):
    # round 35 (D): «غارة» → «غارتين»، «مظاهرة» → «مظاهرتين» (event_grammar.yaml
    # ``ta_marbuta_dual``)
    assert type_ in {reading.surface.trigger.type for reading in readings(word)}


def test_a_dual_of_two_raids_is_coded_in_a_sentence():
    from marsad.api import analyze
    article = analyze("شنت طائرات حربية غارتين على بلدة في الجنوب صباح اليوم.",
                      published="2020-03-01")
    assert [event.type for event in article.events] == ["ASSAULT"]


def test_li_and_a_present_verb_after_a_comma_tells_what_followed():
    # round 35 (D): the «لام» of consequence («…، لتنسحب القوات»): a narrative past
    from marsad.api import analyze
    article = analyze("دارت معارك عنيفة في محيط القرية، لتنسحب القوات بعدها من التلة.",
                      published="2020-03-01")
    assert ("RETREAT", "asserted") in {(e.type, e.factuality) for e in article.events}


def test_li_and_a_present_verb_without_a_comma_is_a_purpose_and_not_read():
    from marsad.api import analyze
    article = analyze("يتوجه المبعوث إلى العاصمة غدا ليبحث مع الحكومة ترتيبات الزيارة وليندد "
                      "بالحملة الإعلامية.", published="2020-03-01")
    assert "ACCUSE" not in {e.type for e in article.events}


def test_a_lead_strengthened_in_a_league_is_no_reinforcement():
    # round 35 (D): «عزز|يعزز» before «صدارته»، «رصيده» (event_grammar.yaml object_blockers)
    from marsad.api import analyze
    article = analyze("فاز السد على الريان بثلاثة أهداف مقابل هدف في الجولة العاشرة من دوري "
                      "نجوم قطر، ليعزز صدارته للترتيب بفارق أربع نقاط.", published="2020-03-01")
    assert "MOBILIZE" not in {e.type for e in article.events}
