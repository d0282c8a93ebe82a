"""The arguments of a masdar or a noun trigger: its genitive (its object, or its actor:
«انسحاب الجيش»), a genitive followed by its object («اختطاف الحوثي ثلاثة صحفيين»، «اعتقال
الشرطة للناشط»), the accused of «اتهم … بـ», the one a pronoun names («خلال لقائه»), the
subject of the clause of a masdar of purpose («لتفريق»), and the light verb that carries it
(«شنت الطائرات غارات»، «قصف شنته طائرات التحالف»)."""

from __future__ import annotations

from marsad.eventcoding.argument_core import (Args, actor_before, governed, object_of,
                                             past_adjuncts, phrase_ending, titled_person)
from marsad.eventcoding.arg_kana import kana_subject
from marsad.eventcoding.announced_acts import announced_doer
from marsad.eventcoding.argument_phrases import (arg_words, ends_object, in_time, is_accusative,
                                                light_role, phrase, stem_role, unnamed_object,
                                                word_role)
from marsad.eventcoding.argument_places import is_medium, skip_adjuncts
from marsad.eventcoding.honorific_subjects import honorific_pronoun
from marsad.eventcoding.lead_subjects import headed_phrase
from marsad.eventcoding.matcher import Hit, stems
from marsad.eventcoding.title_chains import chained_person
from marsad.eventcoding.view import ACTOR_TYPES, PLACE_TYPES, Phrase, View
from marsad.pipeline import register_cache

__all__ = ["genitive", "possessed", "purpose_of", "light_verb", "light_verb_after",
           "accused_doer"]


def genitive(view: View, hit: Hit, args: Args, cursor: int, stop: int) -> int:
    takes_object = "obj" in hit.trigger.target
    found = phrase(view, cursor, min(stop, cursor + view.lex.object_window))
    if found is None and takes_object:
        found = titled_person(view, cursor, stop)  # «اعتقال الناشط الحقوقي علاء عبد الفتاح»
    if found is None:
        if takes_object:
            args.object_at = cursor
        return cursor
    done = _agent_and_object(view, hit, args, found, stop) if takes_object else None
    if done is None and takes_object:
        done = _unnamed_agent_and_object(view, hit, args, found, stop)
    if done is not None:
        return done
    if found.entities and found.types() == {"NORP"} and view.entity_at.get(cursor) is not None:
        args.add_actor(found)  # «القصف الإسرائيلي» (not «استهداف منزل فلسطيني»)
    elif takes_object:
        object_of(view, hit, args, found)
        _nationality_after(view, args, found.last + 1, stop)
    elif found.is_place and ("obj" in hit.trigger.place or _a_city(found)
                             or hit.trigger.type in view.lex.target_is_place):
        args.set_place(found)  # «زيارة دمشق»، «هجمات كابول»، «مؤتمر باريس»
    else:
        args.add_actor(found)  # «انسحاب الجيش»
    return found.last + 1


def _agent_and_object(view: View, hit: Hit, args: Args, found: Phrase, stop: int) -> int | None:
    """«اختطاف ميليشيا الحوثي عددا من الموظفين»، «اعتقال الشرطة للناشط»: a named genitive
    followed by an accusative or by «لـ» + a phrase did it; what follows is its object."""
    after = found.last + 1
    if after >= stop or not found.entities or not found.types() & ACTOR_TYPES \
            or found.types() & {"LOC", "FAC"}:
        return None
    if view.clitic_prep(after) == view.lex.prep_li \
            or view.tokens[after].norm.startswith(view.lex.prep_li_article):
        done = phrase(view, after, min(stop, after + view.lex.object_window))
        if done is None:
            return None
        args.add_actor(found)
        object_of(view, hit, args, done)
        return done.last + 1
    if is_accusative(view, after):
        done = Phrase(after, after, [], view.tokens[after].text)
    elif view.tokens[after].kind == "number" or word_role(view, after) == "count" \
            or _indefinite_object(view, hit, found, after):
        done = unnamed_object(view, after, stop)  # «اختطاف الحوثي ثلاثة صحفيين»
    else:
        return None
    if done is None:
        return None
    args.add_actor(found)
    args.add_target(done)
    return done.last + 1


#: The stems an unnamed doer of a masdar opens with (``event_args_stems.tsv``).
AGENT_ROLES = ("agent", "unit", "member")


def _unnamed_agent_and_object(view: View, hit: Hit, args: Args, found: Phrase,
                              stop: int) -> int | None:
    """«قصف قوات الأسد بلدة كفرنبل»، «قصف طائرات التحالف مواقع للمسلحين»: an unnamed
    agent in the genitive of a masdar (with one definite word that names its owner), then an
    indefinite noun with no article, preposition or «و»: the agent did it, the noun suffered
    it (round 27)."""
    if hit.trigger.kind != "masdar" or found.entities or not found.text \
            or not any(stem_role(view, found.first, role) for role in AGENT_ROLES):
        return None
    last, after = found.last, found.last + 1
    if after < stop and after not in view.entity_at and view.tokens[after].kind == "word" \
            and view.tokens[after].norm.startswith(view.lex.article) \
            and not ends_object(view, after, first=False) and word_role(view, after) == "":
        last, after = after, after + 1  # «قوات الأسد»، «طائرات التحالف»
    if not view.tokens[last].norm.startswith(view.lex.article):
        return None  # «اقتحام قوات خاصة المبنى»: an indefinite agent's adjective follows it
    if after >= stop or view.tokens[after].prefix or view.tokens[after].kind != "word" \
            or ends_object(view, after, first=True) or word_role(view, after) != "" \
            or view.tokens[after].norm.startswith(view.lex.article) \
            or view.head_at(after) is not None:
        return None
    done = unnamed_object(view, after, stop) \
        or phrase(view, after, min(stop, after + view.lex.object_window)) \
        or Phrase(after, after, [], view.tokens[after].text)  # «قرية المكرمية»، «مدرسة تابعة لـ…»
    text = view.article.text[view.tokens[found.first].start:view.tokens[last].end]
    args.add_actor(Phrase(found.first, last, [], text))
    args.add_target(done)
    return done.last + 1


def _indefinite_object(view: View, hit: Hit, found: Phrase, after: int) -> bool:
    """«استهداف قوات الدعم السريع مستشفى»: a named organisation in the genitive of a masdar that
    takes an object, then an indefinite noun with no article or preposition: the body did it,
    the noun suffered it (round 10). Not a town («اقتحام مدينة داريا»), not a
    time («مساء»), not «و», not a name's word."""
    token = view.tokens[after]
    if hit.trigger.kind != "masdar" or found.types() != {"ORG"} \
            or token.prefix or after in view.entity_at:
        return False
    return not ends_object(view, after, first=True) and not is_accusative(view, after) \
        and not token.norm.startswith(view.lex.article) and word_role(view, after) == ""


def accused_doer(view: View, hit: Hit, args: Args) -> None:
    """«اتهم الجيش قوات الدعم السريع بقصف المخيم»: the accused, named right before a masdar
    carrying «بـ», did what the masdar names."""
    token = view.tokens[hit.first]
    if not token.norm.startswith(view.lex.prep_bi) or hit.first < 2:
        return
    found = phrase_ending(view, hit.first - 1, hit.first)
    if found is None or not (found.text or found.types() & ACTOR_TYPES):
        return
    first, _ = view.sentence_of(hit.first)
    for at in range(found.first - 1, max(first, found.first - view.lex.subject_window) - 1, -1):
        if view.ends_argument(at):
            return
        if light_role(view, at) == "accuser":
            args.add_actor(found)
            return


def _a_city(found: Phrase) -> bool:
    """A town, not a country: the place where a meeting or a conference was held."""
    return len(found.entities) == 1 and found.entities[0].type == "GPE" \
        and found.entities[0].link is not None and found.entities[0].link.kind == "place"


def _nationality_after(view: View, args: Args, index: int, stop: int) -> None:
    entity = view.entity_at.get(index) if index < stop else None
    if entity is not None and entity.type == "NORP":
        args.add_actor(Phrase(index, view.entity_last[entity.id], [entity]))


def possessed(view: View, hit: Hit, args: Args, cursor: int, stop: int) -> int:
    """«خلال لقائه اليوم المبعوث الأممي غير بيدرسون»: a masdar with a pronoun followed by
    its object, or one that takes none («اجتماعه»، «زيارته»), is done by the one the pronoun
    names: the actor before it in its sentence."""
    start = past_adjuncts(view, args, cursor, stop)
    found = phrase(view, start, min(stop, start + view.lex.object_window)) \
        or titled_person(view, start, stop)
    takes_object = "obj" in hit.trigger.target
    if found is None and takes_object:
        return cursor  # «اعتقاله»: the pronoun is who suffered it
    if not args.has_actor:
        before = actor_before(view, hit.first)
        if before is not None and governed(view, before):
            before = None  # «الشرعية من الحكومة… وبدأوا اعتداءاتهم»: not whom «هم» names
        elif before is None:
            before = _person_before(view, hit.first)
        if before is not None:
            args.add_actor(before)
    if found is None:
        return cursor
    if found.is_place and "obj" not in hit.trigger.place and not takes_object:
        return cursor
    object_of(view, hit, args, found)
    return found.last + 1


def _person_before(view: View, index: int) -> Phrase | None:
    """«وجاء ذلك خلال استقباله…»: a pronoun with no antecedent in its sentence names the
    first person of the sentence before."""
    first, _ = view.sentence_of(index)
    if first == 0:
        return None
    start, _ = view.sentence_of(first - 1)
    for at in range(start, first):
        entity = view.entity_at.get(at)
        if entity is not None and entity.type == "PER":
            return phrase(view, at, first)
    return None


def purpose_of(view: View, hit: Hit, args: Args) -> None:
    """«قوات مكافحة الشغب لم تتدخل لتفريق المحتجين»: a masdar of purpose is done by the
    subject of its clause."""
    before = actor_before(view, hit.first)
    if before is not None:
        args.add_actor(before)


def light_verb(view: View, hit: Hit, args: Args) -> None:
    """«شنت طائرات إسرائيلية غارات»: the light verb's subject is the masdar's actor."""
    first, _ = view.sentence_of(hit.first)
    for at in range(hit.first - 1, max(first, hit.first - view.lex.light_window) - 1, -1):
        if view.ends_argument(at):
            return
        roles = _LIGHT_ROLES.get(view.tokens[at].text)  # most words: known, no call
        role, light = _light_roles(view, at) if roles is None else roles
        # a word of a name is no verb of ours: «الأردن» is not «ردن» (round 13)
        ours_role = "" if role or at in view.entity_at else light
        ours = ours_role in ("actor", "order", "reply", "pledge")  # «سيّرت» is no future «سـ»
        if ours_role in ("announce", "prepare"):
            announced_doer(view, ours_role, hit, args, at)  # «أعلنت الرئاسة حظر…» (round 26)
            return
        if not role and not ours:
            continue
        if ours_role == "reply" and not _by_means(view, hit.first):
            return  # «ردت إيران على الهجوم»: who answers an act is not its doer (round 13)
        if _light_with_pronoun(view, view.tokens[at].norm):
            return  # «هجوم شنته من عدن … السيطرة»: it carries the noun before it
        role = role or "actor"
        ordered = ours_role == "order"  # «أمر ترامب بسحب القوات»: a plan, its orderer acts
        args.future, args.light_at = not ours and view.future_verb(at), at
        if at + 1 < hit.first and view.bare(at + 1) in view.lex.prepositions \
                and not _medium_at(view, at + 1, hit.first) and not _time_at(view, at + 1, hit.first):
            return  # «شنته من عدن»: where from, not who
        after = at + 1
        if ours_role == "reply" and after < hit.first and view.pronoun_prep(after):
            after += 1  # «رد عليه الجيش بغارة»: what is answered, then who answers
        subject = phrase(view, after, hit.first, orgs=True) \
            or chained_person(view, after, hit.first)  # «قرر رئيس المجلس الفريق أول فلان إلغاء»
        if subject is None and role == "actor" and not args.has_actor and not ordered \
                and after == at + 1:
            subject = _relative_antecedent(view, at) or _kana_before(view, at, hit) \
                or actor_before(view, at) or headed_phrase(view, at, hit.trigger.mode)
        if subject is None:
            return
        if ours_role == "pledge" \
                and hit.first != (subject.last + 1 if subject.first > at else at + 1):
            return  # «تعهد الطرفان بتسهيل»; not «باحترام حظر…», «بتسهيل مرور المساعدات» (r. 26)
        if ours and subject.first > at and not _right_before(view, subject.last, hit.first):
            args.light_at = None  # «قيام الجيش بصد الهجوم»: it carries «صد», not «الهجوم»
            return
        if role == "target":
            args.add_target(subject)
        elif role == "place":
            args.set_place(subject)
        elif ordered and subject.first > at:  # the orderer, not the troops it withdraws
            args.actors, args.actor_text, args.future = [], [], True
            args.add_actor(subject)
        elif not args.has_actor:
            args.add_actor(subject)
        return


#: A word's text -> its ``View.light_verb`` role and its ``light_role`` (both read the word
#: alone): ``light_verb`` asks them of the few words before every masdar.
_LIGHT_ROLES: dict[str, tuple[str, str]] = register_cache({})
_LIGHT_ROLES_LIMIT = 1 << 13


def _light_roles(view: View, at: int) -> tuple[str, str]:
    text = view.tokens[at].text
    found = _LIGHT_ROLES.get(text)
    if found is None:
        if len(_LIGHT_ROLES) >= _LIGHT_ROLES_LIMIT:
            _LIGHT_ROLES.clear()
        found = _LIGHT_ROLES[text] = (view.light_verb(at), light_role(view, at))
    return found


def _time_at(view: View, at: int, masdar: int) -> bool:
    """«شنت في حزيران الماضي هجوما»: a preposition and a time fill the gap up to the masdar
    (round 12); when it is only a time, the subject is read before the light verb."""
    return at + 1 < masdar and all(in_time(view, k) for k in range(at + 1, masdar))


def _kana_before(view: View, at: int, hit: Hit) -> Phrase | None:
    """«وكانت القوات الحكومية المدعومة من التحالف قد شنت … هجوما»: the subject held between
    «كان» and «قد» before the light verb (round 12), not the last name inside it."""
    if at < 1 or word_role(view, at - 1) != "subject_before":
        return None
    return kana_subject(view, at - 1, hit.trigger.mode)


def _medium_at(view: View, at: int, masdar: int) -> bool:
    """«في بيان» right before the masdar: what the light verb was said in (round 10)."""
    return at + 2 == masdar and view.bare(at) in view.lex.place_words \
        and is_medium(view, at + 1, masdar)


def _relative_antecedent(view: View, at: int) -> Phrase | None:
    """«الجماعة التي تبنت الهجوم»: a light verb right after «الذي/التي» has the noun before
    it as subject (no place, nothing governed by a preposition)."""
    if at < 2 or view.bare(at - 1) not in view.lex.relatives:
        return None
    found = phrase_ending(view, at - 2, at - 1)
    if found is None or found.types() & PLACE_TYPES or view.clitic_prep(found.first) \
            or not (found.text or found.types() & ACTOR_TYPES):
        return None
    return found


def _by_means(view: View, masdar: int) -> bool:
    """The masdar carries «بـ»: the means of a reply («ردت المدفعية باستهداف…»)."""
    token, bi = view.tokens[masdar], view.lex.prep_bi
    return token.prefix.endswith(bi) or (
        token.norm.startswith(bi) and token.norm[len(bi):] in stems(token.text))


def _right_before(view: View, last: int, masdar: int) -> bool:
    """A light verb of ours carries the masdar right after its subject, or after one
    preposition («قيام الطيران بقصف…»)."""
    return last + 1 >= masdar or (last + 2 == masdar
                                  and view.bare(last + 1) in view.lex.prepositions) \
        or _medium_at(view, last + 1, masdar)  # «نفت الحركة في بيان استهداف…» (round 10)


def light_verb_after(view: View, hit: Hit, args: Args, stop: int) -> None:
    """«قصف شنته طائرات التحالف»، «الغارات التي يشنها الجيش»: a light verb after the
    masdar, carrying it as an object pronoun, has the masdar's actor as subject; also when
    the light verb is the trigger phrase's own last word («في اتصال أجراه الملك بالرئيس»,
    round 31)."""
    lex = view.lex
    begin = hit.end if hit.end > hit.first \
        and _light_with_pronoun(view, view.tokens[hit.end].norm) else hit.end + 1
    for at in range(begin, min(stop, begin + lex.object_window)):
        if view.bare(at) in lex.relatives:
            continue
        if view.ends_argument(at):
            return
        role = _pronoun_role(view, view.tokens[at].norm)  # also «التي يرتكبها» (round 12)
        if not role:
            continue
        start, _ = skip_adjuncts(view, at + 1, stop)  # «هجوم شنته اليوم المقاومة»
        if at == hit.end and start < stop \
                and (view.clitic_prep(start) or honorific_pronoun(view, start)):
            return  # «اتصال أجراه بوالد الشهيد»: who was called; «سموه»: told before
        if role == "actor" and start < stop and view.bare(start) not in lex.prepositions:
            subject = view.phrase_at(start, min(stop, start + lex.object_window))
            if subject is not None and (subject.text or subject.types() & ACTOR_TYPES):
                args.add_actor(subject)  # not «هجوم شنته من عدن»: a place it came from
        return


#: A word's ``norm`` -> ``_light_with_pronoun`` or else ``_ours_with_pronoun`` of it (both
#: read the word alone), for the few words after every masdar.
_PRONOUN_ROLES: dict[str, str] = register_cache({})


def _pronoun_role(view: View, word: str) -> str:
    found = _PRONOUN_ROLES.get(word)
    if found is None:
        if len(_PRONOUN_ROLES) >= _LIGHT_ROLES_LIMIT:
            _PRONOUN_ROLES.clear()
        found = _PRONOUN_ROLES[word] = _light_with_pronoun(view, word) \
            or _ours_with_pronoun(view, word)
    return found


def _ours_with_pronoun(view: View, word: str) -> str:
    """A verb of ours that commits (`committed`) carrying the noun before it as its object
    pronoun («الاعتداءات التي يرتكبها مستوطنون»): its subject did the noun. Only these: with
    every `actor` verb, «قادة» read as «قاده» and «تقودها جماعات» gave junk on the corpus."""
    light = arg_words().light
    for pronoun in view.lex.pronouns:
        if word.endswith(pronoun) and len(word) - len(pronoun) >= 2 \
                and light.get(word[: -len(pronoun)]) == "committed":
            return "actor"
    return ""


def _light_with_pronoun(view: View, word: str) -> str:
    for pronoun in view.lex.pronouns:
        if word.endswith(pronoun) and len(word) - len(pronoun) >= 2:
            role = view.lex.light_verbs.get(word[: -len(pronoun)])
            if role:
                return role
    return ""
