"""Events: who announces an act named right after it («أعلن … وقف التفاوض»), the announcer
named after a chain of titles, does that act; who readies itself for an act («يستعد … لـ»)
will do it (future). A death told by an announcer is not the announcer's deed. Read as light
verbs of ours (``event_args_light_verbs.tsv``, roles ``announce`` and ``prepare``;
``announced_acts.py``).

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import first_coded


def _actor_names(text: str, type_: str) -> list[str]:
    article, event = first_coded(text, type_)
    return [article.entity(e).text for e in event.actors] + list(event.actor_text)


def test_a_titled_announcer_does_the_act_announced() -> None:
    text = ("وأعلن قائد الجيش الفريق أول عبد الفتاح البرهان وقف التفاوض مع قوى الحرية "
            "والتغيير.")
    assert _actor_names(text, "REJECT") == ["عبد الفتاح البرهان"]
    assert first_coded(text, "REJECT")[1].factuality == "asserted"  # done by announcing it


def test_a_titled_announcer_of_arrests_made_them() -> None:
    text = "وأعلن وزير الداخلية اللواء محمود توفيق اعتقال ثلاثة من المشتبه بهم."
    assert _actor_names(text, "COERCE") == ["محمود توفيق"]


def test_who_announces_a_death_did_not_kill() -> None:
    text = ("وأعلن وزير الداخلية اللواء محمود توفيق مقتل ثلاثة من عناصر الشرطة في هجوم "
            "مسلح.")
    assert _actor_names(text, "ASSAULT") == []


def test_who_readies_for_an_attack_will_make_it() -> None:
    _, event = first_coded("يستعد الجيش لاقتحام المدينة بعد حصار دام أسابيع.", "ASSAULT")
    assert event.actor_text == ["الجيش"]
    assert event.factuality == "future"


def test_an_announcer_of_a_convoy_it_sends_sends_it() -> None:
    # round 28: «إرسال/تسيير» + the act opens what is announced: the announcer does it
    assert _actor_names("وأعلنت الكويت إرسال جسر جوي من خمس طائرات محملة بالخيام.",
                        "AID") == ["الكويت"]
    assert _actor_names("وأعلنت هيئة الهلال الأحمر القطري تسيير جسر جوي إلى مطار بنغازي.",
                        "AID") == ["الهلال الأحمر القطري"]


def test_a_time_word_before_the_announced_launch_keeps_the_announcer() -> None:
    # round 28: «لاحقا» (an adverb) between the announcer and «إطلاق» + the act
    text = "وأعلنت الحكومة العراقية لاحقا إطلاق عمليات تحرير مدينة الرمادي."
    assert _actor_names(text, "ASSAULT") == ["الحكومة العراقية"]
