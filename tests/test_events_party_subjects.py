"""Events, round 35 (B): a party told by a common noun is the doer of the verb it is the subject
of (``marsad/eventcoding/actor_parties.py``, heads in ``actor_party_heads.tsv``).

A head of the class (a body, a force, a crowd, officials, the two sides, a count + «من» + a
head) in subject position — right after a verb that opens its clause, right before the verb
(future and negated verbs too), or between «أن/إن» and the verb — is kept as ``actor_text``.
Nouns outside the class (a market, sport, weather or abstract noun) are no doers; a force is
needed for an assault and a force or a body for a withdrawal; an indefinite body («مركز») is no
party; a call by an unnamed office is left alone (often advice to the public).

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, first_coded, of_type
from marsad.arabic.normalise import fold
from marsad.lexicons import load_table


def _actor_text(text: str, type_: str) -> list[str]:
    _, event = first_coded(text, type_)
    return event.actor_text


def test_future_verb_after_an_has_the_body_before_it_as_doer() -> None:
    assert _actor_text("وذكر مدير الإغاثة أن المركز سيسير الأسبوع المقبل قافلة تحمل الأدوية "
                       "إلى القرى الجبلية.", "AID") == ["المركز"]


def test_light_verb_after_an_gives_the_force_with_its_adjective() -> None:
    assert _actor_text("وأكد سكان في الحي أن الأرتال المسلحة بدأت الانسحاب من الطريق الساحلي "
                       "فجر السبت.", "RETREAT") == ["الأرتال المسلحة"]


def test_subject_after_the_verb_with_a_count() -> None:
    assert _actor_text("ونص الاتفاق على أن تغادر جميع القوات الأجنبية أراضي البلاد خلال "
                       "شهرين.", "RETREAT") == ["جميع القوات"]


def test_subject_after_a_verb_that_opens_its_clause() -> None:
    assert _actor_text("وفي ساعة متأخرة، نشرت عشائر البلدة مسلحيها حول السوق.",
                       "MOBILIZE") == ["عشائر البلدة"]


def test_subject_after_a_verb_after_an() -> None:
    assert _actor_text("وتبادلت الدورية إطلاق النار معهم قبل أن ينسحب المتسللون نحو الوادي.",
                       "RETREAT") == ["المتسللون"]


def test_praise_by_the_family() -> None:
    assert _actor_text("وأشادت الأسرة بجهود السفارة في متابعة قضية ابنها المخطوف.",
                       "SUPPORT") == ["الأسرة"]


def test_crowd_that_walks_out_is_no_withdrawal() -> None:
    article = analyzed("ورفع القاضي الجلسة، فيما انسحب المحامون من القاعة غاضبين.")
    assert not of_type(article.events, "RETREAT")


def test_members_of_parliament_attacking_a_minister_is_no_assault() -> None:
    article = analyzed("وهاجم نواب في المجلس وزير المالية خلال جلسة المساءلة أمس.")
    assert not any("نواب" in t for e in of_type(article.events, "ASSAULT") for t in e.actor_text)


def test_market_sport_weather_and_abstract_nouns_are_no_party_heads() -> None:
    heads = {fold(row["word"]) for row in load_table("actor_party_heads.tsv")
             if row["role"] in ("force", "body", "people")}
    for word in ("أسعار", "فريق", "أمطار", "أزمة", "أسواق", "منتخب"):
        assert fold(word) not in heads


def test_an_office_asking_the_public_to_visit_is_not_read() -> None:
    article = analyzed("وطلبت الوزارة من المسجلين في القوائم مراجعة فروعها حتى نهاية الشهر.")
    assert not of_type(article.events, "REQUEST")


def test_a_refusal_takes_its_doer_from_before_the_verb() -> None:
    assert _actor_text("وقال شهود إن الأسرة رفضت العرض الذي قدمه الوسطاء.",
                       "REJECT") == ["الأسرة"]
