"""Types of the compiled passes over an article's tokens (``_fasthits.c``); see
``marsad.eventcoding.matcher`` (``scan``) and ``marsad.eventcoding.view`` (``columns``,
``bares``, ``either``)."""

from collections.abc import Callable, Collection
from typing import Any

from marsad.model import Token

def bind(token: type, fields: tuple[str, ...], /) -> bool: ...

def scan(tokens: list[Token], table: dict[str, Any], word: str, counts: dict[str, str],
         may_have: Callable[[str], object] | None = None, plain: Any = None, /
         ) -> tuple[list[Any], list[int], list[int], dict[str, int], list[int]] | None: ...

def columns(tokens: list[Token], /) -> tuple[list[int], list[str]] | None: ...

def sentence_spans(tokens: list[Token], /) -> list[tuple[int, int]] | None: ...

def bares(norms: list[str], forms: dict[str, str], /) -> list[str] | None: ...

def either(norms: list[str], bares: list[str], words: Collection[str], /
           ) -> list[bool] | None: ...
