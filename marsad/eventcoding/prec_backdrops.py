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

from marsad.arabic.normalise import folded
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import Hit, readings
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml
from marsad.model import Token

__all__ = ["backdrop", "describing_cue", "dated_relative"]


@functools.cache
def _now() -> tuple[frozenset[str], int]:
    data = load_yaml("event_backdrops.yaml")["describing"]
    return folded(data["now"]), int(data["now_reach"])


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], int]:
    data = load_yaml("event_backdrops.yaml")
    remote = data["remote"]
    return (frozenset(data["describing"]["keep_types"]), folded(remote["words"]),
            int(remote["reach"]))


def backdrop(view: View, hit: Hit) -> bool:
    """The hit describes a party or a place, or tells remote history."""
    return describing(view, hit) or remote_history(view, hit)


def describing(view: View, hit: Hit) -> bool:
    """A present verb (not a future one; a phrase's first word too) right after
    «الذي/التي/الذين…»."""
    keep, _, _ = _words()
    return hit.tense == "present" and not hit.future and hit.trigger.type not in keep \
        and _after_relative(view, hit.first) and not _now_after(view, hit.first)


def describing_cue(view: View, cue: int, event_type: str) -> bool:
    """A statement's cue at token ``cue`` that reads only as a present verb, right after a
    relative pronoun."""
    keep, _, _ = _words()
    if event_type in keep or not _after_relative(view, cue):
        return False
    found = readings(view.tokens[cue].text)
    return bool(found) and all(r.surface.tense == "present" and not r.future for r in found) \
        and not _now_after(view, cue)


def _now_after(view: View, at: int) -> bool:
    """A word of now at most ``now_reach`` tokens after token ``at``, in its sentence."""
    words, reach = _now()
    _, stop = view.sentence_of(at)
    return any(view.bare(n) in words for n in range(at + 1, min(stop, at + 1 + reach)))


def _after_relative(view: View, at: int) -> bool:
    return at > 0 and view.bare(at - 1) in view.lex.relatives


@functools.cache
def _time_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("event_backdrops.yaml")["remote"]
    return folded(data["leads"]), folded(data["current"])


def remote_history(view: View, hit: Hit) -> bool:
    """A word of remote time, told as a time, at most ``reach`` tokens before the trigger, in
    its sentence."""
    _, words, reach = _words()
    if words.isdisjoint(view.words_of_sentence(hit.first)):
        return False  # most sentences: no such word at all
    first, _ = view.sentence_of(hit.first)
    return any(view.bare(at) in words and _told_as_time(view, at, first)
               for at in range(max(first, hit.first - reach), hit.first))


def _told_as_time(view: View, at: int, first: int) -> bool:
    """«في/منذ/أوائل … القرن» and not «القرن الحادي والعشرين»."""
    leads, current = _time_words()
    return at > first and view.bare(at - 1) in leads \
        and not (at + 1 < len(view.tokens) and view.bare(at + 1) in current)


def dated_relative(between: list[Token]) -> bool:
    """The only clause breaks between a date of long ago and the trigger after it are relative
    pronouns: the trigger is told of the dated happening."""
    lex = lexicon()
    breaks = [t.norm for t in between if t.norm in lex.clause_breaks]
    return bool(breaks) and all(b in lex.relatives for b in breaks)
