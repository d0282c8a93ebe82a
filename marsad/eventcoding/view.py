"""The article as the argument finder sees it: where each entity begins (by token), where
unnamed actors («مسلحون مجهولون») stand, which words are markers, skips or clause breaks, and
the noun phrase that begins at a token («وزراء خارجية العراق وسوريا وإيران»)."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter, or_
from typing import Any, Generic, TypeVar, overload

from marsad.arabic.normalise import fold
from marsad.eventcoding.lexicon import lexicon
from marsad.eventcoding.matcher import (Hit, compiled_passes, compiled_spans, find_hits,
                                        stem_test, stems)
from marsad.model import Article, Entity
from marsad.pipeline import register_cache

__all__ = ["Phrase", "View", "ACTOR_TYPES", "PLACE_TYPES"]

ACTOR_TYPES = frozenset({"PER", "ORG", "GPE", "NORP"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Entities whose names hold no trigger: places and people.
NAME_TYPES = PLACE_TYPES | {"PER"}
_START, _END = attrgetter("start"), attrgetter("end")  # sort keys (the entities)
#: The most skippable words between a marker and its argument.
MAX_SKIPS = 3


@dataclass(slots=True)
class Phrase:
    """A noun phrase that can fill an argument: entities, or an unnamed actor's text."""

    first: int
    last: int
    entities: list[Entity] = field(default_factory=list)
    text: str | None = None  # an unnamed actor, when no entity names it

    def types(self) -> set[str]:
        return {entity.type for entity in self.entities}

    @property
    def is_place(self) -> bool:
        return bool(self.entities) and all(e.type in PLACE_TYPES for e in self.entities)

    @property
    def is_marked_place(self) -> bool:
        """A place, or an organisation named as a building («في وزارة الخارجية»)."""
        org_places = lexicon().org_places
        return bool(self.entities) and all(
            e.type in PLACE_TYPES or (e.type == "ORG" and _first_word(e.text) in org_places)
            for e in self.entities)


def _first_word(text: str) -> str:
    words = fold(text).split()
    return words[0] if words else ""


@functools.lru_cache(maxsize=1 << 16)
def _bare(word: str) -> str:
    """``word`` less a leading conjunction when what is left is a function word, bare or with
    a pronoun suffix (a view reads its words' bare forms from ``_bare_forms``, its table)."""
    lex = lexicon()
    for conjunction in lex.conjunctions:
        rest = word[len(conjunction):]
        if word.startswith(conjunction) and (rest in lex.function_words or _pronoun_split(rest)):
            return rest
    return word


@register_cache
@functools.cache
def _bare_forms() -> dict[str, str]:
    """Every word ``_bare`` shortens -> what it leaves: a conjunction and a function word,
    bare or with a pronoun suffix («وفي» → «في»، «ومنها» → «منها»), each filed under the first
    conjunction (in ``_bare``'s order) that makes it; any other word is its own bare form.
    Some hundreds of words: a view looks every word of its article up in it, in C."""
    lex = lexicon()
    rests = [*lex.function_words, *(form for form, base in _pronoun_forms().items() if base)]
    forms: dict[str, str] = {}
    for conjunction in lex.conjunctions:
        for rest in rests:
            forms.setdefault(conjunction + rest, rest)
    return forms


#: ``_ends``' answers: the word ends no argument, ends one (``View.ends_argument``: «أن»),
#: or is a clause break (``View.is_break``, which ends one too).
_GOES_ON, _ENDS_ARGUMENT, _BREAK = 0, 1, 2
#: word -> its ``_GOES_ON`` / ``_ENDS_ARGUMENT`` / ``_BREAK`` answer (``_ends``).
_ENDS: dict[str, int] = register_cache({})
_ENDS_LIMIT = 1 << 16


def _ends(norm: str) -> int:
    """The answer ``_ENDS`` keeps for ``norm``, worked out (and kept): what ``View.is_break``
    and ``View.ends_argument`` say of a word (they read it off ``_bare_forms`` and the word
    lists themselves, for all the words of their article at once)."""
    lex = lexicon()
    bare = _bare_forms().get(norm, norm)  # ``_bare(norm)``
    if norm in lex.clause_breaks or bare in lex.clause_breaks:
        answer = _BREAK
    elif bare in lex.argument_breaks or norm in lex.argument_breaks:
        answer = _ENDS_ARGUMENT
    else:
        answer = _GOES_ON
    if len(_ENDS) >= _ENDS_LIMIT:
        _ENDS.clear()
    _ENDS[norm] = answer
    return answer


@register_cache
@functools.cache
def _enders() -> frozenset[str]:
    """The words that end an argument or break a clause (``_ends``)."""
    lex = lexicon()
    return lex.clause_breaks | lex.argument_breaks


def _pronoun_split(word: str) -> str:
    """The function word of ``word`` when it is one with a pronoun suffix («منها» → «من»),
    else ''."""
    return _pronoun_forms().get(word, "")


@register_cache
@functools.cache
def _pronoun_forms() -> dict[str, str]:
    """Every function word with a pronoun suffix -> the function word: the first pronoun (of
    ``lex.pronouns``, longest first) a word ends with whose rest is a function word gives
    its split, so each form is filed under the first pronoun that makes it."""
    lex = lexicon()
    forms: dict[str, str] = {}
    for pronoun in lex.pronouns:
        if not pronoun:  # the whole word is its «base»: a function word stops the search
            if "" in lex.function_words:
                break
            continue
        for base in lex.function_words:
            forms.setdefault(base + pronoun, base)
    return forms


def _either(norms: list[str], bares: list[str], words: frozenset[str]) -> list[bool]:
    """Whether each word, as read or bare, is one of ``words``: one compiled pass
    (``_fasthits.either``), else three mapped ones."""
    found = _EITHER(norms, bares, words) if _EITHER is not None else None
    if found is None:
        within = words.__contains__
        found = list(map(or_, map(within, norms), map(within, bares)))
    return found


#: The compiled passes of ``_fasthits`` (None where it was not built, or cannot read the
#: tokens: ``matcher.compiled_passes``).
_COLUMNS, _BARES, _EITHER = compiled_passes()
#: ``_fasthits.sentence_spans`` (None where it was not built or cannot read the tokens).
_SPANS = compiled_spans()

_T = TypeVar("_T")


class _once(Generic[_T]):  # noqa: N801 (a decorator, named as one)
    """``functools.cached_property`` without its lock: on Python 3.11 it takes an ``RLock``
    at the first read of each instance, and a view's lazy attributes (``hits``, ``bare``,
    ``is_break`` …) are each read first once an article, a dozen an article. A view belongs
    to one thread. As ``cached_property`` does, the value is kept in the instance's
    ``__dict__`` under the attribute's name (later reads do not come here), and nothing is
    kept when the function raises."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _once[_T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> _once[_T] | _T:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


class _TokenBefore(dict[int, int]):
    """offset -> the index of the last token starting at or before it (``View.token_before``),
    found in the tokens' starts when first asked for."""

    def __init__(self, starts: list[int]) -> None:
        super().__init__()
        self.starts = starts

    def __missing__(self, offset: int) -> int:
        found = self[offset] = bisect.bisect_right(self.starts, offset) - 1
        return found


class View:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.tokens = article.tokens
        self.lex = lexicon()
        # one compiled pass over the tokens for both columns (``_fasthits.columns``)
        columns = _COLUMNS(self.tokens) if _COLUMNS is not None else None
        starts, norms = columns if columns is not None else (
            [token.start for token in self.tokens], [token.norm for token in self.tokens])
        self.token_starts = starts
        #: every token's ``norm``, to test a word list against the article at once
        #: (``frozenset.isdisjoint``) before reading it word by word
        self.norms: list[str] = norms
        #: token index -> the factuality cues that begin there (``factuality._cues_at``)
        self.cues_at: dict[int, list[Any]] = {}
        entity_at: dict[int, Entity] = {}
        entity_first: dict[str, int] = {}
        entity_last: dict[str, int] = {}
        entity_ending_at: dict[int, Entity] = {}
        self.entity_at, self.entity_first = entity_at, entity_first
        self.entity_last, self.entity_ending_at = entity_last, entity_ending_at
        # in order of (start, -end): sorted by end, longest first, then (stably) by start
        entities = sorted(sorted(article.entities, key=_END, reverse=True), key=_START)
        right, left = bisect.bisect_right, bisect.bisect_left
        for entity in entities:
            first = right(starts, entity.start) - 1
            if first < 0:
                first = 0  # max(… - 1, 0)
            last = left(starts, entity.end) - 1
            if last < first:
                last = first  # max(… - 1, first)
            if first not in entity_at:
                entity_at[first] = entity
            entity_first[entity.id] = first
            entity_last[entity.id] = last
            if last not in entity_ending_at:
                entity_ending_at[last] = entity
        self.sentence_bounds: dict[int, tuple[int, int]] = {}
        self.clause_starts: dict[int, list[int]] = {}  # a sentence's first token -> its clauses
        self.sentence_words: dict[int, frozenset[str]] = {}  # a sentence's first token -> words
        self._named: dict[frozenset[str], frozenset[int]] = {}

    @_once
    def hits(self) -> list[Hit]:
        """The article's trigger hits (``matcher.find_hits``), matched once for every reader."""
        names: dict[int, int] = {}
        last_of = self.entity_last
        for key, first in self.entity_first.items():
            last = last_of[key]  # never before ``first``: the most of ``first`` and the lasts
            if first not in names or last > names[first]:
                names[first] = last
        return find_hits(self.tokens, names)

    @_once
    def vox_pop(self) -> bool:
        """The article is a vox pop (``column_senses.read_vox_pop``), read once for every call
        it holds."""
        from marsad.eventcoding.column_senses import read_vox_pop  # it reads this View

        return read_vox_pop(self)

    @_once
    def token_ends(self) -> list[int]:
        """Where each token ends (read by few articles: built when first asked for)."""
        return [token.end for token in self.tokens]

    @_once
    def token_before(self) -> Callable[[int], int]:
        """``token_before(offset)``: the index of the last token starting at or before
        ``offset`` (-1: none). Asked some sixty times an article, of a few offsets (where
        statements and entities begin): each is looked up once (``_TokenBefore``)."""
        return _TokenBefore(self.token_starts).__getitem__

    @_once
    def sentence_of(self) -> Callable[[int], tuple[int, int]]:
        """``sentence_of(index)``: ``(first, stop)`` token indices of the sentence of token
        ``index`` (a negative index counts from the end, as a list's does; past either end is
        an ``IndexError``). Asked some eighty times an article: where the sentences run in
        order (always, from the text layer), every token's span is made in one compiled pass
        when first asked for (``_fasthits.sentence_spans``, one tuple a sentence) and
        ``sentence_of`` is that list's own ``__getitem__``; else each sentence is walked
        out when first asked for (``_walk_sentence``)."""
        spans = _SPANS(self.tokens) if _SPANS is not None else None
        return spans.__getitem__ if spans is not None else self._walk_sentence

    def _walk_sentence(self, index: int) -> tuple[int, int]:
        """``sentence_of`` without the compiled pass: the run of tokens of ``index``'s sentence
        around it, kept by sentence."""
        tokens = self.tokens
        if index < 0:  # the scans below walk from ``index``: they need its place from the start
            index += len(tokens)
            if index < 0:
                raise IndexError("token index out of range")
        sentence = tokens[index].sentence
        bounds = self.sentence_bounds.get(sentence)
        if bounds is None:
            first, stop = index, index + 1
            while first > 0 and tokens[first - 1].sentence == sentence:
                first -= 1
            while stop < len(tokens) and tokens[stop].sentence == sentence:
                stop += 1
            bounds = self.sentence_bounds[sentence] = (first, stop)
        return bounds

    def in_name(self, index: int, types: frozenset[str] = NAME_TYPES) -> bool:
        """Token ``index`` is a word of the name of a place or a person after its first
        («مديرية أرحب» is no welcome, «أمين طالب» no demand; a first word may be a verb the
        entity layer took in: «وطالب اليامي»)."""
        tokens = self._named.get(types)
        if tokens is None:
            tokens = self._named[types] = frozenset(
                i for entity in self.article.entities if entity.type in types
                for i in range(self.entity_first[entity.id] + 1, self.entity_last[entity.id] + 1))
        return index in tokens

    def words_of_sentence(self, index: int) -> frozenset[str]:
        """The words of the sentence of token ``index``, each as read and without a leading
        conjunction (``bare``), to look a word list up in once."""
        first, stop = self.sentence_of(index)
        words = self.sentence_words.get(first)
        if words is None:
            words = self.sentence_words[first] = frozenset(
                chain(self.norms[first:stop], self._bares[first:stop]))
        return words

    # ``stem_test`` of the word tables the view looks stems up in, taken once an article
    # (a few dozen calls an article each)

    @_once
    def _light_verb_test(self) -> Callable[[str], bool] | None:
        return stem_test(self.lex.light_verbs)

    @_once
    def _place_noun_test(self) -> Callable[[str], bool] | None:
        return stem_test(self.lex.place_nouns)

    @_once
    def _skip_test(self) -> Callable[[str], bool] | None:
        return stem_test(self.lex.skip_words)

    @_once
    def _head_test(self) -> Callable[[str], bool] | None:
        return stem_test(self.lex.heads)

    # ---- words -------------------------------------------------------------------------
    # ``norm``, ``bare``, ``is_break`` and ``ends_argument`` are read some seven hundred times
    # an article by the rule modules: each is a list of the article's words, made in C when
    # first read, and what the view gives is the list's own ``__getitem__`` (``view.bare(i)``
    # is then one call in C, with no method of ours to run: ``bare(i)`` is ``_bares[i]``).

    @_once
    def norm(self) -> Callable[[int], str]:
        """``norm(index)``: the token's matching form."""
        return self.norms.__getitem__

    @_once
    def _bares(self) -> list[str]:
        """Every token's ``_bare`` form (one compiled pass, ``_fasthits.bares``)."""
        forms = _bare_forms()
        found = _BARES(self.norms, forms) if _BARES is not None else None
        return found if found is not None else list(map(forms.get, self.norms, self.norms))

    @_once
    def bare(self) -> Callable[[int], str]:
        """``bare(index)``: the word without a leading conjunction when what is left is a
        function word («وفي» → «في»، «ومنها» → «منها»)."""
        return self._bares.__getitem__

    @_once
    def is_break(self) -> Callable[[int], bool]:
        """``is_break(index)``: the token is a clause break (it or its bare form is one:
        ``_ends`` says ``_BREAK``)."""
        return _either(self.norms, self._bares, self.lex.clause_breaks).__getitem__

    def contrast_between(self, first: int, last: int) -> bool:
        """A comma and «فيما/بينما» between tokens ``first`` and ``last``: the reporter goes
        on with another happening."""
        norms, tails = self.norms, self.lex.clause_contrasts_tails
        for at in range(max(first + 1, 1), min(last, len(self.tokens))):
            if norms[at][-4:] in tails and self._contrast(at):  # most words: not the tail
                return True
        return False

    def _contrast(self, at: int) -> bool:
        return self.tokens[at].norm[-4:] in self.lex.clause_contrasts_tails \
            and self.bare(at) in self.lex.clause_contrasts \
            and self.tokens[at - 1].norm in self.lex.asides

    def clause_of(self, index: int) -> int:
        """The first token of the reporter's clause holding ``index`` (see contrast_between)."""
        first, stop = self.sentence_of(index)
        starts = self.clause_starts.get(first)
        if starts is None:
            norms, tails = self.norms, self.lex.clause_contrasts_tails
            starts = self.clause_starts[first] = [first] + [
                at for at in range(first + 1, stop)
                if norms[at][-4:] in tails and self._contrast(at)]
        return starts[bisect.bisect_right(starts, index) - 1]

    def clause_bounds(self, index: int) -> tuple[int, int]:
        """The first token of the reporter's clause holding ``index`` and the token past its
        end: the next clause's start, else the sentence's end."""
        first, stop = self.sentence_of(index)
        start = self.clause_of(index)
        return start, next((at for at in self.clause_starts.get(first, []) if at > start), stop)

    def abstract_after(self, index: int, mode: str = "") -> bool:
        """Whether the word after a trigger makes it abstract («تعزيز التعاون»); not a word
        that is the doer after a trigger of ``mode`` («اعتقل الأمن ناشطين», round 27)."""
        after = index + 1
        if after >= len(self.tokens) or self.tokens[after].sentence != self.tokens[index].sentence:
            return False
        word = self.tokens[after].norm
        if mode in self.lex.abstract_doer_modes and word in self.lex.abstract_doers:
            return False
        if word[:1] in self.lex.conjunctions or word[:1] in self.lex.clitic_preps:  # «ضربة لجهود السلام»
            return word in self.lex.abstract_objects or word[1:] in self.lex.abstract_objects \
                or "ا" + word[1:] in self.lex.abstract_objects
        return word in self.lex.abstract_objects

    def light_verb(self, index: int) -> str:
        """``actor`` or ``target``: the role of a light verb's subject, else ''."""
        test = self._light_verb_test  # most words: no stem to look up
        if test is not None and not test(self.tokens[index].text):
            return ""
        for stem in stems(self.tokens[index].text):
            role = self.lex.light_verbs.get(stem)
            if role:
                return role
        return ""

    def future_verb(self, index: int) -> bool:
        """Whether the word is a present verb with the future «سـ» («ستستضيف»)."""
        word = self.tokens[index].norm
        return any(word.startswith(p) and word[len(p):len(p) + 1] in self.lex.present_prefixes
                   for p in self.lex.future_proclitics)

    def is_place_noun(self, index: int) -> bool:
        test = self._place_noun_test  # most words: no stem to look up
        if test is not None and not test(self.tokens[index].text):
            return False
        return any(stem in self.lex.place_nouns for stem in stems(self.tokens[index].text))

    @_once
    def ends_argument(self) -> Callable[[int], bool]:
        """``ends_argument(index)``: a clause break, or «أن/إن» opening a new clause: no
        argument reaches past it (it or its bare form is one: ``_ends`` is not
        ``_GOES_ON``)."""
        return _either(self.norms, self._bares, _enders()).__getitem__

    def is_skip(self, index: int) -> bool:
        test = self._skip_test  # most words: no stem to look up
        if test is not None and not test(self.tokens[index].text):
            return False
        return any(stem in self.lex.skip_words for stem in stems(self.tokens[index].text))

    def clitic_prep(self, index: int) -> str:
        """The preposition a word carries as a proclitic when an argument follows inside it
        («بالرئيس»، «لوزراء»، «بمدينة»), else '' («وباكستان» is «و» + «باكستان»)."""
        token = self.tokens[index]
        if not token.norm.startswith(self.lex.clitic_preps):
            return ""  # most words: no preposition to try (tested in C)
        entity = self.entity_at.get(index)
        for prep in self.lex.clitic_preps:
            if not token.norm.startswith(prep) or len(token.norm) <= len(prep) + 2:
                continue
            rest = token.norm[len(prep):]
            if entity is not None and entity.start == token.start + len(prep):
                return prep[-1]
            if rest in self.lex.skip_words or rest in self.lex.heads \
                    or (prep.endswith(self.lex.prep_li)
                        and self.lex.article[:1] + rest in self.lex.heads):
                return prep[-1]
        return ""

    def pronoun_prep(self, index: int) -> str:
        """The preposition of a word like «منها»، «عليه», else ''."""
        return _pronoun_forms().get(self._bares[index], "")  # ``_pronoun_split(bare)``

    # ---- phrases -----------------------------------------------------------------------

    def head_at(self, index: int) -> tuple[int, int] | None:
        """``(last token, offset where the head's text begins)`` of an unnamed actor."""
        test = self._head_test  # most words: no stem to look up
        if test is not None and not test(self.tokens[index].text):
            return None
        for stem in stems(self.tokens[index].text):
            for head in self.lex.heads.get(stem, ()):
                last = index + len(head) - 1
                if last >= len(self.tokens) or any(
                        word not in stems(self.tokens[index + k].text)
                        for k, word in enumerate(head[1:], 1)):
                    continue
                token = self.tokens[index]
                shift = token.norm.find(head[0]) if len(token.norm) == len(token.text) else 0
                return last, token.start + max(shift, 0)
        return None

    def phrase_at(self, index: int, stop: int) -> Phrase | None:
        """The noun phrase that begins at ``index`` (after skippable words), before ``stop``."""
        skipped = 0
        entity_at = self.entity_at
        while index < stop:
            entity = entity_at[index] if index in entity_at else None
            if entity is not None:
                return self._compound(index, entity, stop)
            head = self.head_at(index)
            if head is not None:
                return self._unnamed(index, head, stop)
            if self.ends_argument(index):
                return None
            nationality = entity_at[index + 1] if index + 1 < stop and index + 1 in entity_at \
                else None
            if nationality is not None and nationality.type == "NORP" \
                    and self.tokens[index].kind == "word":
                town = self._town_after(index, nationality, stop)
                if town is not None:  # «في العاصمة الألمانية برلين»: the town is the place
                    return town
                # «الطائرات الإسرائيلية»: a noun and its nationality
                return self._compound(index + 1, nationality, stop, first=index)
            if not self.is_skip(index) or skipped >= MAX_SKIPS:
                return None
            skipped += 1
            index += 1
        return None

    def _town_after(self, index: int, nationality: Entity, stop: int) -> Phrase | None:
        """«في العاصمة الألمانية برلين»، «في المدينة السورية حلب»: a place noun, its
        nationality and the place's own name right after: the named place, not the nation."""
        if not self.is_place_noun(index):
            return None
        after = self.entity_last[nationality.id] + 1
        town = self.entity_at.get(after) if after < stop else None
        if town is None or town.type not in PLACE_TYPES \
                or town.start != self.tokens[after].start:
            return None
        return Phrase(index, self.entity_last[town.id], [town])

    def _compound(self, index: int, entity: Entity, stop: int, first: int | None = None
                  ) -> Phrase:
        last = self.entity_last[entity.id]
        named = self._name_after(entity, last + 1, stop)
        if named is not None:
            # «الرئيس المصري عبد الفتاح السيسي»، «أمير قطر الشيخ تميم»: the name is the actor
            entity, last = named, self.entity_last[named.id]
        phrase = Phrase(index if first is None else first, last, [entity])
        while True:
            after = phrase.last + 1
            if after < stop and self.tokens[after].norm in self.lex.joiners:
                after += 1
            nxt = self.entity_at.get(after) if after < stop else None
            if nxt is None or nxt in phrase.entities:
                return phrase
            token = self.tokens[after]
            joined = after > phrase.last + 1 or (token.norm.startswith(self.lex.conjunction)
                                                   and nxt.start > token.start)
            if not joined:
                return phrase
            phrase.entities.append(nxt)
            phrase.last = self.entity_last[nxt.id]

    def _name_after(self, entity: Entity, index: int, stop: int) -> Entity | None:
        """The name a nationality, country or title stands before, across honorifics only
        («الرئيس المصري عبد الفتاح السيسي»، «أمير قطر الشيخ تميم»، a title tagged PER)."""
        if entity.type not in ("NORP", "GPE", "PER"):
            return None
        if entity.type == "PER":
            named = self.entity_at.get(index) if index < stop else None
            token = self.tokens[index] if index < stop else None
            if named is None or named.type != "PER" or token is None or named.start != token.start:
                return None
            return named
        while index < stop and any(
                stem in self.lex.honorifics for stem in stems(self.tokens[index].text)):
            index += 1
        named = self.entity_at.get(index) if index < stop else None
        if named is None or named.type not in ("PER", "ORG"):
            return None
        token = self.tokens[index]
        if token.norm.startswith(self.lex.conjunction) and named.start > token.start:
            return None  # «الجيش السوداني وقوات الدعم السريع»: a second party, not a name
        if entity.type == "GPE" and named.type != "PER":
            return None
        return named

    def _unnamed(self, index: int, head: tuple[int, int], stop: int) -> Phrase:
        last, start = head
        following = self.entity_at.get(last + 1) if last + 1 < stop else None
        if following is not None and index > 0 and self.bare(index - 1) == self.lex.between \
                and self.tokens[last + 1].norm.startswith(self.lex.conjunction) \
                and following.start > self.tokens[last + 1].start:
            following = None  # «بين الجيش وتنظيم داعش»: the second party, not the head's name
        if following is not None and following.type in ("NORP", "PER", "ORG"):
            # «القوات الإسرائيلية»، «الرئيس المصري السيسي»: the entity after the head (a
            # country after it is more often the verb's object: «يزور المبعوث طرابلس»)
            return self._compound(last + 1, following, stop, first=index)
        return Phrase(index, last, [], self.article.text[start:self.tokens[last].end])
