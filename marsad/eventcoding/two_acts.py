"""Two happenings of one type told in one sentence (round 24) are two events, not one.

The merge (``merge.merge_in_sentences``) takes candidates of one type in one sentence whose
parties agree for one happening. A sentence often tells a second act of the same type after
a comma, and then the two stay apart:

* after a comma and «كما»، «في حين»، «وفي سياق…» (like «فيما/بينما», which open a clause of
  their own): «اعتقلت وحدات أمنية قياديين في العاصمة، كما تم توقيف قاض في صفاقس» — unless
  a saying verb follows («، كما قال المرصد»), or the second is a verb with no doer of its
  own after an act with one («شنت الطائرات غارات …، كما استهدفت مخازن للسلاح»: the same
  doer goes on);
* after a comma and a second «وأن/وإن/وبأن» of a statement, a new statement («، وقال … إن»),
  or a verb of the act itself with «و» («، واستهدفوا تجمعا …»): when the second is a verb and
  the two are told apart by their parties or place — two named doers, two stated places or
  two named targets that differ, or (a new reported fact or statement) a doer named for the
  second and none for the first («الاشتباكات تجددت …، وبأن الطيران الحربي قصف مواقع»).

Both must have the evidence their triggers need on their own (a bare «الاشتباكات تجددت»
stays with the act that names its parties), and the second must be no definite mention
(«الغارات» told again).

A second act that details the first without a comma («قصفت … بعشرات القذائف»، «هاجم وقتل»)
and a death toll («…، وأن ثلاثة قتلوا») stay one happening. Words in ``two_acts.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from itertools import combinations

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.argument_core import Args
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.merge import has_evidence
from marsad.eventcoding.prec_mentions import first_token, last_token
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["two_acts", "preludes"]

CONTRAST, COMPLEMENT, STATEMENT, VERB = "contrast", "complement", "statement", "verb"


@dataclass(frozen=True)
class _Words:
    contrasts: tuple[tuple[str, ...], ...]
    sayings: frozenset[str]
    complements: frozenset[str]
    statement_verbs: frozenset[str]
    death_tolls: frozenset[str]
    repels: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("two_acts.yaml")
    grammar = load_yaml("event_grammar.yaml")
    return _Words(tuple(tuple(fold(w) for w in str(c).split()) for c in data["contrasts"]),
                  folded(data["sayings"]), folded(data["complements"]),
                  folded(data["statement_verbs"]), frozenset(grammar["death_tolls"]),
                  frozenset(str(form) for form in data["repels"]))


def two_acts(view: View, found: list[Candidate]) -> frozenset[tuple[int, int]]:
    """The pairs ``(id(a), id(b))``, both ways, of candidates the merge keeps apart."""
    words = _words()
    pairs: set[tuple[int, int]] = set()
    for a, b in combinations(sorted(found, key=lambda c: c.trigger[0]), 2):
        if a.type != b.type or a.sentence != b.sentence or a.clause != b.clause \
                or a.statement or b.statement or b.definite \
                or not (has_evidence(a) and has_evidence(b)):
            continue
        opener = _opener(view, last_token(view, a) + 1, first_token(view, b), words)
        if (opener == CONTRAST and not _elided(a, b)) \
                or (opener and opener != CONTRAST and _told_apart(a, b, opener, words)) \
                or _another_kind(view, a, b, words):
            pairs |= {(id(a), id(b)), (id(b), id(a))}
    return frozenset(pairs)


def _opener(view: View, start: int, stop: int, words: _Words) -> str:
    """What the words between two triggers open after a comma ('' none)."""
    found = ""
    tokens = view.tokens
    for at in range(start, stop):
        if tokens[at].norm not in view.lex.asides or at + 1 >= len(tokens):
            continue
        after = at + 1
        for contrast in words.contrasts:
            end = after + len(contrast)
            if end <= stop and tuple(t.norm for t in tokens[after:end]) == contrast:
                if end < len(tokens) and tokens[end].norm not in words.sayings:
                    return CONTRAST
        norm = tokens[after].norm  # «وأن» is read whole, without a prefix
        if not norm.startswith(view.lex.conjunction):
            continue
        bare = norm[1:]
        if bare in words.complements:
            found = COMPLEMENT
        elif bare in words.statement_verbs:
            found = STATEMENT
        elif after == stop:
            found = found or VERB
    return found


def _elided(a: Candidate, b: Candidate) -> bool:
    """«شنت الطائرات غارات …، كما استهدفت مخازن للسلاح»: a verb without a doer of its own
    goes on with the doer of the act before it — the same raid told further."""
    return b.kind == "verb" and bool(_doers(a.args)) and not _doers(b.args)


def _told_apart(a: Candidate, b: Candidate, opener: str, words: _Words) -> bool:
    if b.kind != "verb" or a.mode in words.death_tolls or b.mode in words.death_tolls:
        return False
    one, two = a.args, b.args
    if _doers(one) and _doers(two) and not _meet(_doers(one), _doers(two)):
        return True
    if one.place is not None and two.place is not None and one.place_stated \
            and two.place_stated and not _meet([one.place.text], [two.place.text]):
        return True
    if _objects(one) and _objects(two) and not _meet(_objects(one), _objects(two)):
        return True
    return opener != VERB and bool(_doers(two)) and not _doers(one)


def _another_kind(view: View, a: Candidate, b: Candidate, words: _Words) -> bool:
    """Round 29 (G): «قالت الفصائل إنها صدت هجوما للجيش ودمرت دبابتين»: a verb joined by «و»
    after an attack repelled (``repels``: the attack is the other side's) is the repellers'
    own act, a second happening."""
    if b.kind not in ("verb", "phrase") or _first_word(view, b) in words.repels \
            or _first_word(view, a) not in words.repels:
        return False
    return view.tokens[first_token(view, b)].norm.startswith(view.lex.conjunction)


def _first_word(view: View, candidate: Candidate) -> str:
    """The first word of the trigger row that made the candidate («صد|يصد»), or ''."""
    first = first_token(view, candidate)
    return next((hit.trigger.form.split()[0] for hit in view.hits
                 if hit.first == first and hit.trigger.type == candidate.type), "")


def _doers(args: Args) -> list[str]:
    return [e.text for e in args.actors] + list(args.actor_text)


def _objects(args: Args) -> list[str]:
    return [e.text for e in args.targets] + list(args.target_text)


def _meet(one: list[str], two: list[str]) -> bool:
    """A name of one list within a name of the other («حمص» and «مدينة حمص»)."""
    return any(x in y or y in x for x in map(fold, one) for y in map(fold, two) if x and y)


@functools.cache
def _prelude() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_yaml("two_acts.yaml")["prelude"]
    return folded(data["leads"]), frozenset(data["acts"]), frozenset(data["fire"])


def preludes(view: View, found: list[Candidate]) -> frozenset[tuple[int, int]]:
    """Round 30 (T2): the pairs ``(id(act), id(fire))`` of a ground act (``prelude.acts``:
    «اقتحمت القوات البلدة») and the fire told right after a bare «بعد» in its clause, no comma
    right before it (``prelude.fire``: «بعد قصف مدفعي استمر ساعات»): the fire opened the way
    for the act, one operation, which the merge joins whatever doer each was given."""
    leads, acts, fire = _prelude()
    pairs = set()
    for act in found:
        if act.mode not in acts or act.kind != "verb":
            continue
        for other in found:
            if other.type != act.type or other.mode not in fire or other.kind == "verb" \
                    or (other.sentence, other.clause) != (act.sentence, act.clause) \
                    or other.trigger[0] <= act.trigger[1]:
                continue
            first = first_token(view, other)
            if first < 2 or view.bare(first - 1) not in leads:
                continue
            if view.tokens[first - 2].norm not in view.lex.asides and not any(
                    view.is_break(at) and view.tokens[at].norm not in view.lex.asides
                    for at in range(last_token(view, act) + 1, first - 1)):
                pairs.add((id(act), id(other)))  # («، بعد معارك استمرت أسابيع»: what came before)
    return frozenset(pairs)
