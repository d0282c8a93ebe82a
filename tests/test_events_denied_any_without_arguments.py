"""Events, round 21 (last wave), leftovers: an act denied after «أي» needs no argument.

A denied act right after a negated «أي» («نفت وقوع أي اعتقالات»، «لم يعلن أي إضراب») passed
the factuality reading (``fact_kept.negated_any``) but was dropped for want of evidence: no
party, no place. The denial names the happening, so such a candidate now stands alone
(``candidates._candidate``). «أي» with no denial stays out, as before.

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, first_coded, of_type


def test_a_denied_wave_of_arrests_with_no_party_is_a_denied_coerce() -> None:
    article, event = first_coded("ونفت الشرطة المحلية وقوع أي اعتقالات في المدينة القديمة "
                                 "أمس.", "COERCE")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "اعتقالات"
    assert event.factuality == "denied"


def test_a_strike_the_union_did_not_call_is_a_denied_protest() -> None:
    article, event = first_coded("وقال متحدث باسم النقابة إن النقابة لم تعلن أي إضراب حتى "
                                 "الآن.", "PROTEST")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "إضراب"
    assert event.factuality == "denied"


def test_a_denied_clash_with_no_party_is_a_denied_assault() -> None:
    article, event = first_coded("ونفى المتحدث العسكري وقوع أي اشتباكات خلال الليلة الماضية.",
                                 "ASSAULT")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "اشتباكات"
    assert event.factuality == "denied"


def test_any_clash_with_no_denial_still_stays_out() -> None:
    article = analyzed("وقال الضابط إن قواته مستعدة لمواجهة أي اشتباكات خلال الليلة المقبلة.")
    assert of_type(article.events, "ASSAULT") == []
