"""A signing told at length (round 16): «وقع ممثلو حكومة الوفاق والقيادة العامة، أمس الجمعة
بمقر الأمم المتحدة في جنيف، اتفاقا دائما…»، «ووقع قادة دول المجلس ومصر على "بيان العلا"».

The bare verb «وقّع» is read only with an object pronoun («وقعها الرئيسان»), since «وقع
الحادث» happened (``word_guards.pronoun_less``); and its phrase rows stop at a comma or miss a
document they do not list («إعلان جدة»، «بيان العلا»). A bare «وقّع» whose next word is a
signer («ممثلو، وفدا، قادة، وزير…») and which names a document further in its sentence
(«اتفاقا، معاهدة، إعلان، بيان…») is a signing. The words are data: ``signing`` in
``event_grammar.yaml``.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["signed"]


@functools.cache
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    data = load_yaml("event_grammar.yaml")["signing"]
    words = [frozenset(fold(str(w)) for w in data[key])
             for key in ("verbs", "signers", "documents")]
    return words[0], words[1], words[2], int(data["reach"])


def signed(view: View, hit: Hit) -> bool:
    """Whether a bare «وقّع» is a signing: a signer right after it, a document after that."""
    verbs, signers, documents, reach = _data()
    if fold(hit.trigger.form) not in verbs or hit.trigger.rest:
        return False
    tokens = view.tokens
    subject = hit.last + 1
    if subject >= len(tokens) or tokens[subject].sentence != tokens[hit.last].sentence \
            or view.bare(subject) not in signers and tokens[subject].stem not in signers:
        return False
    _, stop = view.sentence_of(hit.first)
    return any(tokens[index].norm in documents or tokens[index].stem in documents
               for index in range(subject + 1, min(stop, subject + 1 + reach)))
