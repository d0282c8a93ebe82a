"""The honorific pronouns a description's subject may be are those of the one list
``honorific_pronouns.txt`` («سعادتها» too; ``marsad/attribution/described_objects.py``).
Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type

PUBLISHED = "2024-05-10"


def test_a_description_by_saadatuha_after_her_condemnation_is_no_second_accuse() -> None:
    article = analyzed("أعربت سعادة السفيرة الدكتورة هند العتيبي عن إدانتها للعمل "
                       "الإرهابي في أبها.\nووصفت سعادتها الاعتداء بأنه عمل وحشي.",
                       published=PUBLISHED)
    [event] = of_type(article.events, "ACCUSE")
    assert article.text[event.trigger[0]:event.trigger[1]] == "أعربت"
