"""Who did it, to whom, where: the arguments of one trigger, read from the entities and
unnamed actors around it.

* a verb's subject follows it («سيطرت الجماعات»), or stands before it in its sentence
  («الجيش موجود في حمص… وينتشر»، «وكانت الميليشيا قد اقتحمت»); its object follows the
  subject, past a time and a stated place («استقبل الأمير في جدة مساء أمس الرئيس…»); a verb
  joined by «و» shares the subject of the verb before it; an object no entity names is kept
  as text («قصفت الطائرات منزلا»);
* a noun trigger's arguments: ``marsad.eventcoding.argument_nouns``;
* the trigger's prepositions mark its target («على/ضد/مع»), its place («في/قرب/شمال»، «من»
  after a withdrawal) and extra actors («اجتماع لوزراء…»، «بين… و…»، «من قبل»);
* «منها» points back to the place before it, and a definite place noun to the place it named
  («من المدينة»); failing all, the place is the nearest place stated before the trigger in
  its sentence, or that of the event before when the sentence goes on with «و».
"""

from __future__ import annotations

import weakref

from marsad.arabic.normalise import fold
from marsad.eventcoding.actor_parties import party_subject  # round 35 (B)
from marsad.eventcoding.actor_compounds import joined_parties
from marsad.eventcoding.arg_agents import agentive_phrase
from marsad.eventcoding.arg_kana import kana_subject
from marsad.eventcoding.arg_kana_an import speaker_acts, speaker_in_kana
from marsad.eventcoding.arg_members import member_before
from marsad.eventcoding.arg_nations import named_after_nation
from marsad.eventcoding.arg_passives import after_passive_light
from marsad.eventcoding.arg_things import drop_thing_targets
from marsad.eventcoding.arg_titles import title_subject
from marsad.eventcoding.argument_core import (Args, actor_before, object_of, past_adjuncts,
                                             place_before, titled_person)
from marsad.eventcoding.argument_nouns import (accused_doer, genitive, light_verb,
                                              light_verb_after, possessed, purpose_of)
from marsad.eventcoding.argument_hosts import hosted
from marsad.eventcoding.argument_markers import markers
from marsad.eventcoding.argument_places import directions
from marsad.eventcoding.argument_relatives import relative_antecedent
from marsad.eventcoding.relative_places import relative_place
from marsad.eventcoding.argument_phrases import (OBJECT_WORDS, arg_words,
                                                ends_object, is_accusative, phrase, stem_role,
                                                unnamed_object, word_role, word_role_of)
from marsad.eventcoding.asides import past_aside
from marsad.eventcoding.class_subjects import named_subject
from marsad.eventcoding.constructions import constructions, subject_after_an
from marsad.eventcoding.coop_agreed import agreed_parties
from marsad.eventcoding.counted_objects import counted_object
from marsad.eventcoding.doers_before import doer_before
from marsad.eventcoding.gatherings import gathered
from marsad.eventcoding.host_places import host_place
from marsad.eventcoding.lead_subjects import subject_before_verb
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.pronoun_owners import own_pronoun_doer  # round 35 (A)
from marsad.eventcoding.target_guests import guest_after_titles
from marsad.eventcoding.reception_guests import guest_past_place
from marsad.eventcoding.target_inside import object_inside
from marsad.eventcoding.target_holdings import holder_target
from marsad.eventcoding.office_holders import office_holder
from marsad.eventcoding.target_partitives import object_or_part
from marsad.eventcoding.target_pronouns import pronoun_target
from marsad.eventcoding.title_chains import person_after_title_chain
from marsad.eventcoding.target_proposals import proposal_owner
from marsad.eventcoding.target_receivers import call_receiver
from marsad.eventcoding.target_threats import threat_target
from marsad.eventcoding.speakers import addressee, speaker_entities
from marsad.eventcoding.view import ACTOR_TYPES, PLACE_TYPES, Phrase, View
from marsad.eventcoding.victim_subjects import (attack_subject, bare_after, bare_row,
                                                counted_dead, dead_row, gap_doer,
                                                object_after_noun,
                                                victim_row)
from marsad.eventcoding.visited_countries import visited_country
from marsad.model import Entity
from marsad.ner.country_epithets import is_epithet
from marsad.ner.headed_places import headed_only

__all__ = ["Args", "find_arguments"]


def find_arguments(view: View, hit: Hit, previous: Args | None = None) -> Args:
    """The arguments of ``hit``; ``previous`` are those of the verb before it in its
    sentence, whose subject a coordinated verb shares («داهمت القوات المخيم واعتقلت…»)."""
    args = Args(hit.first, hit.end)
    victim = attack_object = False
    verbal = hit.trigger.verbal  # a property, read a dozen times below
    _, stop = view.sentence_of(hit.first)
    cursor = hit.end + 1 if hit.end > hit.last else hit.last + 1
    if hit.trigger.rest and hit.end == hit.last:
        cursor = _body_after(view, hit, args, cursor, stop)  # «حشدت قوات حكومة الوفاق»
        cursor = _after_phrase(view, hit, args, cursor, stop)  # «طرد دبلوماسيين فرنسيين»
        light_verb(view, hit, args)
        if not args.has_actor and _noun_phrase(view, hit):  # «حملة عسكرية شنتها قوات النظام»
            light_verb_after(view, hit, args, stop)  # as a masdar's (round 30, S1)
        if not args.has_actor:  # «اتهمت الحكومة الحوثيين بخرق الهدنة»
            accused_doer(view, hit, args)
        if not args.has_actor and not hit.passive and verbal \
                and not _subject_before(view, hit, args):  # «وكانت الوزارة قد دفعت بتعزيزات»
            _owner_speaks(view, hit, args)  # «أن مقاتليه تصدوا لمحاولة تسلل» (round 12)
    elif verbal and (victim_row(hit) or (bare_row(hit) and _bare_passive(view, hit, stop))
                                 or (hit.passive and dead_row(hit) and _counted_after(view, hit, stop))):
        victim = True  # «استشهد شرطي مصري»، «قتل جندي وأصيب آخرون»: the subject died (round 27)
        probe = Args(args.first, args.last)
        cursor = _subject_and_object(view, hit, probe, hit.last + 1, stop)
        args.place, args.place_stated = probe.place, probe.place_stated
        _victims(args, probe)
        dead = None if probe.has_actor else counted_dead(
            view, hit.first, past_adjuncts(view, Args(hit.first, hit.last), hit.last + 1, stop),
            stop)
        if dead is not None:  # «قتل 14 راكبا وأصيب…»: the dead no entity names (round 30)
            _victims(args, dead)
            cursor = max(cursor, dead.last + 1)
    elif verbal:
        given = _shared_subject(view, hit, args, previous) or _subject_before(view, hit, args) \
            or _after_relative(view, hit) or _subject_after_opener(view, hit, args, stop) \
            or doer_before(view, hit, args)  # «القوات لن تغادر ليبيا» (round 26)
        gap = _subject_gap(view, hit)  # «تمكنت قوات الجيش من قتل…»: the subject alone
        cursor = _subject_and_object(view, hit, args, hit.last + 1, gap or stop, given,
                                     objects=not gap)
        if not given:
            named_subject(view, hit, args)  # «سلمت قوات بعثة الاتحاد الأفريقي … قاعدة» (r. 28)
        if hit.end > hit.last and "obj" in hit.trigger.target and not args.targets:
            cursor = max(cursor, _after_phrase(view, hit, args, hit.end + 1, stop))  # «بحث … مع»
            if gap and not args.targets and args.object_at < 0:
                args.object_at = hit.end + 1  # «من قتل عشرة مسلحين»: the count read later
        _addressed(view, hit, args)
    elif hit.pronoun and not verbal:
        light_verb(view, hit, args)  # «سيواصلون اعتصامهم»
        cursor = possessed(view, hit, args, cursor, stop)
    else:
        gap_doer(view, hit, args)  # «إطلاق مجهولين النار على…» (round 27)
        cursor = genitive(view, hit, args, cursor, stop)
        light_verb(view, hit, args)
        if not args.has_actor:
            light_verb_after(view, hit, args, stop)
        if not args.has_actor:
            accused_doer(view, hit, args)

    if not verbal:
        cursor = hosted(view, hit, args, cursor, stop)  # «مباحثات استضافتها بكين بين…» (round 10)
    if not verbal and not args.has_actor:
        gathered(view, hit, args, stop)  # «اجتماعا رباعيا ضم وزراء خارجية مصر والسعودية»
    if not verbal and not args.has_actor:
        agreed_parties(view, hit, args)  # «اتفق الجانبان على تعزيز التنسيق الأمني» (round 23)
    markers(view, hit, args, min(stop, max(cursor, hit.end + 1) + view.lex.marker_window))
    if verbal and not args.has_actor and not hit.passive:
        if previous is not None and (view.tokens[hit.first].norm[:1] in view.lex.conjunctions
                                     or _same_subject(view, hit.first)):
            args.actors, args.actor_text = list(previous.actors), list(previous.actor_text)
        elif victim:  # «وعبدالعزيز استشهد»: who died, not who killed (round 27)
            before = relative_antecedent(view, hit, died=True) or actor_before(view, hit.first)
            if before is not None and not args.evidence_text:
                _victims(args, before)
        elif attack_subject(view, hit):  # «في تفجير إرهابي استهدف حافلة»: the attack is the
            # subject; where a party stood before it, its object is read as before (round 27)
            if relative_antecedent(view, hit) or actor_before(view, hit.first):
                attack_object = True
                if args.object_at < 0 and "obj" in hit.trigger.target:
                    args.object_at = object_after_noun(view, hit)
        else:
            before = relative_antecedent(view, hit) or actor_before(view, hit.first)
            if before is not None:
                args.add_actor(before)
                if args.object_at < 0 and "obj" in hit.trigger.target:
                    args.object_at = hit.last + 1  # «طائرات حربية قصفت منزلا»
    if verbal and not args.has_actor and not hit.passive and not victim:
        _owner_speaks(view, hit, args)
    if verbal and not args.has_actor and not hit.passive and not victim \
            and hit.trigger.mode in constructions().subject_modes:  # not «إن العملية
        subject = subject_after_an(view, hit.first)  # استهدفت»; «أن وزراء الخارجية سيجتمعون»
        if subject is not None:
            args.add_actor(subject)
    if not victim:  # round 35 (B): «أن الأرتال المسلحة بدأت»، «انسحب المحامون»
        party_subject(view, hit, args)
    _target_as_place(view, hit, args)
    if not args.targets and hit.trigger.type in arg_words().condition_types:
        threat_target(view, max(hit.end, args.last) + 1, args, stop)  # «هدد بفرض عقوبات على…»، «إذا لم تستجب الحكومة» (round 21)
    own_pronoun_doer(view, hit, args)  # round 35 (A): «نفت الحركة موافقتها»: whom «ها» names
    args.actors = [e for e in args.actors if e not in args.targets]  # one side each
    if not verbal and not args.has_actor and view.tokens[hit.first].norm[:1] == view.lex.prep_li:
        purpose_of(view, hit, args)  # «تدخلت الشرطة لتفريق المحتجين»
    if args.place is None and previous is not None and previous.place is not None \
            and view.tokens[hit.first].norm[:1] in view.lex.conjunctions:
        args.place = previous.place  # «اقتحمت القوة بلدة بيتا جنوب نابلس، واعتقلت…»: Beita
        if headed_only(previous.place) and view.tokens[previous.first].sentence \
                != view.tokens[hit.first].sentence:  # «اقتحمت القوات حي كوكجلي شرقي
            # الموصل. وشنت…»: the next sentence goes on in the city (``_carry_place``)
            args.place = _locating_place(view, previous.place)
    if previous is not None and not verbal:
        _adjunct_of_verb(view, hit, args, previous)
    host_place(view, hit, args)  # «تستضيف بغداد جولة جديدة من الحوار»: Baghdad (round 23, consult2)
    relative_place(view, hit, args, stop)  # «التفجير الذي وقع في أبها» (round 31)
    if args.place is None:
        place_before(view, hit.first, args)
    elif args.place_stated and headed_only(args.place):  # «وفي العاصمة صنعاء فجر مسلحون …
        # في حي شملان»: the capital stated before is still the evidence it was
        shadow = Args(hit.first, hit.last)
        place_before(view, hit.first, shadow)
        args.known_before = shadow.named_place \
            or _locating_place(view, args.place) is not None  # «في قاعدة مروي شمال السودان»
    if args.place is not None and is_epithet(args.place):  # «في المملكة»: the home country
        args.place, args.place_stated = None, False  # as a whole is no event's place
    _carry_place(view, hit, args)
    _both_sides(view, args)
    if args.object_at >= 0 and not args.targets and not args.target_text \
            and (args.has_actor or args.named_place
                 or counted_object(view, hit, args.object_at)  # «القبض على 15 شخصا» (round 11)
                 or (verbal and _after_relative(view, hit))
                 or attack_object
                 or after_passive_light(view, hit)):  # «تم ترحيل عشرات المهاجرين» (round 16)
        found = object_or_part(view, args, stop)  # «اثنين من المطلوبين» (round 21)
        if found is not None:
            args.add_target(found)
    drop_thing_targets(view, hit, args)  # «أدانت الوزارة الهجوم»: a deed, no party (round 19)
    named_after_nation(view, args)  # «نظيره الكويتي الشيخ فهد اليوسف»: the person (round 19)
    pronoun_target(view, hit.first, args)  # «متهما إياه بالتمرد»: the party before (round 21)
    object_inside(view, hit, args)  # «لتفريق المتظاهرين»: the crowd is in the trigger (round 21)
    guest_after_titles(view, hit, args, stop)  # «استقبل الأمير … ولي العهد، في قصر…، الرئيس…» (r. 21)
    guest_past_place(view, hit, args, stop)  # «استقبل الرئيس في مكتبه وزير الخارجية» (round 24)
    proposal_owner(view, hit, args, stop)  # «رفضت الحكومة مطلب النقابات»: whose demand (round 21)
    call_receiver(view, hit, args)  # «تلقى … أمير البلاد المفدى اتصالا»: who received it (r. 21)
    holder_target(view, hit, args, stop)  # «قصفت طائرات مواقع لتنظيم داعش»: the group
    office_holder(view, hit, args)  # «أدان محافظ الطائف سعد الفلاني»: the governor, not the town
    visited_country(hit, args)  # «زيارة الرئيس الكوري إلى الأردن»: Jordan is visited (round 27)
    if hit.tense == "present" and not hit.future:  # «المملكة ترحب بضيوف الرحمن»: the home
        args.actors = [e for e in args.actors if not is_epithet(e)]  # country's standing policy
    return args


#: Per article view: the sentence and place of the last physical event with a stated place.
_LAST_PLACE: weakref.WeakKeyDictionary[View, tuple[int, Entity]] = weakref.WeakKeyDictionary()


#: Per article view: the parties of the last event that had two or more.
_LAST_PARTIES: weakref.WeakKeyDictionary[View, list[Entity]] = weakref.WeakKeyDictionary()


def _both_sides(view: View, args: Args) -> None:
    """«بحث الصفدي مع نظيره المصري… واتفق الجانبان على…»: «الجانبان»، «الطرفان» are the two
    parties of the event told before."""
    parties = args.actors + [e for e in args.targets if e not in args.actors]
    if len(parties) >= 2:
        _LAST_PARTIES[view] = parties
        return
    if args.actors or len(args.actor_text) != 1:
        return
    words = args.actor_text[0].split()
    last = _LAST_PARTIES.get(view)
    if last and len(words) == 1 and word_role_of(fold(words[0])) == "both_sides":
        args.actors, args.actor_text = list(last), []
        args.targets = [e for e in args.targets if e not in last]


def _carry_place(view: View, hit: Hit, args: Args) -> None:
    """«اقتحم مستوطنون قرية قصرة… . وأطلق جنود الاحتلال النار…»: a sentence that goes on
    with «و» tells of the place of the event before it (the types marked `carries_place` in
    event_args_words.tsv: a condemnation or a meeting is made elsewhere)."""
    if hit.trigger.type not in arg_words().carries_place:
        return
    sentence = view.tokens[hit.first].sentence
    if args.place is not None:
        if args.place_stated and headed_only(args.place):
            # «داهمت القوات منزلا في حي الكرادة ببغداد. واعتقلت…»: a neighbourhood or town
            # known only from its head word is its own clause's place; what goes on is told
            # of the city that locates it, else of no place (the spent gold's convention)
            city = _locating_place(view, args.place)
            if city is None:
                _LAST_PLACE.pop(view, None)
            else:
                _LAST_PLACE[view] = (sentence, city)
        elif args.place_stated:
            _LAST_PLACE[view] = (sentence, args.place)
        return
    last = _LAST_PLACE.get(view)
    first, _ = view.sentence_of(hit.first)
    if last is not None and last[0] in (sentence, sentence - 1) \
            and view.tokens[first].norm[:1] in view.lex.conjunctions \
            and not (last[0] < sentence and word_role(view, first) == "was"):  # round 12: «وكانت
        # الوزارة قد دفعت بتعزيزات…» goes back in time, not on at the place just told
        args.place, args.place_stated = last[1], False


def _locating_place(view: View, place: Entity) -> Entity | None:
    """The known place right after ``place`` that locates it: «ببغداد», «شرقي الموصل»,
    «شمال غرب مدينة تعز» (up to two direction words, as in ``located_places``, then the
    place)."""
    at = view.entity_last.get(place.id, -1) + 1
    words = 0
    while at < len(view.tokens) and words < 2 \
            and view.norm(at) in directions():
        at, words = at + 1, words + 1
    if at < len(view.tokens) and view.is_place_noun(at) and words:
        at += 1  # «شرق مدينة غزة»
    if at >= len(view.tokens) or view.tokens[at].sentence != view.tokens[view.entity_first[place.id]].sentence:
        return None
    found = view.entity_at.get(at)
    if found is None or found.type not in PLACE_TYPES or headed_only(found) \
            or view.entity_first[found.id] != at \
            or not (words or view.clitic_prep(at) == view.lex.prep_bi):
        return None
    return found


def _body_after(view: View, hit: Hit, args: Args, cursor: int, stop: int) -> int:
    """«حشدت قوات حكومة الوفاق أرتالاً»: a phrase ending in a unit («قوات») followed by the
    body it belongs to: the body acts."""
    body = view.entity_at.get(cursor) if cursor < stop else None
    if body is None or body.type not in ("ORG", "GPE") or args.has_actor \
            or body.start != view.tokens[cursor].start or not stem_role(view, hit.end, "construct"):
        return cursor
    last = view.entity_last[body.id]
    args.add_actor(Phrase(cursor, last, [body]))
    return last + 1


def _after_phrase(view: View, hit: Hit, args: Args, cursor: int, stop: int) -> int:
    """What follows a phrase whose last word is its object qualifies that object."""
    found = phrase(view, cursor, min(stop, cursor + view.lex.object_window))
    if found is None or "obj" not in hit.trigger.target:
        return cursor
    object_of(view, hit, args, found)
    return found.last + 1


def _target_as_place(view: View, hit: Hit, args: Args) -> None:
    if hit.trigger.type not in view.lex.target_is_place:
        return
    place = next((e for e in args.targets if e.type in PLACE_TYPES), None)
    if place is not None:
        args.place, args.place_stated = place, True


def _shared_subject(view: View, hit: Hit, args: Args, previous: Args | None) -> bool:
    """«زار الصفدي القاهرة والتقى الرئيس السيسي»: a verb joined by «و» to the verb before it
    in its sentence shares its subject; the phrase after it is its object. After «إنه/أنها»
    the subject is that pronoun (the speaker's, filled in later): «قال إنه يزور أوجلان»."""
    if hit.first > 0 and view.tokens[hit.first - 1].norm in view.lex.speaker_pronouns \
            and not hit.passive and "obj" in hit.trigger.target:
        return True
    if previous is None or not previous.has_actor or hit.passive or hit.plural \
            or "obj" not in hit.trigger.target \
            or view.tokens[hit.first].norm[:1] not in view.lex.conjunctions:
        return False
    args.actors, args.actor_text = list(previous.actors), list(previous.actor_text)
    return True


def _subject_after_opener(view: View, hit: Hit, args: Args, stop: int) -> bool:
    """«أن بغداد ستسلم الكويت مطلوبين»: the phrase between «أن/إن» and the verb is its
    subject, not the one after the verb, which is its object (``lead_subjects.
    subject_before_verb``, round 21). Only where a subject would be read after the verb: a
    verb that found no actor gets none from this rule."""
    if hit.passive:
        return False
    found = subject_before_verb(view, hit.first, hit.trigger.mode, hit.plural)
    if found is None:
        return False
    probe = Args(args.first, args.last)
    _subject_and_object(view, hit, probe, hit.last + 1, stop)
    if not probe.has_actor:
        return False
    args.add_actor(found)
    return True


def _after_relative(view: View, hit: Hit) -> bool:
    """«الاعتداء الذي استهدف دورية الشرطة»: right after «الذي/التي» a verb with no object
    pronoun has the noun before it as subject (read later), and what follows is its object."""
    at = hit.first - 1
    if at < 0 or hit.pronoun or hit.passive or "obj" not in hit.trigger.target \
            or view.bare(at) not in view.lex.relatives:
        return False
    after = hit.last + 1
    return not (after < len(view.tokens) and view.pronoun_prep(after))


def _subject_before(view: View, hit: Hit, args: Args) -> bool:
    """«وكانت الميليشيا قد اقتحمت المكاتب»: with «قد» before the verb its subject stood before
    it (an unnamed noun right after «كان» counts); the phrase after the verb is its object."""
    at = hit.first - 1
    if at < 1 or hit.passive or word_role(view, at) != "subject_before":
        return False
    found = actor_before(view, at)
    if found is None and at >= 2 and word_role(view, at - 2) == "was" \
            and view.tokens[at - 1].kind == "word" and not view.ends_argument(at - 1) \
            and stem_role(view, at - 1, "agent"):
        token = view.tokens[at - 1]
        found = Phrase(at - 1, at - 1, [], token.text)
    if found is None:
        found = kana_subject(view, at, hit.trigger.mode)  # «وكانت وحدات تابعة لـ… قد انتشرت»
    if found is None:
        return speaker_in_kana(view, hit, args)  # «ونفت أن تكون قد وافقت» (round 16)
    args.add_actor(found)
    return True


def _subject_gap(view: View, hit: Hit) -> int:
    """Round 28 (F): where the rest of a gapped phrase begins when its gap holds the subject
    alone (``subject_gap_phrases``: «تمكنت قوات الجيش من قتل عشرة مسلحين»), else 0."""
    if hit.end <= hit.last or hit.trigger.form.split()[0] not in view.lex.subject_gaps:
        return 0
    return hit.rest_first


def _subject_and_object(view: View, hit: Hit, args: Args, cursor: int, stop: int,
                        given: bool = False, objects: bool = True) -> int:
    takes_object = objects and "obj" in hit.trigger.target
    if cursor < stop and (view.pronoun_prep(cursor)
                          or word_role(view, cursor) == "pronoun_adjunct"):  # round 10
        cursor += 1  # «انسحب منها الجيش»: the marker is read with the others; «تنسحب خلالها…»
    elif cursor + 1 < stop and view.bare(cursor) in view.lex.prepositions \
            and word_role(view, cursor + 1) == "pronoun_adjunct":
        cursor += 2  # «أوقفت على إثرها عناصر الأمن 17 مشجعا» (round 12)
    cursor = past_adjuncts(view, args, cursor, stop)
    first = phrase(view, cursor, min(stop, cursor + view.lex.object_window),
                   orgs=not (given or hit.passive or hit.plural))
    if first is not None and first.entities \
            and view.clitic_prep(view.entity_first[first.entities[0].id]):
        first = None  # «وزير الدولة بوزارة الخارجية …»: a title's preposition, not the subject
    if first is None and not given and not hit.passive:
        first = titled_person(view, cursor, stop)
        if first is not None:
            args.markers_from = first.last + 1
    if first is None and not given and not hit.passive and not hit.plural \
            and hit.first == view.sentence_of(hit.first)[0]:
        first = title_subject(view, hit.first, cursor, stop)  # «وأشاد وزير الداخلية» (r. 14)
    if first is None and not given and not hit.passive and not hit.plural:
        first = person_after_title_chain(view, cursor, stop)  # «استقبل نائب رئيس مجلس
        # الوزراء ووزير الخارجية الشيخ…» (round 26)
    if first is None and not given and not hit.passive and not hit.plural:
        first = agentive_phrase(view, hit, cursor, stop)  # «واتفق الحاضرون على…» (round 16)
    if first is None:
        if takes_object and (hit.passive or given or hit.plural):
            args.object_at = cursor  # «اعتُقل أربعة أشخاص»، «واعتقلت خمسة منهم»
        if takes_object and cursor + 1 < stop and view.tokens[cursor].kind == "word" \
                and not view.ends_argument(cursor) and not given:
            # «قصفت المدفعية بلدة مارع»: an unknown subject noun, then the object
            after = phrase(view, cursor + 1, min(stop, cursor + 1 + view.lex.object_window))
            if after is not None and not hit.plural:
                object_of(view, hit, args, after)
                return after.last + 1
        if takes_object and not (given or hit.passive or hit.plural):
            return _unnamed_subject_and_object(view, args, cursor, stop)
        return cursor
    if hit.passive:  # «قُصفت المدينة»: the one named after a passive verb suffered it
        args.add_target(first)
        return first.last + 1
    if hit.plural or given:  # «دانوا الاعتداءات»: the subject is in the verb; this is its object
        if takes_object:
            object_of(view, hit, args, first)
        return first.last + 1 if takes_object else cursor
    first = joined_parties(view, first, stop)  # «قطعت كل من السعودية والإمارات والبحرين» (r. 21)
    if not objects and not first.entities and first.last + 1 < stop \
            and all(view.tokens[at].kind == "word" for at in range(first.last + 1, stop)):
        first = Phrase(first.first, stop - 1, [], view.article.text[  # «تمكنت قوات الجيش من»:
            view.tokens[first.first].start:view.tokens[stop - 1].end])  # the whole gap
    second = None
    if takes_object:
        next_at = past_aside(view, past_adjuncts(view, args, first.last + 1, stop), stop)
        second = phrase(view, next_at, min(stop, next_at + view.lex.object_window)) \
            or titled_person(view, next_at, stop)
    if takes_object and second is None and first.is_place \
            and (hit.trigger.type in view.lex.target_is_place or "obj" in hit.trigger.place):
        # not «رفض الأردن فتح حدوده»: a country after a refusal is its subject
        object_of(view, hit, args, first)  # «قصف حلب»: a lone place is what was hit
        return first.last + 1
    if first.entities and not first.types() & ACTOR_TYPES:
        return cursor
    args.add_actor(first)
    if second is not None:
        object_of(view, hit, args, second)
        return second.last + 1
    if takes_object:
        args.object_at = next_at  # «قصفت طائرات حربية منزلا قرب…»
    return first.last + 1


def _victims(args: Args, found: Args | Phrase) -> None:
    """The subject of a verb of dying is who died: it tells the happening (evidence), but it
    is no party to it: the gold sets name the attack's target, not the dead (round 27)."""
    entities = found.actors if isinstance(found, Args) else found.entities
    texts = found.actor_text if isinstance(found, Args) else [found.text] if found.text else []
    args.evidence_text += [e.text for e in entities] + texts
    args.first, args.last = min(args.first, found.first), max(args.last, found.last)


def _bare_passive(view: View, hit: Hit, stop: int) -> bool:
    """«قتل شرطي تركي وأصيب أربعة»، «جنود أفغان قتلوا في الهجوم»: no object after the verb
    (and after its subject, when one follows a singular verb): a passive (round 27)."""
    at = past_adjuncts(view, Args(hit.first, hit.last), hit.last + 1, stop)
    if not hit.plural and at < stop and not bare_after(view, at, stop):
        found = phrase(view, at, min(stop, at + view.lex.object_window)) \
            or counted_dead(view, hit.first, at, stop)  # «قتل 14 راكبا وأصيب…» (round 30)
        if found is None:
            return False
        at = found.last + 1
    return bare_after(view, at, stop)


def _noun_phrase(view: View, hit: Hit) -> bool:
    """A trigger phrase that is a noun and its adjectives («حملة عسكرية»، «عملية عسكرية»): a
    light verb after it carries it (round 30). Not one ending in a preposition or holding an
    object («احتجاجا على الغارات التي يشنها…»، «قبول المقترح الذي قدمته…»): the verb there
    carries the object."""
    return not hit.trigger.verbal and hit.trigger.class_at < 0 \
        and "obj" not in hit.trigger.target \
        and view.bare(hit.end) not in view.lex.prepositions


def _counted_after(view: View, hit: Hit, stop: int) -> bool:
    """«قُتل 14 راكبا في…»: a passive of dying whose subject is a count no entity names (its
    dead are read by ``counted_dead``, round 30)."""
    at = past_adjuncts(view, Args(hit.first, hit.last), hit.last + 1, stop)
    return phrase(view, at, min(stop, at + view.lex.object_window)) is None \
        and counted_dead(view, hit.first, at, stop) is not None


def _unnamed_subject_and_object(view: View, args: Args, cursor: int, stop: int) -> int:
    """«هاجم مسلح مجهول فندقاً في سوسة»: words no entity names, then an accusative or a
    count: the subject and the object, both kept as text."""
    last = cursor - 1
    for at in range(cursor, min(stop, cursor + OBJECT_WORDS)):
        if ends_object(view, at, first=at == cursor) or is_accusative(view, at) \
                or word_role(view, at) == "count" or view.tokens[at].kind != "word":
            break
        last = at
    after = last + 1
    if last < cursor or not stem_role(view, cursor, "agent"):
        return cursor  # «يستهدف برنامج التوظيف الجديد…»: no one who acts
    if after >= stop or not (is_accusative(view, after)
                                              or word_role(view, after) == "count"):
        return cursor
    found = unnamed_object(view, after, stop)
    if found is None:
        return cursor
    text = view.article.text[view.tokens[cursor].start:view.tokens[last].end]
    args.add_actor(Phrase(cursor, last, [], text))
    args.add_target(found)
    return found.last + 1


def _adjunct_of_verb(view: View, hit: Hit, args: Args, previous: Args) -> None:
    """«انسحب الجنود من قاعدة الحمراء بعد اشتباكات استمرت ساعات مع مسلحي القبيلة»: a masdar
    opening an adjunct (`adjunct_lead`) of the verb before it, with its other party after
    «مع», was fought (or held) by that verb's subject, where that verb took place."""
    if hit.first < 1 or arg_words().words.get(view.bare(hit.first - 1)) != "adjunct_lead" \
            or view.lex.prep_with not in hit.trigger.target or not (args.targets or args.has_actor):
        return  # «توصلتا إلى اتفاق بعد مفاوضات شاقة»: who negotiated is not told
    if args.place is None and previous.place is not None:
        args.place, args.place_stated = previous.place, False
    shared = [e for e in previous.actors if e not in args.actors and e not in args.targets]
    args.actors = shared + args.actors
    if arg_words().words.get(hit.trigger.mode) == "two_sided":
        args.actors += [e for e in args.targets if e not in args.actors]  # as «بين … و…»
        args.targets = []
    if not previous.actors and not args.has_actor:
        args.actor_text = list(previous.actor_text)


def _same_subject(view: View, first: int) -> bool:
    """«… وحاصرت منزلا قبل أن تعتقل شقيقين»: after «قبل أن/بعد أن» a verb goes on with the
    subject of the verb before it."""
    if first < 2:
        return False
    lead = f"{view.bare(first - 2)} {view.bare(first - 1)}"
    return arg_words().words.get(lead) == "same_subject"


def _addressed(view: View, hit: Hit, args: Args) -> None:
    """«نفت قوات الدعم السريع…، واتهمت الجيش باستخدامه…»: a cue whose object the statements
    layer took for its speaker (`speakers.addressee`) keeps the earlier subject."""
    token = view.tokens[hit.first]
    for statement in view.article.statements:
        if token.start <= statement.cue[0] < token.end:
            aimed = addressee(view.article, statement)
            if aimed:
                args.actors, args.actor_text = speaker_entities(view.article, statement), []
                args.targets = aimed
            return


def _owner_speaks(view: View, hit: Hit, args: Args) -> None:
    """«أعلن حزب الله أن مقاتليه استهدفوا…»، «قالت الجبهة إن مقاتليها صدوا…»: fighters or
    forces with a pronoun, right after «أن/إن», are the speaker's: the speaker acts."""
    if member_before(view, hit) is not None:  # also «أن يكون مقاتلوه قد…» (round 17)
        speaker_acts(view, hit, args)
