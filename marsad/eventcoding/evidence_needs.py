"""The evidence test (``merge.has_evidence``) relaxed for some candidates, by data (round 23).

A candidate the evidence test drops (too few arguments for its row's ``needs``) and no
rescue reads (``evidence_rescue``) still stands when a rule of ``event_needs.yaml`` fits it:
a rule names the rows it holds for (types, modes, kinds, needs values) and the signs the
candidate must show (``when``) and must not show (``unless``). Three rules ship, all for
ASSAULT: an indefinite attack noun followed by the verb that says what it hit («هجوم صاروخي
آخر استهدف منزلا»: ``described_attacks``), an attack word whose object is a camp, a base, a
depot or armour («حيث اقتحمت المخيم»: ``armed_objects``), and an indefinite strike whose row
needs a target, with its doer named («إسرائيل نفذت ضربة محدودة على موقع»).

Two wider rules were measured and taken out: a figure right after the trigger («وقتل 14
شخصا») and a date right after it. They gained labelled events on the gold sets but were
mostly tallies, deaths told again and backdrops on real news (round 23 in docs/events.md).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from marsad.eventcoding.armed_objects import armed_object
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.condemned_attacks import condemned_attack
from marsad.eventcoding.described_attacks import described_after, described_done
from marsad.eventcoding.forced_retreats import forced
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import stems
from marsad.eventcoding.passive_measures import passive_frame
from marsad.eventcoding.resumed_talks import resumed
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["NeedsRule", "needs_rules", "kind_of", "signs", "relaxed", "relaxed_only_by"]


@dataclass(frozen=True, slots=True)
class NeedsRule:
    name: str
    types: frozenset[str]  # empty: any type
    skip_types: frozenset[str]  # types it does not hold for
    modes: frozenset[str]
    kinds: frozenset[str]
    needs: frozenset[str]
    when: frozenset[str]  # signs that must all be shown
    unless: frozenset[str]  # signs none of which may be shown


@functools.lru_cache(maxsize=1)
def needs_rules() -> tuple[NeedsRule, ...]:
    """The shipped relaxations (``rules`` of ``event_needs.yaml``)."""
    def group(rule: dict[str, object], key: str) -> frozenset[str]:
        value = rule.get(key) or []
        assert isinstance(value, list)
        return frozenset(str(v) for v in value)
    return tuple(NeedsRule(str(r["name"]), group(r, "types"), group(r, "skip_types"),
                           group(r, "modes"), group(r, "kinds"), group(r, "needs"),
                           group(r, "when"), group(r, "unless"))
                 for r in load_yaml("event_needs.yaml").get("rules") or [])


def kind_of(view: View, candidate: Candidate) -> str:
    """The row's kind, a phrase told apart by its first word («شن|يشن هجوما» is verbal)."""
    if candidate.kind != "phrase":
        return candidate.kind
    first = view.tokens[max(view.token_before(candidate.trigger[0]), 0)]
    surfaces = lexicon().surfaces
    verbal = any(surface.tense != "noun" for stem in stems(first.text)
                 for surface in surfaces.get(stem, ())
                 if surface.trigger.kind == "phrase" and surface.trigger.type == candidate.type
                 and surface.trigger.mode == candidate.mode)
    return "phrase-verb" if verbal else "phrase-noun"


def signs(view: View, candidate: Candidate) -> frozenset[str]:
    """What the candidate shows besides the arguments the test reads."""
    return _signs(view, candidate, None)


def _signs(view: View, candidate: Candidate, wanted: frozenset[str] | None) -> frozenset[str]:
    """``signs``; with ``wanted``, the signs read from the words around the candidate (each a
    pass over them) are read only when named there: a rule's test reads no other."""
    out = set(_own_signs(candidate))
    for name, read in _READ_SIGNS:
        if (wanted is None or name in wanted) and read(view, candidate):
            out.add(name)
    return frozenset(out)


def _own_signs(candidate: Candidate) -> frozenset[str]:
    """The signs read from the candidate's own fields (no words around it read)."""
    args = candidate.args
    out: set[str] = {candidate.factuality}
    for name, shown in (("definite", candidate.definite), ("pronoun", candidate.pronoun),
                        ("actor", args.has_actor), ("target", bool(args.targets)),
                        ("told", bool(args.target_text or args.evidence_text)),
                        ("place_stated", args.place_stated), ("place", args.place is not None),
                        ("reported", candidate.by is not None), ("adjunct", candidate.adjunct),
                        ("purpose", candidate.purpose), ("relative", candidate.relative),
                        ("alone", candidate.alone)):
        if shown:
            out.add(name)
    return frozenset(out)


#: The signs read from the words around the candidate, in ``signs``' order.
_READ_SIGNS: tuple[tuple[str, Callable[[View, Candidate], bool]], ...] = (
    ("described_after", described_after),  # «هجوم صاروخي استهدف منزلا» (round 23b)
    ("described_done", described_done),  # «التفجير الذي طال المسجد» (round 29)
    ("armed_object", armed_object),  # «حيث اقتحمت المخيم» (round 23b)
    ("forced", forced),  # «وأجبرها على الانسحاب» (round 24)
    ("passive_frame", passive_frame),  # «وتم قطع خدمة الإنترنت» (round 24, measures)
    ("condemned_attack", condemned_attack),  # «استنكر … العمل الإرهابي الذي استهدف» (round 24)
    ("resumed", resumed),  # «إن المفاوضات ستستأنف الشهر المقبل» (round 28)
)

#: The names of the signs read from the words (``_READ_SIGNS``): none is a field's sign.
_READ_NAMES = frozenset(name for name, _ in _READ_SIGNS)


def _fits(rule: NeedsRule, candidate: Candidate, kind: str, shown: frozenset[str]) -> bool:
    return (not rule.types or candidate.type in rule.types) \
        and candidate.type not in rule.skip_types \
        and (not rule.modes or candidate.mode in rule.modes) \
        and (not rule.kinds or kind in rule.kinds) \
        and (not rule.needs or candidate.needs in rule.needs) \
        and rule.when <= shown and not (rule.unless & shown)


def relaxed(view: View, candidate: Candidate) -> bool:
    """The candidate, dropped by the evidence test, stands by a rule of ``event_needs.yaml``."""
    rules = [rule for rule in needs_rules()
             if (not rule.types or candidate.type in rule.types)
             and candidate.type not in rule.skip_types]
    if not rules:
        return False  # the rules' types first: the signs are read only when one may fit
    kind = kind_of(view, candidate) if any(rule.kinds for rule in rules) else ""
    # then what the row and the candidate's own fields decide: a rule whose modes, kinds or
    # needs the row fails, whose ``when`` names a field's sign the candidate lacks, or whose
    # ``unless`` one it has, cannot fit, whatever the words around it show, and the signs it
    # names are not read for it («التفجير»: a definite attack reads no ``described_after``)
    own = _own_signs(candidate)
    rules = [rule for rule in rules if (not rule.modes or candidate.mode in rule.modes)
             and (not rule.kinds or kind in rule.kinds)
             and (not rule.needs or candidate.needs in rule.needs)
             and rule.when - _READ_NAMES <= own and not (rule.unless - _READ_NAMES) & own]
    if not rules:
        return False
    # a rule reads only the signs its ``when`` and ``unless`` name: others are not read
    wanted = frozenset().union(*(r.when | r.unless for r in rules))
    shown = own.union([name for name, read in _READ_SIGNS
                       if name in wanted and read(view, candidate)])  # ``_signs``
    return any(_fits(rule, candidate, kind, shown) for rule in rules)


def relaxed_only_by(view: View, candidate: Candidate, sign: str) -> bool:
    """The candidate stands by a rule only when it shows ``sign`` (round 24: a condemned
    attack told again is dropped only where nothing else kept it)."""
    from marsad.eventcoding.evidence_rescue import rescued
    from marsad.eventcoding.merge import has_evidence
    if has_evidence(candidate) or rescued(view, candidate):
        return False
    shown = signs(view, candidate)
    if sign not in shown:
        return False
    kind = kind_of(view, candidate)
    rules = needs_rules()
    return any(_fits(r, candidate, kind, shown) for r in rules) \
        and not any(_fits(r, candidate, kind, shown - {sign}) for r in rules)
