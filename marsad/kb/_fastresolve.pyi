"""Types of the compiled choice of links (``_fastresolve.c``); see ``marsad.kb.rank.resolve``."""

from typing import Any

from marsad.kb.rank import Pending, Resolver

def resolve(pending: list[Pending], tokens: list[Any], text: str, context: tuple[object, ...],
            resolver: Resolver, /) -> list[Any]: ...

def countries(pending: list[Pending], context: tuple[object, ...], /) -> set[str] | None: ...
