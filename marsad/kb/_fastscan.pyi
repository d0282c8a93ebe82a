"""Types of the compiled KB scan filter (``_fastscan.c``); see ``marsad.kb.scan``."""

from marsad.kb.scan import Hint
from marsad.model import Token

def sieve(words: frozenset[str], /) -> bytes: ...

def starts(tokens: list[Token], startable: frozenset[str], sieve: bytes, hints: dict[str, Hint],
           context: tuple[object, ...], held: int, quoted: int, quotes: frozenset[str], /
           ) -> list[int]: ...
