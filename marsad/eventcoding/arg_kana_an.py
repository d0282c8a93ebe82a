"""The subject of «أن يكون/تكون قد + verb» (round 16): in a denial or a report of one's own
deed the verb's subject is the pronoun in «يكون/تكون» — the one who speaks («ونفت الحكومة أن
تكون قد وافقت على…»). ``was_present`` in ``event_args_words.tsv``. A word in between is read
by the other readers: a name («أن تكون كابول قد وافقت»), or fighters with the speaker's
pronoun («أن يكون مقاتلوه قد انسحبوا»، «أن تكون طائراته قد قصفت المستشفى»), which the
speakers' step gives the speaker later — read here, the object after the verb was lost
(blind4)."""

from __future__ import annotations

from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import word_role
from marsad.eventcoding.factuality import statement_holding
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.speakers import can_act, speaker_entities
from marsad.eventcoding.view import View

__all__ = ["speaker_acts", "speaker_in_kana"]


def speaker_in_kana(view: View, hit: Hit, args: Args) -> bool:
    """Give ``args`` the speaker as subject when ``hit`` follows «أن يكون قد»."""
    qad = hit.first - 1
    if qad < 2 or word_role(view, qad) != "subject_before":
        return False
    at = qad - 1
    if at < 1 or word_role(view, at) != "was_present" \
            or view.bare(at - 1) not in view.lex.argument_breaks:
        return False
    return speaker_acts(view, hit, args)


def speaker_acts(view: View, hit: Hit, args: Args) -> bool:
    """The speaker of the statement holding ``hit`` is its actor: the speaker's entities, else
    a short speaker text that can act. False (``args`` untouched) when there is neither."""
    token = view.tokens[hit.first]
    statement = statement_holding(view.article.statements, token.start, token.end)
    if statement is None or statement.speaker is None:
        return False
    actors = speaker_entities(view.article, statement)
    text = statement.speaker.text
    if actors:
        args.actors = actors
    elif text and can_act(view, text) and len(text.split()) <= view.lex.speaker_words:
        args.actor_text = [text]
    else:
        return False
    return True
