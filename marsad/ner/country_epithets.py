"""A country named by what it is: «المملكة», «السلطنة» standing alone.

Gulf and Jordanian news names its own country as «المملكة» far more often than by name
(«وأدانت المملكة الهجوم»، «وصل إلى المملكة»). The word alone names nobody to the tagger or
the KB, so the actor was lost and the place went unlinked. Here such a word becomes a GPE
mention linked to the country it stands for, chosen from the article's own mentions:
``ner_country_epithets.tsv`` lists the countries each word can stand for (the kingdoms, the
sultanates), and the one meant is the country of the nearest mention before the word whose
link is one of them (a city, a ministry, a nisba or the country itself: «الرياض»، «وزارة
الداخلية السعودية»); with none before it, the first one after it. An article that names
none of them leaves the word as it is.

The word is read only where it stands alone: not inside a longer name («المملكة العربية
السعودية» is the KB's), and not before a nisba adjective that names another kingdom or a
sense of its own («المملكة الهولندية»، «المملكة الحيوانية»).
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Sequence, Set

from marsad.arabic.clitics import ARTICLE
from marsad.arabic.normalise import fold
from marsad.lexicons import load_table
from marsad.model import Entity, Link, Token
from marsad.ner.fusion import Mention
from marsad.ner.spans import indices_in, name_start

__all__ = ["country_epithets", "country_epithets_in", "is_epithet"]

#: The article after the preposition «ل», its alef dropped («للمملكة»).
_LAM_ARTICLE = "ل" + ARTICLE[1:]

#: How sure a link chosen from the article's other mentions is (a name itself scores 0.9–0.95).
LINK_SCORE = 0.8


@functools.cache
def _epithets() -> dict[str, frozenset[str]]:
    """Folded word without its article -> the ISO codes it can stand for."""
    return {_without_article(fold(row["word"])): frozenset(row["countries"].split())
            for row in load_table("ner_country_epithets.tsv")}


def _without_article(word: str) -> str:
    """The folded ``word`` without its article, also after «ل» («للمملكة» -> «مملكه»)."""
    for article in (ARTICLE, _LAM_ARTICLE):
        if word.startswith(article):
            return word[len(article):]
    return word


@functools.cache
def _roots() -> tuple[str, ...]:
    """Letters every written form of the words holds: each word without its article and its
    last letter (the «ة», folded «ه»), a first test on the article's text («مملك»، «سلطن»)."""
    return tuple(stem[:-1] for stem in _epithets())


@functools.cache
def _endings() -> tuple[str, ...]:
    return tuple(_epithets())


@functools.cache
def _last_letters() -> frozenset[str] | None:
    """The last letters of ``_endings`` (a word that ends otherwise ends with none of them);
    ``None`` where an ending is empty (it ends every word)."""
    endings = _endings()
    return frozenset(ending[-1:] for ending in endings) if all(endings) else None


def _stem(token: Token) -> str:
    """The token's word without its clitics and article («وبالمملكة» -> «مملكه»), or ""
    when it has no article (a bare «مملكة» is a common noun: «مملكة البحرين»)."""
    prefix = token.prefix
    if token.suffix or not prefix.endswith((ARTICLE, _LAM_ARTICLE)):
        return ""
    return token.stem


def _nisba(token: Token) -> bool:
    """«الهولندية»، «الحيوانية»: a definite adjective in -ية right after the word."""
    return token.kind == "word" and token.norm.startswith(ARTICLE) \
        and token.norm.endswith(("يه", "يّه"))


def country_epithets(tokens: Sequence[Token], chosen: Sequence[Mention], text: str = ""
                     ) -> list[Mention]:
    """GPE mentions for the country words of ``tokens`` that no mention of ``chosen``
    (sorted, non-overlapping) covers, linked to the country the article's mentions point to.
    ``text``, the article's text, is a first test: without the words' letters, nothing to do."""
    norms = [token.norm for token in tokens]
    return country_epithets_in(tokens, norms, set(norms), chosen, text)


def country_epithets_in(tokens: Sequence[Token], norms: Sequence[str], vocab: Set[str],
                        chosen: Sequence[Mention], text: str = "") -> list[Mention]:
    """``country_epithets`` with the tokens' ``norm`` read already (``norms``) and the set of
    them (``vocab``), as the entities stage has them."""
    if text and not any(root in text for root in _roots()):
        return []
    table = _epithets()
    endings, lasts = _endings(), _last_letters()  # a cheap first test on every distinct
    # word: its last letter (no call), then its folded end
    ends = {word for word in vocab
            if (lasts is None or word[-1:] in lasts) and word.endswith(endings)}
    spots = [(i, table[stem]) for i in indices_in(norms, vocab, ends)
             if tokens[i].kind == "word" and (stem := _stem(tokens[i])) in table]
    if not spots:
        return []
    linked = [m for m in chosen if m.link is not None and m.link.country]
    starts = [m.start for m in chosen]
    out = []
    for i, codes in spots:
        token = tokens[i]
        covered = bisect_left(starts, token.end)
        if covered and chosen[covered - 1].end > token.start:
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and following.sentence == token.sentence and _nisba(following):
            continue
        country = _country(linked, token.start, codes)
        link = _link(country) if country else None
        if link is not None:
            out.append(Mention(name_start(token), token.end, "GPE", "rule", link=link))
    return out


def _country(linked: Sequence[Mention], at: int, codes: frozenset[str]) -> str | None:
    before = [m.link.country for m in linked if m.end <= at and m.link and m.link.country in codes]
    if before:
        return before[-1]
    after = [m.link.country for m in linked if m.start >= at and m.link and m.link.country in codes]
    return after[0] if after else None


@functools.cache
def _link(country: str) -> Link | None:
    from marsad.kb.store import kb
    info = kb().entry(f"country:{country}")
    if info is None:
        return None
    return Link(kb=info.id, name_en=info.name_en, country=info.country, lat=info.lat,
                lon=info.lon, score=LINK_SCORE, kind=info.kind)


def is_epithet(entity: Entity) -> bool:
    """The entity is one this module made: a country named by what it is («المملكة»)."""
    return entity.source == "rule" and entity.link is not None \
        and entity.link.kb.startswith("country:") \
        and _without_article(fold(entity.text)) in _epithets()
