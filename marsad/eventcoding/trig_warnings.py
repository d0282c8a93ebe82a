"""A warning that announces the warner's own act, on a condition, is a threat (round 14).

«وأعلنت الحكومة طرد السفيرة، محذّرة من أنها ستقطع العلاقات إذا تكرر…»: the statements layer
gives a WARN whose content starts after «من أنها»; the speaker need not be a named entity
(``threat_rule`` wants one). The content must open with the future of an act («ستقطع»،
«سيعتصمون»), not a state («سيكون»، «ستضطر»), and hold a condition word; «قد» (a forecast)
keeps it a warning. Words: ``event_trigger_own_threats.yaml`` and ``event_grammar.yaml``.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.speakers import token_at
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Statement

__all__ = ["own_threat", "constraint_verbs", "idle_verbs"]


@functools.cache
def _words() -> tuple[tuple[str, ...], frozenset[str]]:
    data = load_yaml("event_trigger_own_threats.yaml")
    return (tuple(fold(str(w)) for w in data["future_marks"]),
            frozenset(fold(str(w)) for w in data["idle_verbs"]))


@functools.cache
def constraint_verbs() -> frozenset[str]:
    """Futures that are a constraint («ستضطر إلى…»، «ستعجز عن…»), folded."""
    data = load_yaml("event_trigger_own_threats.yaml")
    return frozenset(fold(str(w)) for w in data["constraint_verbs"])


def idle_verbs() -> frozenset[str]:
    """Futures that are a state or a constraint, no act («سيكون»، «ستضطر»), folded."""
    return _words()[1]


def own_threat(view: View, statement: Statement) -> bool:
    """The warning's content is «أنها/أنهم + a future act … إذا/في حال …»."""
    lex = view.lex
    if statement.act not in lex.warning_acts:
        return False
    first = token_at(view, statement.content[0])
    last = min(token_at(view, statement.content[1]), len(view.tokens))
    if first >= last:
        return False
    marks, idle = _words()
    at = _verb_after_subject(view, first)
    if at is None:
        return False
    verb = view.tokens[at].norm if at < last else ""
    if not verb.startswith(marks) or verb in idle or len(verb) < 4:
        return False
    words = {view.bare(i) for i in range(at + 1, last)}
    return bool(words & lex.threat_conditions) and not words & lex.forecast_words


def _verb_after_subject(view: View, first: int) -> int | None:
    """Where the verb stands when the content's subject is the speaker's pronoun («من أنها
    ستقطع…», before the content or as its first word); None for any other subject: «من أن
    الأسعار سترتفع» is a forecast, «من أن إيران ستهاجم» another party's act."""
    pronouns = view.lex.speaker_pronouns
    if view.bare(first) in pronouns:
        return first + 1
    if first > 0 and view.bare(first - 1) in pronouns:
        return first
    return None
