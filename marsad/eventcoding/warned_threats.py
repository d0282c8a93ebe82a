"""Three warnings that are threats though ``threat_rule`` passes them by (round 22, recall2).

1. A conditional warning by one unnamed official of a party: «حذر مسؤول عسكري حوثي من أن
   الجماعة ستستأنف هجماتها إذا لم ترفع الرياض الحصار». The speaker names no entity, so the
   named-party rule does not fire; a speaker that opens with a singular title («مسؤول»،
   «قيادي»، «ضابط»، «عضو»…) is taken as such a party. The content checks are those of the
   named-party rule: a condition, no «قد», no forecast subject, no constraint verb.
2. A warning to a party of the consequences it will face: «محذرا طهران من «عواقب خطيرة»».
   The addressee stands first in the content, before «من», and the content names
   consequences («عواقب»). The addressee must follow the cue at once («محذرا طهران من…»):
   in «وحذر الوزير جيريمي هنت من أن…» the words before «من» are the speaker's name.
3. A content that opens with «أي» + a deed and then a future act, a condition in disguise:
   «حذر الصدر من أن أي وجود تركي في الموصل سيعامل كقوة احتلال». Not a future that foresees a
   harm («من أن أي تأخير سيعرض حياة المحتجزين للخطر»), nor one with «قد».

4. (Round 30, S2) A content that opens with the warner's own forces and their act to come,
   with no condition: «حذر الوزير من أن قواته ستقصف أي رتل يقترب». Any speaker (the forces
   are his by their pronoun); not the warner's pronoun alone («من أنها ستعلن موقفها»).
5. (Round 30, S2) A named party's red line: «حذر الرئيس من أن مياه البلاد خط أحمر».

The speaker must be named (an entity) or an official as in (1) for (1)-(3) and (5).
Words: ``event_warning_threats.yaml`` (titles, consequence words, «أي») and ``event_grammar.yaml``
(warning acts, conditions, forecast words).
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.force_threats import forecast
from marsad.eventcoding.speakers import speaker_entities, token_at
from marsad.eventcoding.trig_warnings import constraint_verbs, idle_verbs as load_idle
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Statement

__all__ = ["warned_threat", "official_speaker"]


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    data = load_yaml("event_warning_threats.yaml")
    return (frozenset(fold(str(w)) for w in data["official_heads"]),
            frozenset(fold(str(w)) for w in data["consequence_words"]),
            frozenset(fold(str(w)) for w in data["addressed_before"]),
            int(data["addressed_gap"]))


def official_speaker(statement: Statement) -> bool:
    """The speaker, named by no entity, opens with a singular title («مسؤول عسكري حوثي»)."""
    speaker = statement.speaker
    if speaker is None or not speaker.text.strip():
        return False  # an unnamed official («مسؤول عسكري حوثي», anonymous) counts too
    heads, head = _words()[0], fold(speaker.text.split()[0])
    for lead in ("و", "ال", "وال"):  # «والمتحدث»، «المتحدث الرسمي باسم التحالف»
        if head.startswith(lead) and head[len(lead):] in heads:
            return True
    return head in heads


def warned_threat(view: View, statement: Statement) -> bool:
    """A warning that is a threat by (1) or (2) of the module docstring."""
    lex = view.lex
    if statement.act not in lex.warning_acts:
        return False
    first = token_at(view, statement.content[0])
    last = min(token_at(view, statement.content[1]), len(view.tokens))
    if statement.speaker is not None and _own_forces(view, first, last):
        return True
    named = bool(speaker_entities(view.article, statement))
    official = not named and official_speaker(statement)
    if not (named or official):
        return False
    first = token_at(view, statement.content[0])
    last = min(token_at(view, statement.content[1]), len(view.tokens))
    if first >= last:
        return False
    words = {view.bare(i) for i in range(first, last)}
    if words & lex.forecast_words:
        return False
    if official and words & lex.threat_conditions and not forecast(view, statement) \
            and not {view.tokens[i].norm for i in range(first, last)} & constraint_verbs():
        return True
    if _any_deed(view, first, last) and not forecast(view, statement):
        return True
    if _red_line(view, first, last):
        return True
    return _consequences(view, statement, first, last, words)


@functools.cache
def _forces() -> tuple[frozenset[str], int, frozenset[tuple[str, ...]]]:
    data = load_yaml("event_warning_threats.yaml")
    return (frozenset(fold(str(w)) for w in data["own_forces"]), int(data["own_forces_gap"]),
            frozenset(tuple(fold(w) for w in str(pair).split()) for pair in data["red_lines"]))


def _own_forces(view: View, first: int, last: int) -> bool:
    """«من أن قواته ستقصف…»: the content opens with the warner's forces, then a future act."""
    forces, gap, _ = _forces()
    _, _, _, marks = _any()
    at = _content_start(view, first, last)
    if at >= last or view.tokens[at].norm not in forces:
        return False
    idle = load_idle()
    for verb in range(at + 1, min(at + 1 + gap, last)):
        word = view.tokens[verb].norm
        if view.is_break(verb) or word in view.lex.forecast_words:
            return False
        if word.startswith(marks) and len(word) >= 4:
            return word not in idle
    return False


def _red_line(view: View, first: int, last: int) -> bool:
    """«من أن مياه البلاد خط أحمر»: a red line in the content."""
    pairs = _forces()[2]
    return any((view.tokens[at].norm, view.tokens[at + 1].norm) in pairs
               for at in range(first, last - 1))


@functools.cache
def _openers() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in load_yaml("event_warning_threats.yaml")["content_openers"])


def _content_start(view: View, first: int, last: int) -> int:
    """The first token of a warning's content past its opening «من أن» (``content_openers``)."""
    openers = _openers()
    at = first
    while at < last and view.bare(at) in openers:
        at += 1
    return at


@functools.cache
def _any() -> tuple[frozenset[str], int, frozenset[str], tuple[str, ...]]:
    data = load_yaml("event_warning_threats.yaml")
    marks = load_yaml("event_trigger_own_threats.yaml")["future_marks"]
    return (frozenset(fold(str(w)) for w in data["any_words"]), int(data["any_gap"]),
            frozenset(fold(str(w)) for w in data["any_forecast_verbs"]),
            tuple(fold(str(w)) for w in marks))


def _any_deed(view: View, first: int, last: int) -> bool:
    """«من أن أي وجود تركي في الموصل سيعامل كقوة احتلال»: «أي» opens the content (after
    «أن»), a future verb of an act follows within a few words."""
    anys, gap, harms, marks = _any()
    at = _content_start(view, first, last)
    if at >= last or view.bare(at) not in anys:
        return False
    for verb in range(at + 2, min(at + 1 + gap, last)):
        word = view.tokens[verb].norm
        if view.is_break(verb):
            return False
        if word.startswith(marks) and len(word) >= 4:
            return word not in harms
    return False


def _consequences(view: View, statement: Statement, first: int, last: int,
                  words: set[str]) -> bool:
    """«محذرا طهران من «عواقب خطيرة»»: right after the cue an addressee, then «من», and
    consequences in the content. Not «وحذر الوزير جيريمي هنت من أن…»: words between the cue
    and the content are the speaker, and what the content opens with may be his name."""
    _, consequences, before, gap = _words()
    if not words & consequences or view.bare(first) in before:
        return False
    if first != token_at(view, statement.cue[1] - 1) + 1:
        return False
    return any(view.bare(at) in before for at in range(first + 1, min(first + gap, last)))
