"""The ``events`` stage: who did what to whom, where, when — and how sure — in PLOVER.

Triggers (``marsad/lexicons/event_triggers.tsv``) are found over the tokens; each takes its
actors, targets and place from the entities and unnamed actors around it
(``marsad.eventcoding.arguments``), its time from the times layer (else the article's date),
and its factuality from nearby cues and the statement whose content holds it
(``marsad.eventcoding.factuality``). Statements that are acts — a condemnation, a call, a
threat — are verbal events of their own. Candidates for one happening are merged, and a
candidate without the evidence its trigger needs is dropped: precision first.
See ``docs/events.md``.
"""

from __future__ import annotations

import bisect

from marsad.arabic.normalise import fold
from marsad.eventcoding.actor_bodies import person_for_body
from marsad.eventcoding.actor_crowds import crowds_as_actors
from marsad.eventcoding.actor_units import unit_owner
from marsad.eventcoding.group_anaphora import name_groups
from marsad.eventcoding.target_sites import drop_sites
from marsad.eventcoding.candidates import (Candidate, actors_from_speakers,
                                          participants_from_speakers, statement_candidates,
                                          trigger_candidates, unlink_condemners)
from marsad.eventcoding.arguments import Args
from marsad.eventcoding.historic_figures import with_historic_figure
from marsad.eventcoding.history import far_dated, is_history
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.people import drop_people
from marsad.eventcoding.prec_amid import without_circumstances
from marsad.eventcoding.prec_blames import blames_after_condemning
from marsad.eventcoding.prec_dates import past_verb, told_done
from marsad.eventcoding.prec_echoes import without_echoes
from marsad.eventcoding.prec_hauls import without_hauls
from marsad.eventcoding.prec_hazards import against_hazard
from marsad.eventcoding.prec_mentions import no_new_happening
from marsad.eventcoding.prec_long import without_long_doubles
from marsad.eventcoding.prec_orders import ordered_acts
from marsad.eventcoding.prec_owes import owed
from marsad.eventcoding.prec_round21 import no_happening_of_report
from marsad.eventcoding.prec_condolences import mourned_day
from marsad.eventcoding.prec_senses import other_sense
from marsad.eventcoding.other_senses import another_sense
from marsad.eventcoding.column_senses import column_sense
from marsad.eventcoding.advisories import advice_or_stance
from marsad.eventcoding.denied_stances import denied_stance
from marsad.eventcoding.measure_mentions import no_new_measure
from marsad.eventcoding.means_of_use import means_of_use
from marsad.eventcoding.prec_news import without_news_non_events
from marsad.eventcoding.prec_opinion import without_rhetoric
from marsad.eventcoding.prec_aims import without_aims
from marsad.eventcoding.told_times import without_told_times
from marsad.eventcoding.epithet_targets import without_epithet_targets
from marsad.eventcoding.measure_parties import measure_parties
from marsad.eventcoding.told_deals import without_retold_deals
from marsad.eventcoding.described_doubles import without_described_doubles
from marsad.eventcoding.dated_descriptions import without_dated_descriptions
from marsad.eventcoding.tallies import without_tallies_and_retellings
from marsad.eventcoding.same_happening import without_same_happenings
from marsad.eventcoding.breakdowns import without_breakdowns
from marsad.eventcoding.breaches import accused_breaches
from marsad.eventcoding.attack_subjects import without_attack_subjects
from marsad.eventcoding.denied_retellings import without_denied_retellings
from marsad.eventcoding.condemned_masdars import without_condemned_masdars
from marsad.eventcoding.described_charges import without_told_descriptions
from marsad.eventcoding.prec_fates import without_fates_in_conditions
from marsad.eventcoding.prec_attendance import without_attended_meetings
from marsad.eventcoding.own_staff import without_own_staff_meetings
from marsad.eventcoding.retold_incidents import without_retold_incidents
from marsad.eventcoding.condemned_attacks import without_condemned_retellings
from marsad.eventcoding.retold import described_mentions
from marsad.eventcoding.retold_attacks import retold_attacks
from marsad.eventcoding.retold_tolls import without_retold_tolls
from marsad.eventcoding.retold_happenings import handed_to_first_tellings, without_retold_happenings
from marsad.eventcoding.prec_merges import continued_acts, jailbreaks, retype_withdrawals
from marsad.eventcoding.round11_guards import topic_heading
from marsad.eventcoding.evidence_needs import relaxed
from marsad.eventcoding.evidence_rescue import rescued
from marsad.eventcoding.argument_places import clause_place
from marsad.eventcoding.inline_datelines import inline_dateline, lead_dateline
from marsad.eventcoding.located_places import locate_places
from marsad.eventcoding.destination_places import destination_places
from marsad.eventcoding.seat_places import seat_places
from marsad.eventcoding.object_places import object_places
from marsad.eventcoding.shared_places import share_places
from marsad.eventcoding.stale_datelines import stale_dateline
from marsad.eventcoding.target_deeds import drop_told_deeds
from marsad.eventcoding.own_times import same_time_day
from marsad.eventcoding.clause_dates import own_clause_time
from marsad.eventcoding.time_values import begins_after, is_day
from marsad.eventcoding.tolls import caused_acts
from marsad.eventcoding.toll_acts import at_toll, causes
from marsad.eventcoding.two_acts import preludes, two_acts
from marsad.eventcoding.described_attacks import described_pairs
from marsad.eventcoding.merge import (borrow_accused, has_evidence, merge_anaphora,
                                      merge_in_sentences)
from marsad.eventcoding.verbal_args import (city_as_place_of_aim, talks_behind_deals,
                                           without_retold_meetings)
from marsad.eventcoding.standing_backdrops import without_standing_backdrops
from marsad.eventcoding.passing_mentions import without_passing_mentions
from marsad.eventcoding.suffered_acts import suffered_doers
from marsad.eventcoding.arg_nations import titled_before
from marsad.eventcoding.view import View
from marsad.model import Article, Entity, Event
from marsad.pipeline import stage

__all__ = ["find_events", "code_events"]

#: What a date after the article's makes a plan: told, or told by a source (round 21: «أعلن
#: ماكرون انسحاب القوات … خلال الأشهر المقبلة»; future wins over reported)
PLANNABLE = frozenset({"asserted", "reported"})


def code_events(article: Article) -> list[Event]:
    """The events of an article whose earlier layers are filled."""
    if not article.tokens:
        return []
    view = View(article)
    titles = _title_lines(article)
    found = drop_people(view, [c for c in trigger_candidates(view) if c.sentence not in titles])
    participants_from_speakers(view, found)
    actors_from_speakers(view, found)
    unlink_condemners(view, found)
    talks_behind_deals(view, found)  # «… إلى اتفاق بعد يومين من المحادثات» (round 9)
    found = without_retold_meetings(view, found)  # «وأكد الوزيران في مؤتمر صحفي مشترك»
    city_as_place_of_aim(found)  # «يزور وفد … الرباط … لتوقيع إعلان مشترك»
    found += statement_candidates(view, found)
    retype_withdrawals(view, found)  # «ستنسحب من المسار التفاوضي»: a refusal (round 12)
    # «تمهيدا لعملية»: an aim is no act (round 22, on since round 28), dropped before two
    # acts of its sentence merge («استعدادا لاقتحامها، في حين قال … إن الطيران استهدف»)
    found = without_aims(view, found)
    found = merge_in_sentences(found, caused_acts(view, found),  # «…، بعدما أطلق» (round 11)
                               two_acts(view, found),  # «…، كما تم توقيف قاض» (round 24)
                               causes(view, found),  # «قتل خمسة في تفجير»: its act (round 25)
                               described_pairs(view, found)  # «لضربات … استهدفت» (round 30)
                               | preludes(view, found))  # «اقتحمت … بعد قصف» (round 30)
    found = jailbreaks(view, continued_acts(view, found))  # «ورحب …، مثمناً …» (round 12)
    found = blames_after_condemning(view, found)  # «وأدانت … وحمّلت» (round 17)
    found = without_hauls(found)  # «ألقت القبض على العصابة وضبطت بحوزتها أسلحة» (round 13)
    borrow_accused(found)
    share_places(found)  # «… قتلت مئة مسلح، وإن مقاتلات دمرت مواقع جنوب الشيخ زويد»
    found = without_circumstances(view, found)  # «توغلت … وسط إطلاق نار كثيف» (round 16)
    ordered_acts(view, found)  # «وأمرت النيابة بحبس المتهمين»: done, not planned (round 16)
    # _time dates a candidate by one of the article's times (a day's cut to its first ten
    # letters: the same first day) or by the article's date: most articles have none after it
    later = any(_after_publication(article, time.value) for time in article.times)
    for candidate in found:  # «تعقد القمة في الرابع من مارس المقبل»: a plan, told by its date
        if later and candidate.factuality in PLANNABLE and not past_verb(view, candidate) \
                and not told_done(view, candidate) \
                and _dated_after(view, candidate, found):  # a past verb is done (round 16)
            candidate.factuality = "future"  # «المباحثات التي أجراها» too (round 29)
    found = without_echoes(view, found)  # «…، مطالبين برحيل الحكومة» (round 21)
    found = handed_to_first_tellings(view, found)  # «في عملية إرهابية» … «الذي استهدف» (round 29)
    found = [c for c in merge_anaphora(found, described_mentions(view, found),
                                       retold_attacks(view, found))  # round 22
             # at_toll: a toll an act leads is rescued at its toll (round 25)
             if (has_evidence(c)
                 or rescued(view, at_toll(c))  # «قال إن القطعات حررت» (round 21)
                 or relaxed(view, at_toll(c)))  # «هجوم صاروخي استهدف منزلا» (round 23: event_needs.yaml)
             and not _history(article, c)
             and (c.statement or not topic_heading(article, c.trigger[0], c.sentence))
             and not no_new_happening(view, at_toll(c))  # «بحق قوافل المساعدات» (round 12)
             and not owed(view, c)  # «ويدين آرسنال بتتويجه إلى اللاعب» (round 13)
             and not against_hazard(view, c)  # «رفع الدفاع المدني درجة الاستعداد» (round 14)
             and not no_happening_of_report(view, c)  # «خططت لاستهداف»، «عادة ما» (round 21)
             and not other_sense(view, c)  # «سيطروا على الحريق»، a match report (round 22)
             and not another_sense(view, c)  # «استهدفت تعزيز»، «استقبل المطار» (round 24)
             and not column_sense(view, c)  # a vox pop's «طالب»، «بحق أي مخالف» (round 25)
             and not advice_or_stance(view, c)  # «دعت المواطنين إلى الإبلاغ»، «لن نقبل بأي» (round 24)
             and not denied_stance(view, c)  # «وتتهم مصر قطر بدعم… وهو ما تنفيه الدوحة» (round 26)
             and not no_new_measure(view, c)  # «هو للقبض على»، «قرار إلغاء الترخيص» (round 25)
             and not means_of_use(view, c)]  # «باستخدام مطاراتها في شن غارات» (round 25)
    found = without_retold_deals(view, found)  # «في أعقاب الاتفاق الذي تم التوصل إليه» (round 25)
    found = without_long_doubles(view, found)  # «بيان نشرته»، «إلغاء زيارة»، «قتل في غارات» (round 22)
    found = without_news_non_events(view, found)  # «في الماضي»، «يذكر أن» (round 22)
    found = without_rhetoric(view, found)  # «كيف تعاملت … مع التفجير؟»، «فإننا نستنكر» (round 24)
    found = [c for c in found if not far_dated(view, c)]  # «… في 2012» (round 22)
    found = without_condemned_retellings(view, found)  # «واستنكر … العمل الإرهابي» (round 24)
    found = without_retold_incidents(view, found)  # «دان الحادث الإرهابي الذي استهدف» (round 22)
    found = without_told_times(view, found)  # «قبيل زيارته»، «خلال اجتماعه» (round 23)
    found = without_described_doubles(view, found)  # «العمل الإرهابي الذي استهدف» (round 23)
    found = without_dated_descriptions(view, found)  # «الذي استعادوه الشهر الماضي» (round 23)
    found = without_tallies_and_retellings(view, found)  # «خلال الأشهر الماضية» (round 23b)
    found = without_same_happenings(view, found)  # «لقاء كيري والعاهل الأردني يأتي» (round 24)
    found = accused_breaches(view, found)  # «اتهم … بخرق الهدنة، مؤكدا أنها قصفت» (round 27)
    found = without_breakdowns(view, found)  # «25 غارة» … «ثماني غارات في سوريا» (round 24)
    found = without_attack_subjects(view, found)  # «…، واستهدف القصف المدارس» (round 24)
    found = without_denied_retellings(view, found)  # «ونفت … استهداف المستشفى» (round 24)
    found = without_condemned_masdars(view, found)  # «ودانت الخارجية القصف التركي» (round 24)
    found = without_retold_tolls(view, found)  # «مقتل سبعة، وهي الحصيلة ذاتها»
    found = without_fates_in_conditions(view, found)  # «إذا انهارت المحادثات» (round 23)
    found = without_attended_meetings(view, found)  # «سيقاطع مشاورات الكويت» (round 23)
    found = without_standing_backdrops(view, found)  # «منذ سنوات»، «شبه يومية» (round 24)
    found = without_passing_mentions(view, found)  # «الغارات التي يشنها» (round 25)
    found = without_told_descriptions(view, found)  # «دان … . ووصف الحادث بأنه …»
    found = without_retold_happenings(view, found)  # «… اجتماع مديري السجون» (round 27)
    found = without_own_staff_meetings(view, found)  # «اجتماعا مع قادة القطاعات» (round 27)
    drop_told_deeds(view, found)  # «أدانت الخارجية الغارات»: evidence, no target (round 20)
    locate_places(view, found)  # «في مدينة الفلوجة غربي بغداد»: Fallujah (round 21)
    destination_places(view, found)  # «سيرسل أدوية إلى مستشفيات الموصل» (round 21)
    seat_places(view, found)  # «قضت محكمة جنايات القاهرة»: Cairo (round 21)
    object_places(view, found)  # «قصف روسي استهدف مدينة خاركيف» (round 21)
    crowds_as_actors(view, found)  # «نظم عشرات المحامين وقفة احتجاجية» (round 21)
    measure_parties(view, found)  # «أعلنت السلطات تعليق صدور الوسط» (round 25)
    without_epithet_targets(found)  # «التفجير الغاشم بمسجد…»: «الغاشم» is no target (round 25)
    dateline_place = _dateline_place(article)
    lead = inline_dateline(article)  # round 21: «القاهرة - (المصري اليوم): قضت…»
    return [_event(view, n, c, dateline_place or lead_dateline(article, lead, c.sentence))
            for n, c in enumerate(found, 1)]


def _title_lines(article: Article) -> frozenset[int]:
    """Crossheads and the dateline: they label the report, they narrate nothing
    («نفي رسمي» over a paragraph is not a denial of its own)."""
    return frozenset(n for n, s in enumerate(article.sentences) if s.heading or s.dateline)


@stage("events", requires=("sentences", "tokens", "entities", "times", "statements"),
       assigns=("events",))
def find_events(article: Article) -> None:
    article.events = code_events(article)


def _event(view: View, number: int, candidate: Candidate,
           dateline_place: Entity | None) -> Event:
    article = view.article
    args = candidate.args
    args.actors = _without_title_nationality(article, args.actors)
    titled_before(view, args)  # «أشاد الوزير الألماني»: the minister named before (round 27)
    person_for_body(view, args)  # «الأمين العام لحزب الله حسن نصر الله»: the person (round 20)
    unit_owner(view, args, candidate.by, candidate.trigger[0])  # «أن قواته»: its owner (round 20)
    name_groups(article, args, candidate.trigger[0])  # «هاجم الحزب»: the group named before (round 22)
    drop_sites(candidate.type, candidate.mode, candidate.needs, args)  # «سيطرت على الموصل»: a place (round 21)
    _nationality_of_unnamed(article, args)
    suffered_doers(view, candidate)  # «تعرضت السفينة لهجوم»: the ship did not attack (round 26)
    place = args.place
    if place is None and candidate.type not in lexicon().spoken_types \
            and candidate.mode not in lexicon().placeless_modes \
            and candidate.factuality in lexicon().dateline_factualities:
        place = _own_place(view, candidate, dateline_place)  # a spoken act is said wherever
        # its speaker is; a call joins two
    elif place is not None and not args.place_stated and _outside(article, candidate, place):
        place = _own_place(view, candidate, place) \
            if candidate.factuality in lexicon().dateline_factualities else None
    if place is not None and stale_dateline(article, candidate.type, candidate.sentence,
                                            candidate.trigger[0], place, dateline_place):
        place = None  # other places named since the dateline (round 21)
    # an attack first told in a condolence or a condemnation: its own day, else the
    # article's («قدم أمس تعازيه في ضحايا التفجير»: «أمس» is the condolence's; round 27, C)
    time = mourned_day(view, candidate) or _time(view, candidate)
    factuality = candidate.factuality  # a date after the article's: see _dated_after
    return Event(id=f"e{number}", type=candidate.type, mode=candidate.mode,
                 evidence=candidate.evidence,
                 actors=[e.id for e in args.actors], targets=[e.id for e in args.targets],
                 place=place.id if place else None, time=time,
                 factuality=factuality, by=candidate.by, trigger=candidate.trigger,
                 actor_text=list(args.actor_text),
                 target_text=[t for t in args.target_text if t not in args.actor_text])


def _without_title_nationality(article: Article, actors: list[Entity]) -> list[Entity]:
    """«وزير الخارجية البريطاني وليام هيغ»: a nationality right before a named person is the
    person's title, not a second actor."""
    people = [e for e in actors if e.type == "PER"]
    if not people:
        return actors
    return [e for e in actors if not (e.type == "NORP" and any(
        0 <= p.start - e.end <= 2 and not article.text[e.end:p.start].strip() for p in people))]


def _nationality_of_unnamed(article: Article, args: Args) -> None:
    """«أطلقت الحركة سراح ثلاث رهائن إسرائيليات»: a nationality right after an unnamed noun
    describes that noun; the target is the hostages, kept as text, not the nation."""
    if not any(e.type == "NORP" for e in args.targets):
        return
    lex = lexicon()
    named = {(e.start, e.end) for e in article.entities}
    kept: list[Entity] = []
    for entity in args.targets:  # indefinite both: «وزير الخارجية الأمريكي» is the nation's
        at = bisect.bisect_left(article.tokens, entity.start, key=lambda t: t.start) - 1
        before = article.tokens[at] if entity.type == "NORP" and at >= 0 \
            and not fold(entity.text).startswith(lex.article) else None
        if before is None or before.kind != "word" or before.prefix \
                or article.text[before.end:entity.start].strip() \
                or any(a <= before.start < b for a, b in named) \
                or fold(before.text) in lex.function_words \
                or fold(before.text).startswith(lex.article):
            kept.append(entity)
            continue
        text = article.text[before.start:entity.end]
        if text not in args.target_text:
            args.target_text.append(text)
    args.targets = kept


def _own_place(view: View, candidate: Candidate, place: Entity | None) -> Entity | None:
    """Round 19: a place from outside the act's clause (the dateline's, an earlier
    sentence's) gives way to the place its own clause states («… في بلدة عرسال»), or to none
    when that place only locates an unnamed one (``argument_places.clause_place``)."""
    if place is None:
        return None
    span = (candidate.trigger[0], max(candidate.trigger[1], candidate.evidence[1]))
    other, own = clause_place(view, span, place)
    return own if other else place


def _outside(article: Article, candidate: Candidate, place: Entity) -> bool:
    """The place was named before the act's sentence (carried from an earlier one)."""
    if candidate.sentence >= len(article.sentences):
        return False
    return place.start < article.sentences[candidate.sentence].start


def _dateline_place(article: Article) -> Entity | None:
    """The dateline's place, when an entity in the text names it."""
    place = article.dateline.place if article.dateline else None
    if not place:
        return None
    wanted = fold(place)
    return next((e for e in article.entities if fold(e.text) == wanted), None)


def _time(view: View, candidate: Candidate) -> str | None:
    """The date nearest the trigger in its sentence, or the verb's own later date
    (``clause_dates``); in a sentence without one that says «في الوقت نفسه», the day of the
    sentence before (``own_times.same_time_day``); else the article's date."""
    article = view.article
    if article.times and candidate.sentence < len(article.sentences):
        # round 24; a verb's own later date: «زار … أمس معبرا، قرب مكان قتل فيه حارسان … الشهر
        # الماضي» (round 25)
        own = own_clause_time(article, candidate.trigger, candidate.kind, candidate.sentence,
                              _done(view, candidate))
        if own is not None:
            value = own.value or ""
            return value[:10] if is_day(value) else value
        # «في الوقت نفسه، أشاد …»: the day of the sentence before (round 27)
        same = same_time_day(article, candidate.sentence)
        if same is not None:
            return (same.value or "")[:10]
    return article.published.isoformat() if article.published else None


def _done(view: View, candidate: Candidate) -> bool:
    """An act told as done: a past verb asserted or reported («شنت»، «ودعت»), or a noun a past
    relative tells («المباحثات التي أجراها»). No vague future and no date after the article's
    dates it (round 29): «وبعد ساعات، شنت …» counts from another happening, and in «ودعت
    النقابة إلى إضراب يبدأ الأحد المقبل» the coming Sunday is the strike's."""
    return (candidate.factuality in lexicon().dateline_factualities
            and past_verb(view, candidate)) or told_done(view, candidate)


def _dated_after(view: View, candidate: Candidate, found: list[Candidate]) -> bool:
    """The date nearest the trigger falls after the article's, and no other event of the
    sentence stands nearer to it («اتفق الجانبان على عقد اجتماع الأسبوع المقبل»: the meeting
    is next week, the agreement is made now), unless a past relative tells that one done
    («زيارة الوزير … يوم الأحد ستتابع المحادثات التي أجراها»; round 29)."""
    article = view.article
    if not _after_publication(article, _time(view, candidate)):
        return False
    sentence = article.sentences[candidate.sentence] if candidate.sentence < len(
        article.sentences) else None
    if sentence is None:
        return True
    for time in article.times:
        if sentence.start <= time.start < sentence.end and time.value \
                and _after_publication(article, time.value):
            mine = abs(time.start - candidate.trigger[0])
            if any(other is not candidate and other.sentence == candidate.sentence
                   and abs(time.start - other.trigger[0]) < mine
                   and not told_done(view, other) for other in found):
                return False
    return True


def _history(article: Article, candidate: Candidate) -> bool:
    """A happening of the past told as background («في عام 2013 شهدت المدينة مواجهات عنيفة»;
    a fronted date of long ago and a «وكان …» backdrop: ``eventcoding/history.py``; a figure
    of long ago by the trigger, «قتل زمن الخليفة الأول»: ``historic_figures``, round 26)."""
    return is_history(article, candidate.trigger[0], candidate.sentence) \
        or with_historic_figure(article, candidate.trigger, candidate.sentence)  # «في عهد الخليفة»


def _after_publication(article: Article, time: str | None) -> bool:
    """A day named in the sentence that falls after the article's date: a plan, not a report."""
    return begins_after(time, article.published)



