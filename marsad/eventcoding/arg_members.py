"""Where the speaker's fighters stand before a verb (round 17): «أن مقاتليه تصدوا» (round 12),
and past the words that may stand between them and the verb — «قد», a negation («لن»، «لم»)
— or before them, «يكون/تكون» of a denial: «نفى أن يكون مقاتلوه قد انسحبوا»، «قال إن مسلحيها
لن ينسحبوا». Roles of ``event_args_words.tsv`` (``subject_before``, ``negation``,
``was_present``) and ``member`` of ``event_args_stems.tsv``."""

from __future__ import annotations

from marsad.eventcoding.argument_phrases import stem_role, word_role
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View

__all__ = ["member_before"]

#: The roles of the words that may stand between the fighters and their verb.
_BETWEEN = frozenset({"subject_before", "negation"})


def member_before(view: View, hit: Hit) -> int | None:
    """The index of the fighters-with-a-pronoun word that opens ``hit``'s clause after
    «أن/إن», or None."""
    at = hit.first - 1
    if at >= 1 and word_role(view, at) in _BETWEEN:
        at -= 1
    if at < 1 or not stem_role(view, at, "member") \
            or not any(view.norm(at).endswith(p) for p in view.lex.pronouns):
        return None
    before = at - 1
    if word_role(view, before) == "was_present" and before >= 1:
        before -= 1  # «أن يكون مقاتلوه قد…»
    return at if view.bare(before) in view.lex.argument_breaks else None
