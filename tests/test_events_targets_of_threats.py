"""Events, round 21: whom an act is aimed at (targets).

* A threat with no target of its own is aimed at the party its threatened act falls on
  («بفرض عقوبات على إيران»), else at its condition's subject, named or not («إذا لم تتراجع
  الحكومة») (``eventcoding/target_threats.py``).
* A detached object pronoun («متهمين إياها») stands for the party named before it
  (``eventcoding/target_pronouns.py``).
* A text that opens with the proclitic «بـ» (an instrument, a charge) or with the tail of a
  name («بن عبدالعزيز») is no target (``eventcoding/arg_bounds.py``).

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import first_coded, names


def test_a_threat_is_aimed_at_the_party_its_act_falls_on() -> None:
    article, event = first_coded(
        "ولوّح الاتحاد الأوروبي بفرض عقوبات على إيران إذا واصلت دعم الجماعات المسلحة.",
        "THREATEN")
    assert names(article, event.targets) == ["إيران"]


def test_an_unnamed_party_of_the_threatened_act_is_kept_as_text() -> None:
    article, event = first_coded(
        "وهددت الولايات المتحدة بفرض عقوبات جديدة على قادة الميليشيات إذا لم يتوقف القتال.",
        "THREATEN")
    assert event.targets == [] and event.target_text == ["قادة الميليشيات"]


def test_a_threat_is_aimed_at_an_unnamed_subject_of_its_condition() -> None:
    article, event = first_coded(
        "وهددت النقابات بإضراب عام إذا لم تتراجع الحكومة عن قرار رفع الأسعار.", "THREATEN")
    assert event.target_text == ["الحكومة"]


def test_a_deed_answered_is_no_target_of_the_threat() -> None:
    article, event = first_coded("وتوعد الحرس الثوري بالرد على الضربة في الوقت المناسب.",
                                 "THREATEN")
    assert event.targets == [] and event.target_text == []


def test_a_detached_pronoun_stands_for_the_party_named_before() -> None:
    article, event = first_coded(
        "وهاجم نواب في البرلمان الحكومة خلال الجلسة، متهمين إياها بالتقصير في مراقبة الأسواق.",
        "ACCUSE")
    assert event.target_text == ["الحكومة"]


def test_an_instrument_after_the_verb_is_no_target() -> None:
    article, event = first_coded("وقصف الجيش بالمدفعية أطراف البلدة الحدودية.", "ASSAULT")
    assert event.target_text == []


def test_the_tail_of_a_name_is_no_target() -> None:
    article, event = first_coded(
        "استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد، في الرياض "
        "اليوم، وزير الخارجية الإيراني.", "CONSULT")
    assert not any(text.startswith("بن") for text in event.target_text)
