"""Arguments of verbal and diplomatic acts that the argument finder leaves empty or gets
wrong (round 9):

* a phrase that opens with a statement's cue («وأكد ولي العهد وقوف المملكة…»، «أعرب الوزير
  عن تضامن…») is that statement's act: its speaker acts;
* a nationality right after a noun phrase of aid or cooperation gives it («سفينة مساعدات
  تركية»);
* a wish's speaker acts next, a participle after a pause is its speaker's (``narrated``,
  ``participles``);
* talks told as the background of a deal («… إلى اتفاق بعد يومين من المحادثات») were held by
  the deal's parties; a joint press conference after a meeting told before closes it; the town
  visited is where a visit's aim is done («يزور وفد … الرباط … لتوقيع إعلان»).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.arabic.normalise import fold
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.narrated import (charge_is_no_target, pronoun_antecedent,
                                        speaker_acts_next, take_speaker, verbal_grammar)
from marsad.eventcoding.participles import speaking_before, verbal_participle
from marsad.eventcoding.view import Phrase, View
from marsad.model import Statement

if TYPE_CHECKING:
    from marsad.eventcoding.arguments import Args
    from marsad.eventcoding.candidates import Candidate

__all__ = ["spoken_arguments", "speaker_of_cue_phrase", "nation_after_phrase",
           "talks_behind_deals", "without_retold_meetings", "city_as_place_of_aim"]


def spoken_arguments(view: View, hit: Hit, args: Args, wisher: Statement | None,
                     before: Args | None) -> None:
    """The arguments of a trigger the argument finder cannot know: a cue phrase's speaker, a
    nationality after a phrase of aid, an accusation's charge that is no target, the speaker
    of a wish who acts next (and whom its pronoun names), a participle's speaker."""
    speaker_of_cue_phrase(view, hit, args)  # «وأكد ولي العهد وقوف المملكة…»
    nation_after_phrase(view, hit, args)  # «سفينة مساعدات تركية»
    charge_is_no_target(view, hit, args)  # «واتهمتها بقتل مدنيين»: the charge
    if wisher is not None:  # «…بالانسحاب، واتهمتها بقتل مدنيين»
        if speaker_acts_next(view, hit):
            take_speaker(view, args, wisher)
        pronoun_antecedent(view, hit, args, wisher)
    elif verbal_participle(hit):  # «، مشيداً بدور الوسطاء»
        said = speaking_before(view, hit)
        if said is not None:
            take_speaker(view, args, said)
        elif before is not None:
            args.actors, args.actor_text = list(before.actors), list(before.actor_text)


def speaker_of_cue_phrase(view: View, hit: Hit, args: Args) -> None:
    """«وأكد ولي العهد وقوف المملكة إلى جانب…»: the phrase's first word is a statement's
    cue; the statement's speaker is the actor."""
    if args.has_actor or not hit.trigger.rest:
        return
    start = view.tokens[hit.first].start
    end = view.tokens[hit.first].end
    sentence_end = view.tokens[view.sentence_of(hit.first)[1] - 1].end
    for statement in view.article.statements:
        speaker = statement.speaker  # named right after the cue («الحادث أكد حب الناس…» has
        if start <= statement.cue[0] < end and speaker is not None \
                and end <= speaker.start < sentence_end:  # no speaker of its own)
            take_speaker(view, args, statement)
            return


def nation_after_phrase(view: View, hit: Hit, args: Args) -> None:
    """«سفينة مساعدات تركية»: a nationality right after a noun phrase is its giver."""
    if args.has_actor or hit.trigger.verbal or not hit.trigger.rest \
            or hit.trigger.type not in verbal_grammar()["nation_after_types"]:
        return
    if view.tokens[hit.first].norm.startswith(view.lex.article):
        return  # «قيادة العمليات المشتركة العراقية»: a definite phrase may be a name
    after = hit.end + 1
    entity = view.entity_at.get(after) if after < len(view.tokens) else None
    if entity is not None and entity.type == "NORP" \
            and view.tokens[after].sentence == view.tokens[hit.first].sentence \
            and view.tokens[after].start == entity.start:
        args.add_actor(Phrase(after, view.entity_last[entity.id], [entity]))


def talks_behind_deals(view: View, candidates: list[Candidate]) -> None:
    """«توصل الطرفان إلى اتفاق بعد يومين من المحادثات المباشرة»: the talks' parties are the
    deal's."""
    data = verbal_grammar()
    for candidate in candidates:
        if candidate.type not in data["background_types"] or candidate.args.has_actor \
                or candidate.args.targets or candidate.kind not in ("masdar", "phrase"):
            continue
        first = view.token_before(candidate.trigger[0])
        lead = range(max(view.sentence_of(first)[0], first - 3), first)
        if not any(view.bare(at) in data["background_leads"] for at in lead):
            continue
        if candidate.definite and any(c.type == candidate.type and c.sentence < candidate.sentence
                                      for c in candidates):
            continue  # «ووقع الجانبان عقب المباحثات…»: the talks told before
        deal = next((c for c in candidates if c.sentence == candidate.sentence
                     and c.type in data["deal_types"] and c.args.actors
                     and c.trigger[0] < candidate.trigger[0]), None)
        if deal is not None:
            candidate.args.actors = list(deal.args.actors)




def without_retold_meetings(view: View, candidates: list[Candidate]) -> list[Candidate]:
    """A joint press conference after a meeting told in an earlier sentence closes it."""
    words = verbal_grammar()["retold_meetings"]
    text = view.article.text
    return [c for c in candidates if not (
        c.type == "CONSULT" and any(fold(text[c.trigger[0]:c.trigger[1]]).startswith(w)
                                    for w in words)
        and any(o.type == "CONSULT" and o.sentence < c.sentence for o in candidates))]


def city_as_place_of_aim(candidates: list[Candidate]) -> None:
    """«يزور وفد … الرباط الأسبوع المقبل لتوقيع إعلان مشترك»: a masdar told as the aim of a
    visit takes the town visited as its actor; a town signs nothing — it is where the act is
    to be done."""
    for candidate in candidates:
        args = candidate.args
        if not candidate.purpose or args.place is not None or len(args.actors) != 1 \
                or candidate.type not in verbal_grammar()["nation_after_types"]:
            continue
        town = args.actors[0]
        if town.type == "GPE" and town.link is not None and town.link.kind == "place":
            args.actors, args.place, args.place_stated = [], town, True
