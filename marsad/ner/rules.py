"""Rules that find or widen names the tagger and the KB leave short.

An organisation name may end in a nisba adjective of a country («وزارة الدفاع السورية»):
the adjective then belongs to the organisation, not to a separate NORP mention.
``org_with_nisba`` builds those ORG spans from an ORG mention that ends right before the
nisba, or from an ORG head word (``ner_triggers.tsv``: وزارة، حزب، جامعة…) up to three words
before it, where the words between are definite (ال…) except the one right after the head
(«جامعة دمشق السورية», «حزب البعث العربي الاشتراكي السوري»; not «وزارة في الحكومة السورية»).

A place the KB knows but is unsure of («الرياض» is also "gardens") waits for the tagger, which
reads a definite word right after a nisba adjective as one more adjective and misses it
(«وصل الوزير المغربي الرياض»، «العاصمة العمانية مسقط»). ``place_after_demonym`` makes such a
place a rule span.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Callable, Container, Mapping, Sequence
from typing import NamedTuple

from marsad.arabic.clitics import ARTICLE as _ARTICLE, CONJUNCTIONS
from marsad.arabic.normalise import fold
from marsad.lexicons import load_yaml
from marsad.model import Token
from marsad.ner.clitics import split
from marsad.ner.fusion import Mention
from marsad.ner.spans import name_start
from marsad.ner.triggers import breaks, head_type, heads, is_title, triggers

_MAX_GAP_WORDS = 3


def org_with_nisba(tokens: Sequence[Token], nisbas: Sequence[Mention],
                   orgs: Sequence[Mention]) -> list[Mention]:
    """ORG spans that run from an organisation (or its head word) up to a nisba; an
    organisation's link is kept. ``orgs`` lists the KB's organisations first."""
    if not nisbas:
        return []
    org_heads = heads("ORG")
    starts = [tok.start for tok in tokens]
    org_ends: dict[int, Mention] = {}
    for org in orgs:  # the first listed (the KB's, with its link) wins an end
        org_ends.setdefault(org.end, org)
    found: list[Mention] = []
    for nisba in nisbas:
        j = bisect_right(starts, nisba.start) - 1  # the token the nisba starts in
        if j <= 0 or tokens[j].sentence != tokens[j - 1].sentence:
            continue
        named = org_ends.get(tokens[j - 1].end)
        if named is not None:
            start = _head_right_before(tokens, starts, named.start, org_heads)
            found.append(Mention(start, nisba.end, "ORG", "rule", link=named.link))
            continue
        head = _head_before(tokens, j, org_heads)
        if head is not None:
            found.append(Mention(head, nisba.end, "ORG", "rule"))
    return found


def place_after_demonym(tokens: Sequence[Token], places: Sequence[Mention],
                        demonym: Callable[[str], bool]) -> list[Mention]:
    """Rule spans for the KB's uncertain places (GPE, LOC) that begin a word right after a
    country's nisba adjective in the same sentence (``demonym`` tells one by its folded form)."""
    if not places:
        return []
    starts = [tok.start for tok in tokens]
    found: list[Mention] = []
    for place in places:
        j = bisect_right(starts, place.start) - 1
        if j <= 0 or tokens[j].start != place.start \
                or tokens[j - 1].sentence != tokens[j].sentence or tokens[j - 1].kind != "word":
            continue
        if demonym(tokens[j - 1].norm):
            found.append(Mention(place.start, place.end, place.type, "rule"))
    return found


def _head_before(tokens: Sequence[Token], j: int, org_heads: frozenset[str]) -> int | None:
    """The start of an ORG head word among the few words before token ``j``."""
    for i in range(j - 1, max(-1, j - 2 - _MAX_GAP_WORDS), -1):
        tok = tokens[i]
        if tok.kind != "word" or tok.sentence != tokens[j].sentence:
            return None
        _prefix, stem, _suffix = split(tok.norm)
        if stem in org_heads:
            return name_start(tok)
        if tok.norm in breaks() or stem in breaks():
            return None
        if not stem.startswith(_ARTICLE) and i > 0 and not _is_org_head(tokens[i - 1], org_heads):
            return None
    return None


def _head_right_before(tokens: Sequence[Token], starts: Sequence[int], start: int,
                       org_heads: frozenset[str]) -> int:
    """``start`` moved back over an ORG head word just before it («نادي» + «الهلال»)."""
    i = bisect_right(starts, start) - 1
    if i > 0 and tokens[i - 1].sentence == tokens[i].sentence \
            and _is_org_head(tokens[i - 1], org_heads):
        return name_start(tokens[i - 1])
    return start


def _is_org_head(token: Token, org_heads: frozenset[str]) -> bool:
    return split(token.norm)[1] in org_heads


#: The most words a titled name may have after its title («محمد بن عبدالله القحطاني»).
_TITLED_NAME_WORDS = 4
_TITLES: dict[str, bool] = {}  # a norm -> ``is_title``, judged once per norm
_TITLES_LIMIT = 100_000


def _is_title(norm: str) -> bool:
    found = _TITLES.get(norm)
    if found is None:
        if len(_TITLES) > _TITLES_LIMIT:
            _TITLES.clear()
        found = _TITLES[norm] = is_title(norm) or split(norm)[1] in _titled_names().ranks
    return found


def titled_people(tokens: Sequence[Token], first_names: frozenset[str], particles: frozenset[str],
                  common: frozenset[str], namesake_heads: frozenset[str],
                  known_names: Container[str], royal: frozenset[str],
                  bodies: Sequence[Mention] = ()) -> list[Mention]:
    """PER spans for a name right after a person's title (``ner_triggers.tsv`` and the ranks
    of ``ner_titled_names.yaml``; titles may stack: «النائب د. منصور الظفيري», a rank's
    second word between: «العريف أول»): a first name of ``first_names`` (or a compound one
    written as one word, ``given_names``), then first names and name particles («بن»,
    «أبو»), ending with the first word that has the article («الظفيري»); two words at least.
    A word with the article that ``common`` lists («العمل», «الذي») ends the name before it;
    a name of one word is left to the tagger; a title after an institution's head
    («مستشفى الدكتور سليمان الحبيب») opens no person's name, nor does a royal title
    (``royal``: «الملك», «الأمير»: the KB knows the rulers, and their names mostly name
    institutions, «جمعية الملك فهد الخيرية»). A word the KB names as no person
    (``known_names``: «الإخوان») or a common word ends the name before it.

    Round 31: a title or an office's first word (``offices``) may head an office before the
    name — the body or place it heads (``bodies``: the KB's and the tagger's names other than
    persons), its definite words, a nation's adjective, head words and the links of an office
    (``office_links``): «المتحدث باسم البيت الأبيض فلان الفلاني»، «المدرب الهولندي فلان
    فلان»، «قائد شرطة المحافظة العميد فلان الفلاني». The person is the name that follows."""
    openers = _opener_forms()
    opening = [k for k, token in enumerate(tokens) if token.norm in openers]
    return titled_people_at(tokens, opening, first_names, particles, common, namesake_heads,
                            known_names, royal, bodies)


def title_openers() -> frozenset[str]:
    """The words that may open a titled name or an office (``titled_people_at``)."""
    return _opener_forms()


def titled_people_at(tokens: Sequence[Token], opening: Sequence[int],
                     first_names: frozenset[str], particles: frozenset[str],
                     common: frozenset[str], namesake_heads: frozenset[str],
                     known_names: Container[str], royal: frozenset[str],
                     bodies: Sequence[Mention] = ()) -> list[Mention]:
    """``titled_people`` with the positions of the tokens whose ``norm`` is one of
    ``title_openers`` already found (``opening``, in order), as the stage finds them for
    several rules at once (``marsad.ner.spans.indices_in``)."""
    found: list[Mention] = []
    if not opening:  # most articles: no title, so no bodies to find either
        return found
    inside = _body_tokens(tokens, bodies)
    after = 0
    for i in opening:
        if i < after or split(tokens[i].norm)[1] in royal \
                or (i > 0 and tokens[i - 1].sentence == tokens[i].sentence
                    and split(tokens[i - 1].norm)[1] in namesake_heads):
            continue  # «مستشفى الدكتور سليمان الحبيب» names a hospital; royal names are the
            # KB's and the tagger's («جمعية الملك فهد الخيرية» is a charity)
        sentence = tokens[i].sentence
        j, stop = i + 1, i + 1
        for step in range(_OFFICE_WORDS + 1):
            j = _past_titles(tokens, j, sentence, royal if step else frozenset())
            stop = j if step and j in inside else _name_after_title(
                tokens, j, sentence, first_names, particles, common, known_names)
            if stop - j >= 2 or not _in_office(tokens, j, sentence, inside, royal,
                                                namesake_heads):
                break  # a name, or no office goes on: «الرئيس بشار الأسد» is the tagger's
            j = stop = j + 1  # «المتحدث باسم البيت الأبيض…»: on over the office
        if stop - j >= 2:
            found.append(Mention(tokens[j].start, tokens[stop - 1].end, "PER", "rule"))
        after = stop
    return found


#: The most words of an office between its first word and its holder's name («المتحدث باسم
#: اللجنة الدولية للصليب الأحمر»).
_OFFICE_WORDS = 6


def _past_titles(tokens: Sequence[Token], j: int, sentence: int,
                 royal: frozenset[str] = frozenset()) -> int:
    """``j`` moved past stacked titles and a rank's second word («النائب د.»، «العريف أول»),
    not past a royal title of ``royal`` (inside an office: «مدير جمعية الملك فيصل النسائية»)."""
    seconds = _titled_names().rank_seconds
    while j < len(tokens) and tokens[j].sentence == sentence \
            and split(tokens[j].norm)[1] not in royal \
            and (_is_title(tokens[j].norm) or (tokens[j].norm in seconds
                                                and _is_title(tokens[j - 1].norm))):
        j += 1
    return j


def _in_office(tokens: Sequence[Token], j: int, sentence: int, inside: Container[int],
               royal: frozenset[str], namesake_heads: frozenset[str]) -> bool:
    """Whether token ``j`` goes on an office before its holder's name: a word of a body or
    place it heads, a definite word, an office's link word or a head word; not a royal title
    nor a title after an institution's head («رئيس جامعة الملك سعود» names no person)."""
    if j >= len(tokens) or tokens[j].kind != "word" or tokens[j].sentence != sentence:
        return False
    norm = tokens[j].norm
    _prefix, stem, _suffix = split(norm)
    if norm in breaks() or stem in royal or stem in namesake_heads:
        return False
    return j in inside or stem.startswith(_ARTICLE) or norm.startswith(_LIL) \
        or norm in _titled_names().office_links or head_type(norm) is not None


_LIL = "لل"  # «للصليب الأحمر»: ل before the article, its alef dropped


def _body_tokens(tokens: Sequence[Token], bodies: Sequence[Mention]) -> frozenset[int]:
    """The tokens inside the names of ``bodies`` (none a person)."""
    if not bodies:
        return frozenset()
    starts = [tok.start for tok in tokens]
    n = len(tokens)
    inside: set[int] = set()
    for body in bodies:
        if body.type == "PER":
            continue
        k = max(0, bisect_right(starts, body.start) - 1)
        while k < n and starts[k] < body.end:
            if tokens[k].end > body.start:
                inside.add(k)
            k += 1
    return frozenset(inside)


class _TitledNames(NamedTuple):
    """``ner_titled_names.yaml``, folded (its comments say what each list is)."""

    ranks: frozenset[str]
    rank_seconds: frozenset[str]
    offices: frozenset[str]
    office_links: frozenset[str]
    given_names: frozenset[str]
    compound_firsts: frozenset[str]
    families: frozenset[str]
    name_links: frozenset[str]
    everyday: frozenset[str]


@functools.cache
def _titled_names() -> _TitledNames:
    data = load_yaml("ner_titled_names.yaml")
    return _TitledNames(*(frozenset(fold(w) for w in data[key]) for key in _TitledNames._fields))


@functools.cache
def _office_forms() -> frozenset[str]:
    """The ranks and office words of ``ner_titled_names.yaml``, as written and behind «و»/«ف»."""
    words = _titled_names().ranks | _titled_names().offices
    return frozenset(f"{c}{w}" for w in words for c in ("", *CONJUNCTIONS))


@functools.cache
def _opener_forms() -> frozenset[str]:
    """The words that may open a titled name or an office (``titled_people``), made once."""
    return _title_forms() | _office_forms()


@functools.cache
def _title_forms() -> frozenset[str]:
    """The person titles of ``ner_triggers.tsv`` as written and behind «و»/«ف» («وقال
    النائب», «والنائب»): the words that may open a titled name, one set lookup a token."""
    titles = [word for word, (kind, _typ) in triggers().items() if kind == "title"]
    return frozenset(f"{c}{w}" for w in titles for c in ("", *CONJUNCTIONS))


def _name_after_title(tokens: Sequence[Token], j: int, sentence: int, first_names: frozenset[str],
                      particles: frozenset[str], common: frozenset[str],
                      known_names: Container[str]) -> int:
    """The token index after the name that starts at ``j`` (``j`` itself when none does).
    Round 31: a particle («بن») or a function word behind «ف»/«و» («فإن») opens no name;
    a definite word after «عبد» goes on the first name («عبد الله»); «آل» takes the family
    name after it («آل عواض»); a person's name the KB knows whole ends there («محمد مرسي»);
    a foreign name's link word (``name_links`` of ``ner_titled_names.yaml``: «فان») never
    ends one."""
    if j >= len(tokens) or tokens[j].kind != "word" or tokens[j].sentence != sentence \
            or tokens[j].norm.startswith(_ARTICLE) or not _given(tokens[j].norm, first_names) \
            or tokens[j].norm in common or tokens[j].norm in breaks() \
            or tokens[j].norm in particles or _behind_conjunction(tokens[j].norm) in breaks():
        return j  # «المتحدث باسم المجلس», «في»: an everyday word, not a first name
    names = _titled_names()
    compounds, families, links = names.compound_firsts, names.families, names.name_links
    k = j + 1
    while k < len(tokens) and k - j < _TITLED_NAME_WORDS:
        token = tokens[k]
        if token.kind != "word" or token.sentence != sentence or token.norm in breaks():
            break
        norm, before = token.norm, tokens[k - 1].norm
        if norm in common or norm in names.everyday or _is_title(norm) \
                or head_type(norm) is not None or _named_other(norm, known_names):
            break  # «رئيس», «غير», «العمل»; «الإخوان» is a name of its own
        if before in families:
            return k + 1  # «آل عواض»: the family's name closes the name
        if norm.startswith(_ARTICLE) and before not in compounds and norm not in families:
            return k + 1  # the family name closes the name
        if not _given(norm, first_names) and norm not in particles and norm not in families \
                and not (before in compounds and norm.startswith(_ARTICLE)):
            break
        k += 1
        if _known_person(" ".join(t.norm for t in tokens[j:k]), known_names):
            return k  # «محمد مرسي»: the KB's person, whole
    while k > j + 1 and (tokens[k - 1].norm in particles or tokens[k - 1].norm in links
                         or tokens[k - 1].norm in compounds or tokens[k - 1].norm in families):
        k -= 1  # never end on «بن», «فان», «عبد», «آل»
    return k


def _given(norm: str, first_names: frozenset[str]) -> bool:
    """Whether a folded word is a first name (``first_names`` or a compound one)."""
    return norm in first_names or norm in _titled_names().given_names


def _named_other(norm: str, known_names: Container[str]) -> bool:
    """Whether the KB names something under a folded word and no person (a family name the
    KB knows a person by, «الكعبي», goes on a name; «الإخوان» ends one). Round 31."""
    if norm not in known_names:
        return False
    found = known_names.get(norm, ()) if isinstance(known_names, Mapping) else ()
    return not found or all(getattr(c, "type", None) != "PER" for c in found)


def _known_person(key: str, known_names: Container[str]) -> bool:
    """Whether the KB names a person by the folded words ``key`` (Round 31)."""
    found = known_names.get(key, ()) if isinstance(known_names, Mapping) else ()
    return bool(found) and any(getattr(c, "type", None) == "PER" for c in found)


def _behind_conjunction(norm: str) -> str:
    """A folded word less a conjunction «و»/«ف» before it («فان» → «ان»)."""
    return norm[1:] if norm[:1] in CONJUNCTIONS else norm
