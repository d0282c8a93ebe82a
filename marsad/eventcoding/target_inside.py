"""A trigger that holds its own object (round 21, targets): «استخدمت الشرطة خراطيم المياه
لتفريق المتظاهرين»، «تدخلت قوات مكافحة الشغب لتفريق المعتصمين». The trigger is the phrase
«تفريق المتظاهرين», so the crowd dispersed lies inside it and no argument reader looks there.
When such a trigger (a mode and a last word listed in ``target_inside.yaml``) found no
target, its last word is the target, kept as text.
"""

from __future__ import annotations

import functools

from marsad.arabic.normalise import folded
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import Phrase, View
from marsad.lexicons import load_yaml

__all__ = ["object_inside"]


@functools.cache
def _inside() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("target_inside.yaml")
    return frozenset(data["modes"]), folded(data["objects"])


def object_inside(view: View, hit: Hit, args: Args) -> None:
    """Add the crowd a trigger names as its own last word when no target was read."""
    if args.targets or args.target_text or hit.end <= hit.first:
        return
    modes, objects = _inside()
    if hit.trigger.mode not in modes or view.bare(hit.end) not in objects:
        return
    token = view.tokens[hit.end]
    args.add_target(Phrase(hit.end, hit.end, [], token.text))
