"""Events: a standing claim or refusal told in the present and set against the other side's
denial in the same sentence («…، وهو ما تنفيه الدوحة»، «… فيما تنفي…») is a backdrop, no ACCUSE
or REJECT (``marsad/eventcoding/denied_stances.py``, words in
``marsad/lexicons/event_denied_stances.yaml``).

* a present accusation with «وهو ما تنفيه» after it, a present refusal with «فيما تنفي» after it:
  no event;
* a past accusation with a denial after it, the same present accusation with no denial: the event stays.

Our own sentences, through the real chain; each guarded sentence is coded without the guard
(checked when the tests were written)."""

from __future__ import annotations

from gold.events.oracle import triggers


def test_a_present_accusation_against_a_denial_is_no_accuse() -> None:
    text = "وتتهم الحكومة السودانية جارتها بإيواء المتمردين على حدودها، وهو ما تنفيه جوبا."
    assert triggers(text, "ACCUSE") == []


def test_a_present_refusal_against_a_denial_is_no_reject() -> None:
    text = "وترفض كوريا الشمالية عودة المفتشين الدوليين فيما تنفي سعيها لامتلاك سلاح نووي."
    assert triggers(text, "REJECT") == []


def test_a_past_accusation_stays_an_accuse() -> None:
    text = "واتهمت الحكومة السودانية أمس جارتها بإيواء المتمردين، وهو ما نفته جوبا."
    assert any("اتهمت" in found for found in triggers(text, "ACCUSE"))


def test_a_present_accusation_with_no_denial_stays_an_accuse() -> None:
    text = "وتتهم الحكومة السودانية جارتها بإيواء المتمردين على حدودها."
    assert any("تتهم" in found for found in triggers(text, "ACCUSE"))
