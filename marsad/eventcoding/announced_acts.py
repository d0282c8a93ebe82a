"""Who announces, or readies, an act named right after the verb and its subject does it.

* ``announce`` («أعلن»): an announcer that is a speaker the statements layer can name already
  does the act it tells as its content (``candidates.actors_from_speakers``); a person named
  after a chain of titles is not read there («وأعلن رئيس المجلس العسكري الانتقالي الفريق أول
  عبد الفتاح البرهان وقف التفاوض…»), so it is read here, standing right before the masdar. A
  diplomatic act so announced is done by announcing it (asserted). An announcer tells, rather
  than does, a death, an arrival, an end («أعلن الوزير اللواء فلان مقتل…»): those masdars
  (``event_announced_acts.txt``) keep no doer from it.
* ``prepare`` («يستعد/يتأهب لـ»): the subject right after the verb, right before the masdar,
  will do it (future: «يستعد الجيش لاقتحام المدينة»).

Roles in ``event_args_light_verbs.tsv``; a subject only after the verb: before it («وأمهلت
الرياض المواطنين القطريين…، وأعلنت إنهاء…») the nearest name is not the announcer."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import phrase
from marsad.eventcoding.matcher import Hit, stems
from marsad.eventcoding.title_chains import chained_person
from marsad.eventcoding.view import View
from marsad.lexicons import load_words, load_yaml

__all__ = ["announced_doer", "own_announced"]


@functools.cache
def _told_not_done() -> frozenset[str]:
    return folded(load_words("event_announced_acts.txt"))


def announced_doer(view: View, role: str, hit: Hit, args: Args, at: int) -> None:
    """The subject of the verb at ``at`` (``announce`` or ``prepare``), standing between it
    and the masdar, as the masdar's actor."""
    if args.has_actor or at + 1 >= hit.first:
        return
    if role == "announce" and _told(view, hit.first):
        return
    subject = chained_person(view, at + 1, hit.first)  # «أعلن رئيس المجلس … البرهان وقف…»
    if subject is None and role == "prepare":
        subject = phrase(view, at + 1, hit.first, orgs=True)
        if subject is not None and (subject.first != at + 1 or subject.last + 1 != hit.first):
            subject = None
    if subject is None:
        return
    args.add_actor(subject)
    args.announced = role == "announce"
    if role == "prepare":
        args.future = True


def _told(view: View, masdar: int) -> bool:
    told = _told_not_done()
    return any(fold(stem) in told for stem in stems(view.tokens[masdar].text))


def own_announced(type_: str, args: Args, factuality: str) -> str:
    """A diplomatic act its announcer does by announcing it is done, not reported («أعلن
    رئيس المجلس … وقف التفاوض»), as ``narrated.own_announcement`` reads it for a speaker
    (``own_act_types`` of ``event_verbal.yaml``)."""
    if args.announced and factuality == "reported" \
            and type_ in load_yaml("event_verbal.yaml")["own_act_types"]:
        return "asserted"
    return factuality
