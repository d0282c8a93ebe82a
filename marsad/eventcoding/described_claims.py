"""A claim described as false is a rejection of it, not a charge (round 27).

«وصف الوزير اتهامات بأن حكومته تدعم المتمردين بأنها أكاذيب»، «ووصف تقريرا نشره موقع … بـ«الادعاءات
الواهية»»: the describing cue («وصف») is read as an ACCUSE by the statements layer; where a claim
noun («اتهامات»، «تقريرا») stands between the cue and a falsity word («أكاذيب»، «الادعاءات»), the
verbal event is a REJECT of the claim. It is retyped as it is made, before the events of one
sentence are merged, so the speaker's charge told before it stays its own event («واتهمها
بالسعي …، ووصف تقريرا … بالادعاءات الواهية»). Words: ``claim_nouns`` and ``falsity_words`` in
``marsad/lexicons/attribution_described_objects.yaml``.
"""

from __future__ import annotations

from marsad.arabic.clitics import ARTICLE
from marsad.attribution.described_objects import claim_words, describing_cue
from marsad.eventcoding.speakers import token_at
from marsad.eventcoding.view import View
from marsad.model import Statement

__all__ = ["REJECT", "REJECT_MODE", "claim_called_false"]

#: The type and mode of a claim called false.
REJECT, REJECT_MODE = "REJECT", "refuse"


def _word(view: View, k: int, prefix: str = "") -> str:
    """Token ``k`` folded, without «و», one leading ``prefix`` letter and the article."""
    bare = view.bare(k)
    if prefix and bare.startswith(prefix) and len(bare) > 3:
        bare = bare[len(prefix):]
    return bare.removeprefix(ARTICLE)


def claim_called_false(view: View, statement: Statement) -> bool:
    """«وصف ظريف اتهامات … بأنها أكاذيب»، «ووصف تقريرا … بـ«الادعاءات الواهية»»: a claim noun
    after the cue, then a falsity word, in the cue's sentence."""
    if not describing_cue(statement.act, view.article.text[statement.cue[0]:statement.cue[1]]):
        return False
    claims, falsities, reach = claim_words()
    first = token_at(view, statement.cue[1] - 1) + 1
    _, stop = view.sentence_of(first - 1)
    claim = False
    for k in range(first, min(stop, first + reach)):
        if claim and _word(view, k, view.lex.prep_bi) in falsities:  # «بالادعاءات»
            return True
        claim = claim or _word(view, k) in claims
    return False
