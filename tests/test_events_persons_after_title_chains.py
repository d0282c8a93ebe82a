"""Events: a person named after a chain of titles (a deputy's post, two posts joined by «و», a
rank) is the subject of the verb before the chain, and of a light verb whose masdar follows the
name right away (``eventcoding/title_chains.py``).

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import first_coded, names


@pytest.mark.parametrize("text, person", [
    ("استقبل نائب رئيس مجلس الوزراء ووزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني أمس "
     "السفير الفرنسي.", "محمد بن عبدالرحمن آل ثاني"),
    ("استقبل نائب رئيس مجلس الوزراء ووزير الداخلية الشيخ طلال الخالد في مكتبه أمس سفير "
     "الأردن لدى البلاد.", "طلال الخالد"),
])
def test_a_verb_has_the_person_after_a_chain_of_titles_as_subject(text: str,
                                                                 person: str) -> None:
    article, event = first_coded(text, "CONSULT")
    assert names(article, event.actors) == [person]


def test_a_light_verb_has_the_person_after_a_chain_of_titles_as_subject() -> None:
    text = ("وعقد وزير الدفاع ورئيس الأركان الفريق أول محمد الحداد اجتماعا موسعا مع قادة "
            "الوحدات العسكرية.")
    article, event = first_coded(text, "CONSULT")
    assert names(article, event.actors) == ["محمد الحداد"]
