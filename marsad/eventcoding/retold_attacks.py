"""An attack told again in a later sentence by words that point back at it (round 22).

``retold.py`` leaves a definite «الهجوم» an event of its own, since a condemned attack is the
condemner's own `reported` event in most gold sets and a later «الغارات» often names another
strike. Four narrower shapes point back at an attack told as done in an earlier sentence,
and the mention is then no event of its own (``merge.merge_anaphora``): the first telling
is the event, and keeps its own arguments (the doer a blame names, or the speaker's country,
would be wrong ones), while a later «الهجوم» of the mention's kind joins the mention and goes
with it:

- the attack's toll: a definite attack masdar next to a toll verb («وقال الوزير إن الهجوم
  أسفر عن مقتل 21 شخصا»، «وأدى الانفجار إلى مقتل اثنين»);
- who did it: a definite attack masdar after a doer head («منفذ عملية التفجير»، «اتهمت …
  بتنفيذ الهجوم»، «حملت … مسؤولية شن الهجوم»);
- a demonstrative: «وهذا الاعتداء …»، or a killing told in «هذا الهجوم» («وقتل جندي في هذا
  الهجوم»، «مقتل اثنين من رعاياها في هذا الهجوم»);
- the dead counted before, told again with a definite number («أعلنت الشرطة مقتل أربعة من
  حراسها … وأضاف أن الحراس الأربعة قتلوا أثناء…»);
- the dead known before, named by a killing masdar (second pass, ``known_dead``): with a
  pronoun suffix («زاعمة أنهم كانوا محتجزين قبل إعلان مقتلهم»), or before a definite noun
  whose stem an earlier sentence holds («قتل ضابطان …» … «إن مقتل الضابطين أثار غضبا»).

A source's account of the attack with a definite doer or weapon that points back at it
(«وقالت مصادر أمنية إن المهاجمين فجروا …»، «حين استهدفت الطائرة السيارة») is a re-telling
too by the once-per-happening habit of the newer gold sets, but the older sets code it as the
source's own `reported` event; that shape is written and off (``account: false`` in the data),
for the lead to switch on.

The mention stays an event of its own when it is planned, conditional or denied, when it is
the content of a condemnation («ودانت الوزارة هذا الهجوم»: the gold sets' convention), or when
no attack was told as done in an earlier sentence. A killing «في هجوم» (indefinite) is left
alone. Round 28: a killing «في الهجوم»، «خلال المواجهات» (definite, no demonstrative) is the
toll of the attack told before too (``killed_in_told`` in the data; the older gold sets coded
such a toll told by a new source as its own `reported` event, the once-per-happening sets and
real news do not), unless its clause dates it to another month («قتل في أبريل 2012 في
المعارك»).
The words are data: ``event_retold_attacks.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.normalise import fold, folded
from marsad.eventcoding.candidates import Candidate
from marsad.eventcoding.clause_dates import own_clause_time
from marsad.eventcoding.condemned_attacks import attack_word
from marsad.eventcoding.factuality import statement_holding
from marsad.eventcoding.toll_acts import at_toll
from marsad.eventcoding.view import View
from marsad.lexicons import load_yaml

__all__ = ["known_dead", "retold_attacks"]

#: Factualities of an attack told as done.
TOLD = frozenset({"asserted", "reported"})

#: The statement act whose content is left an event of its own (see the module's notes).
_CONDEMN = "CONDEMN"


@dataclass(frozen=True, slots=True)
class _Words:
    tolls: frozenset[str]
    toll_particles: frozenset[str]
    toll_conjunction: str
    doer_heads: tuple[tuple[str, ...], ...]
    doer_fillers: frozenset[str]
    demonstratives: frozenset[str]
    demonstrative_clitics: tuple[str, ...]
    tying_clitics: tuple[str, ...]
    kill_links: frozenset[str]
    attack_nouns: frozenset[str]
    kill_reach: int
    counted: frozenset[str]
    kill_masdars: frozenset[str]
    pronoun_suffixes: frozenset[str]
    noun_endings: tuple[str, ...]
    stem_length: int
    account: bool
    account_complementisers: frozenset[str]
    account_doers: frozenset[str]
    account_weapons: frozenset[str]
    account_quotes: frozenset[str]
    probe_heads: tuple[tuple[str, ...], ...]
    account_not_adjectives: frozenset[str]
    killed_in_told: bool
    pointed_nouns: frozenset[str]
    pointed_links: frozenset[str]
    pointed_reach: int
    eulogy_manners: frozenset[str]
    eulogy_before: frozenset[str]


@functools.cache
def _words() -> _Words:
    data = load_yaml("event_retold_attacks.yaml")
    return _Words(tolls=folded(data["tolls"]), toll_particles=folded(data["toll_particles"]),
                  toll_conjunction=fold(data["toll_conjunction"]),
                  doer_heads=tuple(tuple(fold(str(word)) for word in head)
                                   for head in data["doer_heads"]),
                  doer_fillers=folded(data["doer_fillers"]),
                  demonstratives=folded(data["demonstratives"]),
                  demonstrative_clitics=tuple(sorted(folded(data["demonstrative_clitics"]),
                                                     key=len, reverse=True)),
                  tying_clitics=tuple(fold(c) for c in data["tying_clitics"]),
                  kill_links=folded(data["kill_links"]), attack_nouns=folded(data["attack_nouns"]),
                  kill_reach=int(data["kill_reach"]), counted=folded(data["counted"]),
                  kill_masdars=folded(data["kill_masdars"]),
                  pronoun_suffixes=folded(data["pronoun_suffixes"]),
                  noun_endings=tuple(sorted(folded(data["noun_endings"]), key=len, reverse=True)),
                  stem_length=int(data["stem_length"]), account=bool(data["account"]),
                  account_complementisers=folded(data["account_complementisers"]),
                  account_doers=folded(data["account_doers"]),
                  account_weapons=folded(data["account_weapons"]),
                  account_quotes=frozenset(data.get("account_quotes", ())),
                  probe_heads=tuple(tuple(fold(str(word)) for word in head)
                                    for head in data.get("probe_heads", ())),
                  account_not_adjectives=folded(data.get("account_not_adjectives", ())),
                  killed_in_told=bool(data["killed_in_told"]),
                  pointed_nouns=folded(data.get("pointed_nouns", ())) | folded(data["attack_nouns"]),
                  pointed_links=folded(data.get("pointed_links", ())),
                  pointed_reach=int(data.get("pointed_reach", 0)),
                  eulogy_manners=folded(data.get("eulogy_manners", ())),
                  eulogy_before=folded(data.get("eulogy_before", ())))


def retold_attacks(view: View, candidates: list[Candidate]) -> frozenset[int]:
    """The ids of told attack mentions that point back at an attack told in an earlier
    sentence (see the module's notes); ``merge.merge_anaphora`` codes no event of them."""
    found: set[int] = set()
    told: set[int] = set()  # sentences with an attack told as done before the mention
    for candidate in sorted(candidates, key=lambda c: c.trigger[0]):
        if candidate.type != "ASSAULT":
            continue
        if candidate.factuality in TOLD and not _condemned(view, candidate) \
                and (told and min(told) < candidate.sentence  # an attack told earlier
                     and _points_back(view, at_toll(candidate))  # round 25: a toll an act leads
                     or (_pointed_deed(view, view.token_before(candidate.trigger[0]))
                         and _attack_word_before(view, candidate)
                         or _eulogy(view, candidate)
                         and _attack_word_before(view, candidate, _words().eulogy_before))
                     and _place_told_before(view, candidate)):  # the dearer test last
            found.add(id(candidate))
        if candidate.factuality in TOLD:
            told.add(candidate.sentence)
    return frozenset(found)


def _points_back(view: View, candidate: Candidate) -> bool:
    first = view.token_before(candidate.trigger[0])
    last = view.token_before(candidate.trigger[1] - 1)
    if first < 0:
        return False
    if candidate.mode == "kill" and (_killed_in_this(view, last)
                                     or candidate.kind == "verb" and _counted_before(view, first)):
        return True
    if candidate.mode == "kill" and _killed_in_told(view, candidate, last):
        return True  # round 28: «أن ثلاثة حراس قتلوا في الهجوم على الفندق»
    if candidate.kind == "masdar" and known_dead(view, first, candidate.sentence):
        return True  # round 22b: «مقتلهم»، «مقتل الضابطين»
    if _words().account and candidate.factuality == "reported" and candidate.kind != "masdar" \
            and _account(view, first, last):
        return True  # round 22b, off by default: «وقال مصدر إن المهاجمين فجروا»
    if candidate.kind == "masdar" and _heads_before(view, first, _words().probe_heads):
        return True  # round 31: «وتحقق الشرطة في مقتل طالب» after the killing is told
    if not (candidate.definite and candidate.kind == "masdar"):
        return False
    return _toll_next(view, first, last) or _doer_before(view, first) \
        or (_in_sentence(view, first - 1, first) and _demonstrative(view, first - 1))


def _pointed_deed(view: View, first: int) -> bool:
    """Round 31 (E1): the act told in a relative clause or after «في» of a deed a
    demonstrative points back at: «إن هذه الجريمة الآثمة التي استهدفت المصلين»،
    «بشاعة هذا العمل الجبان في استهدافه حراس المسجد». Before the link stand the deed's noun
    (``pointed_nouns``) and at most ``pointed_reach`` words in all with its definite
    adjectives, then the demonstrative."""
    words = _words()
    link = first - 1
    if words.pointed_reach <= 0 or not _in_sentence(view, link, first) \
            or view.norm(link) not in words.pointed_links:
        return False
    at = link - 1
    while at >= 0 and link - at <= words.pointed_reach and _in_sentence(view, at, first) \
            and view.norm(at).startswith(view.lex.article):
        if view.norm(at) in words.pointed_nouns:
            return _in_sentence(view, at - 1, first) and _demonstrative(view, at - 1)
        at -= 1
    return False


def _eulogy(view: View, candidate: Candidate) -> bool:
    """Round 31 (E1): a killing verb told with the manner a kinsman praises («إن ابنه استشهد
    مدافعا عن وطنه»، «قتل يدافع عن بلده»): the death told before, told again in a eulogy."""
    if candidate.mode != "kill" or candidate.kind != "verb":
        return False
    last = view.token_before(candidate.trigger[1] - 1)
    return _in_sentence(view, last + 1, last) and view.norm(last + 1) in _words().eulogy_manners


def _place_told_before(view: View, candidate: Candidate) -> bool:
    """The candidate states no place, or one an earlier sentence names («لهذا العمل الذي
    استهدف مركزا في مدينة أخرى» after a condolence that named none tells another attack)."""
    args = candidate.args
    place = args.place
    if place is None or not args.place_stated \
            or fold(place.text) in {fold(t.text) for t in args.targets}:
        return True  # a place that is the act's object («استهدفت حماة الثغور») tells no where
    first, _ = view.sentence_of(view.token_before(candidate.trigger[0]))
    if first <= 0:
        return False
    return fold(place.text) in fold(view.article.text[:view.tokens[first].start])


def _attack_word_before(view: View, candidate: Candidate,
                        more: frozenset[str] = frozenset()) -> bool:
    """An attack word (or one of ``more``) in a sentence before the candidate's, coded or
    not («دان … الجريمة الإرهابية التي ارتكبها مجرمون في المسجد»: a condemnation's content).
    """
    first, _ = view.sentence_of(view.token_before(candidate.trigger[0]))
    return any(view.tokens[index].kind == "word"
               and (attack_word(view.tokens[index].norm) or view.norm(index) in more)
               for index in range(first))


def _condemned(view: View, candidate: Candidate) -> bool:
    statement = statement_holding(view.article.statements, *candidate.trigger)
    return statement is not None and statement.act == _CONDEMN


def _in_sentence(view: View, index: int, anchor: int) -> bool:
    """Token ``index`` exists, is a word (no number or sign) and is of the sentence of token
    ``anchor``."""
    tokens = view.tokens
    return 0 <= index < len(tokens) and tokens[index].sentence == tokens[anchor].sentence \
        and tokens[index].kind == "word"


def _toll_next(view: View, first: int, last: int) -> bool:
    """«الهجوم أسفر عن»، «الهجوم قد أسفر»، «وأدى الانفجار إلى»."""
    words = _words()
    before = first - 1
    if _in_sentence(view, before, first) \
            and view.bare(before).removeprefix(words.toll_conjunction) in words.tolls:
        return True
    at = last + 1
    if _in_sentence(view, at, last) and view.norm(at) in words.toll_particles:
        at += 1
    return _in_sentence(view, at, last) and view.norm(at) in words.tolls


def _doer_before(view: View, first: int) -> bool:
    """«منفذ الهجوم»، «منفذ عملية التفجير»، «مسؤولية شن الهجوم»."""
    return _heads_before(view, first, _words().doer_heads)


def _heads_before(view: View, first: int, heads: tuple[tuple[str, ...], ...]) -> bool:
    """One of ``heads`` stands right before the masdar (``doer_fillers`` may stand between)."""
    words = _words()
    end = first - 1
    if _in_sentence(view, end, first) and view.norm(end) in words.doer_fillers:
        end -= 1
    lasts = _last_words(heads)
    if lasts is not None and not (_in_sentence(view, end, first) and view.norm(end) in lasts):
        return False  # no head ends at ``end``: the quick test first
    for head in heads:
        start = end - len(head) + 1
        if all(_in_sentence(view, start + n, first) and view.norm(start + n) == word
               for n, word in enumerate(head)):
            return True
    return False


@functools.cache
def _last_words(heads: tuple[tuple[str, ...], ...]) -> frozenset[str] | None:
    """The last words of ``heads`` (None when a head has no words: it stands anywhere)."""
    return frozenset(head[-1] for head in heads) if all(heads) else None


def _counted_before(view: View, first: int) -> bool:
    """«الجنود الثلاثة قتلوا»: a definite noun and a definite number right before the verb."""
    noun, number = first - 2, first - 1
    return _in_sentence(view, noun, first) and _in_sentence(view, number, first) \
        and view.norm(number) in _words().counted \
        and view.norm(noun).startswith(view.lex.article)


def _demonstrative(view: View, index: int) -> bool:
    """Token ``index`` is «هذا»، «وهذه»، «بهذا» …"""
    if index < 0 or view.tokens[index].kind != "word":
        return False
    return _demonstrative_clitic(view.norm(index)) is not None


def _demonstrative_clitic(norm: str) -> str | None:
    """The clitic a demonstrative carries («ب» of «بهذا», "" of «هذا»), or ``None`` when
    ``norm`` is no demonstrative (no demonstrative ends another, so the split is one)."""
    words = _words()
    if norm in words.demonstratives:
        return ""
    return next((clitic for clitic in words.demonstrative_clitics
                 if norm.startswith(clitic) and norm[len(clitic):] in words.demonstratives),
                None)


def _killed_in_this(view: View, last: int) -> bool:
    """A killing told «في هذا الهجوم»، «بهذه الغارات» within a few words after it."""
    words = _words()
    tokens = view.tokens
    for at in range(last + 1, min(last + 1 + words.kill_reach, len(tokens) - 1)):
        if tokens[at + 1].sentence != tokens[last].sentence or view.is_break(at):
            return False
        if not (_demonstrative(view, at) and view.norm(at + 1) in words.attack_nouns):
            continue
        clitic = _demonstrative_clitic(view.norm(at)) or ""
        return clitic.endswith(words.tying_clitics) or (_in_sentence(view, at - 1, last)
                                                        and view.bare(at - 1) in words.kill_links)
    return False


def _killed_in_told(view: View, candidate: Candidate, last: int) -> bool:
    """A killing told «في الهجوم»، «خلال المواجهات» within a few words after it: a definite
    attack noun after a kill link, no demonstrative; not when its clause dates it to another
    month than the article's («قتل في أبريل 2012 في المعارك»: a past death of its own)."""
    words = _words()
    if not words.killed_in_told:
        return False
    tokens = view.tokens
    for at in range(last + 1, min(last + 1 + words.kill_reach, len(tokens))):
        if tokens[at].sentence != tokens[last].sentence or view.is_break(at):
            return False
        if view.norm(at) in words.attack_nouns and view.bare(at - 1) in words.kill_links:
            own = own_clause_time(view.article, candidate.trigger, candidate.kind,
                                  candidate.sentence)
            published = view.article.published
            return own is None or not own.value or (
                published is not None and own.value.startswith(published.isoformat()[:7]))
    return False


def known_dead(view: View, first: int, sentence: int) -> bool:
    """«مقتلهم»، «مصرعه»: a killing masdar with a pronoun suffix; or «مقتل الضابطين»: one
    before a definite noun (no name) whose stem is found in an earlier sentence («ضابطان»)."""
    words = _words()
    norm = view.norm(first)
    if any(norm.startswith(stem) and norm[len(stem):] in words.pronoun_suffixes
           for stem in words.kill_masdars):
        return True
    after = first + 1
    if norm not in words.kill_masdars or not _in_sentence(view, after, first) \
            or view.in_name(after) or not view.norm(after).startswith(view.lex.article):
        return False
    stem = view.norm(after)[len(view.lex.article):]
    for ending in words.noun_endings:
        if stem.endswith(ending) and len(stem) - len(ending) >= words.stem_length:
            stem = stem[: -len(ending)]
            break
    if len(stem) < words.stem_length:
        return False
    return any(token.sentence < sentence and token.kind == "word" and stem in token.norm
               for token in view.tokens[:first])


def _account(view: View, first: int, last: int) -> bool:
    """«إن المهاجمين فجروا»: a definite doer or weapon of the attack told before between
    «إن/أن» and the verb; «حين استهدفت الطائرة السيارة»: a weapon right after it. Round 31:
    the doer may take one definite adjective («إن المسلحين المتمردين قصفوا») and open a quote
    («إن «المسلحين قصفوا»)."""
    words = _words()
    heads = words.account_doers | words.account_weapons
    subject = first - 1
    if _in_sentence(view, subject - 1, first) and view.norm(subject) not in heads \
            and view.norm(subject - 1) in heads and _adjective(view, subject):
        subject -= 1  # «المسلحين الحوثيين»
    opener = subject - 1
    if 0 <= opener < len(view.tokens) and view.tokens[opener].kind == "punct" \
            and view.tokens[opener].text in words.account_quotes:
        opener -= 1  # «إن «المسلحين …»
    if _in_sentence(view, subject, first) and _in_sentence(view, opener, first) \
            and view.norm(opener) in words.account_complementisers \
            and view.norm(subject) in heads:
        return True
    return _in_sentence(view, last + 1, last) and view.norm(last + 1) in words.account_weapons


def _adjective(view: View, index: int) -> bool:
    """A definite word that may describe the doer before it («الحوثيين»، «الإسرائيلية»), not a
    relative pronoun («المسلحين الذين …»)."""
    norm = view.norm(index)
    return _in_sentence(view, index, index) and norm.startswith(view.lex.article) \
        and norm not in _words().account_not_adjectives
