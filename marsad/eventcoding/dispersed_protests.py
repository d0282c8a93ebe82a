"""A protest told as what a dispersal broke up is no new protest (round 26).

«فضت قوات الأمن بالقوة اعتصام المحتجين أمام القيادة العامة»، «بعد فض اعتصام الميدان»: the
dispersal (COERCE ``disperse``) is the happening; the sit-in it ended was going on before it,
a continuing backdrop. A protest masdar a dispersal trigger stands a few words before, in the
same sentence, is therefore not coded when it is a known one (definite: «الاعتصام»،
«اعتصامهم»، «اعتصام المحتجين»). A protest first told with its dispersal («خلال تفريق مظاهرة
خرجت بعد الصلاة»), one told by its own verb («اعتصم المحتجون ثم فرقتهم الشرطة»; «فيما أضرم
محتجون النار»), one told before the dispersal and one past «فيما/بينما» stay.
Data: ``event_dispersed_protests.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import folded
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["dispersed_protest"]


@dataclass(frozen=True, slots=True)
class DispersedWords:
    modes: frozenset[str]
    types: frozenset[str]
    kinds: frozenset[str]
    reach: int
    contrasts: frozenset[str]


@functools.cache
def _words() -> DispersedWords:
    data = load_yaml("event_dispersed_protests.yaml")
    return DispersedWords(frozenset(data["modes"]), frozenset(data["types"]),
                          frozenset(data["kinds"]), int(data["reach"]),
                          folded(data["contrasts"]))


def dispersed_protest(view: View, hit: Hit) -> bool:
    """Whether ``hit`` is a protest masdar that a dispersal just before it broke up."""
    words = _words()
    if hit.trigger.type not in words.types or hit.trigger.kind not in words.kinds \
            or "|" in hit.trigger.form.split()[0] or not _known(view, hit):
        return False  # a verb («أضرم محتجون النار») or a protest first told («تفريق مظاهرة خرجت»)
    sentence = view.tokens[hit.first].sentence
    for other in view.hits:
        if other.trigger.mode in words.modes and other.last < hit.first \
                and hit.first - other.last <= words.reach \
                and view.tokens[other.last].sentence == sentence \
                and not any(view.bare(at) in words.contrasts
                            for at in range(other.last + 1, hit.first)):
            return True
    return False


def _known(view: View, hit: Hit) -> bool:
    """A definite protest: with the article, a pronoun, or a definite genitive after it
    («الاعتصام»، «اعتصامهم»، «اعتصام المحتجين»)."""
    if hit.definite or hit.pronoun:
        return True
    after = hit.last + 1
    return after < len(view.tokens) \
        and view.tokens[after].sentence == view.tokens[hit.last].sentence \
        and view.tokens[after].norm.startswith(view.lex.article)
