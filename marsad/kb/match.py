"""Finding KB mentions in tokens and linking them: ``KBMatch`` and ``find_matches``.

One left-to-right pass, longest match first, over the tokens' clitic options:

1. an office title and its country («وزير الخارجية العراقي», «رئيس وزراء إسرائيل») → the
   holder on the article date (PER, ``via="office"``);
2. a ministry: «وزارة» + portfolio + country, or the elliptic portfolio + feminine demonym
   («الدفاع السورية») → ``ministry:SY:defence`` (ORG, ``via="ministry"``);
3. a place head: «ريف X» / «محافظة X» → the unit containing X (the whole phrase);
   «مدينة X» → X read as a town; «X وريفها» → X's governorate (``via="head"``);
4. any KB name (places, countries, demonyms, actors); a curated `short` form or the last
   word of a person's full name matches only after that full name (``via="short"``); a
   direction word before a place («شمال سوريا») becomes the match's ``role``.

Places are then ranked with the article's countries (``marsad.kb.rank``). A word that can
start no key costs one set lookup, and a word whose next word fits none of its keys is
passed over on a hint judged once per norm, both in one compiled pass
(``marsad.kb.scan.Scanner.starts``); the others are analysed once per spelling. The scan
loop with its name pattern and the choice of links are compiled too where the extensions
were built (``marsad/kb/_fastmatch.c``, ``_fastresolve.c``); ``Matcher._walk`` and
``rank.resolve`` are their Python twins, with the same answers.

A mention starts right after its proclitics and keeps the name's article: «بحمص» → «حمص»,
«للجامعة العربية» → «لجامعة العربية» (only the preposition of «لل» is outside the name).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from types import ModuleType
from typing import Literal

from marsad.arabic.clitics import ARTICLE as _ARTICLE, CONJUNCTIONS as _CONJ_WORDS
from marsad.arabic.normalise import folded
from marsad.kb.namesakes import namesakes
from marsad.kb.phrases import Phrases, Table, phrases
from marsad.kb.rank import (CERTAIN, CONTEXT_REACH, HOMOGRAPH, MAJOR_CITY_RANK, SCORE_ALONE,
                             SCORE_CONTEXT, SCORE_SHORT, WEAK_FORMS, Pending, Resolver, resolve)
from marsad.kb.scan import Hit, Option, Scanner, char_start, option_ends
from marsad.kb.store import KB, Candidate, kb
from marsad.lexicons import load_words
from marsad.model import Link, Token

__all__ = ["KBMatch", "Matcher", "find_matches"]

_LAM = "ل"
_CONJUNCTIONS = frozenset(_CONJ_WORDS)
_PLACES = frozenset({"GPE", "LOC", "FAC"})
NAMES, TITLES, PORTFOLIOS, HEADS, HELD, ANAPHOR = 1, 2, 4, 8, 16, 32
#: words that may start a ministry («وزارة», an elliptic portfolio) or a place head phrase
MINISTRY, PLACE_HEAD = 64, 128
DIRECTION = 256
QUOTED = 512  # the bare title of a newspaper or channel, between quotation marks
#: Name forms a plain lookup skips: `short` (until the full name is seen) and `headonly`
#: (a town named by a common word, linked only after «مدينة/بلدة/...»).
_HELD_BACK = frozenset({"short", "headonly"})
_WORDS_LIMIT = 200_000
#: the fields of ``rank.Pending`` in the order ``marsad/kb/_fastmatch.c`` fills them
_PENDING_FIELDS = ("first", "stop", "skip", "cands", "via", "role", "score", "certain",
                   "fixed", "fixed_type", "weak", "other")


@dataclass(slots=True)
class KBMatch:
    """A linked KB mention: ``[start, end)`` in ``Article.text``, typed and linked."""

    start: int
    end: int
    text: str
    type: str            # PER ORG GPE LOC FAC NORP
    link: Link
    certain: bool
    via: str = "name"    # name | office | ministry | head | short
    role: str | None = None   # office role, ministry key, or direction («north» of «شمال سوريا»)
    tokens: tuple[int, int] = (0, 0)   # token indices [first, stop)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"start": self.start, "end": self.end, "text": self.text,
                                  "type": self.type, "link": self.link.to_dict(),
                                  "certain": self.certain, "via": self.via}
        if self.role:
            out["role"] = self.role
        return out


@dataclass(slots=True)
class _State:
    tokens: Sequence[Token]
    text: str
    on: str | None
    pending: list[Pending] = field(default_factory=list)
    seen_actors: dict[str, Candidate] = field(default_factory=dict)  # short key -> actor
    seen_prefixes: set[str] = field(default_factory=set)      # token prefixes of those keys
    #: the endings of the words that may start one of those keys (``scan.option_ends``)
    seen_ends: tuple[str, ...] = ()



@functools.cache
def _own_money() -> frozenset[str]:
    """``kb_own_money.txt``: words after «مالي» that make it "my money" («من مالي الخاص»)."""
    return folded(load_words("kb_own_money.txt"))

class Matcher:
    """Matches one article's tokens against a loaded KB and the phrase tables."""

    def __init__(self, store: KB, tables: Phrases) -> None:
        self.kb = store
        self.p = tables
        #: names with the candidates a plain lookup may use (held-back forms removed)
        self.free = {key: free for key, cands in store.names.items()
                     if (free := tuple(c for c in cands if c.form not in _HELD_BACK))}
        #: a media actor's bare title («الرياض» of «صحيفة الرياض») -> the actor, matched only
        #: between quotation marks (``kb_media.yaml``)
        self.quoted = Table.of(_quoted_titles(store, tables.media_heads))
        self._quotes = tables.quotes
        self.scan = _scanner(store, tables, self.free, self.quoted.values)
        #: names that are also everyday words (``kb_homographs.txt``) are weak throughout:
        #: they link only where the article names their country another way
        self._homographs = tables.homographs.intersection(self.free)
        for key in self._homographs:
            self.free[key] = tuple(c._replace(form=HOMOGRAPH) for c in self.free[key])
        #: names with a weak candidate (a small town named by one word, an everyday word;
        #: ``rank._usable``)
        self._weak = frozenset(key for key, cands in self.free.items()
                               if any(c.form in WEAK_FORMS for c in cands))
        self._shorts: dict[str, list[str]] = {}
        #: a token's text -> the ``_one_word`` of its clitic options
        self._words: dict[str, tuple[str, int] | None | Literal[False]] = {}
        #: a token's text -> the direction it names before a place (``_direction_before``)
        self._directions: dict[str, str | None] = {}
        #: a full name's actor and key -> what ``_remember`` learns from it
        self._remembered: dict[tuple[Candidate, str], _Remembered] = {}
        for key, cands in store.names.items():
            for cand in cands:
                if cand.form == "short":
                    self._shorts.setdefault(cand.entry, []).append(key)
        #: what the compiled ``walk`` (``marsad/kb/_fastmatch.c``) and ``resolve``
        #: (``_fastresolve.c``) read, in their order; no compiled ``walk`` where ``Pending``
        #: is not the class it knows how to fill; ``walk``'s two memos (once per spelling,
        #: once per name key) are its own
        self._walk_context: tuple[object, ...] | None = (
            self.scan.cache, self.scan.analyse, self.free, store.prefixes, self._weak,
            self._homographs, self._directions, Pending, self._name, self._patterns,
            self._direction_before, self._remember, _PLACES, frozenset({"PER", "ORG"}),
            "short", "name", "full", NAMES, HELD,
            QUOTED | ANAPHOR | TITLES | MINISTRY | PLACE_HEAD | NAMES | HELD, QUOTED,
            self._quotes, _WORDS_LIMIT, {}, {}, self.scan.startable,
        ) if _PENDING_FIELDS == tuple(f.name for f in fields(Pending)) else None
        self._namesakes = namesakes()
        self._resolve_context: tuple[object, ...] = (
            store.links, KBMatch, Pending, SCORE_SHORT, SCORE_ALONE, CERTAIN, "short", "NORP",
            char_start, store.entries, WEAK_FORMS, HOMOGRAPH, "head", store.admin1, SCORE_CONTEXT,
            MAJOR_CITY_RANK, CONTEXT_REACH, frozenset({"PER", "ORG"}), "country:", "place",
            "country")

    def find(self, tokens: Sequence[Token], text: str, published: date | None) -> list[KBMatch]:
        state = _State(tokens, text, published.isoformat() if published else None)
        listed = tokens if type(tokens) is list else list(tokens)
        # one pass (compiled where it could be built) skips every word that can start
        # nothing and every word whose next word fits no key it may start; a word that may
        # start only a short name comes back as ``~i``, looked at once a full name is seen
        indices = self.scan.starts(listed, HELD, QUOTED, self._quotes)
        if _fastmatch is not None and self._walk_context is not None:
            _fastmatch.walk(listed, indices, state, self._walk_context)
        else:
            self._walk(state, indices)
        state.pending = self._namesakes.kept(listed, state.pending)  # «مركز الملك سلمان»
        if _fastresolve is not None:
            return _fastresolve.resolve(state.pending, listed, text, self._resolve_context,
                                        Resolver(self.kb, state.pending, self._emit(state)))
        return resolve(self.kb, state.pending, self._emit(state))

    def _walk(self, state: _State, indices: Iterable[int]) -> None:
        """The patterns at each index the filter kept, left to right, a match's words
        skipped (``marsad/kb/_fastmatch.c``'s ``walk`` is this loop compiled, ``_name``'s
        common case inline)."""
        tokens = state.tokens
        n = len(tokens)
        analyse, analysed = self.scan.analyse, self.scan.cache.get
        seen = state.seen_actors  # filled in place by ``_remember``
        after = 0  # the first token not yet inside a match
        for i in indices:
            if i < 0:
                i = ~i
                if i < after or not (seen and tokens[i].norm.endswith(state.seen_ends)):
                    continue
            elif i < after:
                continue
            token = tokens[i]
            _, bits, follow = analysed(token.text) or analyse(token)
            if follow is not None and (i + 1 >= n or tokens[i + 1].norm not in follow):
                if not seen:
                    continue
                bits &= HELD  # only a short name may start
            if not bits:
                continue
            after = self._patterns(state, i, bits) or after

    def _patterns(self, state: _State, i: int, bits: int) -> int | None:
        """The first pattern of the tables ``bits`` that matches at token ``i``: the token
        index after its match."""
        return ((bits & QUOTED and self._quoted(state, i))
                or (bits & ANAPHOR and self._countryside(state, i))
                or (bits & TITLES and self._office(state, i))
                or (bits & MINISTRY and self._ministry(state, i))
                or (bits & PLACE_HEAD and self._head(state, i))
                or (bits & (NAMES | HELD) and self._name(state, i))) or None

    # -- the patterns; each returns the token index after its match, or None ---------------

    def _office(self, s: _State, i: int) -> int | None:
        hit = self.scan.longest(s.tokens, i, self.p.titles.values, self.p.titles.prefixes,
                                TITLES)
        if hit is None:
            return None
        found = self._country_after(s, hit.stop, feminine_only=False,
                                    definite=hit.key.rsplit(" ", 1)[-1].startswith(_ARTICLE))
        if found is None:
            return None
        country, stop = found
        role = self.p.titles.values[hit.key]
        named = self._named_after(s, stop, country)
        holder = named or self.kb.holder(role, country, s.on)
        if holder is None:
            return None
        cand = Candidate(holder, "PER", "full", 0.0)
        score = 0.95 if named else 0.9 if s.on else 0.5
        s.pending.append(Pending(hit.first, stop, hit.skip, (cand,), via="office", role=role,
                                 score=score, certain=bool(named or s.on)))
        return stop

    def _ministry(self, s: _State, i: int) -> int | None:
        heads = self.p.heads
        head = self.scan.longest(s.tokens, i, heads.values, heads.prefixes, HEADS,
                                 accept=lambda k: heads.values[k] == "ministry")
        start = head.stop if head else i
        if start >= len(s.tokens):
            return None
        port = self.scan.longest(s.tokens, start, self.p.portfolios.values,
                                 self.p.portfolios.prefixes, PORTFOLIOS, clitics=head is None)
        if port is None or (head is None and not self.p.portfolios.values[port.key].elliptic):
            return None
        found = self._country_after(s, port.stop, feminine_only=head is None, definite=True)
        if found is None:
            return None
        country, stop = found
        portfolio = self.p.portfolios.values[port.key]
        first = head or port
        s.pending.append(Pending(i, stop, first.skip, (), via="ministry", role=portfolio.key,
                                 score=0.9, certain=True,
                                 fixed=Link(f"ministry:{country}:{portfolio.key}",
                                            f"{portfolio.name_en} ({country})", country,
                                            score=0.9, kind="ministry"), fixed_type="ORG"))
        return stop

    def _head(self, s: _State, i: int) -> int | None:
        heads = self.p.heads
        head = self.scan.longest(s.tokens, i, heads.values, heads.prefixes, HEADS,
                                 accept=lambda k: heads.values[k] != "ministry")
        if head is None or head.stop >= len(s.tokens):
            return None
        kind = heads.values[head.key]
        whole = self._lookup(s, i) if kind != "settlement" else None
        if whole is not None and whole[0].stop > head.stop:  # «ريف دمشق» is a name itself
            return None
        place = self.scan.longest(s.tokens, head.stop, self.kb.names, self.kb.prefixes,
                                  NAMES | HELD, clitics=False)
        if place is None:
            return None
        cands = tuple(c for c in self.kb.lookup(place.key) if c.type in ("GPE", "LOC"))
        if not cands:
            return None
        if kind == "settlement":
            towns = tuple(c for c in cands if self._kind(c) == "place") or cands
            s.pending.append(Pending(place.first, place.stop, 0, towns, via="head"))
            return place.stop
        unit = self._unit_of(cands)
        if unit is None:
            return None
        s.pending.append(Pending(i, place.stop, head.skip, (unit,), via="head", score=0.9))
        return place.stop

    def _quoted(self, s: _State, i: int) -> int | None:
        """A newspaper's or channel's bare title between quotation marks («لـ"الرياض"»,
        «وعلمت «الشرق الأوسط»») is the media actor, not the city or the region."""
        tokens = s.tokens
        if i == 0 or tokens[i - 1].text not in self._quotes:
            return None
        hit = self.scan.longest(tokens, i, self.quoted.values, self.quoted.prefixes, QUOTED,
                                clitics=False)
        if hit is None or hit.stop >= len(tokens) or tokens[hit.stop].text not in self._quotes:
            return None
        s.pending.append(Pending(i, hit.stop, 0, self.quoted.values[hit.key], score=0.9,
                                 certain=True))
        return hit.stop

    def _countryside(self, s: _State, i: int) -> int | None:
        """«حمص وريفها»: an admin head with a pronoun suffix right after a town names the
        town's governorate."""
        if not s.pending or s.pending[-1].stop != i or not s.pending[-1].cands:
            return None
        unit = self._unit_of(s.pending[-1].cands)
        if unit is None:
            return None
        skip = next(o[1] for o in self.scan.options(s.tokens[i]) if o[2] == ANAPHOR)
        s.pending.append(Pending(i, i + 1, skip, (unit,), via="head", score=0.8, certain=False))
        return i + 1

    def _name(self, s: _State, i: int) -> int | None:
        found = self._lookup(s, i)
        if found is None:
            return None
        hit, cands = found
        top = cands[0]
        role = self._direction_before(s, i) if top.type in _PLACES else None
        weak = hit.key in self._weak
        if weak and top.form == HOMOGRAPH and top.entry.startswith("country:") and top.type != "NORP" \
                and (role is not None or self._locative_before(s, i)) \
                and not self._possessed_after(s, hit.stop):
            weak = False  # «في مالي», «شمال مالي»: the country, not "financial"
        # positional (the most frequent pattern): first, stop, skip, cands, via, role, score,
        # certain, fixed, fixed_type, weak, other
        s.pending.append(Pending(i, hit.stop, hit.skip, cands,
                                 "short" if top.form == "short" else "name",
                                 role, None, None, None, None, weak,
                                 self._other_reading(s, i, hit) if hit.key in self._homographs
                                 else None))
        if top.type in ("PER", "ORG") and top.form == "full":
            self._remember(s, top, hit.key)
        return hit.stop

    # -- helpers ---------------------------------------------------------------------------

    def _lookup(self, s: _State, i: int) -> tuple[Hit, tuple[Candidate, ...]] | None:
        """The longest name at ``i`` with its usable candidates: short forms only after
        their full name, towns named by a common word never (see ``_head``)."""
        token = s.tokens[i]
        try:
            word = self._words[token.text]
        except KeyError:  # judged once per spelling
            if len(self._words) > _WORDS_LIMIT:
                self._words.clear()
            word = self._words[token.text] = self._one_word(self.scan.options(token))
        hit: Hit | None
        if word is False:  # some form may start a longer name
            hit = self.scan.longest(s.tokens, i, self.free, self.kb.prefixes, NAMES)
        elif word is None:
            hit = None
        else:
            hit = Hit(i, i + 1, word[0], word[1])
        seen = s.seen_actors
        if seen:
            for form, _, _ in self.scan.options(token):
                if form in seen or form in s.seen_prefixes:
                    local = self.scan.longest(s.tokens, i, seen, s.seen_prefixes, NAMES | HELD)
                    if local is not None and (hit is None or local.stop >= hit.stop):
                        return local, (seen[local.key],)
                    break
        if hit is None:
            return None
        return hit, self.free[hit.key]

    def _other_reading(self, s: _State, i: int, hit: Hit) -> Pending | None:
        """For a one-word name that is mostly an everyday word, another reading of the same
        token as a proclitic + a name that is not («وجدة»: «و» + Jeddah, not Oujda), used
        when the article gives the first no context (``rank.resolve``)."""
        if hit.stop != i + 1:
            return None
        for form, skip, bits in self.scan.options(s.tokens[i]):
            if skip > hit.skip and bits & NAMES and form in self.free \
                    and form not in self._homographs:
                return Pending(i, i + 1, skip, self.free[form], weak=form in self._weak)
        return None

    def _one_word(self, options: tuple[Option, ...]) -> tuple[str, int] | None | Literal[False]:
        """The one-word name among a token's options (the first that is one) as ``(form,
        skip)``, None when there is none, or False when some option may also start a longer
        name."""
        prefixes, free = self.kb.prefixes, self.free
        found: tuple[str, int] | None = None
        for form, skip, bits in options:
            if not bits & NAMES:
                continue
            if form in prefixes:
                return False
            if found is None and form in free:
                found = (form, skip)
        return found

    def _named_after(self, s: _State, j: int, country: str) -> str | None:
        """The person of ``country`` named right after a title («الرئيس الإيراني إبراهيم
        رئيسي»), a comma between allowed: the title then stands for that person."""
        tokens = s.tokens
        if j < len(tokens) and tokens[j].kind == "punct":
            j += 1
        if j >= len(tokens) or tokens[j].sentence != tokens[j - 1].sentence:
            return None
        hit = self.scan.longest(tokens, j, self.kb.names, self.kb.prefixes, NAMES, clitics=False)
        if hit is None:
            return None
        for cand in self.kb.names[hit.key]:
            if cand.type == "PER" and cand.form == "full":
                info = self.kb.entry(cand.entry)
                return cand.entry if info and info.country == country else None
        return None

    def _direction_before(self, s: _State, i: int) -> str | None:
        """The direction word right before a place («شمال سوريا», «بجنوب لبنان») or before its
        «ريف» («شرق ريف حمص» is handled by the head pattern), as an English word."""
        if i == 0 or s.tokens[i - 1].sentence != s.tokens[i].sentence:
            return None
        word = s.tokens[i - 1]
        try:
            return self._directions[word.text]
        except KeyError:  # judged once per spelling
            pass
        if len(self._directions) > _WORDS_LIMIT:
            self._directions.clear()
        found = self._directions[word.text] = self._direction_of(word)
        return found

    def _direction_of(self, word: Token) -> str | None:
        norm = word.norm
        if not self.scan.may_start(norm) or not self.scan.hint(norm)[1] & DIRECTION:
            return None
        for form, _, bits in self.scan.options(word):
            if bits & DIRECTION:
                return self.p.directions.values[form]
        return None

    @staticmethod
    def _possessed_after(s: _State, stop: int) -> bool:
        """Whether the word after a homograph («مالي») marks it as "my money": «من مالي
        الخاص», «مالي الشخصي»."""
        return stop < len(s.tokens) and s.tokens[stop].norm in _own_money() \
            and s.tokens[stop].sentence == s.tokens[stop - 1].sentence

    def _locative_before(self, s: _State, i: int) -> bool:
        """Whether the word before token ``i`` (same sentence) is a locative word of
        ``kb_locatives.txt`` («في», «جمهورية»), a proclitic conjunction allowed («وفي»)."""
        if i == 0 or s.tokens[i - 1].sentence != s.tokens[i].sentence:
            return False
        norm = s.tokens[i - 1].norm
        locatives = self.p.locatives
        return norm in locatives or (norm[:1] in _CONJUNCTIONS and norm[1:] in locatives)

    def _remember(self, s: _State, actor: Candidate, key: str) -> None:
        """After an actor's full name: its curated short forms («قنا» after «وكالة الأنباء
        القطرية»), and for a person the last word of the name («صباغ» after «بسام صباغ»)."""
        short_form, curated, last = self._to_remember(actor, key)
        if last is not None and last[0] in s.seen_actors:
            last = None  # the last word already stands for someone else here
        for short, prefixes, first in (*curated, last) if last is not None else curated:
            s.seen_actors[short] = short_form
            s.seen_prefixes.update(prefixes)
            if first not in s.seen_ends:
                s.seen_ends += option_ends(first)

    def _to_remember(self, actor: Candidate, key: str) -> _Remembered:
        """What ``_remember`` learns from a full name, worked out once per name: the short
        candidate, each curated short form with its token prefixes and first word, and the
        last word of a person's name (None where it is no family name)."""
        found = self._remembered.get((actor, key))
        if found is not None:
            return found
        words = key.split(" ")
        last = None
        if (actor.type == "PER" and len(words) > 1 and len(words[-1]) > 2
                and not self.p.particles.intersection(words)):
            last = _short_entry(words[-1])
        curated = tuple(map(_short_entry, self._shorts.get(actor.entry, ())))
        if len(self._remembered) > _WORDS_LIMIT:
            self._remembered.clear()
        found = self._remembered[(actor, key)] = (
            Candidate(actor.entry, actor.type, "short", 0.0), curated, last)
        return found

    def _country_after(self, s: _State, j: int, *, feminine_only: bool, definite: bool
                       ) -> tuple[str, int] | None:
        """The country named at token ``j`` and the token index after it: after a definite
        title or portfolio a definite demonym («العراقي»); after a construct title a country
        name («أمير قطر»); after either «في/لدى» + country or «لـ» + country."""
        tokens = s.tokens
        connector = j < len(tokens) and tokens[j].norm in self.p.connectors
        if connector:
            j += 1
        if j >= len(tokens) or tokens[j].sentence != tokens[j - 1].sentence:
            return None
        hit = self.scan.longest(tokens, j, self.kb.names, self.kb.prefixes, NAMES)
        if hit is None or (hit.skip and tokens[j].norm[:hit.skip] != _LAM):
            return None
        by_name = connector or hit.skip or not definite
        for cand in self.kb.names[hit.key]:
            if (cand.type == "NORP" and not by_name and hit.key.startswith(_ARTICLE)
                    and (cand.form != "demonym_m" or not feminine_only)):
                return cand.entry.split(":")[1], hit.stop
            if (cand.type == "GPE" and cand.entry.startswith("country:") and by_name
                    and not feminine_only):
                return cand.entry.split(":")[1], hit.stop
        return None

    def _kind(self, cand: Candidate) -> str:
        info = self.kb.entry(cand.entry)
        return info.kind if info else ""

    def _unit_of(self, cands: tuple[Candidate, ...]) -> Candidate | None:
        """The admin unit a head phrase names: X itself when it is a unit, else the
        governorate of the town X."""
        for cand in cands:
            info = self.kb.entry(cand.entry)
            if info is None:
                continue
            if info.kind.startswith("admin"):
                return cand
            unit = self.kb.admin1.get(info.admin)
            if info.kind == "place" and unit:
                return Candidate(unit, "GPE", "full", cand.rank)
        return None

    def _emit(self, s: _State):  # type: ignore[no-untyped-def]
        tokens, text = s.tokens, s.text

        def make(p: Pending, link: Link, type_: str, certain: bool) -> KBMatch:
            start = char_start(tokens[p.first], p.skip) if p.skip else tokens[p.first].start
            end = tokens[p.stop - 1].end
            return KBMatch(start, end, text[start:end], type_, link, certain, p.via, p.role,
                           (p.first, p.stop))
        return make


#: a short form, its token prefixes («وكالة», «وكالة الأنباء» of a three-word form), its first
#: word
_ShortEntry = tuple[str, tuple[str, ...], str]
_Remembered = tuple[Candidate, tuple[_ShortEntry, ...], "_ShortEntry | None"]


def _short_entry(short: str) -> _ShortEntry:
    parts = short.split(" ")
    return short, tuple(" ".join(parts[:n]) for n in range(1, len(parts))), parts[0]


def _firsts(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(key.split(" ", 1)[0] for key in keys)


def _quoted_titles(store: KB, heads: tuple[str, ...]) -> dict[str, tuple[Candidate, ...]]:
    """Media actors by their bare title: the name «<head> <title>» less its head word
    (``kb_media.yaml``: «صحيفة», «قناة»…), for the actors whose entry kind is media."""
    out: dict[str, tuple[Candidate, ...]] = {}
    for key, cands in store.names.items():
        if not key.startswith(heads):
            continue
        title = key.split(" ", 1)[1]
        for cand in cands:
            info = store.entry(cand.entry)
            if cand.type == "ORG" and info is not None and info.kind == "media":
                out.setdefault(title, (Candidate(cand.entry, "ORG", "full", cand.rank),))
    return out


def _scanner(store: KB, tables: Phrases, free: dict[str, tuple[Candidate, ...]],
             quoted: dict[str, tuple[Candidate, ...]]) -> Scanner:
    """The scanner over every table, each first word tagged with the tables it can start."""
    heads, portfolios = tables.heads.values, tables.portfolios.values
    family_names = {key.rsplit(" ", 1)[-1] for key, cands in store.names.items()
                    if cands[0].type == "PER" and " " in key}  # «صباغ» after «بسام صباغ»
    held = {key.split(" ", 1)[0] for key in store.names if key not in free}
    starts = {
        NAMES: _firsts(free), HELD: frozenset(held | family_names),
        TITLES: tables.titles.firsts(), PORTFOLIOS: tables.portfolios.firsts(),
        HEADS: tables.heads.firsts(), DIRECTION: frozenset(tables.directions.values),
        MINISTRY: _firsts(k for k, v in heads.items() if v == "ministry")
        | _firsts(k for k, v in portfolios.items() if v.elliptic),
        PLACE_HEAD: _firsts(k for k, v in heads.items() if v != "ministry"),
        QUOTED: _firsts(quoted),
    }
    countryside = frozenset(k for k, v in heads.items() if v == "admin" and " " not in k)
    # a common word, a person's first name («فاطمة», «فريدة») or a word of
    # ``kb_whole_words.txt`` («فرقة») is never a proclitic + a name («ف» + the town «اطمة»)
    whole_words = store.common | tables.whole_words
    return Scanner(starts, [*free, *tables.titles.values, *portfolios, *heads, *quoted],
                   (ANAPHOR, countryside), (NAMES | HELD, whole_words))


def _compiled(name: str) -> ModuleType | None:
    """The extension module ``marsad.kb.<name>`` where it was built at install, else None (no
    C compiler there: ``Matcher._walk`` and ``rank.resolve`` give the same answers, slower)."""
    try:
        return importlib.import_module(f"marsad.kb.{name}")
    except ImportError:
        return None


_fastmatch = _compiled("_fastmatch")
_fastresolve = _compiled("_fastresolve")
_matcher: Matcher | None = None


def matcher() -> Matcher:
    """The process-wide matcher over the shipped KB."""
    global _matcher
    if _matcher is None:
        _matcher = Matcher(kb(), phrases())
    return _matcher


def find_matches(tokens: Sequence[Token], text: str, published: date | None = None
                 ) -> list[KBMatch]:
    """KB matches in ``tokens`` (of ``text``), linked; ``published`` dates office holders."""
    return matcher().find(tokens, text, published)

