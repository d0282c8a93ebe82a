"""Types of the compiled scan loop of the KB matcher (``_fastmatch.c``); see
``marsad.kb.match.Matcher._walk``."""

from typing import Any

def walk(tokens: list[Any], indices: list[int], state: Any, context: tuple[object, ...], /
         ) -> None: ...

def longest(tokens: list[Any], first: int, options: tuple[tuple[str, int, int], ...],
            keys: Any, prefixes: Any, bit: int, clitics: bool, accept: Any, /
            ) -> tuple[int, str, int] | None: ...
