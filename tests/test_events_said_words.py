"""``said_words.holds_any`` and ``held`` answer what ``View.words_of_sentence`` would (a
sentence's words as read and without a leading conjunction), without building that set:
the same answers on every sentence of an article, for lists of words that stand as read,
after «و/ف», both, and none."""

from __future__ import annotations

import marsad
from marsad.eventcoding.said_words import held, holds_any
from marsad.eventcoding.view import View

TEXT = ("قصفت الطائرات مواقع المسلحين قرب المدينة أمس. وقال الجيش إن القصف استهدف مخازن "
        "أسلحة، فيما نفت الجماعة ذلك. وأعلنت الوزارة أن الوزير سيزور بغداد الأسبوع المقبل "
        "فقالت مصادر إن الزيارة تأجلت. ولم يعلق المتحدث على الأنباء، وفي بغداد نفى مسؤول ذلك.")

LISTS = [
    frozenset({"في", "قصف"}),               # «في» only after «و» («وفي», bare); «القصف» is no «قصف»
    frozenset({"الجيش", "بغداد"}),          # as read
    frozenset({"اعلنت", "فقالت", "في"}),     # «فقالت» as read (its «ف» kept), «في» after «و»
    frozenset({"لم", "نفت", "فيما"}),        # «ولم» is not made bare: «لم» is not said
    frozenset({"حمص", "دمشق"}),             # none
]


def test_the_answers_are_the_sentence_sets() -> None:
    view = View(marsad.analyze(TEXT, published="2025-03-13"))
    found: set[str] = set()
    for index in range(len(view.tokens)):
        for words in LISTS:
            want = words & view.words_of_sentence(index)
            assert held(view, index, words) == want
            assert holds_any(view, index, words) is bool(want)
            found |= want
    assert {"في", "بغداد", "فقالت", "نفت"} <= found and not found & {"لم", "قصف", "حمص"}
