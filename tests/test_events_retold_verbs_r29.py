"""Events, round 29: a later verb telling by another source names the doer, the target or the
place otherwise than the first telling (``eventcoding/retold_happenings.py``, ``_retold_verb``).

A doer that shares a word with the first sentence («طائرات الاحتلال» after «الطائرات
الإسرائيلية»), a target the first sentence names without its accusative ending («موقع» after
«موقعا»), or a place the first sentence names («في السعودية» after «في اليمن والسعودية») is
the first act told again. A strike on something the first sentence does not name, or at a
place it does not name, stays an event of its own (roundups keep their strikes apart).

Our own sentences on the real chain. The tests of what is dropped fail without the round's
code; the tests of what stays guard the rule's bounds."""

from __future__ import annotations

from gold.events.oracle import triggers

SITE = "قصفت الطائرات الحربية الإسرائيلية موقعا عسكريا لكتائب المقاومة غرب بلدة بيت لاهيا. "
LATER = "واستهدفت خمس ضربات شنها التحالف قرب ثلاث مدن في السعودية مخازن ذخيرة ومواقع قتالية."


def test_a_doer_named_otherwise_telling_the_strike_again_is_one_event() -> None:
    assert triggers(SITE + "وقال مسعفون إن طائرات الاحتلال قصفت موقع (أبو خالد) بصاروخين.",
                    "ASSAULT") == ["قصفت"]


def test_strikes_at_a_place_the_first_sentence_names_are_one_event() -> None:
    assert triggers("نفذت قوات التحالف 12 غارة على أهداف للمسلحين في اليمن والسعودية أمس. "
                    + LATER, "ASSAULT") == ["غارة"]


def test_a_strike_on_something_the_first_sentence_does_not_name_stays() -> None:
    assert triggers(SITE + "وقال مسعفون إن طائرات الاحتلال قصفت منزل (أبو خالد) بصاروخين.",
                    "ASSAULT") == ["قصفت", "قصفت"]


def test_strikes_at_a_place_the_first_sentence_does_not_name_stay() -> None:
    assert triggers("نفذت قوات التحالف 12 غارة على أهداف للمسلحين في اليمن أمس. " + LATER,
                    "ASSAULT") == ["غارة", "واستهدفت"]
