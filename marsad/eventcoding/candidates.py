"""Candidate events: one per trigger, and one per statement that is itself an act (a
condemnation is an ACCUSE, a call a REQUEST, a threat a THREATEN), before they are merged,
checked for evidence and numbered."""

from __future__ import annotations

from collections.abc import Callable

from dataclasses import dataclass

from marsad.eventcoding.actor_addressed import subject_over_object
from marsad.eventcoding.actor_announcers import announcer_before_act
from marsad.eventcoding.addressees import content_addressee
from marsad.eventcoding.act_filters import (alone, blocked_by_context, dated_history, framed,
                                            kept_in_frame, led,
                                            marked, noun_cue, not_a_happening, prayer,
                                            threat_rule, unpaused)
from marsad.eventcoding.actor_deeds import deed_doer
from marsad.eventcoding.arguments import Args, find_arguments
from marsad.eventcoding.announced_acts import own_announced
from marsad.eventcoding.asides import marked_past_aside
from marsad.eventcoding.honorific_subjects import honorific_subject
from marsad.eventcoding.courtesies import not_a_courtesy, private_courtesy
from marsad.eventcoding.constructions import (claimed, in_adjunct, opens_content, possessed,
                                              purpose, scene, subject_in_lead)
from marsad.eventcoding.lead_subjects import (headed_args, headed_subject, lead_subject,
                                              object_of_lead, toll_subject)
from marsad.eventcoding.speaker_marks import marked_after_speaker
from marsad.eventcoding.shared_subjects import continues, noun_owner, share_subject
from marsad.eventcoding.suffered_acts import suffered_masdar
from marsad.eventcoding.fact_kept import negated_any
from marsad.eventcoding.fact_requested import request_cue
from marsad.eventcoding.factuality import (Reading, cue_factuality, read_factuality,
                                           statement_holding, stronger)
from marsad.eventcoding.lexicon import NO_EVENT, PREP_TARGET, ActRule, lexicon
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.own_acts import speaker_owns
from marsad.eventcoding.narrated import (cue_in_word, joined_targets, keep_joined_targets,
                                        own_announcement, spoken_args)
from marsad.eventcoding.participles import paused_participle, verbal_participle
from marsad.eventcoding.dispersed_protests import dispersed_protest
from marsad.eventcoding.evidence_start import evidence_first
from marsad.eventcoding.prec_backdrops import describing_cue
from marsad.eventcoding.resolve_threats import resolve_threat
from marsad.eventcoding.verbal_args import spoken_arguments
from marsad.eventcoding.word_guards import false_trigger
from marsad.eventcoding.speakers import (addressee, can_act, coordinated, named_speaker,
                                         placed_speaker,
                                         speaker_entities, token_at)
from marsad.eventcoding.target_pronouns import pronoun_target
from marsad.eventcoding.target_threats import threat_target
from marsad.eventcoding.trig_next import lacks_next_mark
from marsad.eventcoding.support_nouns import loose_support
from marsad.eventcoding.described_claims import REJECT, REJECT_MODE, claim_called_false
from marsad.eventcoding.trig_signing import signed
from marsad.eventcoding.envoy_calls import envoy_call
from marsad.eventcoding.trig_subjects import doer_told_before, lacks_doer
from marsad.eventcoding.trig_warnings import own_threat
from marsad.eventcoding.warned_threats import warned_threat
from marsad.eventcoding.told_calls import told_call
from marsad.eventcoding.future_requests import future_request
from marsad.eventcoding.told_deals import told_deal, undated_deal
from marsad.eventcoding.view import ACTOR_TYPES, View
from marsad.model import Entity, Statement

__all__ = ["Candidate", "trigger_candidates", "statement_candidates", "unlink_condemners",
           "kept_in_order", "statement_of"]


@dataclass(slots=True)
class Candidate:
    type: str
    mode: str
    needs: str
    sentence: int
    trigger: tuple[int, int]
    evidence: tuple[int, int]
    args: Args
    factuality: str = "asserted"
    by: str | None = None
    definite: bool = False  # a definite masdar: may name an event told before («الاجتماع»)
    kind: str = "verb"
    statement: bool = False  # made from a statement
    pronoun: bool = False  # a masdar with a pronoun suffix: its party named before («توقيفهم»)
    clause: int = 0  # the first token of its clause («، فيما …» opens another happening)
    alone: bool = False  # a concrete happening that needs no argument («غارة على المخيم»)
    adjunct: bool = False  # a masdar opening an adjunct: another happening («إثر اشتباكات»)
    purpose: bool = False  # a masdar told as the verb's aim («يزور واشنطن لإجراء محادثات»)
    claimed: bool = False  # a definite act claimed («وتبنى التنظيم الهجوم»): told before
    relative: bool = False  # a verb right after «الذي/التي» («التفجير الذي استهدف الجامع»)
    toll_word: tuple[int, int] | None = None  # the death toll an act led in («قتل 5 في تفجير»)


def trigger_candidates(view: View) -> list[Candidate]:
    lex = lexicon()
    acts = lex.acts
    statements = view.article.statements
    found: list[Candidate] = []
    previous: tuple[int, Args] | None = None  # the last verb's sentence and arguments
    frames = framed(view)  # sentences that tell a match or an anniversary
    for hit in view.hits:
        hit = envoy_call(view, hit)  # «سفيرة»، «السفير … للتشاور» (round 23, spurious)
        # the tests below only turn hits away, so the cheapest asks first: a courtesy row
        # reads one word, and ends one hit in twelve that reach here
        if not_a_courtesy(view, hit):  # «هناك» is no «هنأ», «شكرا» no verb (round 23)
            continue
        if lacks_doer(view, hit):  # «وصل عدد القتلى»، «فر آلاف المدنيين» (round 23)
            continue
        if false_trigger(view, hit) and not signed(view, hit) or lacks_next_mark(view, hit):
            continue  # «وقع الحادث»، «رفضا لترشح…»، «وفد فتح» (round 9); «هيئة الاتصالات» (16)
        if not led(view, hit) or undated_deal(view, hit):  # «الاتفاق المبرم» (round 25)
            continue  # «قبل» (before) is no refusal; «لن يقبل» is
        if dispersed_protest(view, hit):  # «فضت قوات الأمن اعتصام المحتجين» (round 26)
            continue
        if loose_support(view, hit):  # «أكد أن الحكومة ستواصل دعم …» (round 27)
            continue
        sentence = view.tokens[hit.first].sentence
        if sentence in frames and not kept_in_frame(view, hit):
            continue
        start, end = view.tokens[hit.first].start, view.tokens[hit.last].end
        cue_of = statement_holding(statements, start, end, part="cue")
        joined = cue_in_word(view, hit) if cue_of is None else None  # «واتهمت» (round 9)
        if joined is not None and acts.get(joined.act, _NONE).event_type \
                and not (noun_cue(view, joined) or prayer(view, joined)):  # it will stand
            keep_joined_targets(view, joined, find_arguments(view, hit))
            previous = (sentence, spoken_args(view, hit, joined))  # a verb after it shares
            continue  # its speaker; the statement is this event (see statement_candidates)
        if cue_of is not None and acts.get(cue_of.act, _NONE).event_type:
            continue  # the statement is this event (see statement_candidates)
        if (hit.trigger.type in lex.statement_types and hit.trigger.form not in lex.trigger_leads
                and (hit.trigger.form not in lex.trigger_marks or hit.tense != "past")
                and not verbal_participle(hit) and not told_call(view, hit)
                and not future_request(view, hit)) \
                or blocked_by_context(view, hit) or dated_history(view, hit):
            continue  # «طالب» not a statement's cue is a student; teams that meet play
        # an abstract object and no happening are tests of the hit alone, asked before its
        # factuality is read (which costs more, and drops no hit they keep): one in six hits
        # that reach here ends at them
        if (not hit.trigger.rest and hit.trigger.type not in lex.concrete_types
                and view.abstract_after(hit.last, hit.trigger.mode)) \
                or not_a_happening(view, hit):
            continue
        if verbal_participle(hit):  # «، مرحباً بالهدنة»: the speaker's own act, told now
            if not paused_participle(view, hit):
                continue
            reading = Reading()
        else:
            reading = read_factuality(view, hit)
        if told_deal(hit) and not reading.drop:  # a deal concluded is a known fact (round 25)
            reading.factuality, reading.by = "asserted", None
        if hit.trigger.form in lex.trigger_leads and reading.by is not None:
            reading.drop, reading.factuality = False, "asserted"  # «أكدت أنها لن تقبل»: saying
            # it is refusing, even in a warning («محذرا من أن لبنان لن يقبل»)
        if reading.drop:
            continue
        before = previous[1] if previous and previous[0] == sentence \
            and not doer_told_before(view, hit) else None  # «تعزيزات وصلت» (round 23)
        args = find_arguments(view, hit, before)
        honorific_subject(view, hit, args)  # «وعبر سموه عن استنكاره» (round 25)
        if private_courtesy(hit, args.actors):  # «هنأ مدير الشركة زميله» (round 23)
            continue
        toll = toll_subject(view, hit.first, hit.trigger.mode) if hit.trigger.kind == "verb" \
            and (hit.plural or hit.passive) and args.actor_text else None
        if toll is not None and toll in args.actor_text:  # «إن مسلحي التنظيم اعتقلوا»: held, not holding
            args.actor_text.remove(toll)
        spoken_arguments(view, hit, args, reading.wisher, before)  # round 9 (verbal_args)
        if hit.trigger.verbal:
            previous = (sentence, args)
        by = cue_of.id if cue_of is not None else reading.by
        factuality = stronger(reading.factuality, "future") if args.future else reading.factuality
        factuality = own_announced(hit.trigger.type, args, factuality)  # round 26
        if args.light_at is not None and not claimed(view, args.light_at):
            # the cues of the light verb are the event's (not of a claim: «لم يتبن أي فصيل
            # إطلاق الصواريخ» denies the claim, not the shelling)
            cue = cue_factuality(view, args.light_at, args.light_at)
            if cue == NO_EVENT:
                continue
            factuality = stronger(factuality, cue) if cue else factuality
        candidate = _candidate(view, hit, args, factuality, by)
        deed_doer(view, hit, candidate)  # «غارة شنتها طائرات الاحتلال» (round 21)
        found.append(candidate)
    return found


_NONE = ActRule("", "", "-", "reported")


def _candidate(view: View, hit: Hit, args: Args, factuality: str, by: str | None) -> Candidate:
    tokens = view.tokens
    trigger = (tokens[hit.first].start, tokens[hit.last].end)
    first = evidence_first(view, min(args.first, hit.first), hit.first)  # not a reporting
    # clause's place: «نقلت … عن قائد شرطة بإقليم أتشيه قوله إن …» (round 27)
    evidence = (tokens[first].start, tokens[max(args.last, hit.end)].end)
    needs = hit.trigger.needs  # «ثمنا باهظا»: an object may be a homograph's, a «على» is not
    if needs == "target" and hit.trigger.kind == "verb" and "obj" not in hit.trigger.target:
        needs = PREP_TARGET
    return Candidate(hit.trigger.type, hit.trigger.mode, needs,
                     tokens[hit.first].sentence, trigger, evidence, args, factuality, by,
                     definite=hit.definite and not hit.trigger.verbal, kind=hit.trigger.kind,
                     pronoun=_third_person(view, hit), clause=view.clause_of(hit.first),
                     alone=alone(view, hit) or negated_any(view, hit),  # «نفت وقوع أي
                     # اعتقالات»: the denial names the happening (round 21)
                     adjunct=in_adjunct(view, hit),
                     purpose=purpose(view, hit),
                     claimed=hit.definite and claimed(view, args.light_at),
                     relative=hit.first > 0 and view.bare(hit.first - 1) in view.lex.relatives)


def _third_person(view: View, hit: Hit) -> bool:
    """A masdar whose pronoun suffix points back to a party told before, in a phrase of time
    («بعد توقيفهم»، «خلال زيارته»); not «اجتماعي» (social), a speaker's own «لقاءنا», nor a
    wish or a figure («تريد تفجيرها»، «يقبلون على اغتيالها»)."""
    if not hit.pronoun or hit.trigger.verbal or hit.trigger.rest \
            or hit.trigger.mode in view.lex.no_pronoun_evidence or hit.first == 0:
        return False
    before = view.tokens[hit.first - 1]  # «بعد توقيفهم»، «خلال لقائه»: a time told by the act
    if before.norm not in view.lex.narrative_before and view.bare(hit.first - 1) \
            not in view.lex.narrative_before:
        return False
    word = view.tokens[hit.first].norm
    return any(word.endswith(pronoun) for pronoun in view.lex.pronouns)


def statement_candidates(view: View, events: list[Candidate]) -> list[Candidate]:
    """Verbal events: the speaker is the actor; the target is who the statement is aimed at."""
    acts = lexicon().acts
    found: list[Candidate] = []
    for statement in view.article.statements:
        warned = threat_rule(view, statement) or (  # the condition is its mark
            acts.get("THREATEN") if own_threat(view, statement)  # round 14
            or warned_threat(view, statement)  # round 22: an official's, a party warned
            or resolve_threat(view, statement) else None)  # round 23: «لن تتهاون»، «ستتصدى بحزم»
        rule = warned or acts.get(statement.act)
        if rule is None or not rule.event_type or prayer(view, statement) \
                or noun_cue(view, statement) or unpaused(view, statement) \
                or describing_cue(view, token_at(view, statement.cue[0]), rule.event_type) \
                or not (warned or marked(view, statement, rule.event_type)
                        or marked_after_speaker(view, statement, rule.event_type)  # round 23
                        or marked_past_aside(view, statement, rule.event_type)):
            continue
        candidate = _verbal(view, statement, rule, events)
        if claim_called_false(view, statement):  # «وصف … اتهامات … بأنها أكاذيب» (round 27)
            candidate.type, candidate.mode = REJECT, REJECT_MODE
        joined_targets(view, statement, candidate.args)  # «ودعت الجامعة البلدين…» (round 9)
        if not addressee(view.article, statement):  # «…، ودعا الحكومة إلى…» (round 21)
            subject_over_object(view, statement, candidate.args, events + found)
        if not candidate.args.has_actor and found and continues(view, statement, found[-1]):
            candidate.args.actors = list(found[-1].args.actors)  # «طالب غوتيريش… وحث…»
            candidate.args.actor_text = list(found[-1].args.actor_text)
        if not candidate.args.has_actor:
            share_subject(view, statement, candidate.args, candidate.sentence, events + found)
        if not candidate.args.has_actor:  # «رفع المشاركون لافتات تطالب برحيل النظام»
            noun_owner(view, statement, candidate.args, candidate.sentence, events + found)
        if candidate.args.place is None and found and found[-1].sentence == candidate.sentence \
                and view.tokens[token_at(view, statement.cue[0])].norm[:1] in view.lex.conjunctions:
            candidate.args.place = found[-1].args.place  # «وفي المجلس، اتهم نواب… وطالبوا…»
            candidate.args.place_stated = found[-1].args.place_stated
        found.append(candidate)
    return found


def _verbal(view: View, statement: Statement, rule: ActRule,
            events: list[Candidate]) -> Candidate:
    article = view.article
    first_token = token_at(view, statement.cue[0])
    args = Args(first_token, first_token)
    speaker = statement.speaker
    args.actors = coordinated(view, statement, speaker_entities(article, statement))
    placed = placed_speaker(view, speaker.start, speaker.end) \
        if not args.actors and speaker is not None and speaker.text else None
    if placed is not None:  # «طالب سكان في حي الهاشمي الشمالي»: who speaks, and where
        args.actor_text = [placed[0]]
    elif not args.actors and speaker is not None and speaker.text \
            and len(speaker.text.split()) <= lexicon().speaker_words \
            and can_act(view, speaker.text):
        args.actor_text = [speaker.text]
    if speaker is not None and all(e.type == "NORP" for e in args.actors):
        args.actors = named_speaker(view, statement) or args.actors  # a title's name
        if args.actors:
            args.actor_text = []
    args.targets = _aimed_at(view, statement, events, args.actors)
    if not args.targets:  # «…، وطالبت السلطات المصرية بالإفراج عن…»: the content's start
        args.targets, args.target_text = content_addressee(view, statement, args.actors)
    if not args.targets and rule.event_type == "THREATEN":  # «… إذا لم تغير طهران سلوكها»
        threat_target(view, token_at(view, statement.content[0]), args,
                      view.sentence_of(first_token)[1])  # «هدد بفرض عقوبات على…» (round 21)
        if not args.targets and not args.target_text:  # «وهدد بملاحقة من وصفهم بـ…»: the content
            threat_target(view, token_at(view, statement.cue[1] - 1) + 1, args,  # begins inside
                          view.sentence_of(first_token)[1])  # the act (round 28)
    if not args.targets and not args.target_text \
            and rule.event_type in lexicon().accused_from_embedded:
        args.target_text = _accused_text(view, statement, events, args.actors)
    pronoun_target(view, first_token, args)  # «متهما إياه بالتمرد» (round 21)
    args.place = scene(view, first_token)  # «وفي مجلس النواب، اتهم نواب الحكومة…»
    if args.place is None and placed is not None:
        args.place = placed[1]
    args.place_stated = args.place is not None
    starts = [statement.cue[0], statement.content[0]]
    if speaker is not None and token_at(view, speaker.start) >= view.sentence_of(first_token)[0]:
        starts.append(speaker.start)  # a speaker named in an earlier sentence stays out
    evidence = (min(starts), max(statement.cue[1], statement.content[1]))
    return Candidate(rule.event_type, rule.mode, rule.needs, view.tokens[first_token].sentence,
                     statement.cue, evidence, args, "asserted", statement.id,
                     kind="statement", statement=True, clause=view.clause_of(first_token))


def _accused_text(view: View, statement: Statement, events: list[Candidate],
                  actors: list[Entity]) -> list[str]:
    """What a condemnation is aimed at when no entity names it: the unnamed doers of the
    event it condemns («مستوطنون»), else the words it condemns («الاعتداءات المتكررة…»)."""
    lo, hi = statement.content
    for event in events:
        if lo <= event.trigger[0] < hi and event.args.actor_text:
            return list(event.args.actor_text)
    speaker_end = statement.speaker.end if statement.speaker is not None else 0
    speaker_end = max([speaker_end] + [e.end for e in actors if e.start < statement.content[1]])
    first = token_at(view, max(statement.cue[1], speaker_end))
    _, stop = view.sentence_of(first)
    words: list[str] = []
    skip = view.lex.accused_skip
    for index in range(first, min(stop, first + 12)):
        token = view.tokens[index]
        if token.start < max(statement.cue[1], speaker_end) or (not words and token.norm in skip):
            continue
        if words and view.is_break(index) or len(words) == view.lex.accused_words:
            break
        if token.kind == "word":
            words.append(token.text)
    return [" ".join(words)] if words else []


def actors_from_speakers(view: View, candidates: list[Candidate]) -> None:
    """«أعلنت الوزارة أنها ستنشر قوات»: a verb right after «أنها» has the speaker as subject."""
    lex = lexicon()
    statements = {s.id: s for s in view.article.statements}
    spoke: Candidate | None = None  # the last verb whose subject was the speaker
    for candidate in candidates:
        statement = statements.get(candidate.by or "")
        if statement is None or candidate.args.has_actor or candidate.statement:
            continue
        first = token_at(view, candidate.trigger[0])
        light = candidate.args.light_at  # «أعلنت النقابة أنها ستدخل في إضراب»
        after_pronoun = any(at is not None and _after_speaker_pronoun(view, at)
                            for at in (first, light))
        after_pronoun = after_pronoun or (candidate.kind == "verb" and _led_by_an(view, first))
        # «إنها أسقطت طائرة وسيطرت على معسكر»: a verb joined by «و» goes on with that subject
        after_pronoun = after_pronoun or (
            spoke is not None and spoke.by == candidate.by and spoke.sentence == candidate.sentence
            and candidate.kind in ("verb", "phrase")
            and view.tokens[first].norm[:1] in lex.conjunctions)
        # «قالت اللجنة إنها ستفتح المعبر وتسمح بمرور الشاحنات»: the first verb is no act read
        joined = light if candidate.kind not in ("verb", "phrase") else first  # «وستشن هجوما»
        opening = _joined_to_speaker_verb(view, joined) if joined is not None else -1
        if joined is not None and opening >= 0 and not after_pronoun:
            after_pronoun = True
            if view.future_verb(opening) and candidate.factuality in ("asserted", "reported") \
                    and view.tokens[joined].norm[1:2] in lex.present_prefixes:
                candidate.factuality = "future"  # «ستؤمّن الأسواق وتسمح»: both to come
        after_pronoun = after_pronoun or speaker_owns(
            view, first, candidate.kind, token_at(view, statement.content[0]))  # «إن
        # بعثته ستعزز»، «وانسحاب قواته»، «أي صلة لها بالهجمات»
        told_as_object = (statement.act in lex.speaker_does and not candidate.args.has_actor
                          and candidate.kind != "verb" and not suffered_masdar(view, first)
                          and opens_content(view, token_at(view, statement.content[0]), first))
        # a verb, or a phrase a verb opens («قد قاطعت الجلسة»)
        subject = subject_in_lead(view, first) if candidate.kind in ("verb", "phrase") else -1
        if subject >= 0 and not possessed(view, subject):
            lead_subject(view, candidate.args, subject, candidate.trigger[1])  # «أن يكون الوفد
            # قد وافق»
            continue
        after_pronoun = after_pronoun or subject >= 0  # «أن تكون كتلته قد قاطعت»
        headed = headed_subject(view, first, candidate.mode) if candidate.kind == "verb" and not (
            after_pronoun or told_as_object) else None
        if headed is not None:  # «أن مسلحي التنظيم انسحبوا»
            headed_args(view, candidate.args, headed, candidate.trigger[1])  # round 10
            continue
        if after_pronoun or told_as_object:  # «أعلنت الوزارة ترحيل مئة وافد»
            spoke = candidate if after_pronoun else spoke
            if told_as_object:  # «أعلنت الجزائر فتح مجالها الجوي»: done by announcing it
                candidate.factuality = own_announcement(statement, candidate)
            candidate.args.actors = speaker_entities(view.article, statement)
            text = statement.speaker.text if statement.speaker else ""
            if not candidate.args.actors and text and can_act(view, text) \
                    and len(text.split()) <= lex.speaker_words:
                candidate.args.actor_text = [text]
            if subject >= 0:
                object_of_lead(view, candidate.args, candidate.trigger[1])
        if not candidate.args.has_actor:  # «وأعلنت قوى الأمن في بيان توقيف 70 شخصا» (r. 21)
            announcer_before_act(view, statement, candidate.kind, candidate.trigger[0],
                                 candidate.args)


def _after_speaker_pronoun(view: View, first: int, quotes: bool = False) -> bool:
    """«أعلنت البعثة أنها لن تسحب قواتها»: «أنها», then only «لن/قد/تكون…», before the verb;
    ``quotes``: quote marks may stand between too («إنها "ستفتح" المعبر وتسمح…», round 29)."""
    lex = view.lex
    at = first - 1
    while at >= 0 and (view.tokens[at].norm in lex.speaker_verb_lead
                       or (quotes and view.tokens[at].norm in lex.speaker_quotes)):
        at -= 1
    return at >= 0 and view.tokens[at].norm in lex.speaker_pronouns


def _joined_to_speaker_verb(view: View, first: int) -> int:
    """Round 29 (G): «قالت اللجنة إنها ستفتح المعبر وتسمح بمرور الشاحنات»: a verb joined by
    «و» to the content's first verb, which stands right after «أنها/إنه» (and is no act read,
    else the chain of ``actors_from_speakers`` holds), goes on with the speaker as subject
    («قائلا إنها "أعادت تموضعها" وستشن هجوما»: the speaker's words may be quoted). At most
    ``speaker_joined_reach`` words from that verb (quote marks aside), none a comma, «أن/إن»,
    a relative pronoun or another speaker's pronoun. The first verb's token, or -1."""
    lex = view.lex
    if not view.tokens[first].norm.startswith(lex.conjunction):
        return -1
    start, _ = view.sentence_of(first)
    words = 0
    for at in range(first - 1, start - 1, -1):
        token = view.tokens[at]
        if token.norm in lex.speaker_quotes:
            continue
        if token.kind != "word" or view.bare(at) in lex.relatives \
                or token.norm in lex.speaker_verb_opener or token.norm in lex.speaker_pronouns:
            return -1
        words += 1
        if words > lex.speaker_joined_reach:
            return -1
        if _after_speaker_pronoun(view, at, quotes=True):
            return -1 if token.norm.startswith(lex.article) else at
    return -1


def _led_by_an(view: View, first: int) -> bool:
    """«نفت الحكومة أن تكون قد رفضت الوساطة»: «أن» and only «تكون/قد» before the verb."""
    lead = view.lex.speaker_verb_lead
    at = first - 1
    while at >= 0 and view.tokens[at].norm in lead:
        at -= 1
    return 0 <= at < first - 1 and view.tokens[at].norm in view.lex.speaker_verb_opener


def participants_from_speakers(view: View, candidates: list[Candidate]) -> None:
    """A meeting told without its parties («خلال الاجتماع…، أكد الوزراء») is held by the
    speakers of the statement in its sentence."""
    types = lexicon().participant_types
    article = view.article
    for candidate in candidates:
        if candidate.type not in types or candidate.args.has_actor or candidate.by:
            continue  # a meeting told inside a statement is not held by its speaker
        for statement in article.statements:
            if request_cue(view, statement):  # «اجتماعا طارئا بطلب من أنقرة» (round 30)
                continue
            if view.tokens[token_at(view, statement.cue[0])].sentence == candidate.sentence:
                candidate.args.actors = speaker_entities(article, statement)
                if candidate.args.actors:
                    break
                speaker = statement.speaker  # «عقد وزراء خارجية دول المجلس اجتماعا، دانوا خلاله…»
                if speaker is not None and speaker.text and can_act(view, speaker.text) \
                        and len(speaker.text.split()) <= view.lex.speaker_words:
                    candidate.args.actor_text = [speaker.text]
                    break


def _aimed_at(view: View, statement: Statement, events: list[Candidate],
              speakers: list[Entity]) -> list[Entity]:
    """Who a statement is aimed at: named between its cue and its content («دعا الأمم
    المتحدة إلى…»), else the actors of the events it tells of («دان القصف الإسرائيلي»)."""
    acts = lexicon().acts
    aimed = addressee(view.article, statement)  # «…، وطالبت مجلس الأمن بتوفير…»
    if aimed:
        return aimed
    lo, hi = statement.cue[1], statement.content[0]
    if statement.speaker is not None and statement.speaker.start >= lo:
        lo = max(lo, statement.speaker.end)  # the speaker's own title («المستشار الألماني»)
    named = [e for e in view.article.entities
             if lo <= e.start and e.end <= hi and e.type in ACTOR_TYPES and e not in speakers
             and not _genitive_of_speaker(view, e)]
    if named:
        return named[:1]
    c_lo, c_hi = statement.content
    for event in events:  # not a clause the reporter narrates («، والذي تتهمه أنقرة»)
        if c_lo <= event.trigger[0] < c_hi and event.args.actors \
                and (event.by is not None or acts.get(statement.act, _NONE).content != "drop"):
            return [e for e in event.args.actors if e not in speakers]
    return _named_next(view, statement, speakers)


def _named_next(view: View, statement: Statement, speakers: list[Entity]) -> list[Entity]:
    """«اتهم ماكرون روسيا بـ…»: the entity right after the speaker's name, whatever the
    statements layer made the content begin with."""
    ends = [e.end for e in speakers] + [statement.cue[1]]
    if statement.speaker is not None:
        ends.append(statement.speaker.end)
    after = token_at(view, max(ends))
    if after >= len(view.tokens) or view.tokens[after].start < max(ends):
        return []
    entity = view.entity_at.get(after)
    if entity is not None and entity.type == "PER" and not any(e.type == "PER" for e in speakers):
        after = token_at(view, entity.end)  # «الرئيس الفرنسي إيمانويل ماكرون»: the title's name
        entity = view.entity_at.get(after) if view.tokens[after].start >= entity.end else None
    if entity is None or entity.type not in ACTOR_TYPES or entity in speakers \
            or view.tokens[after].sentence != view.tokens[token_at(view, statement.cue[0])].sentence:
        return []
    return [entity]


def unlink_condemners(view: View, candidates: list[Candidate]) -> None:
    """Who condemns or denounces an act is not its doer: «استنكرت الجامعة قصف المستشفى»."""
    acts = lexicon().acts
    statements = {s.id: s for s in view.article.statements}
    for candidate in candidates:
        statement = statements.get(candidate.by or "")
        if statement is None or candidate.statement or \
                acts.get(statement.act, _NONE).event_type not in lexicon().accused_from_embedded:
            continue
        speakers = speaker_entities(view.article, statement) or named_speaker(view, statement)
        candidate.args.actors = [e for e in candidate.args.actors if e not in speakers]


def _genitive_of_speaker(view: View, entity: Entity) -> bool:
    """«الأمين العام للأمم المتحدة»: an entity after «لـ» belongs to the speaker's title."""
    token = view.tokens[token_at(view, entity.start)]
    return entity.start > token.start and token.norm[:1] == view.lex.prep_li


def kept_in_order(view: View, found: list[Candidate],
                  told_again: Callable[[View, Candidate, list[Candidate]], bool]
                  ) -> list[Candidate]:
    """``found`` in its order, less each candidate that ``told_again`` says tells again what
    the candidates kept before it told (the one pass of the re-telling guards)."""
    kept: list[Candidate] = []
    for candidate in found:
        if not told_again(view, candidate, kept):
            kept.append(candidate)
    return kept


def statement_of(view: View, candidate: Candidate) -> Statement | None:
    """The statement the candidate was read from or in (``Candidate.by``), else None."""
    return next((s for s in view.article.statements if s.id == candidate.by), None)
