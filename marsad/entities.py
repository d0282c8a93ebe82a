"""Stage "entities": KB matches, the NER tagger and rules fused into ``Article.entities``.

Mentions get ids ``m1``, ``m2``, … in text order and never overlap. The fusion rules are in
``marsad.ner.fusion``; the tagger runs per sentence over the tokens' folded forms with the
KB's names as gazetteer features (``marsad.ner.tagger``), then once more over the article
(a name it is sure of in one sentence is a name wherever else it occurs,
``marsad.ner.consistency``); a country's nisba adjective (السوري، العراقية) is NORP with the
country's link unless it ends an organisation's name.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Container, Iterator, Mapping, Sequence, Set
from dataclasses import replace
from operator import attrgetter
from typing import Any

from marsad.arabic.normalise import fold
from marsad.lexicons import load_words
from marsad.model import Article, Entity, Token
from marsad.ner import features as ner_features
from marsad.ner import tagger
from marsad.ner.clitics import split
from marsad.ner.consistency import propagate_in
from marsad.ner.country_epithets import country_epithets_in
from marsad.ner.fusion import Mention, resolve
from marsad.ner.headed_places import head_forms, headed_places_at
from marsad.ner.rules import org_with_nisba, place_after_demonym, title_openers, titled_people_at
from marsad.ner.spans import indices_in, token_span_to_chars
from marsad.ner.triggers import breaks, head_type, is_title, place_head
from marsad.pipeline import stage

ENTITY_TYPES = frozenset({"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC"})
#: Tagger spans less sure than this are dropped (dev F1 is flat up to 0.5, falls beyond).
MIN_CONFIDENCE = 0.5
#: Head words that stay outside a place's name, as in the training data and the KB.
PLACE_HEADS = frozenset({"GPE", "LOC"})
#: A person's name after a place head («حي الهاشمي») is read as the place's when it has at
#: most this many words («ولاية لويزيانا بوبي جندال» is a state and its governor).
PLACE_NAME_WORDS = 2
#: KB rank of a foreign place of about a million people (``marsad.kb.records``: 4.5 less 0.5
#: a power of ten): Madrid, Rome, Prague, Kabul rank above it; Naples, Liverpool, Miami below.
FOREIGN_TOWN_RANK = 1.5


@stage("entities", requires=("tokens", "kb_matches"), assigns=("entities",))
def find_entities(article: Article) -> None:
    article.entities = entities(article)


def entities(article: Article, use_tagger: bool = True) -> list[Entity]:
    """The fused, non-overlapping entities of an article with tokens and KB matches."""
    tokens = article.tokens
    kb = [m for match in article.kb_matches if (m := _kb_mention(match, tokens)) is not None]
    # each token's folded form read once, and the article's set of them: the rules look for
    # their few opening words in that set (one set intersection) and visit the tokens only
    # where one is there, instead of each rule reading every token's ``norm``
    # (``map(attrgetter("norm"), …)`` was dearer than this list: a slot read is one step)
    norms, sentences, words = _article_words(tokens)
    vocab = set(norms)
    ran = use_tagger and tagger.available()
    found = list(_tagged_mentions(norms, vocab, sentences, words)) if ran else []
    orgs = [m for m in [*kb, *found] if m.type == "ORG"]
    found += org_with_nisba(tokens, [m for m in kb if m.type == "NORP"], orgs)
    found += titled_people_at(  # «النائب منصور الظفيري»; the office's bodies (round 31)
        tokens, indices_in(norms, vocab, title_openers()), *_name_words(),
        [*[m for m in kb if m.certain], *found])
    found += place_after_demonym(  # «وصل الوزير المغربي الرياض» (round 27)
        tokens, [m for m in kb if not m.certain and m.type in PLACE_HEADS], _demonym)
    found += headed_places_at(  # «ببلدة سيلوبي», «بمركز سنورس» (round 27)
        tokens, indices_in(norms, vocab, head_forms()), _everyday, _demonym,
        [*[m for m in kb if m.certain], *found])
    chosen = _with_family_names(tokens, resolve(kb, found, tagger_ran=ran), vocab)
    # «وأدانت المملكة»: the kingdom the article names
    epithets = country_epithets_in(tokens, norms, vocab, chosen, article.text)
    if epithets:
        chosen = sorted([*chosen, *epithets], key=attrgetter("start"))
    return [Entity(id=f"m{n}", start=m.start, end=m.end, text=article.span_text(m.start, m.end),
                   type=m.type, link=m.link, source=m.source)
            for n, m in enumerate(chosen, 1)]


@functools.cache
def _name_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                            Container[str], frozenset[str]]:
    """For ``titled_people``: first names (``ner_person_names.txt``), name particles
    (``kb_name_particles.tsv``), the KB's common words, the heads of namesakes
    (``kb_namesake_heads.txt``), the KB's names and the royal titles (``ner_titles_royal.txt``)."""
    from marsad.kb.store import kb
    particles = frozenset(fold(w) for w in load_words("kb_name_particles.tsv") if w != "word")
    heads = frozenset(fold(w) for w in load_words("kb_namesake_heads.txt"))
    royal = frozenset(fold(w) for w in load_words("ner_titles_royal.txt"))
    store = kb()
    return load_words("ner_person_names.txt"), particles, store.common, heads, store.names, royal


def _everyday(norm: str) -> bool:
    """Whether a folded word is one of the KB's common words (no place's name)."""
    return norm in _name_words()[2]


def _demonym(norm: str) -> bool:
    """Whether a folded word is a country's nisba adjective in the KB («المغربي»، «العمانية»)."""
    found = _DEMONYMS.get(norm)
    if found is None:
        if len(_DEMONYMS) > _DEMONYMS_LIMIT:
            _DEMONYMS.clear()
        name_key, _middle_east, names = _kb_tables()
        found = _DEMONYMS[norm] = any(c.type == "NORP" and c.entry.startswith("country:")
                                      for c in names.get(name_key(norm), ()))
    return found


_DEMONYMS: dict[str, bool] = {}  # a folded word -> ``_demonym``, judged once per word
_DEMONYMS_LIMIT = 100_000


def _kb_mention(match: Any, tokens: Sequence[Token] = ()) -> Mention | None:
    if match.type not in ENTITY_TYPES or match.end <= match.start:
        return None
    certain = bool(getattr(match, "certain", False)) and not _foreign_town(match) \
        and not _team(match, tokens)
    return Mention(match.start, match.end, match.type, "kb", link=match.link, certain=certain)


def _team(match: Any, tokens: Sequence[Token]) -> bool:
    """A place right after a team's head word («فريق الدرعية», ``ner_team_heads.txt``)."""
    first = getattr(match, "tokens", (0, 0))[0]
    if match.type not in PLACE_HEADS or not 0 < first <= len(tokens) - 1:
        return False
    before = tokens[first - 1]
    return before.sentence == tokens[first].sentence and split(before.norm)[1] in _team_heads()


@functools.cache
def _family_words() -> frozenset[str]:
    """``ner_family_words.txt``: «آل» before a family's name."""
    return frozenset(fold(w) for w in load_words("ner_family_words.txt"))


@functools.cache
def _team_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in load_words("ner_team_heads.txt"))


def _foreign_town(match: Any) -> bool:
    """A town outside the Middle East named by one word and ranked below a city of about a
    million (``FOREIGN_TOWN_RANK``): in Arabic news mostly a football club («توتنهام»،
    «بورنموث»، «نابولي») or an everyday word GeoNames lists as a town («انتبه»، «كنز»), so
    the KB's link stands only where the tagger finds a place there too."""
    link = match.link
    if match.type not in PLACE_HEADS or getattr(match, "via", "name") != "name" \
            or link is None or link.kind != "place" or " " in match.text.strip():
        return False
    name_key, middle_east, names = _kb_tables()
    if link.country in middle_east:
        return False
    cands = names.get(name_key(match.text), ())
    return bool(cands) and min(c.rank for c in cands) > FOREIGN_TOWN_RANK


@functools.cache
def _kb_tables() -> tuple[Callable[[str], str], frozenset[str], Mapping[str, Sequence[Any]]]:
    """The KB's key function, its Middle-East countries and its names (loaded once)."""
    from marsad.kb.keys import name_key
    from marsad.kb.records import MENA
    from marsad.kb.store import kb
    return name_key, frozenset(MENA), kb().names


def tagged_mentions(tokens: Sequence[Token]) -> Iterator[Mention]:
    """The tagger's names, sentence by sentence and then once more over the whole article
    (``marsad.ner.consistency``), as character-span mentions."""
    norms, sentences, words = _article_words(tokens)
    return _tagged_mentions(norms, None, sentences, words)


def _tagged_mentions(norms: list[str], vocab: set[str] | None,
                     sentences: Sequence[Sequence[Token]], words: Sequence[Sequence[str]]
                     ) -> Iterator[Mention]:
    """``tagged_mentions`` with the article's tokens already read (``_article_words``) and,
    where the caller has it, the set of their ``norm`` (``vocab``)."""
    # the words the tagger read are the norms where no norm is empty (``_sentence_words``)
    spans = propagate_in(words, tagger.sentence_spans(words),
                         vocab if vocab is not None and all(norms) else None)
    function_words = breaks()
    for sentence, sentence_words, found in zip(sentences, words, spans):
        for first, last, typ, confidence in found:
            if confidence < MIN_CONFIDENCE:
                continue
            if last - first == 1 and sentence_words[first] in function_words:
                continue  # «الحصول على»: a preposition, folded like the name «علي»
            if typ == "PER" and _after_namesake_head(sentence_words, first):
                continue  # «طريق الملك سعود», «بمطار الملك خالد»: a road, an airport
            if typ in PLACE_HEADS and last - first == 1 \
                    and _listed_word(sentence_words, first):
                continue  # «ضبط خمسة مهربين»: an everyday word GeoNames lists as a town
            first, headed = _name_begins(sentence_words, first, last, typ)
            if (typ == "PER" and 0 < first and last - first <= PLACE_NAME_WORDS
                    and place_head(sentence_words[first - 1])):
                typ = "LOC"  # «حي الهاشمي», «مخيم جنين»: a place named like a person
            start, end = token_span_to_chars(sentence, first, last, hyphenated=typ == "PER")
            if start < end:
                yield Mention(start, end, typ, "tagger", headed=headed)


def _article_words(tokens: Sequence[Token]
                   ) -> tuple[list[str], Sequence[Sequence[Token]], Sequence[Sequence[str]]]:
    """Each token's ``norm``, and the runs of tokens by sentence with the words the tagger
    reads in each (``_sentence_words``): where ``_fastfeat`` was built, in one compiled pass
    over the tokens (``article_words``, the words of a run as a tuple, which
    ``_fastfeat.spans`` then takes as it is), instead of a list made per column and a slice
    per run in Python."""
    fast = getattr(ner_features._fastfeat, "article_words", None)
    if fast is not None:
        return fast(tokens)
    norms = [tok.norm for tok in tokens]
    sentences, words = _sentence_words(tokens, norms)
    return norms, sentences, words


def _sentence_words(tokens: Sequence[Token], norms: list[str]
                    ) -> tuple[list[Sequence[Token]], list[list[str]]]:
    """The runs of tokens with the same sentence index and the words the tagger reads in
    each (a token's folded form ``norms``, else its text): read in one pass over the article
    and cut where the index changes, not sentence by sentence."""
    if not tokens:
        return [], []
    words = norms if all(norms) else [norm or tok.text for norm, tok in zip(norms, tokens)]
    index = [tok.sentence for tok in tokens]
    cuts = [0, *[k for k in range(1, len(index)) if index[k] != index[k - 1]], len(index)]
    runs = list(zip(cuts, cuts[1:]))
    return [tokens[a:b] for a, b in runs], [words[a:b] for a, b in runs]


@functools.cache
def _listed_common_words() -> frozenset[str]:
    """``kb_common_words.txt``, folded: words that name a town only after a head word."""
    return frozenset(fold(w) for w in load_words("kb_common_words.txt"))


def _listed_word(words: Sequence[str], first: int) -> bool:
    """Whether the one word at ``first`` is, less its proclitics, an everyday word that the
    KB's town list holds (``kb_common_words.txt``) with no place head word before it
    («مدينة ودان» is the town)."""
    word = words[first]
    listed = _listed_common_words()
    if word not in listed and split(word)[1] not in listed:
        return False
    return not (first > 0 and place_head(words[first - 1]))


def _after_namesake_head(words: Sequence[str], first: int) -> bool:
    """Whether the name at ``first`` (past a title right before it, «الملك») follows an
    institution's head word of ``kb_namesake_heads.txt`` («طريق», «مطار», «جامعة»)."""
    before = first - 1
    if before >= 0 and is_title(words[before]):
        before -= 1
    if before < 0 or split(words[before])[1] not in _name_words()[3]:
        return False
    return before == 0 or (words[before - 1], words[before]) not in _compound_prepositions()


@functools.cache
def _compound_prepositions() -> frozenset[tuple[str, ...]]:
    """``ner_compound_prepositions.txt``: «عن طريق» is "by way of", not a road."""
    phrases = (fold(line).split() for line in load_words("ner_compound_prepositions.txt"))
    return frozenset(tuple(words) for words in phrases if len(words) == 2)


def _with_family_names(tokens: Sequence[Token], chosen: list[Mention],
                       vocab: Set[str]) -> list[Mention]:
    """A person's name followed by «آل» + a word takes them in («الملك سلمان بن عبدالعزيز آل
    سعود»: one person, not the KB's name and a tagger's «سعود»); ``vocab`` is the set of the
    tokens' ``norm``."""
    if _family_words().isdisjoint(vocab):
        return chosen
    family = _family_words()
    ends = {tok.end: n for n, tok in enumerate(tokens)}
    out: list[Mention] = []
    swallowed_until = -1
    for m in chosen:
        if m.start < swallowed_until:
            continue
        last = ends.get(m.end)
        if m.type == "PER" and last is not None and last + 2 < len(tokens) \
                and tokens[last + 1].norm in family and tokens[last + 2].kind == "word" \
                and tokens[last + 2].sentence == tokens[last].sentence == tokens[last + 1].sentence:
            m = replace(m, end=tokens[last + 2].end)
            swallowed_until = m.end
        out.append(m)
    return out


def _name_begins(words: Sequence[str], first: int, last: int, typ: str) -> tuple[int, bool]:
    """Where a tagged name really begins, past a person's titles («الدكتور سعد الحجري») and a
    place's head word («مدينة حمص»), and whether it opens with an organisation's head."""
    while typ == "PER" and last - first > 1 and is_title(words[first]):
        first += 1
    head = head_type(words[first])
    if head in PLACE_HEADS and last - first > 1:
        return first + 1, False
    return first, head is not None
