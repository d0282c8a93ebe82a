"""The subject between «أن يكون/تكون» and «قد» before a verb: «نفى أن يكون الوفد قد وافق
على…» (the delegation agreed, denied), «نفى أن تكون كتلته قد قاطعت الجلسة» (the speaker's
bloc: the speaker acts; see ``candidates.actors_from_speakers``). What follows the verb is its
object («الجلسة»).

Round 21: a verb right after «أن/إن» and one phrase that names a party or an actor («إن القوات
الخاصة قتلت المهاجمين»، «أن بغداد ستسلم الكويت مطلوبين»، «إن القوات ستنسحب من جنين») has that
phrase as subject (``subject_before_verb``); the phrase after the verb is its object, not its
subject. Not a toll's victims («أن رجال الأمن قُتلوا»)."""

from __future__ import annotations

from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import phrase, stem_role, unnamed_object
from marsad.eventcoding.constructions import constructions
from marsad.eventcoding.speakers import token_at
from marsad.eventcoding.view import ACTOR_TYPES, Phrase, View

__all__ = ["lead_subject", "object_of_lead", "headed_subject", "headed_phrase", "headed_args",
           "toll_subject", "subject_before_verb"]

#: The most words between «أن/إن» and the verb for a phrase there to be its subject.
LEAD_WORDS = 4


def lead_subject(view: View, args: Args, subject: int, trigger_end: int) -> None:
    """The named or definite noun at token ``subject`` does the verb ending at ``trigger_end``."""
    entity = view.entity_at.get(subject)
    token = view.tokens[subject]
    if entity is not None and entity.type in ACTOR_TYPES:
        args.actors = [entity]
    elif token.norm.startswith(view.lex.article):
        args.actor_text = [token.text]
    else:
        return
    object_of_lead(view, args, trigger_end)


def object_of_lead(view: View, args: Args, trigger_end: int) -> None:
    """What follows such a verb is its object («قد قاطعت الجلسة»), kept as text."""
    at = args.object_at if args.object_at >= 0 else token_at(view, trigger_end - 1) + 1
    if at < len(view.tokens) and not args.targets and not args.target_text:
        found = unnamed_object(view, at, view.sentence_of(at)[1])
        if found is not None:
            args.add_target(found)


def headed_args(view: View, args: Args, headed: str, trigger_end: int) -> None:
    """The head before the verb acts; the phrase right after the verb is its object, named
    or kept as text («أن الطائرات استهدفت قاعدة الديلمي الجوية»، round 10)."""
    args.actor_text = [headed]
    if args.targets or args.target_text:
        return
    at = token_at(view, trigger_end - 1) + 1
    stop = view.sentence_of(at)[1] if at < len(view.tokens) else at
    found = phrase(view, at, min(stop, at + view.lex.object_window)) if at < stop else None
    if found is not None and found.entities and not found.is_place:
        args.add_target(found)
    elif found is not None and found.entities:
        args.add_target(found)
        if args.place is None:
            args.place, args.place_stated = found.entities[0], True
    else:
        object_of_lead(view, args, trigger_end)


def headed_subject(view: View, first: int, mode: str) -> str | None:
    """«وأعلنت الخلية أن مسلحي التنظيم انسحبوا من محيط الجامع»: two or three words between
    «أن/إن» and the verb at ``first`` that open with the head of an unnamed actor
    (``event_actor_heads.tsv``: «مسلحي»، «عناصر»، «المقاتلين») are its subject; not «أن
    العملية استهدفت» (no actor's head)."""
    if _toll(view, first, mode):
        return None  # «أن رجال الأمن قُتلوا»: a toll, they are the victims
    return _headed(view, first, with_bi=True)


def headed_phrase(view: View, light: int, mode: str) -> Phrase | None:
    """The head between «أن/إن» and the light verb at ``light`` does the masdar after it
    («مشيرا إلى أن التنظيم شن هجمات…»، round 13), kept as text."""
    text = headed_subject(view, light, mode)
    if text is None:
        return None
    return Phrase(light - len(text.split()), light - 1, [], text)


def toll_subject(view: View, first: int, mode: str) -> str | None:
    """The head between «أن/إن» and a verb of a toll or an arrest («إن مسلحي التنظيم اعتقلوا»):
    as often the victims as the doers, so no actor (``headed_skip_modes``)."""
    return _headed(view, first, with_bi=False) if _toll(view, first, mode) else None


def subject_before_verb(view: View, first: int, mode: str, plural: bool) -> Phrase | None:
    """The phrase filling the words between «أن/إن» and the verb at ``first``, when it names a
    party (an entity that acts) or an actor no entity names («القوات»، «مسلحين»); a plural
    verb of a toll is as often passive («قتلوا»), so not then."""
    if first < 2 or (plural and _toll(view, first, mode)) \
            or view.tokens[first].text[1:2] == view.lex.passive_mark:
        return None
    sentence, _ = view.sentence_of(first)
    for opener in range(first - 2, max(sentence, first - 1 - LEAD_WORDS) - 1, -1):
        word = view.tokens[opener].norm
        if not _opener(view, opener, with_bi=True) and not (
                word.startswith(view.lex.conjunction)
                and _opener_word(view, word[len(view.lex.conjunction):])):
            continue  # «وأن» too; not «فان» (the province of Van)
        found = phrase(view, opener + 1, first, orgs=True)
        if found is None or found.first != opener + 1 or found.last != first - 1 \
                or view.tokens[opener + 1].norm.startswith(view.lex.conjunction):
            return None  # «… فان واغري قتل»: a list's last name, no subject
        if found.entities:
            return found if found.types() & ACTOR_TYPES else None
        return found if found.text else None
    return None


def _opener_word(view: View, word: str) -> bool:
    return word in constructions().subject_openers


def _toll(view: View, first: int, mode: str) -> bool:
    return mode in constructions().headed_skip_modes \
        or view.tokens[first].text[1:2] == view.lex.passive_mark


def _headed(view: View, first: int, with_bi: bool) -> str | None:
    opener = next((at for at in range(first - 3, first - 1)
                   if at >= 0 and _opener(view, at, with_bi)), None)
    if opener is None or not (view.tokens[opener + 1].norm in view.lex.heads
                              or _agent_head(view, opener + 1)):
        return None
    words = range(opener + 1, first)
    if any(view.tokens[at].kind != "word" or view.tokens[at].norm in view.lex.function_words
           for at in words):
        return None
    return view.article.text[view.tokens[opener + 1].start:view.tokens[first - 1].end]


def _opener(view: View, at: int, with_bi: bool) -> bool:
    """«أن/إن», also with «بـ» («أفاد شهود بأن الدبابات قصفت…», round 10) for a doer (a
    toll's victims are read as before)."""
    openers = constructions().subject_openers
    word = view.tokens[at].norm
    return word in openers or (with_bi and word[:1] == view.lex.prep_bi and word[1:] in openers)


def _agent_head(view: View, at: int) -> bool:
    """A definite noun that can act («الطائرات»، «المقاتلات»), or a unit that names its body
    after it («جرافات الاحتلال»، «فصائل المعارضة»): a head of its own (round 10). An
    organisation told before, by the head of its name alone («أن التنظيم شن هجمات»، «إن
    الهيئة رفضت…»), acts too (round 13)."""
    token = view.tokens[at]
    if token.norm.startswith(view.lex.article):
        return stem_role(view, at, "agent") or stem_role(view, at, "org_head")
    return stem_role(view, at, "construct") and at + 1 < len(view.tokens) \
        and view.tokens[at + 1].norm.startswith(view.lex.article)
