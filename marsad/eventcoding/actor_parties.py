"""Round 35 (B): a party told by a common noun is the doer of the verb it is the subject of.

News often names the doer by a noun, not a name: «أفاد شهود بأن الأرتال المسلحة بدأت
الانسحاب»، «وقال إن المركز سيسير قافلة»، «فيما انسحب المحامون من القاعة»، «وهاجم عدد من
المغردين البلدية». Where the argument finder found no doer for a verb (or for a masdar carried
by a light verb), a noun phrase whose head is a party word (``actor_party_heads.tsv``: a body,
a force, a crowd, officials, a delegation, «الجانبان») is its doer, kept as text, when it stands
in subject position:

* right after the verb (VSO) when the verb opens its clause (a conjunction on it, «أن/إن»، «فيما»
  or a pause before it, or the sentence's start), so that no subject was told before it;
* right before the verb (SVO), across «قد/لن/لم/لا/سوف», when the phrase itself opens its clause
  (after «أن/إن/بأن»، «فيما»، a pause, or at the sentence's start); future and negated verbs
  are read alike («أن السلطة المحلية ستعلق»، «أن القوات لن تنسحب»).

The phrase is an optional count («عدد من»، «مئات»، «جميع»), the head, and after a head in the
construct state («وفد الحركة»، «طلبة الجامعات») its one definite genitive; before the verb a
definite head keeps its definite adjectives («الأرتال المسلحة بدأت»). Only listed heads are
read: a market, sport, weather or abstract noun («الأسعار»، «الفريق»، «الأمطار») is no party.
The heads are of three kinds: an assault needs a force («هاجم نواب الحكومة» is words), a
withdrawal a force or a body («انسحب المحامون من القاعة» is a walk-out); a body is read only
definite or before its genitive («قصف مركز»: the adjective). Not read: a phrase an entity
starts in (the entity readers'), a head that ``lead_subjects.headed_subject`` reads with its
object, an unvowelled toll or arrest (as often passive), and a counted crowd of a protest
(``actor_crowds.py`` reads it after the merge). A call, a warning or a refusal
(``skip_type``) takes its doer only from before the verb («أن العائلة رفضت ذلك»): told by
the reporter with an office after the verb it is as often advice to the public («وطلبت
الوزارة من المسجلين مراجعة فروعها»: ``advisories.py`` knows the public by its words, not every
public) or a refusal of words said («ورفضت الوزارة المبررات التي ساقها الوفد»).

Measured (round 35): spent sets +8 right events for none wrong, blind31/32 +1 for none, the
dev line and real dev unchanged; the corpus 5 events added or given their doer, 5 right.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.argument_phrases import in_time
from marsad.eventcoding.constructions import constructions
from marsad.eventcoding.lead_subjects import headed_subject
from marsad.eventcoding.matcher import Hit
from marsad.eventcoding.view import Phrase, View
from marsad.lexicons import load_table

__all__ = ["party_subject"]

#: The kinds of party head: an armed party, an institution, people.
HEAD_KINDS = frozenset({"force", "body", "people"})
#: The most definite words after a definite head before the verb («الأرتال المسلحة بدأت»).
ADJECTIVES = 2


@dataclass(frozen=True, slots=True)
class Parties:
    heads: dict[str, str]  # party noun, without the article -> force/body/people
    force_types: frozenset[str]  # types whose doer must be a force («هاجم»)
    body_types: frozenset[str]  # types whose doer must be a force or a body («انسحب»)
    counts: frozenset[str]  # «عدد، مئات، جميع»: a count before the head
    of: str  # «من» between a count and the head
    openers: frozenset[str]  # «أن/إن/بأن/فيما/بينما/حيث»: a clause opens after them
    pauses: frozenset[str]  # «،»، «:»: a clause opens after them too
    particles: frozenset[str]  # «قد/لن/لم/لا/سوف» between the subject and the verb
    adjectives: int  # the most definite words after a definite head before the verb
    crowd_types: frozenset[str]  # types whose counted crowd is actor_crowds.py's («خرج مئات»)
    skip_types: frozenset[str]  # types read only before the verb («وطلبت الوزارة من…»: advice)


@functools.lru_cache(maxsize=1)
def parties() -> Parties:
    rows = load_table("actor_party_heads.tsv")

    def role(name: str) -> frozenset[str]:
        return frozenset(fold(row["word"]) for row in rows if row["role"] == name)

    def types(name: str) -> frozenset[str]:
        return frozenset(row["word"] for row in rows if row["role"] == name)
    heads = {fold(row["word"]): row["role"] for row in rows if row["role"] in HEAD_KINDS}
    crowds = frozenset(row["word"] for row in load_table("actor_crowds.tsv")
                       if row["role"] == "type")
    return Parties(heads=heads, force_types=types("force_type"), body_types=types("body_type"),
                   skip_types=types("skip_type"), crowd_types=crowds, counts=role("count"),
                   of=min(role("of")), openers=role("opener"), pauses=types("pause"), particles=role("particle"),
                   adjectives=ADJECTIVES)


def party_subject(view: View, hit: Hit, args: Args) -> None:
    """Add the party noun phrase in subject position as the doer of ``hit`` (a verb, or a
    masdar whose light verb ``args.light_at`` found no subject)."""
    if args.has_actor or hit.passive \
            or hit.trigger.mode in constructions().headed_skip_modes:
        return  # «أن الناشطين اعتقلوا»: an unvowelled toll or arrest is as often passive
    rules = parties()
    verbal = hit.trigger.verbal
    verb = hit.first if verbal else args.light_at
    if verb is None:
        return
    kinds = {"force"} if hit.trigger.type in rules.force_types else {"force", "body"} \
        if hit.trigger.type in rules.body_types else set(HEAD_KINDS)
    if headed_subject(view, verb, hit.trigger.mode) is not None:
        return  # «أن العناصر الحوثية منعت»: read with its object in reported speech (round 10)
    first, stop = view.sentence_of(verb)
    found = _before(view, verb, first, kinds)
    if found is None and _opens(view, verb, first) and hit.trigger.type not in rules.skip_types:  # a masdar's subject fills the whole gap
        found = _after(view, verb + 1, stop, None, kinds) if verbal and verb == hit.last \
            else None if verbal else _after(view, verb + 1, hit.first, hit.first, kinds)
        # (a row that holds its doer's noun, «احتشد قوات»، «دخل قوات», names the army after it)
        if found is not None and verbal and args.object_at == found.first:
            args.object_at = found.last + 1  # «هاجم عدد من المغردين البلدية»: the object next
    if found is not None and hit.trigger.type in rules.crowd_types \
            and not _head(view, found.first, set(HEAD_KINDS)):
        return  # «خرج مئات المواطنين في تظاهرات»: a counted crowd of a protest is read after
        # the merge, so that it makes no event and changes no merge (actor_crowds.py)
    if found is not None:
        args.add_actor(found)


def _head(view: View, at: int, kinds: set[str]) -> bool:
    """A party head of one of ``kinds``; a body only with the article or before its
    definite genitive («المركز»، «وفد الحركة»; not the adjective «قصف مركز»)."""
    token = view.tokens[at]
    if token.kind != "word" or at in view.entity_at:
        return False
    word, article = token.norm, view.lex.article
    definite = word.startswith(article)
    kind = parties().heads.get(word[len(article):] if definite else word)
    if kind not in kinds:
        return False
    return kind != "body" or definite or (at + 1 < len(view.tokens) and _definite(view, at + 1))


def _count(view: View, at: int) -> bool:
    word, article = view.tokens[at].norm, view.lex.article
    return view.tokens[at].kind == "word" and at not in view.entity_at \
        and (word[len(article):] if word.startswith(article) else word) in parties().counts


def _definite(view: View, at: int) -> bool:
    token = view.tokens[at]
    return token.kind == "word" and token.norm.startswith(view.lex.article) \
        and at not in view.entity_at and not view.ends_argument(at) \
        and token.norm not in view.lex.function_words


def _head_start(view: View, at: int, stop: int, kinds: set[str]) -> int:
    """The head's token of a phrase starting at ``at`` (past a count and «من»), or -1."""
    if at < stop and _count(view, at):
        at += 1
        if at < stop and view.tokens[at].norm == parties().of:
            at += 1
    return at if at < stop and _head(view, at, kinds) else -1


def _phrase(view: View, first: int, last: int) -> Phrase:
    start, end = view.tokens[first].start, view.tokens[last].end
    return Phrase(first, last, [], view.article.text[start:end])


def _after(view: View, at: int, stop: int, whole: int | None, kinds: set[str]
           ) -> Phrase | None:
    """VSO: the party phrase right after the verb."""
    head = _head_start(view, at, stop, kinds)
    if head < 0:
        return None
    last = head
    definite = view.tokens[head].norm.startswith(view.lex.article)
    if head + 1 < stop and head + 1 in view.entity_at:
        return None  # «عناصر حزب الله»: the entity readers' phrase
    if not definite and head + 1 < stop and _definite(view, head + 1):
        last = head + 1  # «وفد الحركة»، «طلبة الجامعات»: the head and its genitive
    if whole is not None and not _gap(view, last + 1, whole):
        return None  # between a light verb and its masdar: the subject fills the gap, save
        # a time and the masdar's preposition («شارك مئات المواطنين مساء أمس في وقفة»)
    return _phrase(view, at, last)


def _gap(view: View, at: int, masdar: int) -> bool:
    """Only a time, then at most one preposition, from ``at`` to the masdar."""
    while at < masdar and in_time(view, at):
        at += 1
    return at == masdar or (at + 1 == masdar and view.bare(at) in view.lex.prepositions)


def _before(view: View, verb: int, first: int, kinds: set[str]) -> Phrase | None:
    """SVO: the party phrase right before the verb (across a particle), opening its clause."""
    rules = parties()
    end = verb - 1
    if end >= first and view.tokens[end].norm in rules.particles:
        end -= 1
    if end < first:
        return None
    for start in range(end, max(first, end - 2 - rules.adjectives) - 1, -1):
        head = _head_start(view, start, end + 1, kinds)
        if head < 0:
            continue
        if not all(_definite(view, at) for at in range(head + 1, end + 1)) \
                or end - head > rules.adjectives:
            continue
        if start == first or _opener(view, start - 1):
            return _phrase(view, start, end)
    return None


def _opener(view: View, at: int) -> bool:
    """A clause opens after the token: «أن/إن/بأن/وأن»، «فيما/بينما/حيث», or a pause."""
    token = view.tokens[at]
    if token.kind == "punct":
        return token.text in parties().pauses
    word, rules = token.norm, parties()
    return word in rules.openers or any(
        word.startswith(prefix) and word[len(prefix):] in rules.openers
        for prefix in view.lex.conjunctions + (view.lex.prep_bi,))


def _opens(view: View, verb: int, first: int) -> bool:
    """The verb opens its clause: nothing of its subject is told before it."""
    if verb == first or view.tokens[verb].norm[:1] in view.lex.conjunctions:
        return True
    at = verb - 1
    if view.tokens[at].norm in parties().particles and at > first:
        at -= 1
    return _opener(view, at)
