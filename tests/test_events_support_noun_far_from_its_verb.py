"""Support told by a stance noun that stands far from the verb stating it (round 29, K).

«أعرب|يعرب عن تضامن …»، «أكد|يؤكد وقوف …» are phrases of a stating verb and its stance noun.
A long subject (a ruler's titles and name) and an aside («في برقية بعث بها إلى …»، «في اتصال
هاتفي مع …») often stand between the two: both verbs reach their noun up to a clause break
(``long_phrase_gaps`` in ``event_grammar.yaml``), as «وقع … الاتفاقية» does.

Our own sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type

PUBLISHED = "2015-08-09"


@pytest.mark.parametrize("text", [
    ("وأعرب رئيس دولة الإمارات الشيخ خليفة بن زايد آل نهيان في رسالة خطية وجهها إلى "
     "الرئيس التونسي عن تضامن بلاده الكامل مع تونس."),
    ("وأكد العاهل الأردني الملك عبد الله الثاني بن الحسين خلال اتصال هاتفي مع الرئيس "
     "اللبناني وقوف الأردن مع لبنان."),
])
def test_a_stance_noun_after_a_long_subject_and_an_aside_is_support(text: str) -> None:
    article = analyzed(text, published=PUBLISHED)
    assert len(of_type(article.events, "SUPPORT")) == 1, article.events

