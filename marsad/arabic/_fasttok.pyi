"""Types of the compiled tokeniser loop, clitic split and stem pre-test (``_fasttok.c``); see
``marsad.arabic.tokenise`` and ``marsad.arabic.clitics`` (``columns`` and ``number``:
``marsad.arabic.sentences``)."""

import re
from collections.abc import Callable, Iterable

from marsad.model import Token

def bind(token: type, fields: tuple[str, ...], /) -> bool: ...

def tokens(matches: Iterable[re.Match[str]], kinds: dict[str, str],
           seen: dict[str, tuple[str, str, str, str]],
           analyse: Callable[[str, str], tuple[str, str, str, str]], word: str, symbol: str,
           limit: int = -1, /) -> list[Token]: ...

def scan(text: str, search: Callable[[str, int], re.Match[str] | None], table: bytes,
         marks: str, mark_kind: str, kinds: dict[str, str], seen: dict[str, tuple[str, str, str, str]],
         analyse: Callable[[str, str], tuple[str, str, str, str]], word: str, symbol: str,
         limit: int = -1, /) -> list[Token]: ...

def split_rules(table: dict[int, int | None], kept: str, protected: frozenset[str],
                prefixes: tuple[tuple[str, bool, int, bool, str, tuple[str, ...]], ...],
                suffixes: tuple[tuple[str, bool, int, bool, str, tuple[str, ...]], ...],
                accusative: str, tanween: str, ta_written: str, ta_folded: str, /) -> bool: ...

def split(word: str, /) -> tuple[str, str, str]: ...

def candidate_rules(candidate_min: int, /) -> bool: ...

def candidates(word: str, /) -> tuple[str, ...]: ...

def stem_filter(stems: Iterable[str], /) -> bytes: ...

def may_spell(table: bytes, word: str, /) -> bool: ...

def fold_table(table: dict[int, int | None], /) -> bool: ...

def fold(text: str, /) -> str: ...

def columns(tokens: list[Token], kind: str, skip: frozenset[str], /
            ) -> tuple[list[int], list[int]] | None: ...

def number(tokens: list[Token], begin: int, end: int, index: int, /) -> bool: ...
