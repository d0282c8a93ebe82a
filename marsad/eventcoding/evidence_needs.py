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
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.armed_objects import armed_object
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.described_attacks import described_after
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import stems
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["NeedsRule", "needs_rules", "kind_of", "signs", "relaxed"]


@dataclass(frozen=True, slots=True)
class NeedsRule:
    name: str
    types: frozenset[str]  # empty: any type
    skip_types: frozenset[str]  # types it does not hold for («وزار 3573 عمانيا سويسرا»)
    modes: frozenset[str]
    kinds: frozenset[str]
    needs: frozenset[str]
    when: frozenset[str]  # signs that must all be shown
    unless: frozenset[str]  # signs none of which may be shown


@dataclass(frozen=True, slots=True)
class Signs:
    after_window: int  # how many tokens after the trigger a number, a date, a name is read
    number_kinds: frozenset[str]  # token kinds that are a figure
    years: tuple[int, int]  # a number in this range is a year, no figure («قمة 2014»)
    not_counted: frozenset[str]  # a number before these is a share or a measure («93 في المئة»)
    date_skip: frozenset[str]  # a time opened by these is a backdrop («منذ عامين»)


@functools.lru_cache(maxsize=1)
def _data() -> tuple[tuple[NeedsRule, ...], Signs]:
    data = load_yaml("event_needs.yaml")

    def group(rule: dict[str, object], key: str) -> frozenset[str]:
        value = rule.get(key) or []
        assert isinstance(value, list)
        return frozenset(str(v) for v in value)
    rules = tuple(NeedsRule(str(r["name"]), group(r, "types"), group(r, "skip_types"),
                            group(r, "modes"),
                            group(r, "kinds"), group(r, "needs"), group(r, "when"),
                            group(r, "unless"))
                  for r in data.get("rules") or [])
    section = data["signs"]
    low, high = section["years"]
    return rules, Signs(int(section["after_window"]), frozenset(section["number_kinds"]),
                        (int(low), int(high)), folded(section["not_counted"]),
                        folded(section["date_skip"]))


def needs_rules() -> tuple[NeedsRule, ...]:
    """The shipped relaxations (``rules`` of ``event_needs.yaml``)."""
    return _data()[0]


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
    settings = _data()[1]
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
    if (candidate.needs == "actor" and (args.targets or args.target_text or args.evidence_text)) \
            or (candidate.needs == "target" and args.has_actor):
        out.add("other_role")  # «شن هجوما لاذعا على الحكومة»: the party of its other role
    last = view.token_before(candidate.trigger[1] - 1)
    first = view.token_before(candidate.trigger[0])
    start, stop = view.sentence_of(max(last, 0))
    if first <= start + 1:
        out.add("sentence_first")
    reach = last + 1  # the words right after the trigger, up to a mark («، اليوم الاثنين»
    # after a body's name is the report's date)
    end_of_window = min(stop, last + 1 + settings.after_window)
    while reach < end_of_window and view.tokens[reach].kind != "punct":
        reach += 1
    window = range(last + 1, reach)
    if any(_figure(view, at, stop, settings) for at in window):
        out.add("number_after")
    if described_after(view, candidate):  # «هجوم صاروخي استهدف منزلا» (round 23, assault2)
        out.add("described_after")
    if armed_object(view, candidate):  # «حيث اقتحمت المخيم» (round 23, assault2)
        out.add("armed_object")
    if any(at in view.entity_at for at in window):
        out.add("name_after")
    sentence_span = (view.tokens[start].start, view.tokens[stop - 1].end)
    end = view.tokens[window[-1]].end if len(window) else candidate.trigger[1]
    for time in view.article.times:
        if sentence_span[0] <= time.start < sentence_span[1]:
            out.add("time_in_sentence")
            if candidate.trigger[1] <= time.start < end \
                    and fold(time.text).split()[0] not in settings.date_skip:
                out.add("date_after")
    return frozenset(out)


def _figure(view: View, at: int, stop: int, settings: Signs) -> bool:
    """A number that counts something: not a year, not a share or a measure («93 في المئة»،
    «40 كيلوغراما»)."""
    token = view.tokens[at]
    if token.kind not in settings.number_kinds:
        return False
    digits = "".join(str(int(c)) for c in token.text if c.isdigit())
    if len(digits) == 4 and settings.years[0] <= int(digits) <= settings.years[1]:
        return False
    words = settings.not_counted
    return not any(view.tokens[n].norm in words or view.bare(n) in words
                   for n in range(at + 1, min(stop, at + 3)))


def _fits(rule: NeedsRule, candidate: Candidate, kind: str, shown: frozenset[str]) -> bool:
    return (not rule.types or candidate.type in rule.types) \
        and candidate.type not in rule.skip_types \
        and (not rule.modes or candidate.mode in rule.modes) \
        and (not rule.kinds or kind in rule.kinds) \
        and (not rule.needs or candidate.needs in rule.needs) \
        and rule.when <= shown and not (rule.unless & shown)


def relaxed(view: View, candidate: Candidate) -> bool:
    """The candidate, dropped by the evidence test, stands by a rule of ``event_needs.yaml``."""
    rules = needs_rules()
    if not rules:
        return False
    kind = kind_of(view, candidate)
    shown = signs(view, candidate)
    return any(_fits(rule, candidate, kind, shown) for rule in rules)
