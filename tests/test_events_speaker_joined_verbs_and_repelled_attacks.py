"""The speaker's own acts told by a second verb (round 29, second wave: recall on the spent
sets' «إنها + act» family).

* A verb joined by «و» to the first verb of a statement's content, when that first verb
  stands right after «أنها/إنه» and is no act the coder reads, goes on with the speaker as
  its subject («قالت الحركة إنها ستحرس الطريق وتسمح بعودة النازحين»); the speaker's words
  may be quoted on the way («إنها "غيرت مواقعها" وستشن هجوما»), and a present verb joined to
  a future one is to come as well (``candidates._joined_to_speaker_verb``; words in
  ``speaker_joined_reach`` and ``speaker_quotes`` of ``event_grammar.yaml``).
* A verb joined by «و» right after an attack repelled («صدوا هجوما … ودمروا ثلاث آليات») is a
  second happening: the attack is the other side's, the strike the repellers' own
  (``two_acts._another_kind``; the repelling rows in ``repels`` of ``two_acts.yaml``). Other
  fights told with a second verb («اشتبكوا … ودمروا») stay one happening.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, names, of_type, triggers

PUBLISHED = "2015-08-09"


def test_a_verb_joined_to_the_speakers_first_verb_has_the_speaker_as_doer() -> None:
    text = ("وقالت حركة النهضة في بيان إنها ستحرس الطريق الساحلي وتسمح بعودة النازحين إلى "
            "قراهم.")
    article = analyzed(text, PUBLISHED)
    events = of_type(article.events, "CONCEDE")
    assert len(events) == 1, events
    assert names(article, events[0].actors) == ["حركة النهضة"]
    assert events[0].factuality == "future"  # «ستحرس … وتسمح»: both to come


def test_a_quoted_first_verb_still_lends_its_subject() -> None:
    text = ("ونفت جبهة الخلاص أن تكون عناصرها قد فرت من البلدة، قائلة إنها \"غيرت مواقعها\" "
            "وستشن هجوما معاكسا خلال ساعات.")
    article = analyzed(text, PUBLISHED)
    attacks = of_type(article.events, "ASSAULT")
    assert len(attacks) == 1, attacks
    assert attacks[0].actor_text == ["جبهة الخلاص"] and attacks[0].factuality == "future"


def _speakers_concessions(text: str) -> int:
    article = analyzed(text, PUBLISHED)
    return len([e for e in of_type(article.events, "CONCEDE")
                if names(article, e.actors) == ["حركة النهضة"]])


def test_no_speaker_past_a_relative_clause() -> None:
    told = "وقالت حركة النهضة في بيان إنها تحرس {} وتسمح بمرور الشاحنات."
    assert _speakers_concessions(told.format("الطريق الذي فتحوه")) == 0
    assert _speakers_concessions(told.format("الطريق")) == 1


def test_a_strike_after_an_attack_repelled_is_a_second_event() -> None:
    text = ("وقالت الفصائل في بيان إن مقاتليها صدوا هجوما شنته قوات النظام ودمروا ثلاث آليات "
            "قرب بلدة كفرنبل.")
    found = triggers(text, "ASSAULT")
    assert len(found) == 2 and "ودمروا" in found[1], found


def test_a_strike_after_a_clash_stays_one_event() -> None:
    told = ("وقالت الفصائل في بيان إن مقاتليها {} قوات النظام ودمروا ثلاث آليات قرب بلدة "
            "كفرنبل.")
    assert len(triggers(told.format("اشتبكوا مع"), "ASSAULT")) == 1
    assert len(triggers(told.format("صدوا هجوما شنته"), "ASSAULT")) == 2
