"""Types of the compiled tokeniser loop (``_fasttok.c``); see ``marsad.arabic.tokenise``."""

import re
from collections.abc import Callable, Iterable

from marsad.model import Token

def bind(token: type, fields: tuple[str, ...], /) -> bool: ...

def tokens(matches: Iterable[re.Match[str]], kinds: dict[str, str],
           seen: dict[str, tuple[str, str, str, str]],
           analyse: Callable[[str, str], tuple[str, str, str, str]], word: str, symbol: str, /
           ) -> list[Token]: ...
