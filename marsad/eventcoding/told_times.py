"""A happening told again as the time of another act (round 23, real news).

Reports often date what someone said or did by a happening told before: «وقال مورير في بيان
قبيل زيارته …»، «وأكد الأمير خلال اجتماعه مع قادة الأجهزة الأمنية …»، «وتقدمت المقاومة
بعد سيطرتها على مريس …». The masdar with a pronoun suffix right after a word of time
(«قبيل، بعد، خلال، أثناء، منذ، عقب …») is then a time, not news. It is dropped when

- a happening of its type and kind (``mode``) is already coded as done in an earlier sentence
  of the article (the visit, the meeting or the capture told there is the event; a talk
  refused before, «لا تفاوض مع …», is none; a sentence passed before is no arrest: «قضت
  المحكمة …» then «بعد توقيفهم في المطار» tells the arrest first), or
- a word of the past follows it («خلال زيارته الأخيرة إلى موسكو»، «خلال لقائهما السابق»):
  an earlier happening, told as background.

Told first, such a masdar stays: «وشدد المبعوث خلال لقائه الرئيس أمس على …» is the report's
only telling of the meeting. A bare masdar («خلال الزيارة»: ``retold.py``), one without a word
of time before it («وأعلن سيطرته على …»), and a planned, denied or conditional one stay too.
Words are in ``marsad/lexicons/event_told_again.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.candidates import Candidate, kept_in_order
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["time_told_again", "without_told_times"]


@dataclass(frozen=True)
class _Words:
    times: frozenset[str]
    past: frozenset[str]
    pronouns: frozenset[str]
    told: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_told_again.yaml")["circumstances"]
    return _Words(folded(data["times"]), folded(data["past"]),
                  frozenset(data["pronouns"]), frozenset(data["told"]))


def time_told_again(view: View, candidate: Candidate, kept: list[Candidate]) -> bool:
    """A masdar with a pronoun suffix right after a word of time, told before in the article
    or followed by a word of the past."""
    words = _words()
    if candidate.kind == "verb" or candidate.factuality not in words.told:
        return False
    first, last = first_token(view, candidate), last_token(view, candidate)
    if first < 1 or view.tokens[first].suffix not in words.pronouns \
            or (view.tokens[first - 1].norm not in words.times
                and view.bare(first - 1) not in words.times):
        return False
    after = last + 1
    if after < len(view.tokens) and view.tokens[after].norm in words.past:
        return True
    return any(other.type == candidate.type and other.mode == candidate.mode
               and other.sentence < candidate.sentence and other.factuality in words.told
               for other in kept)


def without_told_times(view: View, found: list[Candidate]) -> list[Candidate]:
    """The module's one pass for ``events.py``: drop happenings told again as a time."""
    return kept_in_order(view, found, time_told_again)
