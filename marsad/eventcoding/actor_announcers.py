"""Who announces an act told as the object of the announcement when no actor was found for
it: «وأعلنت قوى الأمن الداخلي في بيان توقيف 70 شخصا»، «وأعلنت كل من هولندا والنرويج تعليق
صادرات الأسلحة» — the statements layer read the whole span after the cue as what was said
(no speaker), or the content opened at «في بيان», so the announced act (a masdar or a
phrase, never a verb) had no actor. The subject
stands between the cue and the act: a phrase right after the cue (a named party, parties
joined by «و», or an organisation no entity names), then only times, a place or «في بيان»
before the act. Only for the acts a speaker does by announcing them (`speaker_does`);
round 21."""

from __future__ import annotations

from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import arg_words, phrase
from marsad.eventcoding.argument_places import is_medium, skip_adjuncts
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.speakers import can_act, token_at
from marsad.eventcoding.view import ACTOR_TYPES, View
from marsad.model import Statement

__all__ = ["announcer_before_act"]


def announcer_before_act(view: View, statement: Statement, kind: str, trigger: int,
                         args: Args) -> bool:
    """Give ``args`` the subject standing between the cue and the act (``trigger``, a
    character offset); whether it did."""
    if kind == "verb" or statement.act not in lexicon().speaker_does \
            or not statement.content[0] <= trigger < statement.content[1]:
        return False
    cue_last = token_at(view, max(statement.cue[1] - 1, statement.cue[0]))
    act = token_at(view, trigger)
    if view.tokens[act].sentence != view.tokens[cue_last].sentence:
        return False
    first = cue_last + 1
    if first + 2 < act and arg_words().words.get(
            f"{view.bare(first)} {view.bare(first + 1)}") == "each_of":
        first += 2  # «وأعلنت كل من هولندا والنرويج تعليق…»
    found = phrase(view, first, act, orgs=True)
    if found is None or found.first != first:
        return False
    if found.entities and not found.types() & ACTOR_TYPES:
        return False
    if not found.entities and not (found.text and can_act(view, found.text)):
        return False
    after, _ = skip_adjuncts(view, found.last + 1, act)
    if after != act and not _statement_medium(view, found.last + 1, act):
        return False
    args.add_actor(found)
    return True


def _statement_medium(view: View, first: int, stop: int) -> bool:
    """«في بيان»، «في بيان لها»: the words between a subject and what it announced are the
    medium of the announcement (`medium` in event_args_stems.tsv)."""
    if not 2 <= stop - first <= 3 or view.bare(first) not in view.lex.prepositions \
            or not is_medium(view, first + 1, stop):
        return False
    return stop - first == 2 or bool(view.pronoun_prep(first + 2))
