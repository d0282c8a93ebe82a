"""One event per happening: candidates of one type in one sentence whose arguments agree
are one event («شنت طائرات غارات … استهدفت …»; a condemnation verb inside its statement's
cue); a definite masdar that names an event told before («الاجتماع») adds to it; and a
candidate without the evidence its trigger needs is not an event («لصد أي هجوم»)."""

from __future__ import annotations

import functools

from marsad.arabic.normalise import fold
from marsad.eventcoding.arguments import Args
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.described_claims import REJECT as CLAIM_REJECTED
from marsad.eventcoding.fact_sources import toll_keeps_told
from marsad.eventcoding.factuality import stronger
from marsad.eventcoding.lexicon import PREP_TARGET, lexicon
from marsad.eventcoding.retold import retold_mention
from marsad.eventcoding.toll_acts import lead, leads, second_killing
from marsad.lexicons import load_yaml
from marsad.model import Entity

__all__ = ["merge_in_sentences", "borrow_accused", "has_evidence", "merge_anaphora"]

#: Factualities of events that a later definite mention may take up.
TOLD = frozenset({"asserted", "reported"})


def _same(a: Entity, b: Entity) -> bool:
    """Two mentions of one actor or place: one KB id, or one name within the other
    («حمص» and «مدينة حمص»)."""
    if a.link and b.link and a.link.kb == b.link.kb:
        return True
    x, y = fold(a.text), fold(b.text)
    return bool(x and y) and (x in y or y in x)


def _agree(a: list[Entity], b: list[Entity]) -> bool:
    return not a or not b or any(_same(x, y) for x in a for y in b)


def _agree_text(a: list[str], b: list[str]) -> bool:
    return not a or not b or bool({fold(t) for t in a} & {fold(t) for t in b})


def one_happening(a: Candidate, b: Candidate) -> bool:
    """Same type, and modes that are ways of doing one thing (a raid and an arrest are two)."""
    if a.type != b.type:
        return False
    if a.mode == b.mode or a.statement or b.statement:
        return True
    groups = lexicon().happening
    return bool(groups.get(a.mode, frozenset()) & groups.get(b.mode, frozenset()))


@functools.cache
def _tellings() -> dict[str, frozenset[int]]:
    groups: dict[str, set[int]] = {}
    for number, group in enumerate(load_yaml("event_grammar.yaml")["same_telling"]):
        for mode in group:
            groups.setdefault(mode, set()).add(number)
    return {mode: frozenset(numbers) for mode, numbers in groups.items()}


def one_telling(a: Candidate, b: Candidate) -> bool:
    """Round 30 (T2): two words of one sentence that tell one happening by two of its modes
    (``same_telling``: «رحبت الوزارة بالاتفاق وأشادت بجهود الوسطاء»), unless the later one
    names a party as its target that the earlier lacks («رحبت بالاتفاق وشكرت سلطنة عمان»: the
    thanks are a second one)."""
    first, later = sorted((a, b), key=lambda c: c.trigger[0])
    if a.type != b.type or (later.args.targets and not first.args.targets):
        return False
    groups = _tellings()
    return bool(groups.get(a.mode, frozenset()) & groups.get(b.mode, frozenset()))


def _crossed(a: list[Entity], b: list[Entity]) -> bool:
    """One side's actor is the other's target («استقبل الأمير الرئيس الذي يزور البلاد»)."""
    return any(_same(x, y) for x in a for y in b)


def _parties_agree(one: Args, two: Args) -> bool:
    if _agree(one.actors, two.actors) and _agree_text(one.actor_text, two.actor_text) \
            and _agree(one.targets, two.targets):
        return True
    return _crossed(one.targets, two.actors) or _crossed(one.actors, two.targets)


def _sides(a: Candidate, b: Candidate) -> bool:
    """A host and a visit in one sentence: two sides of one meeting."""
    return a.type == b.type and a.mode != b.mode \
        and frozenset((a.mode, b.mode)) in lexicon().sides


def _toll(a: Candidate, b: Candidate) -> bool:
    """«هجوم … أدى إلى مقتل ستة»: the toll told after an act of its type is that act's."""
    tolls = lexicon().tolls
    return a.type == b.type and a.sentence == b.sentence and not a.statement \
        and a.trigger[0] < b.trigger[0] and b.mode in tolls and a.mode not in tolls \
        and b.kind in ("masdar", "phrase")


def _told_apart(a: Candidate, b: Candidate) -> bool:
    """Two happenings a sentence tells apart: said by two statements («قال إن الغارات أسفرت
    عن…، مؤكدا أن قوات الحوثيين استهدفت…»), or one denied, planned or conditional and the
    other told («نفت اعتقال صحفيين، مؤكدة توقيف 195 شخصا»، «ستسمح بعودة المفتشين إذا رفعت
    واشنطن العقوبات»)."""
    if a.by and b.by and a.by != b.by and "verb" in (a.kind, b.kind):
        return True  # (two nouns in two statements may name one act: «هجوم مسجد الطوارئ»)
    if a.purpose or b.purpose or _sides(a, b):  # «قد يزور واشنطن لإجراء محادثات»: the aim
        return False  # of the visit; «تطلعه إلى استقبال الرئيس في زيارته المقبلة»: one meeting
    return _TOLD_AS.get(a.factuality, a.factuality) != _TOLD_AS.get(b.factuality, b.factuality)


#: Factualities that tell a happening as done, whoever tells it.
_TOLD_AS = {"asserted": "told", "reported": "told"}


def _two_sided(candidate: Candidate) -> bool:
    """A clash with both its sides named («اشتباكات بين الجيش ومقاتلين») is a battle of its
    own, not the toll of the act before it."""
    args = candidate.args
    return len(args.actors) + len(args.actor_text) + len(args.targets) >= 2


def _adjunct_after(a: Candidate, b: Candidate) -> bool:
    """One of the two opens an adjunct of the other, told before it («اقتحمت القوات المدينة
    تحت غطاء من غارات»); what follows the adjunct may describe it («إثر التفجير الذي استهدف
    الجامع»، «بعد غارات عنيفة استهدفت الضاحية» are one bombing, one raid)."""
    if a.adjunct == b.adjunct:
        return False
    adjunct, other = (a, b) if a.adjunct else (b, a)
    return other.trigger[0] < adjunct.trigger[0]


def _caused(a: Candidate, b: Candidate) -> bool:
    """«قُتل أربعة مقاتلين إثر غارة نفذتها طائرة مسيرة»، «بعد يومين من مقتل القائد بغارة
    أمريكية»: a toll and a one-sided act told with it are one happening."""
    tolls = lexicon().tolls
    return not (_two_sided(a) or _two_sided(b)) \
        and any(toll.mode in tolls for toll in (a, b))


def _toll_and_act(a: Candidate, b: Candidate, caused: frozenset[int]) -> bool:
    """A death toll and the one-sided act of its type told after it as its cause, in one
    sentence, are one happening whoever each names («قتل مبتعث سعودي …، بعدما أطلق عليه
    النار»; ``tolls.caused_acts``); two tolls, or a battle with both its sides, stay apart."""
    deaths = _death_tolls()
    return (a.type == b.type or b.mode in _cross_modes()) \
        and a.mode in deaths and b.mode not in deaths \
        and a.trigger[0] < b.trigger[0] and id(b) in caused \
        and not (a.statement or b.statement or _two_sided(a) or _two_sided(b))


@functools.cache
def _death_tolls() -> frozenset[str]:
    return frozenset(load_yaml("event_grammar.yaml")["death_tolls"])


@functools.cache
def _cross_modes() -> frozenset[str]:
    """Acts of another type that a death toll takes in as its cause (a raid, round 12)."""
    return frozenset(load_yaml("event_grammar.yaml")["toll_cross_modes"])


def _compatible(a: Candidate, b: Candidate, caused: frozenset[int] = frozenset()) -> bool:
    one, two = a.args, b.args
    if a.sentence == b.sentence and a.clause != b.clause:
        return False  # «نفذ الاتحاد إضرابا، فيما احتشد عشرات أمام الوزارة»: two happenings
    if _told_apart(a, b):
        return False
    if _toll(a, b) and not (b.adjunct and _two_sided(b)):
        return True
    if a.sentence == b.sentence and _adjunct_after(a, b) and not _caused(a, b):
        return False  # «قصف مدفعي … إثر اشتباكات بين الجيش والمسلحين»: the adjunct is another
    if a.sentence == b.sentence and _toll_and_act(a, b, caused):
        return _places_agree(one, two)  # «قتل مبتعث …، بعدما أطلق عليه النار» (round 11)
    return (_sides(a, b) or ((one_happening(a, b) or one_telling(a, b))
                             and _parties_agree(one, two))) and _places_agree(one, two)


def _places_agree(one: Args, two: Args) -> bool:
    """Two stated places must agree; a place only guessed (from before the trigger or the
    dateline) gives way to a stated one."""
    if one.place is None or two.place is None or not (one.place_stated and two.place_stated):
        return True
    return _same(one.place, two.place)


def _absorb(keep: Candidate, other: Candidate) -> None:
    args, more = keep.args, other.args
    if _sides(keep, other) and (args.actors or args.actor_text):  # the visitor is the guest
        for entity in more.actors:
            if not any(_same(entity, e) for e in args.targets + args.actors):
                args.targets.append(entity)
        more.actors = []
    for entity in more.actors:
        if not any(_same(entity, e) for e in args.actors):
            args.actors.append(entity)
    for text in more.actor_text:
        if fold(text) not in {fold(t) for t in args.actor_text}:
            args.actor_text.append(text)
    if other.type != keep.type:  # a raid taken in by its toll: its target is the place
        more.targets, more.target_text = [], []  # raided, not the dead (round 12)
    for text in more.target_text:
        if fold(text) not in {fold(t) for t in args.target_text}:
            args.target_text.append(text)
    for entity in more.targets:
        if not any(_same(entity, e) for e in args.targets + args.actors):
            args.targets.append(entity)
    if more.place is not None and (args.place is None or (more.place_stated and not args.place_stated)):
        args.place, args.place_stated = more.place, more.place_stated
    if not toll_keeps_told(keep, other):  # round 21: «…، ما أسفر عن مقتل سبعة، بحسب…»
        keep.factuality = stronger(keep.factuality, other.factuality)
        keep.by = keep.by or other.by
    keep.alone = keep.alone or other.alone
    keep.evidence = (min(keep.evidence[0], other.evidence[0]),
                     max(keep.evidence[1], other.evidence[1]))


@functools.cache
def material_types() -> frozenset[str]:
    """The types of material acts (``material_types`` of ``event_grammar.yaml``)."""
    return frozenset(load_yaml("event_grammar.yaml")["material_types"])


def merge_in_sentences(candidates: list[Candidate], caused: frozenset[int] = frozenset(),
                       apart: frozenset[tuple[int, int]] = frozenset(),
                       led: frozenset[int] = frozenset(),
                       joined: frozenset[tuple[int, int]] = frozenset()) -> list[Candidate]:
    """``apart``: pairs of ids told as two happenings (round 24, ``two_acts.py``); ``led``:
    acts told as a toll's cause, which lead it (round 25, ``toll_acts.py``); ``joined``: pairs
    ``(noun, verb)`` where the verb describes the noun (round 30, ``described_attacks.py``),
    one happening whatever doer or place each was given, unless told apart (a plan and a deed)."""
    kept: list[Candidate] = []
    keeper: dict[int, Candidate] = {}  # id of a candidate -> the kept one that took it in
    firsts: dict[int, list[int]] = {}  # id of a verb -> the ids of the nouns it describes
    for first, then in joined:
        firsts.setdefault(then, []).append(first)
    for candidate in sorted(candidates, key=lambda c: (not c.statement, c.trigger[0])):
        heads = [keeper.get(first, None) for first in firsts.get(id(candidate), ())]
        head = next((h for h in heads if h is not None and h is not candidate
                     and not _told_apart(h, candidate)), None)
        for other in kept if head is None else [head, *kept]:
            if other is head or (other.sentence == candidate.sentence
                                 and (id(other), id(candidate)) not in apart
                                 and not second_killing(other, candidate)
                                 and _compatible(other, candidate, caused)):
                if candidate.needs == "-" or (candidate.type in material_types()
                                              and has_evidence(candidate)):
                    other.needs = "-"  # «قتل خمسة … جراء سقوط قذائف»: a reading that needs no
                    # argument, or a material act's with its own, is evidence for the happening
                leading = leads(other, candidate, led)  # «قتل 15 في تفجير» (round 25)
                if other is head:
                    _joined_parties(other, candidate)
                _absorb(other, candidate)
                if leading:
                    lead(other, candidate)  # the bombing is the event's word
                keeper[id(candidate)] = other
                break
        else:
            kept.append(candidate)
            keeper[id(candidate)] = candidate
    return sorted(kept, key=lambda c: c.trigger[0])


def _joined_parties(keep: Candidate, other: Candidate) -> None:
    """Round 30 (T2): the parties a joined candidate brings. A verb describing a noun has the
    noun for its doer, so a name after it is what it hit («هجمات استهدفت القوات الأمريكية»);
    the fire before a ground act names no doer of its own where the act names one («اقتحمت
    القوات الحي بعد معارك مع المسلحين»: the other side is not the stormer)."""
    args = other.args
    if other.kind == "verb":
        after = [e for e in args.actors if e.start >= other.trigger[1]]
        args.actors = [e for e in args.actors if e not in after]
        args.targets += [e for e in after if e not in args.targets]
    elif keep.args.actors or keep.args.actor_text:
        args.actors, args.actor_text = [], []


def borrow_accused(candidates: list[Candidate]) -> None:
    """«أدانت مصر القصف الإسرائيلي»: the accused is who did the event condemned."""
    for accuse in candidates:
        if accuse.type not in lexicon().accused_from_embedded or accuse.args.targets:
            continue
        for other in candidates:
            if (other is not accuse and other.sentence == accuse.sentence
                    and other.trigger[0] > accuse.trigger[0] and other.args.actors
                    and not (other.statement and other.type == CLAIM_REJECTED)):  # round 27:
                # «واتهمها …، ووصف ظريف تقريرا … بالادعاءات»: the speaker's own rejection
                accuse.args.targets = [e for e in other.args.actors
                                       if e not in accuse.args.actors]
                break


def has_evidence(candidate: Candidate) -> bool:
    args = candidate.args
    told = args.target_text + args.evidence_text  # a condemned deed is evidence, not a
    # target (round 20: ``arg_things``)
    if candidate.needs == "actor":
        return args.has_actor
    if candidate.needs == "target":  # «ثمّن العليمي المواقف الأخوية»: a doer and a definite
        # object are evidence (not «ثمنا باهظا», a price)
        return bool(args.targets) or (candidate.kind == "verb" and args.has_actor and any(
            fold(text).startswith(lexicon().article) for text in told))
    if candidate.needs == PREP_TARGET:  # «وافقت الحكومة والحوثيون على هدنة»: a named
        # subject and an unnamed complement after its preposition are evidence enough
        return bool(args.targets) or (args.has_actor and bool(told))
    if candidate.alone and candidate.needs in ("arg", "party"):
        return True  # «قُتل ثلاثة في غارة على المخيم»: the happening is named by itself
    if candidate.needs == "party":  # a planned meeting is told by its place («القمة المرتقبة في الرياض»)
        return args.has_actor or (bool(args.targets) or bool(told)) or candidate.pronoun \
            or (candidate.factuality == "future" and args.named_place)
    if candidate.needs == "arg":  # «بعد توقيفهم»: the pronoun names who was told of before
        return args.has_actor or (bool(args.targets) or bool(told)) or args.named_place \
            or candidate.pronoun
    return True


def _named(args: Args) -> bool:
    return args.has_actor or bool(args.targets or args.target_text) or args.named_place


_PLANNED = frozenset({"future", "hypothetical"})


def _fits(earlier: Candidate, mention: Candidate) -> bool:
    """A re-mention names the same kind of happening («الغارات» is not the «السيطرة» told
    before), and one naming both its sides fits only an event with its parties and place."""
    if not (one_happening(earlier, mention) and has_evidence(earlier)):
        return False  # a mention does not make a told event of a bare word («في اجتماع»)
    return not _two_sided(mention) or (_parties_agree(earlier.args, mention.args)
                                       and _places_agree(earlier.args, mention.args))


def _first_telling(before: list[Candidate], mention: Candidate) -> Candidate | None:
    """The attack an earlier sentence told that a mention pointing back at it names: the
    nearest one whose stated place agrees with the mention's."""
    return next((k for k in reversed(before) if _places_agree(k.args, mention.args)), None)


def merge_anaphora(candidates: list[Candidate], described: frozenset[int] = frozenset(),
                   attacks: frozenset[int] = frozenset()) -> list[Candidate]:
    """A definite masdar («الاجتماع») with nothing new against it joins the event it names;
    a told one that names parties or a place joins the first told event of its kind in an
    earlier sentence (``retold.py``), unless a relative clause in ``described`` tells it anew;
    an attack in ``attacks`` told again after an attack told in an earlier sentence is no
    event (round 22, ``retold_attacks.py``): its words name the doer or the toll of the first
    telling poorly, so it adds nothing to it, and a later mention of its kind joins it."""
    kept: list[Candidate] = []
    retold: set[int] = set()  # round 22: attacks told again, kept only for later mentions
    for candidate in candidates:
        earlier = None
        if candidate.definite and candidate.alone and not _named(candidate.args) \
                and candidate.factuality not in _PLANNED:  # «ستستأنف القصف إذا…» is a new one
            # «ولم تعلق الوزارة على الاحتجاجات»: a bare definite mention of a kind told
            # before names that happening, it tells no new one; not in the reporter's next
            # clause («خرج مئات في مسيرة، فيما عمّ الإضراب الشامل مدن الضفة»)
            earlier = next((k for k in kept if k.type == candidate.type
                            and (k.sentence != candidate.sentence or k.clause == candidate.clause)),
                           None)
        if earlier is None and candidate.claimed:  # «وتبنى التنظيم الهجوم»: the last one told
            earlier = next((k for k in reversed(kept) if k.type == candidate.type
                            and k.factuality in TOLD), None)
        if earlier is None and candidate.definite:
            earlier = next((k for k in kept if k.mode == candidate.mode and k.type == candidate.type
                            and k.factuality in TOLD and candidate.factuality in TOLD
                            and _compatible(k, candidate)), None)
        if earlier is None and retold_mention(candidate) and id(candidate) not in described:
            # round 21: «وتميزت التظاهرات في النجف بسلميتها» names the protest told before
            earlier = next((k for k in kept if k.type == candidate.type and k.factuality in TOLD
                            and k.sentence < candidate.sentence and _fits(k, candidate)), None)
        if earlier is None and id(candidate) in attacks:
            before = [k for k in kept if k.type == candidate.type and k.factuality in TOLD
                      and k.sentence < candidate.sentence]
            if not before or any(has_evidence(k) for k in before):  # «إن الهجوم أسفر عن…»:
                retold.add(id(candidate))  # the attack told before is the event; a later
                # «الهجوم» joins this. Round 31 (E1): none coded before, the words told it
                # («دان … الجريمة الإرهابية …، وأضاف إن هذه الجريمة التي استهدفت …»)
            else:  # round 27: the first telling lacks its arguments («الذين استشهدوا أمس» …
                earlier = _first_telling(before, candidate)  # «أعلنت استشهادهم»): it is the
                # event all the same, and takes the mention's arguments
        if earlier is None:
            kept.append(candidate)
            continue
        told = (earlier.evidence, earlier.factuality, earlier.by)
        if candidate.claimed:  # the claim names the doer; what else it says is the claim's
            candidate.args.targets, candidate.args.target_text = [], []
            candidate.args.place = None
        _absorb(earlier, candidate)
        earlier.evidence, earlier.factuality, earlier.by = told  # the first telling stands
    return [k for k in kept if id(k) not in retold]
