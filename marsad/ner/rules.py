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
from collections.abc import Callable, Container, Sequence

from marsad.arabic.clitics import ARTICLE as _ARTICLE, CONJUNCTIONS
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
        found = _TITLES[norm] = is_title(norm)
    return found


def titled_people(tokens: Sequence[Token], first_names: frozenset[str], particles: frozenset[str],
                  common: frozenset[str], namesake_heads: frozenset[str],
                  known_names: Container[str], royal: frozenset[str]) -> list[Mention]:
    """PER spans for a name right after a person's title (``ner_triggers.tsv``, titles may
    stack: «النائب د. منصور الظفيري»): a first name of ``first_names``, then first names and
    name particles («بن», «أبو»), ending with the first word that has the article
    («الظفيري»); two words at least. A word with the article that ``common`` lists
    («العمل», «الذي») ends the name before it; a name of one word is left to the tagger; a
    title after an institution's head («مستشفى الدكتور سليمان الحبيب») opens no person's
    name, nor does a royal title (``royal``: «الملك», «الأمير»: the KB knows the rulers, and
    their names mostly name institutions, «جمعية الملك فهد الخيرية»). A word that is a KB
    name itself (``known_names``: «الإخوان») or a common word ends the name before it."""
    found: list[Mention] = []
    n = len(tokens)
    titles = _title_forms()
    after = 0
    for i in [k for k, token in enumerate(tokens) if token.norm in titles]:
        if i < after or split(tokens[i].norm)[1] in royal \
                or (i > 0 and tokens[i - 1].sentence == tokens[i].sentence
                    and split(tokens[i - 1].norm)[1] in namesake_heads):
            continue  # «مستشفى الدكتور سليمان الحبيب» names a hospital; royal names are the
            # KB's and the tagger's («جمعية الملك فهد الخيرية» is a charity)
        j = i + 1
        while j < n and tokens[j].sentence == tokens[i].sentence and _is_title(tokens[j].norm):
            j += 1  # «النائب د.», «الرئيس الدكتور»
        stop = _name_after_title(tokens, j, tokens[i].sentence, first_names, particles, common,
                                 known_names)
        if stop - j >= 2:
            found.append(Mention(tokens[j].start, tokens[stop - 1].end, "PER", "rule"))
        after = stop
    return found


@functools.cache
def _title_forms() -> frozenset[str]:
    """The person titles of ``ner_triggers.tsv`` as written and behind «و»/«ف» («وقال
    النائب», «والنائب»): the words that may open a titled name, one set lookup a token."""
    titles = [word for word, (kind, _typ) in triggers().items() if kind == "title"]
    return frozenset(f"{c}{w}" for w in titles for c in ("", *CONJUNCTIONS))


def _name_after_title(tokens: Sequence[Token], j: int, sentence: int, first_names: frozenset[str],
                      particles: frozenset[str], common: frozenset[str],
                      known_names: Container[str]) -> int:
    """The token index after the name that starts at ``j`` (``j`` itself when none does)."""
    if j >= len(tokens) or tokens[j].kind != "word" or tokens[j].sentence != sentence \
            or tokens[j].norm.startswith(_ARTICLE) or tokens[j].norm not in first_names \
            or tokens[j].norm in common or tokens[j].norm in breaks():
        return j  # «المتحدث باسم المجلس», «في»: an everyday word, not a first name
    k = j + 1
    while k < len(tokens) and k - j < _TITLED_NAME_WORDS:
        token = tokens[k]
        if token.kind != "word" or token.sentence != sentence or token.norm in breaks():
            break
        norm = token.norm
        if norm in common or _is_title(norm) or head_type(norm) is not None \
                or norm in known_names:
            break  # «رئيس», «غير», «العمل»; «الإخوان» is a name of its own
        if norm.startswith(_ARTICLE):
            return k + 1  # the family name closes the name
        if norm not in first_names and norm not in particles:
            break
        k += 1
    while k > j + 1 and tokens[k - 1].norm in particles:
        k -= 1  # never end on «بن»
    return k
