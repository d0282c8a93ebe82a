"""The subject of a verb right after a relative pronoun: the noun before «الذي/التي»
(«المسلحين الذين اقتحموا البلدة»), also past a comma for a past act («كتائب القذافي، التي
انسحبت نحو الغرب», round 10; not a toll, whose noun is as often the victim: «الجندي، الذي
قتل في المعارك»). Moved out of ``arguments.py`` in round 10."""

from __future__ import annotations

from marsad.eventcoding.argument_core import phrase_ending
from marsad.eventcoding.constructions import constructions
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import ACTOR_TYPES, PLACE_TYPES, Phrase, View

__all__ = ["relative_antecedent"]


def relative_antecedent(view: View, hit: Hit, died: bool = False) -> Phrase | None:
    """«المسلحين الذين اقتحموا البلدة»: the noun before a relative pronoun is the subject
    of a verb with no object pronoun («التي يشنها»، «التي سيطروا عليها» take it as object),
    when it is no place and no preposition governs it («القادمون من إيران الذين…»).
    ``died``: the verb tells who died («الشهيد الرقيب …، الذي استشهد بعد إصابته»): the noun
    past a comma is who died, a toll's subject as any other (round 29)."""
    at = hit.first - 1
    if at < 1 or hit.pronoun or view.bare(at) not in view.lex.relatives:
        return None
    after = hit.last + 1
    if after < len(view.tokens) and view.pronoun_prep(after):
        return None
    first, _ = view.sentence_of(hit.first)
    end = at - 1  # «كتائب القذافي، التي انسحبت نحو الغرب»: past a comma (round 10), a past
    if end > first and view.tokens[end].text in view.lex.asides and hit.tense == "past" \
            and (died or hit.trigger.mode not in constructions().headed_skip_modes):  # an act,
        # or who died: not a toll's victim read as its doer
        end -= 1
    phrase = phrase_ending(view, end, end + 1)
    if phrase is None or phrase.first < first or phrase.types() & PLACE_TYPES:
        return None
    governed = phrase.first > first and view.bare(phrase.first - 1) in view.lex.function_words
    if (governed or view.clitic_prep(phrase.first)) and not died:  # who died may be told by
        return None  # the last noun of a longer phrase («الرقيب …، من حرس الحدود، الذي استشهد»)
    return phrase if phrase.text or phrase.types() & ACTOR_TYPES else None
