"""Events, round 21, factuality drops: two acts the factuality reading turned away are kept.

A trigger right after «أي» was no event at all («سترد على أي هجوم»); when its clause denies it
(«لن تشارك في أي ضربات»، «نفت أن تكون قد شنت أي غارات») it is now a denied event. Inside a
threat or a warning, the act its condition says a party goes on with («إذا واصلت حكومتها
غاراتها») is now a hypothetical event (``eventcoding/fact_kept.py``). «أي» with no denial, a
negation inside a condition, a statement's noun after «أي» and the other acts of a condition
stay out, as before.

The real chain on our own sentences, and the two predicates on their own."""

from __future__ import annotations

import marsad
from gold.events.oracle import analyzed, first_coded, of_type
from marsad.eventcoding.fact_kept import continued_condition, negated_any
from marsad.eventcoding.matcher import Hit, find_hits
from marsad.eventcoding.view import View


def _hit(text: str, trigger: str) -> tuple[View, Hit]:
    view = View(marsad.analyze(text, published="2024-03-01"))
    for hit in find_hits(view.tokens):
        start, end = view.tokens[hit.first].start, view.tokens[hit.last].end
        if view.article.text[start:end].startswith(trigger):
            return view, hit
    raise AssertionError(f"no hit «{trigger}»")


def test_a_party_that_will_not_take_part_in_any_strikes_is_a_denied_assault() -> None:
    article, event = first_coded("وأكد وزير الدفاع الفرنسي أن بلاده لن تشارك في أي ضربات "
                                 "جوية على اليمن.", "ASSAULT")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "ضربات جوية"
    assert event.factuality == "denied"


def test_any_raids_inside_a_denial_are_a_denied_assault() -> None:
    article, event = first_coded("ونفت وزارة الدفاع الروسية أن تكون طائراتها قد شنت أي غارات "
                                 "على مدينة إدلب.", "ASSAULT")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "غارات"
    assert event.factuality == "denied"


def test_any_attack_with_no_denial_stays_out() -> None:
    article = analyzed("وقال قائد الجيش إن قواته سترد بقوة على أي هجوم على مواقعها.")
    assert of_type(article.events, "ASSAULT") == []


def test_a_negation_inside_a_condition_is_no_denial() -> None:
    view, hit = _hit("لن يلاحق العائدون من الخارج ما داموا لم يتورطوا في أي هجوم على الجيش.",
                     "هجوم")
    assert not negated_any(view, hit)


def test_a_statement_noun_after_any_is_not_kept() -> None:
    view, hit = _hit("ولن تنظر الإدارة في أي طلب يصل بعد منتصف مايو.", "طلب")
    assert not negated_any(view, hit)


def test_the_raids_a_threat_says_a_party_goes_on_with_are_hypothetical() -> None:
    article, event = first_coded("وهدد وزير الخارجية التركي بفرض عقوبات على إسرائيل إذا "
                                 "واصلت حكومتها غاراتها على غزة.", "ASSAULT")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "غاراتها"
    assert event.factuality == "hypothetical"


def test_attacks_that_go_on_of_themselves_in_a_threat_stay_out() -> None:
    view, hit = _hit("وهددت النقابة بقطع العلاقات مع الحكومة إذا استمرت الهجمات على العمال.",
                     "الهجمات")
    assert not continued_condition(view, hit)
    article = analyzed("وهددت النقابة بقطع العلاقات مع الحكومة إذا استمرت الهجمات على العمال.")
    assert of_type(article.events, "ASSAULT") == []
