"""Events, round 17: precision on fresh text. The spurious events of every spent set were sorted
by family (``docs/events.md``, «Round 17: precision»); the one family whose labelling agrees
across the sets and recurs in three of them is closed here, through the real chain (words in
``event_grammar.yaml``, ``prec_round17``):

* a blame told with «و» right after a condemnation of its clause («وأدانت الوزارة القصف
  وحمّلت الجيش المسؤولية») goes on with it: one ACCUSE, the blamed party its target
  (``eventcoding/prec_blames.py``).

Its counter-cases beside it: a blame in a contrasting clause («فيما حمّلت …»), a blame alone,
and a blame before any condemnation stay events."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type


def _accusations(text: str) -> list[str]:
    """The trigger texts of the ACCUSE events coded in ``text``."""
    article = analyzed(text, published="2024-05-01")
    return [article.text[e.trigger[0]:e.trigger[1]] if e.trigger else ""
            for e in of_type(article.events, "ACCUSE")]


@pytest.mark.parametrize("text, condemnation", [
    ("وأدانت أنقرة القصف وحمّلت دمشق المسؤولية الكاملة عنه.", "أدانت"),
    ("وأدانت الحكومة اليمنية في بيان «الهجوم الإرهابي»، وحمّلت جماعة الحوثي المسؤولية"
     " الكاملة، وطالبت المجتمع الدولي بموقف حازم.", "أدانت"),
    ("واستنكرت وزارة الخارجية الأردنية اقتحام المسجد وحمّلت سلطات الاحتلال مسؤولية"
     " التصعيد.", "استنكرت"),
])
def test_a_blame_after_a_condemnation_is_one_accusation(text: str, condemnation: str) -> None:
    assert _accusations(text) == [condemnation]


def test_the_blamed_party_is_the_condemnations_target() -> None:
    article = analyzed("وأدانت أنقرة القصف وحمّلت دمشق المسؤولية الكاملة عنه.",
                       published="2024-05-01")
    events = of_type(article.events, "ACCUSE")
    assert len(events) == 1
    named = {article.entity(i).text for i in events[0].targets if article.entity(i)}
    assert "دمشق" in named


@pytest.mark.parametrize("text, triggers", [
    # another voice, in a clause of its own
    ("واستنكرت قطر الهجوم بشدة، فيما حمّلت الخارجية الفرنسية الحوثيين مسؤولية التصعيد.",
     ["استنكرت", "حمّلت"]),
    # a blame with no condemnation before it
    ("وحمّلت الرئاسة الفلسطينية الحكومة الإسرائيلية المسؤولية الكاملة عن التصعيد.",
     ["حمّلت"]),
])
def test_a_blame_of_its_own_stays_an_event(text: str, triggers: list[str]) -> None:
    assert _accusations(text) == triggers
