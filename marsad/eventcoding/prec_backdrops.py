"""Round 22: a backdrop is no happening of the report. Three kinds, with their words in
``marsad/lexicons/event_backdrops.yaml``:

- a description: a verb in the present right after a relative pronoun tells what its
  antecedent does or suffers, not an act of the report («مهمة التحالف الذي يقصف مواقع
  التنظيم»، «البلدة التي يفرض عليها المسلحون حصارا»); a statement's cue likewise («المنشأة
  التي تطالب الهيئة بزيارتها» is no demand of the day). A past verb there is kept («الهجوم
  الذي استهدف الثكنة» tells the attack), and so is a present accusation (``keep_types``:
  «المعارض الذي تتهمه الحكومة بالتحريض», a standing charge the gold sets code), a present
  visit or meeting (in progress: «الوزيرة التي تزور العاصمة»), and a verb a word of now
  follows («المدفعية التي تقصف البلدة حاليا»).
- remote history: a trigger a few tokens after a word of remote time in its sentence (a
  century, a decade of the last century: «في منتصف القرن الماضي، حين تقاتلت القبائل»), told
  as a time (after «في/منذ/أوائل…»: not «صفقة القرن»), and not this century.
- a relative clause on a date of long ago («الغارة على المدينة في 3 مايو 1982 التي قتلت
  العشرات»): told of the dated happening, history like it (``dated_relative``, called by
  ``history.py``, which holds the other dated history).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import Hit, readings
from marsad.eventcoding.said_words import holds_any
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Token

__all__ = ["backdrop", "describing_cue", "dated_relative"]


@dataclass(frozen=True, slots=True)
class _Rules:
    keep_types: frozenset[str]  # ACCUSE, CONSULT: a present verb of these types is kept
    now: frozenset[str]  # «حاليا»: a word of now after the verb keeps it
    now_reach: int
    remote: frozenset[str]  # «القرن»، «الثمانينيات»: words of remote time
    reach: int  # tokens before the trigger searched for one
    leads: frozenset[str]  # «في»، «منذ»: what tells the remote word as a time
    current: frozenset[str]  # «الحادي»: after «القرن», this century


@functools.cache
def _rules() -> _Rules:
    data = load_yaml("event_backdrops.yaml")
    describing, remote = data["describing"], data["remote"]
    return _Rules(keep_types=frozenset(describing["keep_types"]), now=folded(describing["now"]),
                  now_reach=int(describing["now_reach"]), remote=folded(remote["words"]),
                  reach=int(remote["reach"]), leads=folded(remote["leads"]),
                  current=folded(remote["current"]))


def backdrop(view: View, hit: Hit) -> bool:
    """The hit describes a party or a place, or tells remote history."""
    return describing(view, hit) or remote_history(view, hit)


def describing(view: View, hit: Hit) -> bool:
    """A present verb (not a future one; a phrase's first word too) right after
    «الذي/التي/الذين…», of a type not kept (``keep_types``), with no word of now a few tokens
    after it."""
    return hit.tense == "present" and not hit.future \
        and hit.trigger.type not in _rules().keep_types \
        and _after_relative(view, hit.first) and not _now_after(view, hit.first)


def describing_cue(view: View, cue: int, event_type: str) -> bool:
    """A statement's cue at token ``cue`` that reads only as a present verb, right after a
    relative pronoun."""
    if event_type in _rules().keep_types or not _after_relative(view, cue):
        return False
    found = readings(view.tokens[cue].text)
    return bool(found) and all(r.surface.tense == "present" and not r.future for r in found) \
        and not _now_after(view, cue)


def _now_after(view: View, at: int) -> bool:
    """A word of now at most ``now_reach`` tokens after token ``at``, in its sentence."""
    rules = _rules()
    _, stop = view.sentence_of(at)
    end = min(stop, at + 1 + rules.now_reach)
    return any(view.bare(n) in rules.now for n in range(at + 1, end))


def _after_relative(view: View, at: int) -> bool:
    return at > 0 and view.bare(at - 1) in view.lex.relatives


def remote_history(view: View, hit: Hit) -> bool:
    """A word of remote time, told as a time, at most ``reach`` tokens before the trigger, in
    its sentence."""
    rules = _rules()
    if not holds_any(view, hit.first, rules.remote):
        return False  # most sentences: no such word at all
    first, _ = view.sentence_of(hit.first)
    return any(view.bare(at) in rules.remote and _told_as_time(view, at, first)
               for at in range(max(first, hit.first - rules.reach), hit.first))


def _told_as_time(view: View, at: int, first: int) -> bool:
    """«في/منذ/أوائل … القرن» and not «القرن الحادي والعشرين»."""
    rules = _rules()
    return at > first and view.bare(at - 1) in rules.leads \
        and not (at + 1 < len(view.tokens) and view.bare(at + 1) in rules.current)


def dated_relative(between: list[Token]) -> bool:
    """The only clause breaks between a date of long ago and the trigger after it are relative
    pronouns: the trigger is told of the dated happening."""
    lex = lexicon()
    breaks = [t.norm for t in between if t.norm in lex.clause_breaks]
    return bool(breaks) and all(b in lex.relatives for b in breaks)
