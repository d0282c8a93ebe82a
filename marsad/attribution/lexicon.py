"""The attribution data, loaded once: cues (``cues.tsv``), word roles
(``attribution_words.tsv``) and anonymous-source heads (``anonymous_sources.tsv``).

Every form is kept in the matching form of ``marsad.arabic.normalise.fold``.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field

from marsad.arabic.clitics import CONJUNCTIONS
from marsad.arabic.normalise import fold
from marsad.lexicons import LexiconError, load_table

ACTS = frozenset({"SAY", "AFFIRM", "DENY", "WARN", "CONDEMN", "CALL", "ANNOUNCE", "ACCUSE",
                  "THREATEN", "PROMISE", "CLAIM"})
KINDS = frozenset({"verb", "transmit", "participle", "masdar", "phrase", "preposition"})
ROLES = frozenset({"complementiser", "skip", "boundary", "left_skip", "left_boundary", "plural",
                   "feminine", "channel", "np_link", "adjective", "not_adjective", "frame", "speaker_tail",
                   "source_link", "speaker_head", "name_end", "left_link", "relative",
                   "not_before", "b_noun", "locative_head", "pronoun", "as_reported",
                   "tail_verb", "topic", "content_preposition", "auxiliary",
                   "frame_tail", "al_verb", "clause_link", "link_breaker",
                   "demonstrative", "owned_masdar"})
#: The words of a role no row names.
_NONE: frozenset[str] = frozenset()
#: The conjunctions a cue may carry as a prefix.
#: ``takes`` value meaning the content stands before the cue.
BEFORE = "<"


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of ``cues.tsv``; ``words`` is the folded form split into words."""

    form: str
    words: tuple[str, ...]
    act: str
    kind: str
    gender: str
    number: str
    takes: str
    hedged: bool
    strict: bool
    context: frozenset[str]


@dataclass(frozen=True, slots=True)
class Lexicon:
    cues: dict[str, tuple[Cue, ...]]  # first folded word -> cues starting with it
    roles: dict[str, frozenset[str]]  # role -> folded single words
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # role -> folded multi-word phrases
    anonymous: dict[str, str]  # folded head -> number
    agencies: frozenset[str]  # one-word agency names (سانا، واس) from agencies.tsv
    by_token: dict[str, tuple[str, tuple[Cue, ...]]] = field(default_factory=dict)
    phrase_index: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # a token's folded form (with or without و/ف) -> (its conjunction, the cues it opens)
    phrase_firsts: dict[str, frozenset[str]] = field(default_factory=dict)
    phrase_lasts: dict[str, frozenset[str]] = field(default_factory=dict)
    # role -> the first (last) words of its multi-word phrases, every role present: one
    # set lookup rules out a word that opens (closes) none of them

    def phrases_at(self, role: str, first: str) -> tuple[tuple[str, ...], ...]:
        """The phrases of ``role`` whose first word is ``first``."""
        return self.phrase_index.get((role, first), ())

    def has_any(self, role: str, forms: tuple[str, str]) -> bool:
        words = self.roles[role]  # every role is present
        return forms[0] in words or forms[1] in words


def _cue(row: dict[str, str]) -> Cue:
    if row["act"] not in ACTS or row["kind"] not in KINDS:
        raise LexiconError(f"cues.tsv: bad act or kind in row {row['form']!r}")
    words = tuple(fold(row["form"]).split())
    return Cue(row["form"], words, row["act"], row["kind"], row["gender"], row["number"],
               fold(row["takes"]), row["hedged"] == "yes", row["strict"] == "yes",
               frozenset(fold(w) for w in row["context"].split()))


@functools.cache
def lexicon() -> Lexicon:
    cues: dict[str, list[Cue]] = defaultdict(list)
    for row in load_table("cues.tsv"):
        cue = _cue(row)
        cues[cue.words[0]].append(cue)
    roles: dict[str, set[str]] = defaultdict(set)
    phrases: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for row in load_table("attribution_words.tsv"):
        if row["role"] not in ROLES:
            raise LexiconError(f"attribution_words.tsv: unknown role {row['role']!r}")
        words = tuple(fold(row["word"]).split())
        if len(words) == 1:
            roles[row["role"]].add(words[0])
        else:
            phrases[row["role"]].append(words)
    anonymous = {fold(row["form"]): row["number"] for row in load_table("anonymous_sources.tsv")}
    frozen = {k: tuple(v) for k, v in cues.items()}
    frozen_roles = {k: frozenset(v) for k, v in roles.items()}
    for role in sorted(ROLES):  # every role present: ``roles[role]`` for a set lookup
        frozen_roles.setdefault(role, _NONE)
    return Lexicon(frozen, frozen_roles,
                   {k: tuple(v) for k, v in phrases.items()}, anonymous, _agencies(),
                   _by_token(frozen), _phrase_index(phrases),
                   {role: frozenset(w[0] for w in phrases.get(role, ()) if w) for role in ROLES},
                   {role: frozenset(w[-1] for w in phrases.get(role, ()) if w) for role in ROLES})


def _by_token(cues: dict[str, tuple[Cue, ...]]) -> dict[str, tuple[str, tuple[Cue, ...]]]:
    """Every token form that opens a cue: the form itself, and with و or ف before it."""
    out: dict[str, tuple[str, tuple[Cue, ...]]] = {}
    for form, found in cues.items():
        for conjunction in CONJUNCTIONS:
            # «فحسب» (only) is no «ف + حسب»: a preposition cue takes و alone
            usable = found if conjunction == "و" else tuple(
                c for c in found if c.kind != "preposition")
            if usable:
                out.setdefault(conjunction + form, (conjunction, usable))
    for form, found in cues.items():
        out[form] = ("", found)
    return out


def _phrase_index(phrases: dict[str, list[tuple[str, ...]]]
                  ) -> dict[tuple[str, str], tuple[tuple[str, ...], ...]]:
    index: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    for role, listed in phrases.items():
        for words in listed:
            index[(role, words[0])].append(words)
    return {k: tuple(v) for k, v in index.items()}


def _agencies() -> frozenset[str]:
    """One-word wire agency names, which may follow an agency's full name (وكالة … سانا)."""
    rows = load_table("agencies.tsv")
    return frozenset(fold(row.get("name", "")) for row in rows
                     if row.get("kind") == "agency" and len(row.get("name", "").split()) == 1)
