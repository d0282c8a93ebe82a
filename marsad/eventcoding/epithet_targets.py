"""An epithet of an attack is no target.

A report names an attack with the epithets of condemnation after it: «استشهدوا في حادث التفجير
الغاشم بمسجد قوة الطوارئ»، «إثر التفجير الآثم الذي طال سوق الخضار»، «التفجير
الإرهابي الآثم». The argument finder read the words after the trigger as what was hit, so the
event's unnamed targets were «الغاشم بمسجد قوة»، «الآثم»، «الإرهابي الآثم». An unnamed target
that opens with such an epithet («الآثم»، «الغاشم»، «الجبان»، «الإرهابي» …, the attack
adjectives of ``event_condemned_attacks.yaml``) describes the act and is dropped; a named target
(«جامع قوات الطوارئ») stays. Only an attack (ASSAULT) is read so: «تموّل جماعات إرهابية» keeps
«إرهابية», the groups' adjective.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.lexicons import load_yaml

__all__ = ["without_epithet_targets"]


@functools.cache
def _epithets() -> frozenset[str]:
    return folded(load_yaml("event_condemned_attacks.yaml")["condemned_attacks"]["adjectives"])


def _epithet(text: str) -> bool:
    words = text.split()
    return bool(words) and fold(words[0]) in _epithets()


def without_epithet_targets(found: list[Candidate]) -> None:
    """Drop the unnamed targets that open with an attack's epithet («الغاشم بمسجد قوة»)."""
    for candidate in found:
        if candidate.type != "ASSAULT":  # «تموّل جماعات إرهابية»: the groups' adjective
            continue
        args = candidate.args
        if any(_epithet(text) for text in args.target_text):
            args.target_text = [text for text in args.target_text if not _epithet(text)]
