"""Rules that find or widen names the tagger and the KB leave short.

An organisation name may end in a nisba adjective of a country («وزارة الدفاع السورية»):
the adjective then belongs to the organisation, not to a separate NORP mention.
``org_with_nisba`` builds those ORG spans from an ORG mention that ends right before the
nisba, or from an ORG head word (``ner_triggers.tsv``: وزارة، حزب، جامعة…) up to three words
before it, where the words between are definite (ال…) except the one right after the head
(«جامعة دمشق السورية», «حزب البعث العربي الاشتراكي السوري»; not «وزارة في الحكومة السورية»).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from marsad.arabic.clitics import ARTICLE as _ARTICLE
from marsad.model import Token
from marsad.ner.clitics import split
from marsad.ner.fusion import Mention
from marsad.ner.spans import name_start
from marsad.ner.triggers import breaks, heads

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
