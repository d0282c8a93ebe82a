"""Round 12: happenings the candidates tell twice, or under another type — a participle after
a comma that goes on with the act of its type before it («ورحب …، مثمناً …»), prisoners freed
by those who stormed their prison (their assault, no concession), and a withdrawal from talks
or a deal (a refusal, not a retreat). Words in ``event_grammar.yaml`` (``prec_round12``)."""

from __future__ import annotations

from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.prec_words import Words, forms, words
from marsad.eventcoding.view import View

__all__ = ["continued_acts", "jailbreaks", "retype_withdrawals"]


def continued_acts(view: View, found: list[Candidate]) -> list[Candidate]:
    """«ورحب المجلس بالاتفاق، مثمناً جهود الوساطة»، «وأدانت الوزارة العملية، محملة إسرائيل
    مسؤولية التصعيد»: a participle after a comma, of the type of an act told before it in its
    sentence, goes on with that act — one happening. The participle's subject is the verb's
    (a circumstantial «حال»), whatever party its own reading found."""
    lex = words()
    kept: list[Candidate] = []
    for candidate in found:
        earlier = _continued(view, candidate, kept, lex) \
            if candidate.type in lex.continuing_types else None
        if earlier is None:
            kept.append(candidate)
            continue
        earlier.evidence = (min(earlier.evidence[0], candidate.evidence[0]),
                            max(earlier.evidence[1], candidate.evidence[1]))
        for entity in candidate.args.targets:
            if entity not in earlier.args.targets:
                earlier.args.targets.append(entity)
    return kept


def _continued(view: View, candidate: Candidate, kept: list[Candidate],
               lex: Words) -> Candidate | None:
    first = first_token(view, candidate)
    if first == 0 or view.tokens[first - 1].text != lex.pause \
            or not view.tokens[first].norm.startswith(lex.participle_letter):
        return None
    for earlier in reversed(kept):
        if earlier.sentence == candidate.sentence and earlier.type == candidate.type \
                and earlier.trigger[0] < candidate.trigger[0]:
            return earlier
    return None


def jailbreaks(view: View, found: list[Candidate]) -> list[Candidate]:
    """«اقتحموا سجن بادوش وأطلقوا سراح مئات السجناء»: prisoners freed by those who stormed
    their prison, told after the storming in its clause, are its end, no concession; a
    release by the authorities from a prison stays («أفرجت السلطات عن 90 أسيرا من سجن …»)."""
    lex = words()
    dropped: set[int] = set()
    for candidate in found:
        if candidate.mode not in lex.jailbreak_modes:
            continue
        first = first_token(view, candidate)
        if any(other.type == lex.jailbreak_by and other.sentence == candidate.sentence
               and other.clause == candidate.clause and other.trigger[0] < candidate.trigger[0]
               and _stormed_prison(view, other, first) for other in found):
            dropped.add(id(candidate))
    return [c for c in found if id(c) not in dropped]


def _stormed_prison(view: View, assault: Candidate, until: int) -> bool:
    """A prison named between the assault's trigger and token ``until``."""
    prisons = words().prisons
    return any(any(form in prisons for form in forms(view.tokens[i].norm))
               for i in range(last_token(view, assault) + 1, until))


def retype_withdrawals(view: View, found: list[Candidate]) -> None:
    """«ستنسحب الخرطوم من المسار التفاوضي»: a withdrawal whose «من» opens talks or a deal
    is a refusal (REJECT), not a retreat of forces."""
    lex = words()
    for candidate in found:
        if candidate.type != lex.retreat_from:
            continue
        last = last_token(view, candidate)
        _, stop = view.sentence_of(last)
        for index in range(last + 1, min(stop - 1, last + 1 + lex.retreat_reach)):
            if view.tokens[index].norm == lex.from_word:
                if view.tokens[index + 1].norm in lex.retreat_from_talks:
                    candidate.type, candidate.mode = lex.retreat_type, lex.retreat_mode
                break
